//! `unknown-roadmap-item`: A reference names a roadmap item that does not
//! exist.

use super::{refs, Ctx, Rule};
use crate::catalog::Kind;
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::UnknownRoadmapItem,
    summary: "A reference names a roadmap item that does not exist",
    rationale: "Linking a request or a dependency to a roadmap item is how requesters learn when their need will be met and how planners see what blocks what. A link to an item that is not in any quarter is a promise nobody can track.",
    example: r##"# intake/INT-7K3F9Q.yaml
id: INT-7K3F9Q
title: Managed Postgres for analytics workloads
requester:
  team: team-analytics
created: 2026-11-27
type: capability
problem: Analytics runs its own Postgres on VMs; patching takes a day a month.
status: accepted
route: backlog
triaged: 2026-11-29
roadmap_item: pg-manged
"##,
    fix: "Correct the id to an item of any quarter under `roadmap/` (the help suggests the closest one), or add the item to the quarter that plans it.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    refs::check_kind(cx, Kind::Roadmap, RuleId::UnknownRoadmapItem);
}
