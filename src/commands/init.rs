//! `platctl init`: a new catalog with commented defaults.

use super::Env;
use crate::Outcome;
use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  platctl init\n  platctl init platform-catalog --name \"Acme Platform\" --example\n  platctl init --no-git\n\nA directory that is in no git repository is made one (`git init`): the\ntrends, the changelog and the roadmap's scope changes read the catalog's history."
)]
pub struct Args {
    /// Where to make the catalog (default: here)
    pub dir: Option<PathBuf>,
    /// The platform's name, shown in report titles (default: the directory's name)
    #[arg(long)]
    pub name: Option<String>,
    /// Add a small sample: two teams, services, capabilities, a roadmap quarter, a request
    #[arg(long)]
    pub example: bool,
    /// Do not run `git init` when the directory is in no repository
    #[arg(long)]
    pub no_git: bool,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let dir = match &a.dir {
        Some(d) if d.is_absolute() => d.clone(),
        Some(d) => env.cwd.join(d),
        None => env.cwd.clone(),
    };
    let made = crate::ops::init::init(&crate::ops::init::Init {
        dir: dir.clone(),
        name: a.name,
        example: a.example,
        git: !a.no_git,
        today: env.today,
    })?;
    for p in &made.kept {
        env.warn(&format!("{} exists: left as it is", p.display()));
    }
    if made.git_init {
        env.note(&format!(
            "made {} a git repository (its history feeds trends and the changelog)",
            dir.display()
        ));
    }
    env.note(&format!(
        "made a catalog at {} ({}); next: `platctl -C {} lint`",
        dir.display(),
        crate::output::fmt::plural(made.written.len(), "file", "files"),
        dir.display()
    ));
    Ok(Outcome::Ok)
}
