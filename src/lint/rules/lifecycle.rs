//! ga-not-ready, depends-on-retiring, deprecated-without-plan, retired-in-use.

use super::Ctx;
use crate::diag::RuleId;
use crate::model::{DeprecationStatus, Lifecycle};

fn retiring(l: Lifecycle) -> bool {
    matches!(l, Lifecycle::Deprecated | Lifecycle::Retired)
}

pub fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for c in &cat.capabilities {
        let f = c.meta.file;
        // A partial capability's missing field may be an invalid one, already reported.
        if c.lifecycle.value == Lifecycle::Ga && !c.meta.partial {
            for field in &cat.config.policy.ga_requires {
                if !c.has_field(&field.value) {
                    cx.emit(
                        RuleId::GaNotReady,
                        f,
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
        if !retiring(c.lifecycle.value) {
            for d in &c.depends_on {
                if let Some(dep) = cat.capability(&d.value) {
                    if retiring(dep.lifecycle.value) {
                        cx.emit(
                            RuleId::DependsOnRetiring,
                            f,
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
        if c.lifecycle.value == Lifecycle::Deprecated
            && !cat.deprecations.iter().any(|d| {
                d.capability.value == c.id.value && d.status.value != DeprecationStatus::Cancelled
            })
        {
            cx.emit(
                RuleId::DeprecatedWithoutPlan,
                f,
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
    for s in cat.services.iter().filter(|s| s.is_active()) {
        for u in &s.uses {
            if cat
                .capability(&u.capability.value)
                .is_some_and(|c| c.lifecycle.value == Lifecycle::Retired)
            {
                cx.emit(
                    RuleId::RetiredInUse,
                    s.meta.file,
                    u.capability.span,
                    format!(
                        "active service `{}` uses retired capability `{}`",
                        s.id.value, u.capability.value
                    ),
                )
                .help = Some("move the service to the replacement, or retire the service".into());
            }
        }
    }
}
