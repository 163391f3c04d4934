//! `replacement-not-ready`: A deprecation's replacement is not ga or beta.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use crate::model::Lifecycle;

pub static RULE: Rule = Rule {
    id: RuleId::ReplacementNotReady,
    summary: "A deprecation's replacement is not ga or beta",
    rationale: "Asking teams to migrate to something still proposed or experimental makes them move twice, or onto something that may never ship. A replacement should be at least in beta before consumers are told to adopt it.",
    example: r##"# deprecations/legacy-auth-v1.yaml
id: legacy-auth-v1
capability: legacy-auth
interface: v1
replacement: identity-sso   # lifecycle: experimental
announced: 2026-03-01
sunset: 2026-12-31
status: announced
consumers:
  - service: payments-api
    status: pending
"##,
    fix: "Bring the replacement to `beta` or `ga` before pushing the migration, point `replacement` at a capability that is ready, or move the sunset out until it is.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for d in &cat.deprecations {
        let Some(r) = &d.replacement else { continue };
        if let Some(rc) = cat.capability(&r.value) {
            if d.is_open() && !matches!(rc.lifecycle.value, Lifecycle::Ga | Lifecycle::Beta) {
                cx.emit(RuleId::ReplacementNotReady, d.meta.file, r.span, format!("replacement `{}` is {}, not ga or beta", rc.id.value, rc.lifecycle.value))
                    .help = Some("consumers cannot move to something that is not ready: ship the replacement first".into());
            }
        }
    }
}
