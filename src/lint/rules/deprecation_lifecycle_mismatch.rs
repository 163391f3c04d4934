//! `deprecation-lifecycle-mismatch`: An active deprecation's capability is not
//! marked deprecated.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use crate::model::Lifecycle;

pub static RULE: Rule = Rule {
    id: RuleId::DeprecationLifecycleMismatch,
    summary: "An active deprecation's capability is not marked deprecated",
    rationale: "When a whole capability is being deprecated, its own lifecycle should say so: the catalog, readiness checks and adoption reports still present it as a sound choice, and new teams keep adopting it while others are asked to leave. A deprecation of a single interface version does not need this.",
    example: r##"# deprecations/legacy-auth.yaml
id: legacy-auth
capability: legacy-auth   # still lifecycle: ga in capabilities/
replacement: identity-sso
announced: 2026-03-01
sunset: 2026-12-31
status: announced
consumers:
  - service: payments-api
    status: pending
"##,
    fix: "Set the capability's `lifecycle` to `deprecated`, or name the `interface` version that is going away if the capability itself stays.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for d in &cat.deprecations {
        if !d.is_open() || d.interface.is_some() {
            continue;
        }
        if let Some(c) = cat.capability(&d.capability.value) {
            if !matches!(
                c.lifecycle.value,
                Lifecycle::Deprecated | Lifecycle::Retired
            ) {
                cx.emit(
                    RuleId::DeprecationLifecycleMismatch,
                    d.meta.file,
                    d.capability.span,
                    format!(
                        "`{}` is being deprecated but its lifecycle is still {}",
                        c.id.value, c.lifecycle.value
                    ),
                )
                .help = Some(format!(
                    "set `lifecycle: deprecated` in the capability `{}`",
                    c.id.value
                ));
            }
        }
    }
}
