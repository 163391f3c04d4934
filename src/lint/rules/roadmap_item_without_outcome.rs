//! `roadmap-item-without-outcome`: A committed roadmap item has neither an
//! outcome nor a KPI.

use super::{Ctx, Rule};
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::RoadmapItemWithoutOutcome,
    summary: "A committed roadmap item has neither an outcome nor a KPI",
    rationale: "A commitment without a measurable outcome can only be judged on whether something shipped, not on whether it helped anyone. Stating the outcome or the KPI it should move keeps the roadmap about results and gives stakeholders something to hold the team to.",
    example: r##"# roadmap/2026-Q4.yaml
quarter: 2026-Q4
items:
  - id: ns-self-service
    title: Self-service namespace provisioning
    owner: team-runtime
    commitment: committed
    status: planned
"##,
    fix: "Add an `outcome` or a `kpi` to the item, or mark it `commitment: stretch`. Teams that do not track outcomes can turn the rule off under `lint.rules` in platctl.yaml.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for q in &cat.roadmap {
        for it in &q.items {
            if it.is_committed() && it.outcome.is_none() && it.kpi.is_none() && !it.meta.partial {
                cx.emit(
                    RuleId::RoadmapItemWithoutOutcome,
                    q.meta.file,
                    it.meta.span,
                    format!(
                        "committed item `{}` has neither `outcome` nor `kpi`",
                        it.id.value
                    ),
                )
                .help = Some("say what will be measurably better, or name the KPI it moves".into());
            }
        }
    }
}
