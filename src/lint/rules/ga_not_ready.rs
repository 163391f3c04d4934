//! `ga-not-ready`: A ga capability lacks a field that general availability
//! requires.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use crate::model::Lifecycle;

pub static RULE: Rule = Rule {
    id: RuleId::GaNotReady,
    summary: "A ga capability lacks a field that general availability requires",
    rationale: "Calling a capability generally available tells product teams they can build on it in production. Without docs, a runbook, an SLO and a support channel (the defaults of `policy.ga_requires`), teams adopt something nobody can operate or help them with, and the first incident shows it. Each missing field is reported on its own.",
    example: r##"# capabilities/secrets-manager.yaml
id: secrets-manager
name: Managed secrets
summary: Vault-backed secrets with automatic rotation
owner: team-security
lifecycle: ga
docs: https://docs.example.com/secrets
support:
  channel: "#secrets-help"
  hours: business
"##,
    fix: "Add the missing fields (here `runbook` and `slo`), or keep the capability at `beta` until it is ready. The required set is `policy.ga_requires` in platctl.yaml.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for c in &cat.capabilities {
        // A partial capability's missing field may be an invalid one, already reported.
        if c.lifecycle.value == Lifecycle::Ga && !c.meta.partial {
            for field in &cat.config.policy.ga_requires {
                if !c.has_field(&field.value) {
                    cx.emit(
                        RuleId::GaNotReady,
                        c.meta.file,
                        c.lifecycle.span,
                        format!("ga capability `{}` has no `{}`", c.id.value, field.value),
                    )
                    .help = Some(format!(
                        "add `{}`, or keep the capability in beta until it has one",
                        field.value
                    ));
                }
            }
        }
    }
}
