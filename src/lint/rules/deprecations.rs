//! sunset-notice-too-short, sunset-passed, replacement-not-ready, consumer-drift,
//! exempt-without-exception, sunset-approaching, deprecation-lifecycle-mismatch.

use super::{days, plural_days, Ctx};
use crate::diag::RuleId;
use crate::model::{ConsumerStatus, DeprecationStatus, Lifecycle};

pub fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    let policy = &cat.config.policy;
    for d in &cat.deprecations {
        let f = d.meta.file;
        let open = d.is_open();
        let notice = days(d.announced.value, d.sunset.value);
        if d.status.value != DeprecationStatus::Cancelled
            && notice < policy.deprecation_min_notice_days
        {
            cx.emit(
                RuleId::SunsetNoticeTooShort,
                f,
                d.sunset.span,
                format!(
                    "sunset gives {} of notice; the policy asks for at least {}",
                    plural_days(notice),
                    plural_days(policy.deprecation_min_notice_days)
                ),
            )
            .help = Some(format!(
                "move the sunset to {} or later",
                d.announced.value + chrono::Duration::days(policy.deprecation_min_notice_days)
            ));
        }
        let left = days(cx.today, d.sunset.value);
        let remaining = d.remaining();
        if open && left < 0 && remaining > 0 {
            cx.emit(
                RuleId::SunsetPassed,
                f,
                d.sunset.span,
                format!(
                    "sunset was {} ago and {remaining} consumer(s) have not migrated",
                    plural_days(-left)
                ),
            )
            .help = Some("finish the migrations, record exemptions, or move the sunset".into());
        }
        if open && (0..=policy.deprecation_warn_days).contains(&left) && remaining > 0 {
            cx.emit(
                RuleId::SunsetApproaching,
                f,
                d.sunset.span,
                format!(
                    "sunset is in {} and {remaining} consumer(s) have not migrated",
                    plural_days(left)
                ),
            )
            .help =
                Some("chase the remaining consumers: `platctl deprecation show` lists them".into());
        }
        if let Some(r) = &d.replacement {
            if let Some(rc) = cat.capability(&r.value) {
                if open && !matches!(rc.lifecycle.value, Lifecycle::Ga | Lifecycle::Beta) {
                    cx.emit(RuleId::ReplacementNotReady, f, r.span, format!("replacement `{}` is {}, not ga or beta", rc.id.value, rc.lifecycle.value))
                        .help = Some("consumers cannot move to something that is not ready: ship the replacement first".into());
                }
            }
        }
        if open && d.interface.is_none() {
            if let Some(c) = cat.capability(&d.capability.value) {
                if !matches!(
                    c.lifecycle.value,
                    Lifecycle::Deprecated | Lifecycle::Retired
                ) {
                    cx.emit(
                        RuleId::DeprecationLifecycleMismatch,
                        f,
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
        if !open {
            continue;
        }
        let iface = d.interface.as_ref().map(|i| i.value.as_str());
        let thing = match iface {
            Some(v) => format!("`{}` {v}", d.capability.value),
            None => format!("`{}`", d.capability.value),
        };
        for c in &d.consumers {
            let svc = cat.service(&c.service.value);
            match c.status.value {
                ConsumerStatus::Migrated => {
                    if svc
                        .is_some_and(|s| s.is_active() && s.uses_thing(&d.capability.value, iface))
                    {
                        cx.emit(RuleId::ConsumerDrift, f, c.status.span, format!("`{}` is marked migrated but still uses {thing}", c.service.value))
                            .help = Some("remove the use from the service, or set the consumer back to in-progress".into());
                    }
                }
                ConsumerStatus::Pending | ConsumerStatus::InProgress => {
                    if svc.is_some_and(|s| !s.is_active()) {
                        cx.emit(
                            RuleId::ConsumerDrift,
                            f,
                            c.service.span,
                            format!(
                                "consumer `{}` is retired but still counted as {}",
                                c.service.value, c.status.value
                            ),
                        )
                        .help = Some("mark it migrated, or remove it from the consumers".into());
                    }
                }
                ConsumerStatus::Exempt => exempt(cx, d, c),
            }
        }
        for s in cat
            .services
            .iter()
            .filter(|s| s.is_active() && s.uses_thing(&d.capability.value, iface))
        {
            if !d.meta.partial && !d.consumers.iter().any(|c| c.service.value == s.id.value) {
                cx.emit(
                    RuleId::ConsumerDrift,
                    f,
                    d.capability.span,
                    format!(
                        "service `{}` uses {thing} but is not among the consumers",
                        s.id.value
                    ),
                )
                .help = Some(format!(
                    "add `- service: {}` with `status: pending` under `consumers`",
                    s.id.value
                ));
            }
        }
    }
}

fn exempt(cx: &mut Ctx, d: &crate::model::Deprecation, c: &crate::model::Consumer) {
    let cat = cx.cat;
    let f = d.meta.file;
    let Some(eid) = &c.exception else {
        cx.emit(
            RuleId::ExemptWithoutException,
            f,
            c.status.span,
            format!("`{}` is exempt without an exception", c.service.value),
        )
        .help = Some(
            "record the waiver with `platctl exception new` and name it in `exception`".into(),
        );
        return;
    };
    // An unknown id is reported by unknown-exception.
    let Some(e) = cat.exception(&eid.value) else {
        return;
    };
    if !e.is_open_on(cx.today) {
        let state = e.state(cx.today, cat.config.policy.exception_warn_days);
        cx.emit(
            RuleId::ExemptWithoutException,
            f,
            eid.span,
            format!(
                "`{}` is exempt under `{}`, which is {} and not open",
                c.service.value, e.id.value, state
            ),
        )
        .help = Some("renew or approve the exception, or migrate the service".into());
    } else if e
        .service
        .as_ref()
        .is_some_and(|s| s.value != c.service.value)
    {
        let other = e.service.as_ref().map_or("", |s| s.value.as_str());
        cx.emit(
            RuleId::ExemptWithoutException,
            f,
            eid.span,
            format!(
                "exception `{}` waives `{other}`, not `{}`",
                e.id.value, c.service.value
            ),
        );
    } else if !e.waives_standard(&d.capability.value) {
        cx.emit(
            RuleId::ExemptWithoutException,
            f,
            eid.span,
            format!(
                "exception `{}` waives `{}`, not the deprecated `{}`",
                e.id.value,
                e.waived(),
                d.capability.value
            ),
        );
    }
}
