//! `deprecated-without-plan`: A deprecated capability has no deprecation plan.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use crate::model::{DeprecationStatus, Lifecycle};

pub static RULE: Rule = Rule {
    id: RuleId::DeprecatedWithoutPlan,
    summary: "A deprecated capability has no deprecation plan",
    rationale: "Marking a capability deprecated without a plan tells consumers to leave without saying when, for what, or who is affected. A deprecation record supplies the sunset date, the replacement and the list of consumers to track; without one, a deprecated capability tends to linger forever.",
    example: r##"# capabilities/legacy-auth.yaml
id: legacy-auth
name: Legacy auth gateway
summary: Session-cookie auth in front of internal apps
owner: team-identity
lifecycle: deprecated
# no record under deprecations/ names legacy-auth, or only a cancelled one
"##,
    fix: "Create a deprecation for the capability with `platctl deprecation new`, which lists its current consumers, or set its lifecycle back if it is not going away.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for c in &cat.capabilities {
        if c.lifecycle.value == Lifecycle::Deprecated
            && !cat.deprecations.iter().any(|d| {
                d.capability.value == c.id.value && d.status.value != DeprecationStatus::Cancelled
            })
        {
            cx.emit(
                RuleId::DeprecatedWithoutPlan,
                c.meta.file,
                c.lifecycle.span,
                format!(
                    "`{}` is deprecated but no deprecation plans its sunset",
                    c.id.value
                ),
            )
            .help =
                Some("record the sunset and its consumers with `platctl deprecation new`".into());
        }
    }
}
