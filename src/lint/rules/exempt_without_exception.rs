//! `exempt-without-exception`: An exempt consumer is not covered by an open
//! exception for it.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use crate::model::ConsumerStatus;

pub static RULE: Rule = Rule {
    id: RuleId::ExemptWithoutException,
    summary: "An exempt consumer is not covered by an open exception for it",
    rationale: "Exempting a service from a migration is a risk decision, and it must be approved, recorded and time-bound like any other waiver. An exemption without a matching open exception, for this service and this capability, is a way around the deprecation that nobody signed off and that never ends.",
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
"##,
    fix: "File an exception for the service with `standard` set to the deprecated capability, have it approved, and cite its id in the consumer's `exception`. Otherwise set the consumer back to `pending` or `in-progress`.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for d in cat.deprecations.iter().filter(|d| d.is_open()) {
        for c in &d.consumers {
            if c.status.value == ConsumerStatus::Exempt {
                exempt(cx, d, c);
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
