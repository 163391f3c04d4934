//! `dependency-cycle`: Capabilities or roadmap items depend on each other in a
//! cycle.

use super::cycles::{report, Graph};
use super::{Ctx, Rule};
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::DependencyCycle,
    summary: "Capabilities or roadmap items depend on each other in a cycle",
    rationale: "A cycle of roadmap items can never be delivered in any order, and a cycle of capabilities means none of them can be brought up, upgraded or retired on its own. Such loops creep in one edge at a time across separate pull requests, so the whole cycle is listed to show where to cut it.",
    example: r##"# roadmap/2026-Q4.yaml
quarter: 2026-Q4
items:
  - id: sso-groups
    title: Sync SSO groups to namespaces
    owner: team-identity
    status: in-progress
    outcome: Access follows group membership
    depends_on: [ns-self-service]
  - id: ns-self-service
    title: Self-service namespace provisioning
    owner: team-runtime
    status: planned
    outcome: Namespaces in minutes, not days
    depends_on: [sso-groups]
"##,
    fix: "Remove the `depends_on` edge that is not a real prerequisite, or split one item or capability in two so the dependency runs one way.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    let caps = Graph {
        nodes: cat
            .capabilities
            .iter()
            .map(|c| {
                (
                    c.id.value.as_str(),
                    c.meta.file,
                    c.depends_on.iter().collect(),
                )
            })
            .collect(),
    };
    report(cx, &caps, "capability", RuleId::DependencyCycle);
    let items = Graph {
        nodes: cat
            .items()
            .map(|(_, i)| {
                (
                    i.id.value.as_str(),
                    i.meta.file,
                    i.depends_on.iter().collect(),
                )
            })
            .collect(),
    };
    report(cx, &items, "roadmap item", RuleId::DependencyCycle);
}
