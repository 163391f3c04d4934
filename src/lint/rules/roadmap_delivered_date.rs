//! `roadmap-delivered-date`: A delivered date is missing, misplaced or in the
//! future.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use crate::model::ItemStatus;

pub static RULE: Rule = Rule {
    id: RuleId::RoadmapDeliveredDate,
    summary: "A delivered date is missing, misplaced or in the future",
    rationale: "Roadmap predictability is computed from delivery dates. A delivered item without a date cannot be counted, a date on an item that is not delivered contradicts its status, and a date in the future claims something that has not happened. A delivery after the quarter's end is fine; it just does not count for that quarter.",
    example: r##"# roadmap/2026-Q3.yaml
quarter: 2026-Q3
items:
  - id: sso-groups
    title: Sync SSO groups to namespaces
    owner: team-identity
    status: delivered
    outcome: Access follows group membership
"##,
    fix: "Add `delivered` with the actual date to a delivered item, remove it from any other, and never set it later than today.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for q in &cat.roadmap {
        let f = q.meta.file;
        for it in &q.items {
            match (&it.delivered, it.status.value) {
                (None, ItemStatus::Delivered) if !it.meta.partial => {
                    cx.emit(
                        RuleId::RoadmapDeliveredDate,
                        f,
                        it.meta.span,
                        format!("delivered item `{}` has no `delivered` date", it.id.value),
                    );
                }
                (Some(d), st) if st != ItemStatus::Delivered => {
                    cx.emit(
                        RuleId::RoadmapDeliveredDate,
                        f,
                        d.span,
                        format!(
                            "`delivered` is set on item `{}`, which is {st}",
                            it.id.value
                        ),
                    )
                    .help = Some("remove `delivered`, or set `status: delivered`".into());
                }
                (Some(d), _) if d.value > cx.today => {
                    cx.emit(
                        RuleId::RoadmapDeliveredDate,
                        f,
                        d.span,
                        format!("`delivered` {} is in the future", d.value),
                    )
                    .help = Some(
                        "write the day it shipped; until it has, keep the planned status and leave `delivered` out".into(),
                    );
                }
                _ => {}
            }
        }
    }
}
