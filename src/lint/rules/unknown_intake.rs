//! `unknown-intake`: A reference names an intake request that does not exist.

use super::{refs, Ctx, Rule};
use crate::catalog::Kind;
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::UnknownIntake,
    summary: "A reference names an intake request that does not exist",
    rationale: "Roadmap items cite the requests they answer so that requesters can be told and demand can be traced back to teams. A citation of a request that does not exist breaks that trail, and is usually a mistyped id.",
    example: r##"# roadmap/2027-Q1.yaml
quarter: 2027-Q1
items:
  - id: pg-managed
    title: Managed Postgres
    owner: team-data-platform
    status: planned
    outcome: Product teams stop running their own Postgres
    intake: [INT-7K3F9R]
"##,
    fix: "Correct the id to an existing request under `intake/` (the help suggests the closest one), or remove it from the list.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    refs::check_kind(cx, Kind::Intake, RuleId::UnknownIntake);
}
