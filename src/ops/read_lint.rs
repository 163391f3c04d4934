//! A lint run as the command asks for it: the rules' levels for this run,
//! the findings, and the files reported on (every file read, or those the
//! paths given and `--changed-since` select, with the scorecard level drops
//! since that revision).

use crate::catalog::Catalog;
use crate::lint::{self, Diagnostic};
use crate::model::Level;
use anyhow::{anyhow, bail, Result};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// `--rule ID=LEVEL`, checked against the registry.
pub fn parse_override(s: &str) -> Result<(String, Level)> {
    let (id, level) = s
        .split_once('=')
        .ok_or_else(|| anyhow!("--rule `{s}`: write ID=LEVEL, e.g. --rule intake-stale=off"))?;
    if lint::registry::find(id).is_none() {
        let hint =
            crate::suggest::did_you_mean(id, lint::registry::RULES.iter().map(|r| r.id.as_str()))
                .unwrap_or_else(|| "`platctl explain` lists the rules".into());
        bail!("--rule: unknown rule `{id}` ({hint})");
    }
    let level = Level::parse(level)
        .ok_or_else(|| anyhow!("--rule {id}: level `{level}` is not one of error, warning, off"))?;
    Ok((id.to_string(), level))
}

/// What to report on.
pub struct Scope<'a> {
    /// Only findings in these files or directories (relative to `cwd`).
    pub paths: &'a [PathBuf],
    pub cwd: &'a Path,
    /// Only findings in files that differ from this revision.
    pub changed_since: Option<&'a str>,
}

/// The findings, sorted, and the files reported on.
pub struct Run<'c> {
    pub diags: Vec<Diagnostic>,
    pub files: Vec<&'c str>,
}

pub fn run<'c>(
    cat: &'c Catalog,
    today: NaiveDate,
    overrides: &[(String, Level)],
    scope: &Scope,
) -> Result<Run<'c>> {
    let options = lint::Options {
        overrides: overrides.to_vec(),
    };
    let mut diags = lint::lint(cat, today, &options);
    let mut files: Vec<&str> = cat
        .files
        .iter()
        .filter(|f| f.read)
        .map(|f| f.path.as_str())
        .collect();
    if !scope.paths.is_empty() {
        let wanted = selected_paths(scope.cwd, &cat.root, scope.paths)?;
        let inside = |p: &str| {
            wanted
                .iter()
                .any(|w| p == w || p.starts_with(&format!("{w}/")))
        };
        diags.retain(|d| inside(cat.path(d.file)));
        files.retain(|p| inside(p));
    }
    if let Some(rev) = scope.changed_since {
        let changes = crate::git::changes_since(&cat.root, rev)?;
        lint::scope::retain_changed(cat, &mut diags, &changes.files, &changes.before);
        let pointing: std::collections::HashSet<&str> =
            diags.iter().map(|d| cat.path(d.file)).collect();
        files.retain(|p| changes.files.contains(*p) || pointing.contains(p));
        // Level drops are reported whatever files changed: a rule tightened in a
        // scorecard lowers services whose own files did not change.
        let mut regressed = super::read_scorecard::regressions(cat, rev, today)?;
        if let Some((_, l)) = overrides
            .iter()
            .rev()
            .find(|(id, _)| id == "scorecard-level-regressed")
        {
            for d in &mut regressed {
                d.level = *l;
            }
            regressed.retain(|d| d.level != Level::Off);
        }
        diags.append(&mut regressed);
        lint::sort(cat, &mut diags);
    }
    Ok(Run { diags, files })
}

/// Paths given on the command line, relative to the catalog root.
fn selected_paths(cwd: &Path, root: &Path, paths: &[PathBuf]) -> Result<Vec<String>> {
    paths
        .iter()
        .map(|p| {
            let abs = if p.is_absolute() {
                p.clone()
            } else {
                cwd.join(p)
            };
            let abs = match abs.canonicalize() {
                Ok(a) => a,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    bail!("{}: no such file or directory", p.display())
                }
                Err(e) => bail!("cannot read {}: {e}", p.display()),
            };
            let rel = abs.strip_prefix(root).map_err(|_| {
                anyhow!(
                    "{} is not inside the catalog at {}",
                    p.display(),
                    root.display()
                )
            })?;
            Ok(rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/"))
        })
        .collect()
}
