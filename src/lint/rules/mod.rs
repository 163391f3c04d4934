//! The rule checks, one file per family. Each check reads the catalog and
//! pushes findings; none prints or reads the clock.

mod data;
mod deprecations;
mod exceptions;
mod files;
mod intake;
mod lifecycle;
mod refs;
mod roadmap;
pub mod scorecards;

use super::{Diagnostic, RuleId};
use crate::catalog::{Catalog, Kind};
use crate::model::{FileId, Span};
use chrono::NaiveDate;
use std::collections::HashMap;

pub struct Ctx<'a> {
    pub cat: &'a Catalog,
    pub today: NaiveDate,
    pub out: Vec<Diagnostic>,
    ids: HashMap<Kind, Vec<&'a str>>,
    /// References not checked because a file of their kind does not parse.
    pub unchecked: HashMap<Kind, usize>,
}

impl<'a> Ctx<'a> {
    pub fn emit(&mut self, rule: RuleId, file: FileId, span: Span, msg: String) -> &mut Diagnostic {
        self.out.push(Diagnostic::new(rule, file, span, msg));
        let last = self.out.len() - 1;
        &mut self.out[last]
    }

    /// "did you mean" among the ids of a kind.
    pub fn suggest(&mut self, kind: Kind, id: &str) -> Option<String> {
        let cat = self.cat;
        let ids = self.ids.entry(kind).or_insert_with(|| cat.ids_of(kind));
        crate::suggest::did_you_mean(id, ids.iter().copied())
    }

    pub fn fy(&self) -> u32 {
        self.cat.fy()
    }
}

/// Runs every check; findings carry their rule's default level.
pub fn run_all(cat: &Catalog, today: NaiveDate) -> Vec<Diagnostic> {
    let mut cx = Ctx {
        cat,
        today,
        out: Vec::new(),
        ids: HashMap::new(),
        unchecked: HashMap::new(),
    };
    files::check(&mut cx);
    refs::check(&mut cx);
    lifecycle::check(&mut cx);
    deprecations::check(&mut cx);
    exceptions::check(&mut cx);
    roadmap::check(&mut cx);
    intake::check(&mut cx);
    data::check(&mut cx);
    scorecards::check(&mut cx);
    cx.out
}

/// Days from `a` to `b`.
pub fn days(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

/// "1 day" / "3 days".
pub fn plural_days(n: i64) -> String {
    if n.abs() == 1 {
        format!("{n} day")
    } else {
        format!("{n} days")
    }
}
