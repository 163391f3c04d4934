//! `platctl report roadmap`: the quarterly roadmap report.

use super::roadmap::{planned_quarters, quarter_arg};
use super::ReportFormat as Format;
use super::{write_output, Env};
use crate::catalog::{parse::MAX_FILE_BYTES, Catalog, Kind};
use crate::git::{BlobId, CatalogRepo};
use crate::model::Quarter;
use crate::report::roadmap::build;
use crate::report::scope::{self, quarters_in, state_of, Scope, Version};
use crate::Outcome;
use anyhow::{bail, Context, Result};
use std::collections::HashMap;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  platctl report roadmap\n  platctl report roadmap --quarter 2026-Q4 --format html -o q4.html\n  platctl report roadmap --quarter 2026-Q3 --format json\n\n\
Predictability = committed items delivered by the quarter's last day ÷ committed items; a delivery after \
the last day and stretch items are not counted. The target range comes from platctl.yaml \
(kpis: roadmap-predictability: {min, max}; default 70%–85%). Scope changes are read from git history: \
items added, removed, or moved between stretch and committed after the last commit on or before the \
quarter's first day (or the first commit that has the quarter)."
)]
pub struct Args {
    /// The quarter, YYYY-Qn (fiscal-year aware); default: the quarter that holds today
    #[arg(long, value_name = "QUARTER")]
    pub quarter: Option<String>,
    /// Output format: Markdown (GitHub), one self-contained HTML file, or JSON
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let cat = env.load()?;
    let q = quarter_arg(env, &cat, a.quarter.as_deref())?;
    let Some(rq) = cat.quarter(q) else {
        bail!(
            "the catalog has no roadmap for {q}\n  help: quarters planned: {}; add roadmap/{q}.yaml to plan this one",
            planned_quarters(&cat)
        );
    };
    let scope = scope_from_history(env, &cat, q)?;
    let report = build(&cat, rq, env.today, scope);
    let out = match a.format {
        Format::Md => crate::output::roadmap_md::render(&report),
        Format::Html => crate::output::roadmap_html::render(&report),
        Format::Json => crate::output::json_document(&report)?,
    };
    write_output(env, a.output.as_deref(), &out)?;
    Ok(Outcome::Ok)
}

fn is_catalog_yaml(path: &str) -> bool {
    (path.ends_with(".yaml") || path.ends_with(".yml"))
        && !path.split('/').any(|c| c.starts_with('.'))
}

/// The quarter in every first-parent commit from the baseline candidate to
/// HEAD, then in the working tree; `None` outside git (or before the first
/// commit). Each roadmap blob is parsed once.
pub(crate) fn scope_from_history(env: &Env, cat: &Catalog, q: Quarter) -> Result<Option<Scope>> {
    let Some(repo) = CatalogRepo::open(&cat.root)? else {
        return Ok(None);
    };
    let Some(head) = repo.head()? else {
        return Ok(None);
    };
    let start = q.start(cat.fy());
    let versions = env.spinning(&format!("reading the history of {q}"), || {
        versions_of(env, cat, q, &repo, &head.id, start)
    })?;
    let mut scope = scope::changes(&versions, start);
    scope.shallow = repo.is_shallow();
    Ok(Some(scope))
}

/// The quarter's state in each commit from the baseline candidate to HEAD,
/// then in the working tree.
fn versions_of(
    env: &Env,
    cat: &Catalog,
    q: Quarter,
    repo: &CatalogRepo,
    head: &str,
    start: chrono::NaiveDate,
) -> Result<Vec<Version>> {
    let log = repo
        .first_parent_log(head)
        .context("cannot read the git history of the catalog")?;
    // Newest first: nothing older than the last commit on or before the first day matters.
    let keep = log
        .iter()
        .position(|c| c.date() <= start)
        .map_or(log.len(), |i| i + 1);
    let mut cache = HashMap::new();
    let mut per_commit = Vec::with_capacity(keep);
    for c in log.iter().take(keep).rev() {
        let blobs: Vec<BlobId> = repo
            .tree_files(&c.id, Kind::Roadmap.dir())?
            .into_iter()
            .filter(|f| !f.symlink && is_catalog_yaml(&f.path))
            .map(|f| f.blob)
            .collect();
        for &b in &blobs {
            cache.entry(b).or_insert_with(|| {
                repo.read_blob(b, MAX_FILE_BYTES)
                    .ok()
                    .and_then(|bytes| quarters_in(&bytes))
            });
        }
        per_commit.push((c, blobs));
    }
    let mut versions: Vec<Version> = per_commit
        .iter()
        .map(|(c, blobs)| Version {
            commit: Some(c.id.clone()),
            date: c.date(),
            state: state_of(blobs.iter().filter_map(|b| cache.get(b)), q),
        })
        .collect();
    let worktree: Vec<_> = cat
        .files
        .iter()
        .filter(|f| f.kind == Some(Kind::Roadmap) && f.read)
        .map(|f| quarters_in(f.text.as_bytes()))
        .collect();
    versions.push(Version {
        commit: None,
        date: env.today,
        state: state_of(&worktree, q),
    });
    Ok(versions)
}
