//! exception-expired, exception-expiring, exception-too-long, exception-fields.

use super::{days, plural_days, Ctx};
use crate::diag::RuleId;
use crate::model::ExceptionStatus;

pub fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    let policy = &cat.config.policy;
    for e in &cat.exceptions {
        let f = e.meta.file;
        let approved = e.status.value == ExceptionStatus::Approved;
        let left = days(cx.today, e.expires.value);
        if approved && left < 0 {
            cx.emit(RuleId::ExceptionExpired, f, e.expires.span, format!("exception `{}` expired {} ago", e.id.value, plural_days(-left)))
                .help = Some("renew it with `platctl exception approve --expires`, revoke it, or fix what it waives".into());
        } else if approved && left <= policy.exception_warn_days {
            let when = if left == 0 {
                "today".to_string()
            } else {
                format!("in {}", plural_days(left))
            };
            cx.emit(
                RuleId::ExceptionExpiring,
                f,
                e.expires.span,
                format!(
                    "exception `{}` expires {when} ({})",
                    e.id.value, e.expires.value
                ),
            )
            .help = Some("renew it or plan the fix before it runs out".into());
        }
        if let Some(g) = &e.granted {
            let span = days(g.value, e.expires.value);
            if span > policy.exception_max_days {
                cx.emit(
                    RuleId::ExceptionTooLong,
                    f,
                    e.expires.span,
                    format!(
                        "exception runs {} from grant to expiry; the policy allows at most {}",
                        plural_days(span),
                        plural_days(policy.exception_max_days)
                    ),
                )
                .help = Some(format!(
                    "expire it on {} at the latest, and renew it then if still needed",
                    g.value + chrono::Duration::days(policy.exception_max_days)
                ));
            }
            if e.expires.value < g.value {
                cx.emit(
                    RuleId::ExceptionFields,
                    f,
                    e.expires.span,
                    format!("expires {} is before granted {}", e.expires.value, g.value),
                );
            }
        }
        // A partial exception's missing field may be an invalid one, already reported.
        if approved && !e.meta.partial {
            if e.approved_by.is_none() {
                cx.emit(
                    RuleId::ExceptionFields,
                    f,
                    e.meta.span,
                    format!(
                        "approved exception `{}` does not say who approved it (`approved_by`)",
                        e.id.value
                    ),
                )
                .help = Some(
                    "add `approved_by:` with the person or group that approved it, or set `status: requested` until someone does".into(),
                );
            }
            if e.granted.is_none() {
                cx.emit(
                    RuleId::ExceptionFields,
                    f,
                    e.meta.span,
                    format!("approved exception `{}` has no `granted` date", e.id.value),
                )
                .help = Some("add `granted:` with the day it was approved (YYYY-MM-DD)".into());
            }
        }
    }
}
