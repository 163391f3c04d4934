//! What every command that writes shares: id checks, how a write is reported, dry runs, writer errors.

use crate::catalog::{Catalog, Kind};
use crate::model::ids::{is_allocated, is_slug};
use anyhow::{bail, Result};

/// The flags of every command that writes a file.
#[derive(clap::Args, Clone, Copy, Debug)]
pub struct WriteFlags {
    /// Check and print the file instead of writing it
    #[arg(long)]
    pub dry_run: bool,
    /// Also commit the file it writes (and only it) to git
    #[arg(long)]
    pub commit: bool,
}

impl WriteFlags {
    /// The writer's options for this run.
    pub fn options(self, today: chrono::NaiveDate) -> crate::store::writer::Options {
        crate::store::writer::Options::for_run(today, self.commit, self.dry_run)
    }

    /// With `--commit`, fails before anything is asked or written when
    /// git could not commit (no repository, no author).
    pub fn ensure_can_commit(self, root: &std::path::Path) -> Result<()> {
        if self.commit && !self.dry_run {
            crate::git::ensure_can_commit(root)?;
        }
        Ok(())
    }
}

/// Refuses an id that is not of its kind's form before it is used anywhere:
/// an id never becomes a path outside the catalog (`../../etc/passwd`).
pub fn check_id_form(kind: Kind, id: &str) -> Result<()> {
    let ok = match kind {
        Kind::Exception => is_allocated(id, "EXC"),
        Kind::Intake => is_allocated(id, "INT"),
        _ => is_slug(id),
    };
    if !ok {
        let form = match kind {
            Kind::Exception => "`EXC-` and six characters of 0-9 A-Z (e.g. EXC-4F7Q2M)",
            Kind::Intake => "`INT-` and six characters of 0-9 A-Z (e.g. INT-7K3F9Q)",
            _ => "lowercase letters, digits and dashes (e.g. ci-pipelines)",
        };
        bail!("`{id}` is not a valid {} id: an id is {form}", kind.noun());
    }
    Ok(())
}

/// The error for an id of the right form that the catalog does not hold.
pub fn unknown(cat: &Catalog, kind: Kind, id: &str) -> anyhow::Error {
    let hint = crate::suggest::did_you_mean(id, cat.ids_of(kind))
        .unwrap_or_else(|| format!("`platctl {} list` shows them all", kind.noun()));
    anyhow::anyhow!(
        "no {} `{id}` in the catalog at {} ({hint})",
        kind.noun(),
        cat.root.display()
    )
}

/// A writer's refusal as the command reports it (a refusal of the command's
/// own plan is said once, not again as its own cause).
pub fn write_error(e: crate::store::writer::WriteError) -> anyhow::Error {
    match e {
        crate::store::writer::WriteError::Plan(inner) => inner,
        other => anyhow::anyhow!(other),
    }
}

/// What the writer did, said the same way by every lifecycle command.
pub fn report(
    env: &crate::commands::Env,
    w: &crate::store::writer::Written,
    done: &str,
    next: &str,
) -> Result<()> {
    env.print(&format!("{} {}\n", w.id, w.path))?;
    let committed = w
        .commit
        .as_deref()
        .map(|c| format!(", committed {}", &c[..c.len().min(12)]))
        .unwrap_or_default();
    let next = if next.is_empty() {
        String::new()
    } else {
        format!("; next: {next}")
    };
    env.note(&format!("{done}{committed}{next}"));
    Ok(())
}

/// Shows a dry run's result: the text on stdout, the verdict on stderr.
pub fn report_dry_run(env: &crate::commands::Env, w: &crate::store::writer::Written) -> Result<()> {
    env.print_text(&w.text)?;
    env.note(&format!(
        "{} is valid (dry run: nothing was written)",
        w.path
    ));
    Ok(())
}

pub use crate::output::fmt::{bar, relative_days};

/// Warnings lint finds in the file just written (they do not block a
/// write); the writer found them while validating, so nothing is re-read.
pub fn warn_after(env: &crate::commands::Env, w: &crate::store::writer::Written) {
    for line in &w.warnings {
        env.warn(line);
    }
}

/// A percentage for a table cell (one decimal, as every report prints
/// ratios), or a dash when there is no ratio.
pub fn pct(r: Option<f64>) -> String {
    crate::output::fmt::percent_or_dash(r)
}

/// A new file of `kind` named after `id` holding `fields`: previewed and
/// confirmed on a terminal, then written through the shared writer
/// (validated, atomic, `--dry-run`, `--commit`) and reported.
#[allow(clippy::too_many_arguments)]
pub fn create_entity(
    env: &crate::commands::Env,
    root: &std::path::Path,
    p: &crate::commands::prompt::Prompter,
    kind: Kind,
    id: &str,
    fields: &crate::lifecycle::fields::Fields,
    write: WriteFlags,
    message: &str,
    done: &str,
    next: &str,
) -> Result<crate::Outcome> {
    let body = fields.to_yaml();
    let path = format!("{}/{id}.yaml", kind.dir());
    if !p.preview_and_confirm(
        env,
        &path,
        &crate::store::writer::file_text(root, kind, &body),
    )? {
        return Ok(crate::Outcome::Ok);
    }
    let w = crate::store::writer::create(
        root,
        kind,
        crate::store::writer::IdChoice::Given(id.to_string()),
        &write.options(env.today),
        &|_| body.clone(),
        &|_| message.to_string(),
    )
    .map_err(write_error)?;
    if !w.written {
        return report_dry_run(env, &w).map(|_| crate::Outcome::Ok);
    }
    report(env, &w, done, next)?;
    warn_after(env, &w);
    Ok(crate::Outcome::Ok)
}

/// An edit of one entity's mapping, planned under the lock; reported like
/// every lifecycle command (a dry run prints the file).
pub fn update_entity(
    env: &crate::commands::Env,
    kind: Kind,
    write: WriteFlags,
    plan: &dyn Fn(&Catalog) -> Result<crate::store::writer::Edit, crate::store::writer::WriteError>,
    done: &str,
    next: &str,
) -> Result<crate::Outcome> {
    let root = env.root()?;
    let w = crate::store::writer::update(&root, kind, &write.options(env.today), plan)
        .map_err(write_error)?;
    if write.dry_run {
        report_dry_run(env, &w)?;
        return Ok(crate::Outcome::Ok);
    }
    if !w.written {
        env.note(&format!("{} {}: nothing changed", w.id, w.path));
        return Ok(crate::Outcome::Ok);
    }
    report(env, &w, done, next)?;
    warn_after(env, &w);
    Ok(crate::Outcome::Ok)
}

/// A check that an answer holds one line.
pub fn one_line(s: &str) -> std::result::Result<(), String> {
    if s.contains('\n') {
        Err("one line, please".to_string())
    } else {
        Ok(())
    }
}

/// A check that a new id is a slug that `taken` does not hold.
pub fn new_slug<'a>(
    noun: &'a str,
    taken: &'a [String],
) -> impl Fn(&str) -> std::result::Result<(), String> + 'a {
    move |s: &str| {
        if !is_slug(s) {
            return Err("an id is lowercase letters, digits and dashes, e.g. payments-api".into());
        }
        if taken.iter().any(|t| t == s) {
            return Err(format!("{noun} `{s}` exists already; choose another id"));
        }
        Ok(())
    }
}

/// Says on stderr what a listing shows: "3 deprecations: state overdue,
/// team team-growth" or "15 capabilities: all".
pub fn say_what_it_shows(
    env: &crate::commands::Env,
    n: usize,
    one: &str,
    many: &str,
    filters: &[(&str, String)],
) {
    let what: Vec<String> = filters
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    let scope = if what.is_empty() {
        "all".to_string()
    } else {
        what.join(", ")
    };
    env.note(&format!(
        "{}: {scope}",
        crate::output::fmt::plural(n, one, many)
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars() {
        assert_eq!(bar(0.5, 10), "█████░░░░░  50%");
        assert_eq!(bar(1.0, 4), "████ 100%");
        assert_eq!(bar(0.0, 4), "░░░░   0%");
        assert_eq!(bar(f64::NAN, 2), "░░   0%");
    }

    #[test]
    fn ids_never_paths() {
        assert!(check_id_form(Kind::Deprecation, "../../etc/passwd").is_err());
        assert!(check_id_form(Kind::Exception, "EXC-../..").is_err());
        assert!(check_id_form(Kind::Exception, "EXC-4F7Q2M").is_ok());
        assert!(check_id_form(Kind::Capability, "ci-pipelines").is_ok());
    }
}
