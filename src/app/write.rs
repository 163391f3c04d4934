//! What every command that writes shares, as the run context's methods:
//! the start of a `new` (catalog, questions, checks before anything is
//! asked), the shared writer's options from the write flags, and how a
//! write is reported (the text is `output::written`'s).

use super::Env;
use crate::catalog::{Catalog, Kind};
use crate::cli::WriteFlags;
use crate::output::written;
use crate::prompt::Prompter;
use crate::store::writer::{Edit, IdChoice, WriteError, Written};
use crate::Outcome;
use anyhow::Result;
use std::path::Path;

impl WriteFlags {
    /// The writer's options for this run.
    pub fn options(self, today: chrono::NaiveDate) -> crate::store::writer::Options {
        crate::store::writer::Options::for_run(today, self.commit, self.dry_run)
    }

    /// With `--commit`, fails before anything is asked or written when
    /// git could not commit (no repository, no author).
    pub fn ensure_can_commit(self, root: &Path) -> Result<()> {
        if self.commit && !self.dry_run {
            crate::git::ensure_can_commit(root)?;
        }
        Ok(())
    }
}

impl Env {
    /// What the writer did, said the same way by every lifecycle command.
    pub fn report_written(&self, w: &Written, done: &str, next: &str) -> Result<()> {
        self.print(&written::line(w))?;
        self.note(&written::done(w, done, next));
        Ok(())
    }

    /// Shows a dry run's result: the text on stdout, the verdict on stderr.
    pub fn report_dry_run(&self, w: &Written) -> Result<()> {
        self.print_text(&w.text)?;
        self.note(&written::dry_run(w));
        Ok(())
    }

    /// Warnings lint finds in the file just written (they do not block a
    /// write); the writer found them while validating, so nothing is re-read.
    pub fn warn_after(&self, w: &Written) {
        for line in &w.warnings {
            self.warn(line);
        }
    }

    /// The end of every `new`: nothing when the preview was declined, the
    /// text of a dry run, else what was written (`done` says it, `next`
    /// suggests what follows) and lint's warnings about it.
    pub fn finish_new(
        &self,
        w: Option<Written>,
        done: &dyn Fn(&Written) -> String,
        next: &str,
    ) -> Result<Outcome> {
        let Some(w) = w else { return Ok(Outcome::Ok) };
        if !w.written {
            self.report_dry_run(&w)?;
            return Ok(Outcome::Ok);
        }
        self.report_written(&w, &done(&w), next)?;
        self.warn_after(&w);
        Ok(Outcome::Ok)
    }

    /// The end of an edit: the text of a dry run, "nothing changed", or
    /// what was written and lint's warnings about it.
    pub fn finish_update(
        &self,
        w: &Written,
        dry_run: bool,
        done: &str,
        next: &str,
    ) -> Result<Outcome> {
        if dry_run {
            self.report_dry_run(w)?;
            return Ok(Outcome::Ok);
        }
        if !w.written {
            self.note(&written::unchanged(w));
            return Ok(Outcome::Ok);
        }
        self.report_written(w, done, next)?;
        self.warn_after(w);
        Ok(Outcome::Ok)
    }

    /// The go-ahead of [`crate::ops::create`]: the preview and its question.
    pub fn confirm<'a>(&'a self, p: &'a Prompter) -> impl Fn(&str, &str) -> Result<bool> + 'a {
        move |path, text| p.preview_and_confirm(self, path, text)
    }

    /// The start of every `new`: the catalog, who asks, every required
    /// flag checked at once (when nothing may be asked), the form of an id
    /// given, and, with `--commit`, that git can commit, before anything is
    /// asked.
    pub fn start_new(
        &self,
        yes: bool,
        required: &[(&str, bool)],
        id: Option<(Kind, &str)>,
        write: WriteFlags,
    ) -> Result<(Catalog, Prompter)> {
        let cat = self.load()?;
        let p = Prompter::new(self, yes);
        p.require(required)?;
        if let Some((kind, id)) = id {
            crate::ops::check_id_form(kind, id)?;
        }
        write.ensure_can_commit(&cat.root)?;
        Ok((cat, p))
    }

    /// A new file of `kind` named after `id` holding `fields`: previewed
    /// and confirmed on a terminal, then written through the shared writer
    /// (validated, atomic, `--dry-run`, `--commit`) and reported.
    #[allow(clippy::too_many_arguments)]
    pub fn create_entity(
        &self,
        root: &Path,
        p: &Prompter,
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
        let w = crate::ops::create(root, &write.options(self.today), new, &self.confirm(p))?;
        self.finish_new(w, &|_| done.to_string(), next)
    }

    /// An edit of one entity's mapping, planned under the lock; reported
    /// like every lifecycle command (a dry run prints the file).
    pub fn update_entity(
        &self,
        kind: Kind,
        write: WriteFlags,
        plan: &dyn Fn(&Catalog) -> Result<Edit, WriteError>,
        done: &str,
        next: &str,
    ) -> Result<Outcome> {
        let root = self.root()?;
        let w = crate::ops::update(&root, kind, &write.options(self.today), plan)?;
        self.finish_update(&w, write.dry_run, done, next)
    }

    /// Says on stderr what a listing shows: "3 deprecations: state overdue,
    /// team team-growth" or "15 capabilities: all".
    pub fn say_what_it_shows(&self, n: usize, one: &str, many: &str, filters: &[(&str, String)]) {
        self.note(&crate::output::fmt::what_it_shows(n, one, many, filters));
    }
}
