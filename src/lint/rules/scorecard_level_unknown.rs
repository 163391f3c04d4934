//! `scorecard-level-unknown`: A scorecard rule or target names a level the
//! scorecard does not have.

use super::{Ctx, Rule};
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::ScorecardLevelUnknown,
    summary: "A scorecard rule or target names a level the scorecard does not have",
    rationale: "A level is reached when every rule at it and below passes. A rule at a level that is not in `levels` belongs nowhere, so it never counts, and a target at an unknown level cannot be measured.",
    example: r##"# scorecards/production-readiness.yaml
levels: [bronze, silver, gold]
target: { level: platinum, share: 0.8 }
"##,
    fix: "Use one of the scorecard's `levels`, or add the level to the list (lowest first).",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for sc in &cat.scorecards {
        let f = sc.meta.file;
        for r in &sc.rules {
            if sc.level_rank(&r.level.value).is_none() {
                cx.emit(
                    RuleId::ScorecardLevelUnknown,
                    f,
                    r.level.span,
                    format!(
                        "rule `{}` is at level `{}`, which is not one of the levels ({})",
                        r.id.value,
                        r.level.value,
                        levels(sc)
                    ),
                )
                .help = crate::suggest::did_you_mean(
                    &r.level.value,
                    sc.levels.iter().map(|l| l.value.as_str()),
                )
                .or_else(|| {
                    Some(format!(
                        "use one of the levels ({}), or add `{}` to `levels`",
                        levels(sc),
                        r.level.value
                    ))
                });
            }
        }
        if let Some(t) = &sc.target {
            if sc.level_rank(&t.level.value).is_none() {
                cx.emit(
                    RuleId::ScorecardLevelUnknown,
                    f,
                    t.level.span,
                    format!(
                        "target level `{}` is not one of the levels ({})",
                        t.level.value,
                        levels(sc)
                    ),
                )
                .help = crate::suggest::did_you_mean(
                    &t.level.value,
                    sc.levels.iter().map(|l| l.value.as_str()),
                );
            }
        }
    }
}

fn levels(sc: &crate::model::Scorecard) -> String {
    sc.levels
        .iter()
        .map(|l| l.value.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
