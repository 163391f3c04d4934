//! `team-parent-cycle`: Teams name each other as `parent` in a cycle.

use super::cycles::{report, Graph};
use super::{Ctx, Rule};
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::TeamParentCycle,
    summary: "Teams name each other as `parent` in a cycle",
    rationale: "A team's `parent` is the group above it, and every roll-up (scorecards by team, the portal's team pages) walks up those links. A loop has no top: the teams in it would count each other's services forever, so the whole cycle is named to show which link is wrong.",
    example: r##"# teams/team-payments.yaml
id: team-payments
name: Payments
parent: team-checkout
---
# teams/team-checkout.yaml
id: team-checkout
name: Checkout
parent: team-payments
"##,
    fix: "Remove or correct the `parent` of one team in the cycle, so that the links lead up to a team with no parent.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let teams = Graph {
        nodes: cx
            .cat
            .teams
            .iter()
            .map(|t| (t.id.value.as_str(), t.meta.file, t.parent.iter().collect()))
            .collect(),
    };
    report(cx, &teams, "team parent", RuleId::TeamParentCycle);
}
