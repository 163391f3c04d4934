//! `platctl lint`.

use super::Env;
use crate::lint::{self, Diagnostic};
use crate::model::Level;
use crate::output::diagnostics;
use crate::Outcome;
use anyhow::{anyhow, bail, Result};
use clap::ValueEnum;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  platctl lint\n  platctl lint capabilities/ci-pipelines.yaml\n  platctl lint --format json --deny-warnings\n  platctl lint --rule roadmap-item-without-outcome=off\n\nIn CI:\n  platctl lint --changed-since origin/main     # what the pull request changed\n  platctl lint --format sarif > platctl.sarif  # GitHub code scanning\n  platctl lint --format github                 # annotations (default when GITHUB_ACTIONS=true)\n  platctl lint --format junit > junit.xml      # test reports (GitLab, Jenkins)\n\nExit status: 0 no errors (and no warnings with --deny-warnings), 1 findings at that level, 2 lint could not run."
)]
pub struct Args {
    /// Report only findings in these files (the whole catalog is still loaded)
    pub paths: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Report only findings in files that differ from this git revision
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,
    /// Exit 1 on warnings too
    #[arg(long)]
    pub deny_warnings: bool,
    /// Set a rule's level for this run: ID=error|warning|off (repeatable)
    #[arg(long = "rule", value_name = "ID=LEVEL")]
    pub rules: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Sarif,
    Github,
    Junit,
}

fn parse_override(s: &str) -> Result<(String, Level)> {
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

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let overrides = a
        .rules
        .iter()
        .map(|s| parse_override(s))
        .collect::<Result<Vec<_>>>()?;
    let format = a.format.unwrap_or(if env.github_actions {
        Format::Github
    } else {
        Format::Text
    });
    let cat = env.load()?;
    let mut diags = lint::lint(
        &cat,
        env.today,
        &lint::Options {
            overrides: overrides.clone(),
        },
    );
    // The files reported on: every file read, or those PATH… and --changed-since select.
    let mut scope: Vec<&str> = cat
        .files
        .iter()
        .filter(|f| f.read)
        .map(|f| f.path.as_str())
        .collect();
    if !a.paths.is_empty() {
        let wanted = selected_paths(env, &cat.root, &a.paths)?;
        let inside = |p: &str| {
            wanted
                .iter()
                .any(|w| p == w || p.starts_with(&format!("{w}/")))
        };
        diags.retain(|d| inside(cat.path(d.file)));
        scope.retain(|p| inside(p));
    }
    if let Some(rev) = &a.changed_since {
        let changes = crate::git::changes_since(&cat.root, rev)?;
        lint::scope::retain_changed(&cat, &mut diags, &changes.files, &changes.before);
        let pointing: std::collections::HashSet<&str> =
            diags.iter().map(|d| cat.path(d.file)).collect();
        scope.retain(|p| changes.files.contains(*p) || pointing.contains(p));
    }
    if let Some(rev) = &a.changed_since {
        // Level drops are reported whatever files changed: a rule tightened in a
        // scorecard lowers services whose own files did not change.
        let mut regressed = crate::commands::scorecard::regressions(&cat, rev, env.today)?;
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
        lint::sort(&cat, &mut diags);
    }
    let files = scope.len();
    // SARIF and GitHub annotations name files from the repository root.
    let prefix = match format {
        Format::Sarif | Format::Github | Format::Junit => {
            crate::git::workdir_prefix(&cat.root).unwrap_or_default()
        }
        Format::Text | Format::Json => String::new(),
    };
    let out = render(env, &cat, &diags, &scope, &prefix, format, a.deny_warnings)?;
    env.print_as(&out, format == Format::Text)?;
    if format == Format::Github {
        env.note(&diagnostics::summary_line(&diags, files));
    }
    let (errors, warnings) = lint::counts(&diags);
    // The process ends right after this: freeing tens of thousands of small
    // allocations one by one costs more than the rules on a large catalog.
    std::mem::forget(diags);
    std::mem::forget(cat);
    Ok(if errors > 0 || (a.deny_warnings && warnings > 0) {
        Outcome::Problems
    } else {
        Outcome::Ok
    })
}

fn render(
    env: &Env,
    cat: &crate::catalog::Catalog,
    diags: &[Diagnostic],
    scope: &[&str],
    prefix: &str,
    format: Format,
    deny_warnings: bool,
) -> Result<String> {
    Ok(match format {
        Format::Text => diagnostics::text(cat, diags, scope.len(), env.style),
        Format::Json => diagnostics::json(cat, diags, scope.len()),
        Format::Sarif => crate::output::ci::sarif(cat, diags, prefix)?,
        Format::Github => crate::output::ci::github(cat, diags, prefix)?,
        Format::Junit => crate::output::ci::junit(cat, diags, scope, prefix, deny_warnings),
    })
}

/// Paths given on the command line, relative to the catalog root.
fn selected_paths(env: &Env, root: &std::path::Path, paths: &[PathBuf]) -> Result<Vec<String>> {
    paths
        .iter()
        .map(|p| {
            let abs = if p.is_absolute() {
                p.clone()
            } else {
                env.cwd.join(p)
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
