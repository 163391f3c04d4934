//! `depends-on-retiring`: A live capability depends on a deprecated or retired
//! one.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use crate::model::Lifecycle;

pub static RULE: Rule = Rule {
    id: RuleId::DependsOnRetiring,
    summary: "A live capability depends on a deprecated or retired one",
    rationale: "A capability that is still offered but builds on one that is going away inherits its sunset: when the dependency is switched off, everything built on top breaks too. The warning makes the owners plan the move before the deprecation's deadline rather than after.",
    example: r##"# capabilities/preview-envs.yaml
id: preview-envs
name: Preview environments
summary: A short-lived environment for every pull request
owner: team-runtime
lifecycle: beta
depends_on: [legacy-auth]   # legacy-auth is deprecated
"##,
    fix: "Move the dependency to the replacement (for instance `identity-sso`), or deprecate this capability as well if it is meant to go away with its dependency.",
    check: Some(check),
};

fn retiring(l: Lifecycle) -> bool {
    matches!(l, Lifecycle::Deprecated | Lifecycle::Retired)
}

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for c in &cat.capabilities {
        if retiring(c.lifecycle.value) {
            continue;
        }
        for d in &c.depends_on {
            if let Some(dep) = cat.capability(&d.value) {
                if retiring(dep.lifecycle.value) {
                    cx.emit(
                        RuleId::DependsOnRetiring,
                        c.meta.file,
                        d.span,
                        format!(
                            "`{}` depends on `{}`, which is {}",
                            c.id.value, dep.id.value, dep.lifecycle.value
                        ),
                    )
                    .help = Some("plan the move to its replacement".into());
                }
            }
        }
    }
}
