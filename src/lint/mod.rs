//! Lint: every rule over a loaded catalog, levels from settings, suppression
//! comments, ignore globs, and a deterministic order.

pub mod registry;
pub mod rules;
pub mod scope;
pub mod suppress;

pub use crate::diag::{Diagnostic, RuleId};

use crate::catalog::Catalog;
use crate::model::Level;
use chrono::NaiveDate;

/// What a lint run may change from the catalog's own settings.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `--rule ID=LEVEL`, applied after `platctl.yaml`.
    pub overrides: Vec<(String, Level)>,
}

/// Every finding of the catalog, at its final level, suppressions applied,
/// sorted by file, line, column, rule and message.
pub fn lint(cat: &Catalog, today: NaiveDate, opts: &Options) -> Vec<Diagnostic> {
    let mut all = cat.findings.clone();
    all.extend(rule_findings(cat, today));
    let level_of = |rule: &str, default: Level| -> Level {
        let mut l = default;
        if let Some((_, lv)) = cat
            .config
            .lint
            .rules
            .iter()
            .find(|(id, _)| id.value == rule)
        {
            l = lv.value;
        }
        if let Some((_, lv)) = opts.overrides.iter().rev().find(|(id, _)| id == rule) {
            l = *lv;
        }
        l
    };
    for d in &mut all {
        d.level = level_of(d.rule.as_str(), d.rule.default_level());
    }
    all.retain(|d| d.level != Level::Off);
    let ignore = ignore_set(cat);
    all.retain(|d| {
        !ignore
            .as_ref()
            .is_some_and(|g| g.is_match(cat.path(d.file)))
    });
    let mut out = suppress::apply(cat, all, |p| ignore.as_ref().is_some_and(|g| g.is_match(p)));
    for d in &mut out {
        d.level = level_of(d.rule.as_str(), d.level);
    }
    out.retain(|d| d.level != Level::Off);
    sort(cat, &mut out);
    out
}

/// Every rule's findings. An entity not kept for an invalid required value
/// still has its other fields checked: the rules run over the catalog with
/// that entity's low and its high stand-ins, and only the findings both runs
/// make are kept, since those cannot depend on the invalid value (its own
/// `schema` finding is already among the loading findings).
fn rule_findings(cat: &Catalog, today: NaiveDate) -> Vec<Diagnostic> {
    let (Some(low), Some(high)) = (cat.with_stand_ins(false), cat.with_stand_ins(true)) else {
        return rules::run_all(cat, today);
    };
    agreed(rules::run_all(&low, today), rules::run_all(&high, today))
}

/// The findings of `a` that `b` also has, as often as it has them.
fn agreed(a: Vec<Diagnostic>, b: Vec<Diagnostic>) -> Vec<Diagnostic> {
    type Key<'d> = (
        RuleId,
        crate::model::FileId,
        crate::model::Span,
        &'d str,
        Option<&'d str>,
    );
    fn key(d: &Diagnostic) -> Key<'_> {
        (d.rule, d.file, d.span, &d.message, d.help.as_deref())
    }
    let mut in_b: std::collections::HashMap<Key, usize> = std::collections::HashMap::new();
    for d in &b {
        *in_b.entry(key(d)).or_insert(0) += 1;
    }
    let mut out = Vec::with_capacity(a.len());
    for d in &a {
        if let Some(n) = in_b.get_mut(&key(d)).filter(|n| **n > 0) {
            *n -= 1;
            out.push(d.clone());
        }
    }
    out
}

fn ignore_set(cat: &Catalog) -> Option<globset::GlobSet> {
    if cat.config.lint.ignore.is_empty() {
        return None;
    }
    let mut b = globset::GlobSetBuilder::new();
    for g in &cat.config.lint.ignore {
        if let Ok(glob) = globset::GlobBuilder::new(&g.value)
            .literal_separator(true)
            .build()
        {
            b.add(glob);
        }
    }
    b.build().ok()
}

/// The one order every output uses.
pub fn sort(cat: &Catalog, v: &mut [Diagnostic]) {
    v.sort_by(|a, b| {
        cat.path(a.file)
            .cmp(cat.path(b.file))
            .then(a.span.line.cmp(&b.span.line))
            .then(a.span.col.cmp(&b.span.col))
            .then(a.rule.cmp(&b.rule))
            .then(a.message.cmp(&b.message))
    });
}

/// Counts of errors and warnings.
pub fn counts(v: &[Diagnostic]) -> (usize, usize) {
    let e = v.iter().filter(|d| d.level == Level::Error).count();
    (e, v.iter().filter(|d| d.level == Level::Warning).count())
}
