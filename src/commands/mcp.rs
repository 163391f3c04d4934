//! `platctl mcp`: serve the catalog to AI assistants over MCP on stdio.

use crate::app::Env;
use crate::cli::mcp::Args;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let root = env.root()?;
    let root = root.canonicalize().unwrap_or(root);
    env.note(&crate::mcp::banner(&root, a.allow_writes));
    crate::mcp::serve(crate::mcp::Settings {
        root,
        today: env.today,
        allow_writes: a.allow_writes,
        max_output: a.max_output as usize,
    })?;
    Ok(Outcome::Ok)
}
