//! The JSON Schemas on disk: one kind's schema, and bringing a directory of
//! them up to date (or only saying which are stale).

use crate::model::Kind;
use crate::schema::{self, SchemaFile};
use crate::store::generated;
use anyhow::{anyhow, Result};
use std::path::Path;

/// The schema of one kind: a kind directory, or `platctl` for the
/// configuration.
pub fn one(kind: &str) -> Result<SchemaFile> {
    let want = if kind == "platctl" {
        Some(Kind::Config)
    } else {
        Kind::from_dir(kind)
    };
    schema::all()
        .into_iter()
        .find(|f| Some(f.kind) == want)
        .ok_or_else(|| anyhow!("--kind {kind}: not a kind"))
}

/// What a run over a directory of schemas found: the names of the files
/// missing or out of date, of how many.
pub struct Schemas {
    pub stale: Vec<String>,
    pub all: usize,
}

/// Brings `dir` up to date (unless `check_only`), writing only the stale
/// files. In the catalog (`root` given), `schemas/` obeys the rule of every
/// path: nothing is read or written through a link out of the root.
pub fn sync(dir: &Path, root: Option<&Path>, check_only: bool) -> Result<Schemas> {
    let files = schema::all();
    if let Some(root) = root {
        generated::refuse_link_out(root, dir)?;
    }
    let stale = generated::stale(dir, &files);
    if !check_only {
        if let Some(root) = root {
            crate::store::confine::dir_inside(root, dir).map_err(|e| anyhow!("{e}"))?;
        }
        generated::write_into(dir, &stale)?;
    }
    Ok(Schemas {
        stale: stale.iter().map(|f| f.name.clone()).collect(),
        all: files.len(),
    })
}
