//! `platctl man`: manual pages for the command and every subcommand (clap_mangen).

use super::Env;
use crate::Outcome;
use anyhow::{Context, Result};
use clap::CommandFactory;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  # man/platctl.1, man/platctl-lint.1, man/platctl-intake-new.1, ...
  platctl man -o man/
  # where man finds them (as root), then read one
  platctl man -o /usr/local/share/man/man1
  man platctl-lint")]
pub struct Args {
    /// Directory to write the pages into (made if missing)
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
}

/// Every page, `(file name, roff text)`: `platctl.1`, then one per subcommand, depth first.
pub fn pages() -> Result<Vec<(String, Vec<u8>)>> {
    let mut cmd = crate::cli::Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    collect(&cmd, &mut out)?;
    Ok(out)
}

/// The date on every page's `.TH` line: when these pages were last revised.
/// Fixed, not the clock, so that the pages are the same bytes on every run.
pub const PAGES_DATE: &str = "2026-12-06";

fn collect(cmd: &clap::Command, out: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    let man = clap_mangen::Man::new(cmd.clone())
        .date(PAGES_DATE)
        .source(format!("platctl {}", env!("CARGO_PKG_VERSION")))
        .manual("platctl manual");
    let mut buf = Vec::new();
    man.render(&mut buf)?;
    out.push((man.get_filename(), keep_examples_as_written(buf)));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, out)?;
    }
    Ok(())
}

/// The section made of the help's examples is shown as written (`.nf`, no
/// fill): roff would otherwise run the example lines together.
fn keep_examples_as_written(page: Vec<u8>) -> Vec<u8> {
    let Ok(text) = String::from_utf8(page.clone()) else {
        return page;
    };
    const EXTRA: &str = "\n.SH EXTRA\n";
    let Some(start) = text.find(EXTRA) else {
        return page;
    };
    let body = start + EXTRA.len();
    let end = text[body..]
        .find("\n.SH ")
        .map_or(text.len(), |i| body + i + 1);
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(&text[..body]);
    out.push_str(".nf\n");
    out.push_str(&text[body..end]);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(".fi\n");
    out.push_str(&text[end..]);
    out.into_bytes()
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let dir = if a.output.is_absolute() {
        a.output
    } else {
        env.cwd.join(a.output)
    };
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let pages = pages()?;
    for (name, text) in &pages {
        let p = dir.join(name);
        crate::store::atomic::write_file(&p, text, true)
            .with_context(|| format!("cannot write {}", p.display()))?;
    }
    env.note(&format!(
        "wrote {} man pages to {}",
        pages.len(),
        dir.display()
    ));
    Ok(Outcome::Ok)
}
