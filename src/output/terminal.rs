//! The terminal a command talks to: results on stdout, remarks and warnings
//! on stderr, colour decided once per stream, the width tables are laid out
//! for, a spinner while something slow runs. Inside another program (the MCP
//! server) the same calls keep what would have been printed.

use super::style::Style;
use std::io::Write;
use std::sync::{Mutex, PoisonError};

/// What a command printed, when it runs inside another program.
#[derive(Debug, Default)]
pub struct Capture {
    /// What would have gone to stdout.
    pub out: Mutex<String>,
    /// Remarks and warnings that would have gone to stderr.
    pub notes: Mutex<String>,
}

impl Capture {
    fn push(buf: &Mutex<String>, s: &str) {
        let mut b = buf.lock().unwrap_or_else(PoisonError::into_inner);
        b.push_str(s);
    }

    /// Takes what was kept: (results, remarks).
    pub fn take(&self) -> (String, String) {
        let take = |m: &Mutex<String>| {
            std::mem::take(&mut *m.lock().unwrap_or_else(PoisonError::into_inner))
        };
        (take(&self.out), take(&self.notes))
    }
}

/// How a command talks: decided once, from the flags and the streams.
pub struct Terminal {
    pub quiet: bool,
    pub verbose: bool,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    pub stdin_tty: bool,
    /// Colour on stdout.
    pub style: Style,
    /// Colour on stderr.
    pub err_style: Style,
    /// The width of the terminal stdout is, if it is one.
    pub columns: Option<u16>,
    /// When set, results and remarks are kept here instead of printed
    /// (the MCP server runs commands this way).
    pub capture: Option<Capture>,
}

impl Terminal {
    /// No terminal, no colour, output kept: for running inside another program.
    pub fn captured() -> Terminal {
        Terminal {
            quiet: false,
            verbose: false,
            stdout_tty: false,
            stderr_tty: false,
            stdin_tty: false,
            style: Style { color: false },
            err_style: Style { color: false },
            columns: None,
            capture: Some(Capture::default()),
        }
    }

    /// Whether spinners and progress bars are drawn: on a terminal's
    /// stderr, without `-q`.
    pub fn shows_progress(&self) -> bool {
        self.stderr_tty && !self.quiet
    }

    /// Runs `f` with a spinner saying `what` on a terminal (nothing elsewhere,
    /// nothing with -q), cleared when it returns.
    pub fn spinning<T>(&self, what: &str, f: impl FnOnce() -> T) -> T {
        let spinner = self.shows_progress().then(|| {
            let pb = indicatif::ProgressBar::new_spinner();
            pb.set_message(what.to_string());
            pb.enable_steady_tick(std::time::Duration::from_millis(100));
            pb
        });
        let r = f();
        if let Some(pb) = spinner {
            pb.finish_and_clear();
        }
        r
    }

    /// Terminal width for tables, when stdout is a terminal (piped output
    /// is never laid out for a width).
    pub fn width(&self) -> Option<u16> {
        if self.stdout_tty {
            self.columns
        } else {
            None
        }
    }

    /// Writes results to stdout; a closed pipe is not an error.
    pub fn print(&self, s: &str) -> anyhow::Result<()> {
        if let Some(c) = &self.capture {
            Capture::push(&c.out, s);
            return Ok(());
        }
        let mut out = std::io::stdout().lock();
        match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
            _ => Ok(()),
        }
    }

    /// Prose for people (`show`, `explain`): wrapped at the terminal's width
    /// on a terminal, unchanged when piped, then through the terminal guard.
    pub fn print_prose(&self, s: &str) -> anyhow::Result<()> {
        match self.width() {
            Some(w) => self.print_text(&super::fmt::wrap(s, usize::from(w))),
            None => self.print_text(s),
        }
    }

    /// Writes a text result (a table, `show`, findings) to stdout through
    /// the terminal guard: no control sequence but our own colour gets out.
    pub fn print_text(&self, s: &str) -> anyhow::Result<()> {
        self.print(&super::safe::term_output(s, self.style.color))
    }

    /// [`Terminal::print_text`] for text formats, [`Terminal::print_data`]
    /// for data formats (JSON, CSV, OpenMetrics).
    pub fn print_as(&self, s: &str, text: bool) -> anyhow::Result<()> {
        if text {
            self.print_text(s)
        } else {
            self.print_data(s)
        }
    }

    /// Writes a data format (JSON, CSV, OpenMetrics) to stdout: as it is
    /// into a pipe or a file; on a terminal, with what could act on the
    /// terminal shown escaped ([`super::safe::term_data`]).
    pub fn print_data(&self, s: &str) -> anyhow::Result<()> {
        if self.stdout_tty {
            self.print(&super::safe::term_data(s))
        } else {
            self.print(s)
        }
    }

    /// A remark on stderr (silenced by -q).
    #[allow(clippy::print_stderr)]
    pub fn note(&self, s: &str) {
        if self.quiet {
            return;
        }
        match &self.capture {
            Some(c) => Capture::push(&c.notes, &format!("{}\n", super::safe::term(s))),
            None => eprintln!("{}", super::safe::term(s)),
        }
    }

    /// A warning on stderr, even with -q: always one line, so a line break
    /// in what it quotes (a file named in git with one) is shown as `\n`
    /// and cannot start a line of its own, one a CI log would read as a
    /// command or a finding.
    #[allow(clippy::print_stderr)]
    pub fn warn(&self, s: &str) {
        let s = super::safe::term_line(s);
        match &self.capture {
            Some(c) => Capture::push(&c.notes, &format!("warning: {s}\n")),
            None => eprintln!("{} {s}", self.err_style.yellow("warning:")),
        }
    }
}
