//! Every lint rule, one file per rule: its documentation (for `platctl
//! explain`, SARIF and docs/rules.md) beside its check. Each check reads the
//! catalog and pushes findings; none prints or reads the clock.
//!
//! Adding a rule: its variant in `rule_ids!` (src/diag.rs), its file here
//! with `pub static RULE: Rule`, its name in `rules!` below at the same
//! place, and its fixture folder under tests/fixtures/rules/.

mod cycles;
mod refs;

use super::{Diagnostic, RuleId};
use crate::catalog::{Catalog, Kind};
use crate::model::{FileId, Span};
use chrono::NaiveDate;
use std::collections::HashMap;

/// A rule: its id (with its default level), what `platctl explain` says
/// about it, and its check. A rule found while loading the catalog, or
/// outside a run over one catalog, has no check here; its file says where
/// it is found.
pub struct Rule {
    /// The rule's id, with its default level.
    pub id: RuleId,
    /// One line, shown in listings and SARIF `shortDescription`.
    pub summary: &'static str,
    /// Why the rule exists: the rationale a platform team would give.
    pub rationale: &'static str,
    /// A small YAML excerpt (with its file name in a comment) that breaks the rule.
    pub example: &'static str,
    /// How to fix it.
    pub fix: &'static str,
    /// Pushes the rule's findings over one catalog.
    pub check: Option<fn(&mut Ctx)>,
}

/// Declares the rule modules and lists their rules, in the order of
/// `RuleId::ALL` (a test keeps the two in step).
macro_rules! rules {
    ($($m:ident),+ $(,)?) => {
        $(mod $m;)+

        /// Every rule, in `RuleId` order.
        pub static RULES: &[&Rule] = &[$(&$m::RULE),+];

        /// The file name of each rule in `RULES`, for the test that keeps
        /// a rule's file named after its id.
        #[cfg(test)]
        pub(crate) const FILES: &[&str] = &[$(stringify!($m)),+];
    };
}

rules! {
    yaml_syntax,
    schema,
    duplicate_id,
    id_filename_mismatch,
    unreadable_file,
    unknown_directory,
    empty_file,
    null_from_comment,
    unchecked_references,
    unknown_team,
    unknown_service,
    unknown_capability,
    unknown_roadmap_item,
    unknown_intake,
    unknown_exception,
    unknown_theme,
    unknown_kpi,
    dependency_cycle,
    team_parent_cycle,
    ga_not_ready,
    depends_on_retiring,
    deprecated_without_plan,
    retired_in_use,
    sunset_notice_too_short,
    sunset_passed,
    replacement_not_ready,
    consumer_drift,
    exempt_without_exception,
    sunset_approaching,
    deprecation_lifecycle_mismatch,
    exception_expired,
    exception_expiring,
    exception_too_long,
    exception_fields,
    roadmap_dependency_order,
    roadmap_item_without_outcome,
    roadmap_delivered_date,
    intake_stale,
    intake_fields,
    metric_duplicate_point,
    survey_score_range,
    unused_suppression,
    scorecard_expr_invalid,
    scorecard_rule_error,
    scorecard_level_unknown,
    scorecard_rule_duplicate,
    unknown_scorecard_rule,
    campaign_overdue,
    scorecard_level_regressed,
}

pub use scorecard_level_regressed::regressions;

pub struct Ctx<'a> {
    pub cat: &'a Catalog,
    pub today: NaiveDate,
    pub out: Vec<Diagnostic>,
    ids: HashMap<Kind, Vec<&'a str>>,
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

/// Runs every rule's check, in `RULES` order; findings carry their rule's
/// default level. Lint sorts them by place, then rule, then message, and
/// the sort is stable: findings of one rule at one place with one message
/// keep the order their check pushed them in, whatever the order of rules.
pub fn run_all(cat: &Catalog, today: NaiveDate) -> Vec<Diagnostic> {
    let mut cx = Ctx {
        cat,
        today,
        out: Vec::new(),
        ids: HashMap::new(),
    };
    for rule in RULES {
        if let Some(check) = rule.check {
            check(&mut cx);
        }
    }
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
