//! `scorecard-level-regressed`: An entity's scorecard level is lower than at
//! the compared revision (only with --changed-since).
//!
//! Found only by `lint --changed-since REV`, which compares two revisions: see
//! [`regressions`]; it has no check over one catalog.

use super::Rule;
use crate::catalog::Catalog;
use crate::diag::{Diagnostic, RuleId};
use crate::scorecard;
use chrono::NaiveDate;

pub static RULE: Rule = Rule {
    id: RuleId::ScorecardLevelRegressed,
    summary: "An entity's scorecard level is lower than at the compared revision (only with --changed-since)",
    rationale: "A pull request that drops a service from silver to bronze (a runbook link removed, a rule tightened) should say so in review, not in next quarter's report. With `--changed-since REV`, lint evaluates every scorecard on the working tree and at REV, on the same day, and reports each entity whose level went down, at the entity's file.",
    example: r##"# services/payments-api.yaml  (the runbook line was deleted in this change)
id: payments-api
team: team-payments
tier: 1
"##,
    fix: "Restore what the rule checks, or accept the drop knowingly (an exception with `rule:` waives one rule for one entity).",
    check: None,
};

/// Entities whose level on `now` is lower than on `before` (same day),
/// each at its file.
pub fn regressions(
    now: &Catalog,
    before: &Catalog,
    rev: &str,
    today: NaiveDate,
) -> Vec<Diagnostic> {
    scorecard::level_drops(now, before, today)
        .into_iter()
        .map(|d| {
            let sc = now.scorecards.iter().find(|s| s.id.value == d.scorecard);
            let (file, span) = match d.subject {
                crate::model::Subject::Service => {
                    now.services.get(d.ix).map(|s| (s.meta.file, s.id.span))
                }
                crate::model::Subject::Capability => {
                    now.capabilities.get(d.ix).map(|s| (s.meta.file, s.id.span))
                }
                crate::model::Subject::Team => {
                    now.teams.get(d.ix).map(|s| (s.meta.file, s.id.span))
                }
            }
            .or_else(|| sc.map(|sc| (sc.meta.file, sc.id.span)))
            .unwrap_or_default();
            Diagnostic::new(
                RuleId::ScorecardLevelRegressed,
                file,
                span,
                format!(
                    "{} `{}` drops from {} to {} on scorecard `{}` (compared with {rev})",
                    d.subject, d.entity, d.from, d.to, d.scorecard
                ),
            )
            .help("`platctl scorecard check` shows which rule stopped passing")
        })
        .collect()
}
