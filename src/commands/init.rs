//! `platctl init`: a new catalog with commented defaults.

use crate::app::Env;
use crate::cli::init::Args;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let dir = match &a.dir {
        Some(d) => env.resolve(d),
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
    for line in crate::output::written::initialized(&dir, &made) {
        env.note(&line);
    }
    Ok(Outcome::Ok)
}
