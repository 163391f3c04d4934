//! `roadmap-dependency-order`: A roadmap item depends on one that comes later,
//! was dropped or slipped.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use crate::model::ItemStatus;

pub static RULE: Rule = Rule {
    id: RuleId::RoadmapDependencyOrder,
    summary: "A roadmap item depends on one that comes later, was dropped or slipped",
    rationale: "An item cannot land before the work it depends on, so a dependency planned for a later quarter, or one that has slipped or been dropped, means this item's date is already at risk. Spotting that while planning is cheaper than discovering it at the end of the quarter.",
    example: r##"# roadmap/2026-Q3.yaml
quarter: 2026-Q3
items:
  - id: ns-self-service
    title: Self-service namespace provisioning
    owner: team-runtime
    status: in-progress
    outcome: Namespaces in minutes, not days
    depends_on: [sso-groups]

# roadmap/2026-Q4.yaml
quarter: 2026-Q4
items:
  - id: sso-groups
    title: Sync SSO groups to namespaces
    owner: team-identity
    status: planned
    outcome: Access follows group membership
"##,
    fix: "Plan the dependency in the same or an earlier quarter, move this item later, or remove the dependency if it is not a real prerequisite.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for q in &cat.roadmap {
        let f = q.meta.file;
        for it in &q.items {
            if matches!(it.status.value, ItemStatus::Delivered | ItemStatus::Dropped) {
                continue;
            }
            for dep in &it.depends_on {
                let Some((dq, di)) = cat.item(&dep.value) else {
                    continue;
                };
                if dq.quarter.value > q.quarter.value {
                    cx.emit(
                        RuleId::RoadmapDependencyOrder,
                        f,
                        dep.span,
                        format!(
                            "`{}` ({}) depends on `{}`, planned for the later {}",
                            it.id.value, q.quarter.value, di.id.value, dq.quarter.value
                        ),
                    )
                    .help = Some("move one of them, or drop the dependency".into());
                } else if matches!(di.status.value, ItemStatus::Dropped | ItemStatus::Slipped) {
                    cx.emit(
                        RuleId::RoadmapDependencyOrder,
                        f,
                        dep.span,
                        format!(
                            "`{}` depends on `{}`, which is {}",
                            it.id.value, di.id.value, di.status.value
                        ),
                    )
                    .help = Some("re-plan this item against the dependency's new date".into());
                }
            }
        }
    }
}
