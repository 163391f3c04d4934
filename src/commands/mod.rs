//! Commands: parse args, load, call the core, hand the result to a renderer.

pub mod campaign;
pub mod capability;
pub mod changelog;
pub mod completions;
pub mod deprecation;
pub mod exception;
pub mod explain;
pub mod export;
pub mod import;
pub mod init;
pub mod intake;
pub mod kpi;
pub mod lint;
pub mod man;
pub mod mcp;
pub mod prompt;
pub mod report;
pub mod report_catalog;
pub mod report_kpi;
pub mod report_roadmap;
pub mod report_scorecard;
pub mod roadmap;
pub mod schema;
pub mod scorecard;
pub mod search;
pub mod service;
pub mod show;
pub mod site;
pub mod status;
pub mod team;
pub mod writing;

use crate::catalog::{self, Catalog};
use crate::cli::{Cli, ColorChoice, Command};
use crate::output::style::Style;
use crate::Outcome;
use anyhow::{anyhow, Context, Result};
use chrono::NaiveDate;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// Output of a listing (`list` subcommands).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
    Csv,
}

/// Output of a `show` subcommand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowFormat {
    Text,
    Json,
}

/// Output of a report: Markdown (GitHub), one self-contained HTML file, or JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Md,
    Html,
    Json,
}

/// What every command gets: where it runs, "today", and how to talk.
pub struct Env {
    pub cwd: PathBuf,
    pub catalog: Option<PathBuf>,
    pub today: NaiveDate,
    pub quiet: bool,
    pub verbose: bool,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    pub stdin_tty: bool,
    /// Running in GitHub Actions (`GITHUB_ACTIONS=true`): lint writes
    /// annotations unless another format is asked for.
    pub github_actions: bool,
    /// Colour on stdout.
    pub style: Style,
    /// Colour on stderr.
    pub err_style: Style,
    /// When set, results and remarks are kept here instead of printed
    /// (the MCP server runs commands this way).
    pub capture: Option<Capture>,
}

/// What a command printed, when it runs inside another program.
#[derive(Debug, Default)]
pub struct Capture {
    /// What would have gone to stdout.
    pub out: std::sync::Mutex<String>,
    /// Remarks and warnings that would have gone to stderr.
    pub notes: std::sync::Mutex<String>,
}

impl Capture {
    fn push(buf: &std::sync::Mutex<String>, s: &str) {
        let mut b = buf
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        b.push_str(s);
    }

    /// Takes what was kept: (results, remarks).
    pub fn take(&self) -> (String, String) {
        let take = |m: &std::sync::Mutex<String>| {
            std::mem::take(&mut *m.lock().unwrap_or_else(std::sync::PoisonError::into_inner))
        };
        (take(&self.out), take(&self.notes))
    }
}

impl Env {
    /// The one place that reads the clock and the environment: everything
    /// else gets them from here, as parameters.
    #[allow(clippy::disallowed_methods)]
    pub fn from_cli(cli: &Cli) -> Result<Env> {
        let today = match &cli.today {
            Some(s) => crate::model::parse_date(s.trim())
                .ok_or_else(|| anyhow!("--today / PLATCTL_TODAY `{s}` is not a date: write YYYY-MM-DD, e.g. 2026-11-27"))?,
            None => chrono::Local::now().date_naive(),
        };
        let stdout_tty = std::io::stdout().is_terminal();
        let stderr_tty = std::io::stderr().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color_for = |tty: bool| match cli.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && !no_color,
        };
        Ok(Env {
            cwd: std::env::current_dir().context("cannot read the current directory")?,
            catalog: cli.catalog.clone(),
            today,
            quiet: cli.quiet,
            verbose: cli.verbose,
            stdout_tty,
            stderr_tty,
            stdin_tty: std::io::stdin().is_terminal(),
            github_actions: std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true"),
            style: Style {
                color: color_for(stdout_tty),
            },
            err_style: Style {
                color: color_for(stderr_tty),
            },
            capture: None,
        })
    }

    /// An environment for running commands inside another program (the MCP
    /// server): the catalog at `root`, no terminal, no colour, output kept.
    pub fn captured(root: PathBuf, today: NaiveDate) -> Env {
        Env {
            cwd: root.clone(),
            catalog: Some(root),
            today,
            quiet: false,
            verbose: false,
            stdout_tty: false,
            stderr_tty: false,
            stdin_tty: false,
            github_actions: false,
            style: Style { color: false },
            err_style: Style { color: false },
            capture: Some(Capture::default()),
        }
    }

    /// The catalog root, or a clear error saying how to make one.
    pub fn root(&self) -> Result<PathBuf> {
        catalog::find_root(self.catalog.as_deref(), &self.cwd).map_err(|e| match e {
            catalog::RootError::NotFound(_) | catalog::RootError::NoConfig(_) => {
                anyhow!("{e}\n  help: run `platctl init` to make a catalog here, or point at one with -C DIR")
            }
            other => anyhow!(other),
        })
    }

    /// Finds the root and loads the catalog (a spinner on a terminal).
    pub fn load(&self) -> Result<Catalog> {
        let root = self.root()?;
        let started = std::time::Instant::now();
        let cat = self.spinning(&format!("loading {}", root.display()), || {
            catalog::load_dir(&root)
                .with_context(|| format!("cannot read the catalog at {}", root.display()))
        })?;
        if self.verbose {
            self.note(&format!(
                "loaded {}, {} in {:.0?}",
                crate::output::fmt::plural(cat.files_read(), "file", "files"),
                crate::output::fmt::plural(cat.entity_count, "entity", "entities"),
                started.elapsed()
            ));
        }
        Ok(cat)
    }

    /// Runs `f` with a spinner saying `what` on a terminal (nothing elsewhere,
    /// nothing with -q), cleared when it returns.
    pub fn spinning<T>(&self, what: &str, f: impl FnOnce() -> T) -> T {
        let spinner = (self.stderr_tty && !self.quiet).then(|| {
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
            terminal_width()
        } else {
            None
        }
    }

    /// Writes results to stdout; a closed pipe is not an error.
    pub fn print(&self, s: &str) -> Result<()> {
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
    pub fn print_prose(&self, s: &str) -> Result<()> {
        match self.width() {
            Some(w) => self.print_text(&crate::output::fmt::wrap(s, usize::from(w))),
            None => self.print_text(s),
        }
    }

    /// Writes a text result (a table, `show`, findings) to stdout through
    /// the terminal guard: no control sequence but our own colour gets out.
    pub fn print_text(&self, s: &str) -> Result<()> {
        self.print(&crate::output::safe::term_output(s, self.style.color))
    }

    /// [`Env::print_text`] for text formats, [`Env::print`] for data formats
    /// (JSON, CSV), whose own escaping must not be changed.
    pub fn print_as(&self, s: &str, text: bool) -> Result<()> {
        if text {
            self.print_text(s)
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
            Some(c) => Capture::push(&c.notes, &format!("{}\n", crate::output::safe::term(s))),
            None => eprintln!("{}", crate::output::safe::term(s)),
        }
    }

    /// A warning on stderr, even with -q.
    #[allow(clippy::print_stderr)]
    pub fn warn(&self, s: &str) {
        match &self.capture {
            Some(c) => Capture::push(
                &c.notes,
                &format!("warning: {}\n", crate::output::safe::term(s)),
            ),
            None => eprintln!(
                "{} {}",
                self.err_style.yellow("warning:"),
                crate::output::safe::term(s)
            ),
        }
    }
}

/// The questions' view of the command line (`crate::prompt`).
impl crate::prompt::Terminal for Env {
    fn can_ask(&self) -> bool {
        self.stdin_tty && self.stderr_tty
    }
    fn err_style(&self) -> Style {
        self.err_style
    }
    fn say(&self, s: &str) {
        self.note(s);
    }
    fn warn(&self, s: &str) {
        Env::warn(self, s);
    }
    fn width(&self) -> Option<u16> {
        Env::width(self)
    }
}

/// The terminal's width: asked of the terminal (stdout, then stderr), else
/// `COLUMNS`, else 80.
#[allow(clippy::disallowed_methods)] // part of Env: asked once, with the terminal
fn terminal_width() -> Option<u16> {
    terminal_size::terminal_size_of(std::io::stdout())
        .or_else(|| terminal_size::terminal_size_of(std::io::stderr()))
        .map(|(w, _)| w.0)
        .filter(|w| *w > 0)
        .or_else(|| {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse().ok())
                .filter(|w: &u16| *w > 0)
        })
        .or(Some(80))
}

/// Writes `content` to `-o FILE` or to stdout (no `-o`, `-o -`,
/// `-o /dev/stdout`). A regular file is replaced atomically; a FIFO or a
/// device is written straight; a symbolic link is followed only to a file
/// beside it or below (the rules are in `store::output`).
pub fn write_output(env: &Env, out: Option<&std::path::Path>, content: &str) -> Result<()> {
    // On standard output, a Markdown or HTML report goes through the
    // terminal guard; JSON (which starts with `{`) keeps its own escaping.
    let text = !content.starts_with('{');
    let p = match out {
        Some(p) if p.as_os_str() != "-" => p,
        _ => return env.print_as(content, text),
    };
    let p = if p.is_absolute() {
        p.to_path_buf()
    } else {
        env.cwd.join(p)
    };
    match crate::store::output::write_named(&p, content.as_bytes())? {
        crate::store::output::Dest::Stdout => env.print_as(content, text),
        crate::store::output::Dest::File(f) | crate::store::output::Dest::Stream(f) => {
            env.note(&format!("wrote {}", f.display()));
            Ok(())
        }
    }
}

pub fn dispatch(env: &Env, cmd: Command) -> Result<Outcome> {
    match cmd {
        Command::Init(a) => init::run(env, a),
        Command::Lint(a) => lint::run(env, a),
        Command::Explain(a) => explain::run(env, a),
        Command::Intake(c) => intake::run(env, c),
        Command::Capability(c) => capability::run(env, c),
        Command::Roadmap(c) => roadmap::run(env, c),
        Command::Report(c) => report::run(env, c),
        Command::Kpi(a) => kpi::run(env, a),
        Command::Deprecation(c) => deprecation::run(env, c),
        Command::Exception(c) => exception::run(env, c),
        Command::Scorecard(c) => scorecard::run(env, c),
        Command::Campaign(c) => campaign::run(env, c),
        Command::Changelog(a) => changelog::run(env, a),
        Command::Status(a) => status::run(env, a),
        Command::Team(c) => team::run(env, c),
        Command::Service(c) => service::run(env, c),
        Command::Export(c) => export::run(env, c),
        Command::Site(c) => site::run(env, c),
        Command::Import(c) => import::run(env, c),
        Command::Schema(a) => schema::run(env, a),
        Command::Completions(a) => completions::run(env, a),
        Command::Man(a) => man::run(env, a),
        Command::Search(a) => search::run(env, a),
        Command::Show(a) => show::run(env, a),
        Command::Mcp(a) => mcp::run(env, a),
    }
}
