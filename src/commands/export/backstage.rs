//! `platctl export backstage -o DIR`.

use crate::app::Env;
use crate::cli::export::BackstageArgs;
use crate::Outcome;
use anyhow::{Context, Result};

pub fn run(env: &Env, a: BackstageArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let files: Vec<(String, Vec<u8>)> = crate::interop::export::backstage(&cat, env.today)
        .into_iter()
        .map(|(p, v)| (p, crate::output::yaml::document(&v).into_bytes()))
        .collect();
    let dir = env.resolve(&a.output);
    crate::store::atomic::replace_dir(&dir, &files)
        .with_context(|| format!("cannot write {}", dir.display()))?;
    env.note(&format!(
        "wrote {} entities and {}/all.yaml",
        files.len() - 1,
        a.output.display()
    ));
    Ok(Outcome::Ok)
}
