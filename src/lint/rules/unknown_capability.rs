//! `unknown-capability`: A reference names a capability that does not exist.

use super::{refs, Ctx, Rule};
use crate::catalog::Kind;
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::UnknownCapability,
    summary: "A reference names a capability that does not exist",
    rationale: "Adoption, readiness and deprecation reports are all keyed by capability id. A service that uses a misspelled capability is not counted as an adopter, and a dependency or deprecation naming a missing capability makes the platform's picture of itself wrong.",
    example: r##"# services/payments-api.yaml
id: payments-api
team: team-payments
uses:
  - ci-pipeline
  - identity-sso
"##,
    fix: "Correct the id to an existing capability (the help suggests the closest one), or add the capability under `capabilities/`.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    refs::check_kind(cx, Kind::Capability, RuleId::UnknownCapability);
}
