//! `platctl lint`.

use crate::app::Env;
use crate::cli::lint::{Args, Format};
use crate::lint::{self, Diagnostic};
use crate::ops::read_lint;
use crate::output::diagnostics;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let overrides = a
        .rules
        .iter()
        .map(|s| read_lint::parse_override(s))
        .collect::<Result<Vec<_>>>()?;
    let format = a.format.unwrap_or(if env.github_actions {
        Format::Github
    } else {
        Format::Text
    });
    let cat = env.load_quietly()?;
    let scope = read_lint::Scope {
        paths: &a.paths,
        cwd: &env.cwd,
        changed_since: a.changed_since.as_deref(),
    };
    let read_lint::Run {
        diags,
        files: scope,
    } = read_lint::run(&cat, env.today, &overrides, &scope)?;
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
