//! `unknown-service`: A reference names a service that does not exist.

use super::{refs, Ctx, Rule};
use crate::catalog::Kind;
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::UnknownService,
    summary: "A reference names a service that does not exist",
    rationale: "Deprecations and exceptions are tracked per service; a consumer or exception that names a service the catalog does not know can never be followed up, and migration progress is computed over a consumer that does not exist. It is most often a typo or a service that was renamed.",
    example: r##"# deprecations/legacy-auth-v1.yaml
id: legacy-auth-v1
capability: legacy-auth
interface: v1
replacement: identity-sso
announced: 2026-03-01
sunset: 2026-12-31
status: migrating
consumers:
  - service: payment-api
    status: pending
"##,
    fix: "Correct the id to an existing service (the help suggests the closest one), or add the service under `services/`.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    refs::check_kind(cx, Kind::Service, RuleId::UnknownService);
}
