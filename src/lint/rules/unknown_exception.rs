//! `unknown-exception`: A reference names an exception that does not exist.

use super::{refs, Ctx, Rule};
use crate::catalog::Kind;
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::UnknownException,
    summary: "A reference names an exception that does not exist",
    rationale: "An exempt consumer is only acceptable because a recorded, approved and time-bound exception covers it. Pointing at an exception that does not exist makes the exemption unaccountable: nobody approved it and nothing makes it end.",
    example: r##"# deprecations/legacy-auth-v1.yaml
id: legacy-auth-v1
capability: legacy-auth
interface: v1
announced: 2026-03-01
sunset: 2026-12-31
status: migrating
consumers:
  - service: search-api
    status: exempt
    exception: EXC-4F7Q2N
"##,
    fix: "Correct the id to an existing exception under `exceptions/` (the help suggests the closest one), or file the exception with `platctl exception new` and cite its id.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    refs::check_kind(cx, Kind::Exception, RuleId::UnknownException);
}
