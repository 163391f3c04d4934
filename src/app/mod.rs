//! The run context every command gets: where it runs, "today", and the
//! terminal it talks to. The one place that reads the clock and the
//! process environment (`NO_COLOR`, `COLUMNS`, `GITHUB_ACTIONS`): the rest
//! of the program gets them from here, as parameters.

mod write;

use crate::catalog::{self, Catalog};
use crate::cli::{Cli, ColorChoice};
use crate::output::style::Style;
use crate::output::terminal::Terminal;
use anyhow::{anyhow, Context, Result};
use chrono::NaiveDate;
use std::io::IsTerminal;
use std::path::PathBuf;

/// What every command gets: where it runs, "today", and the terminal it
/// talks to (`env.print(..)`, `env.note(..)`, `env.style`: an `Env` derefs
/// to its [`Terminal`]).
pub struct Env {
    pub cwd: PathBuf,
    pub catalog: Option<PathBuf>,
    pub today: NaiveDate,
    /// Running in GitHub Actions (`GITHUB_ACTIONS=true`): lint writes
    /// annotations unless another format is asked for.
    pub github_actions: bool,
    pub term: Terminal,
}

impl std::ops::Deref for Env {
    type Target = Terminal;

    fn deref(&self) -> &Terminal {
        &self.term
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
            github_actions: std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true"),
            term: Terminal {
                quiet: cli.quiet,
                verbose: cli.verbose,
                stdout_tty,
                stderr_tty,
                stdin_tty: std::io::stdin().is_terminal(),
                style: Style {
                    color: color_for(stdout_tty),
                },
                err_style: Style {
                    color: color_for(stderr_tty),
                },
                columns: if stdout_tty { terminal_width() } else { None },
                capture: None,
            },
        })
    }

    /// An environment for running commands inside another program (the MCP
    /// server): the catalog at `root`, no terminal, no colour, output kept.
    pub fn captured(root: PathBuf, today: NaiveDate) -> Env {
        Env {
            cwd: root.clone(),
            catalog: Some(root),
            today,
            github_actions: false,
            term: Terminal::captured(),
        }
    }

    /// A path given on the command line, relative to where platctl runs.
    pub fn resolve(&self, p: &std::path::Path) -> PathBuf {
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.cwd.join(p)
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

    /// Finds the root and loads the catalog (a spinner on a terminal),
    /// with a warning for each file its tables leave out.
    pub fn load(&self) -> Result<Catalog> {
        let cat = self.load_quietly()?;
        self.warn_left_out(&cat, true);
        Ok(cat)
    }

    /// A warning for each file whose entities `cat` leaves out, so that no
    /// listing or number misses one unsaid; `working_tree` when `cat` is
    /// what `platctl lint` reads (not a revision), which can say why.
    pub fn warn_left_out(&self, cat: &Catalog, working_tree: bool) {
        for w in crate::output::left_out::of_catalog(cat, working_tree) {
            self.warn(&w);
        }
    }

    /// [`Env::load`] without its warnings: for lint, whose findings say
    /// more, and for commands that warn once they hold the whole catalog.
    pub fn load_quietly(&self) -> Result<Catalog> {
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
}

/// The questions' view of the command line (`crate::prompt`).
impl crate::prompt::Console for Env {
    fn can_ask(&self) -> bool {
        self.term.stdin_tty && self.term.stderr_tty
    }
    fn err_style(&self) -> Style {
        self.term.err_style
    }
    fn say(&self, s: &str) {
        self.term.note(s);
    }
    fn warn(&self, s: &str) {
        self.term.warn(s);
    }
    fn width(&self) -> Option<u16> {
        self.term.width()
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
/// This build of platctl, for the import cache's key: the version and the
/// executable's identity (a rebuild is another build).
pub fn build_id() -> String {
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| crate::interop::cache::Ident::at(&p));
    format!("{} {exe:?}", env!("CARGO_PKG_VERSION"))
}

pub fn write_output(env: &Env, out: Option<&std::path::Path>, content: &str) -> Result<()> {
    // On standard output, a Markdown or HTML report goes through the
    // terminal guard; JSON (which starts with `{`) keeps its own escaping.
    let text = !content.starts_with('{');
    let p = match out {
        Some(p) if p.as_os_str() != "-" => p,
        _ => return env.print_as(content, text),
    };
    let p = env.resolve(p);
    match crate::store::output::write_named(&p, content.as_bytes())? {
        crate::store::output::Dest::Stdout => env.print_as(content, text),
        crate::store::output::Dest::File(f) | crate::store::output::Dest::Stream(f) => {
            env.note(&format!("wrote {}", f.display()));
            Ok(())
        }
    }
}
