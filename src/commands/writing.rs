//! What every command that writes shares: id checks, how a write is reported, dry runs, writer errors.

use crate::catalog::{Catalog, Kind};
use crate::cli::WriteFlags;
use anyhow::Result;

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

use crate::app::Env;
pub use crate::ops::{check_id_form, unknown, write_error};
pub use crate::output::fmt::{bar, relative_days};
use crate::output::written;
pub use crate::prompt::{ask_id_among, ask_new_id, new_slug, one_line};
use crate::store::writer::{Edit, IdChoice, WriteError, Written};
use crate::Outcome;

/// What the writer did, said the same way by every lifecycle command.
pub fn report(env: &Env, w: &Written, done: &str, next: &str) -> Result<()> {
    env.print(&written::line(w))?;
    env.note(&written::done(w, done, next));
    Ok(())
}

/// Shows a dry run's result: the text on stdout, the verdict on stderr.
pub fn report_dry_run(env: &Env, w: &Written) -> Result<()> {
    env.print_text(&w.text)?;
    env.note(&written::dry_run(w));
    Ok(())
}

/// Warnings lint finds in the file just written (they do not block a
/// write); the writer found them while validating, so nothing is re-read.
pub fn warn_after(env: &Env, w: &Written) {
    for line in &w.warnings {
        env.warn(line);
    }
}

/// The end of every `new`: nothing when the preview was declined, the text
/// of a dry run, else what was written (`done` says it, `next` suggests
/// what follows) and lint's warnings about it.
pub fn finish_new(
    env: &Env,
    w: Option<Written>,
    done: &dyn Fn(&Written) -> String,
    next: &str,
) -> Result<Outcome> {
    let Some(w) = w else { return Ok(Outcome::Ok) };
    if !w.written {
        report_dry_run(env, &w)?;
        return Ok(Outcome::Ok);
    }
    report(env, &w, &done(&w), next)?;
    warn_after(env, &w);
    Ok(Outcome::Ok)
}

/// The end of an edit: the text of a dry run, "nothing changed", or what
/// was written and lint's warnings about it.
pub fn finish_update(
    env: &Env,
    w: &Written,
    dry_run: bool,
    done: &str,
    next: &str,
) -> Result<Outcome> {
    if dry_run {
        report_dry_run(env, w)?;
        return Ok(Outcome::Ok);
    }
    if !w.written {
        env.note(&written::unchanged(w));
        return Ok(Outcome::Ok);
    }
    report(env, w, done, next)?;
    warn_after(env, w);
    Ok(Outcome::Ok)
}

/// A percentage for a table cell (one decimal, as every report prints
/// ratios), or a dash when there is no ratio.
pub fn pct(r: Option<f64>) -> String {
    crate::output::fmt::percent_or_dash(r)
}

/// The go-ahead of [`crate::ops::create`]: the preview and its question.
pub fn confirm<'a>(
    env: &'a Env,
    p: &'a crate::prompt::Prompter,
) -> impl Fn(&str, &str) -> Result<bool> + 'a {
    move |path, text| p.preview_and_confirm(env, path, text)
}

/// The start of every `new`: the catalog, who asks, every required flag
/// checked at once (when nothing may be asked), the form of an id given,
/// and, with `--commit`, that git can commit, before anything is asked.
pub fn start_new(
    env: &Env,
    yes: bool,
    required: &[(&str, bool)],
    id: Option<(Kind, &str)>,
    write: WriteFlags,
) -> Result<(Catalog, crate::prompt::Prompter)> {
    let cat = env.load()?;
    let p = crate::prompt::Prompter::new(env, yes);
    p.require(required)?;
    if let Some((kind, id)) = id {
        check_id_form(kind, id)?;
    }
    write.ensure_can_commit(&cat.root)?;
    Ok((cat, p))
}

/// A new file of `kind` named after `id` holding `fields`: previewed and
/// confirmed on a terminal, then written through the shared writer
/// (validated, atomic, `--dry-run`, `--commit`) and reported.
#[allow(clippy::too_many_arguments)]
pub fn create_entity(
    env: &Env,
    root: &std::path::Path,
    p: &crate::prompt::Prompter,
    kind: Kind,
    id: &str,
    fields: &crate::lifecycle::fields::Fields,
    write: WriteFlags,
    message: &str,
    done: &str,
    next: &str,
) -> Result<Outcome> {
    let body = fields.to_yaml();
    let new = crate::ops::NewFile {
        kind,
        id: IdChoice::Given(id.to_string()),
        body: &|_| body.clone(),
        message: &|_| message.to_string(),
    };
    let w = crate::ops::create(root, &write.options(env.today), new, &confirm(env, p))?;
    finish_new(env, w, &|_| done.to_string(), next)
}

/// An edit of one entity's mapping, planned under the lock; reported like
/// every lifecycle command (a dry run prints the file).
pub fn update_entity(
    env: &Env,
    kind: Kind,
    write: WriteFlags,
    plan: &dyn Fn(&Catalog) -> Result<Edit, WriteError>,
    done: &str,
    next: &str,
) -> Result<Outcome> {
    let root = env.root()?;
    let w = crate::ops::update(&root, kind, &write.options(env.today), plan)?;
    finish_update(env, &w, write.dry_run, done, next)
}

/// Says on stderr what a listing shows: "3 deprecations: state overdue,
/// team team-growth" or "15 capabilities: all".
pub fn say_what_it_shows(env: &Env, n: usize, one: &str, many: &str, filters: &[(&str, String)]) {
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
}
