//! intake-stale, intake-fields.

use super::{days, plural_days, Ctx};
use crate::diag::RuleId;
use crate::model::IntakeStatus;

pub fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    let sla = cat.config.policy.intake_triage_sla_days;
    for r in &cat.intake {
        let f = r.meta.file;
        let st = r.status.value;
        if st == IntakeStatus::New {
            let age = days(r.created.value, cx.today);
            if age > sla {
                cx.emit(
                    RuleId::IntakeStale,
                    f,
                    r.status.span,
                    format!(
                        "request `{}` is still new {} after it was filed",
                        r.id.value,
                        plural_days(age)
                    ),
                )
                .help = Some(format!(
                    "triage it: `platctl intake triage {} --route ...` (the triage SLA is {})",
                    r.id.value,
                    plural_days(sla)
                ));
            }
        } else if !r.meta.partial {
            if r.route.is_none() {
                cx.emit(
                    RuleId::IntakeFields,
                    f,
                    r.meta.span,
                    format!("request `{}` is {st} but has no `route`", r.id.value),
                );
            }
            if r.triaged.is_none() {
                cx.emit(
                    RuleId::IntakeFields,
                    f,
                    r.meta.span,
                    format!("request `{}` is {st} but has no `triaged` date", r.id.value),
                );
            }
        }
        // A partial request's missing field may be an invalid one, already reported.
        if st.is_final() && r.resolved.is_none() && !r.meta.partial {
            cx.emit(
                RuleId::IntakeFields,
                f,
                r.meta.span,
                format!(
                    "request `{}` is {st} but has no `resolved` date",
                    r.id.value
                ),
            );
        }
        if st == IntakeStatus::Duplicate && r.duplicate_of.is_none() && !r.meta.partial {
            cx.emit(
                RuleId::IntakeFields,
                f,
                r.meta.span,
                format!(
                    "request `{}` is a duplicate but does not say of what (`duplicate_of`)",
                    r.id.value
                ),
            );
        }
        if !st.is_final() {
            if let Some(res) = &r.resolved {
                cx.emit(
                    RuleId::IntakeFields,
                    f,
                    res.span,
                    format!(
                        "request `{}` is {st}, not closed, but has a `resolved` date",
                        r.id.value
                    ),
                )
                .help = Some("remove `resolved`, or set the status the request was closed with (done, declined, duplicate)".into());
            }
        }
        if st != IntakeStatus::Duplicate {
            if let Some(dup) = &r.duplicate_of {
                cx.emit(
                    RuleId::IntakeFields,
                    f,
                    dup.span,
                    format!(
                        "request `{}` is {st}, not a duplicate, but has `duplicate_of`",
                        r.id.value
                    ),
                )
                .help = Some("remove `duplicate_of`, or set `status: duplicate`".into());
            }
        }
        if let Some(t) = &r.triaged {
            if t.value < r.created.value {
                cx.emit(
                    RuleId::IntakeFields,
                    f,
                    t.span,
                    format!("triaged {} is before created {}", t.value, r.created.value),
                )
                .help = Some(
                    "correct `triaged` or `created`: a request is triaged on or after the day it was filed".into(),
                );
            }
        }
        if let Some(res) = &r.resolved {
            let after = r
                .triaged
                .as_ref()
                .map_or(r.created.value, |t| t.value.max(r.created.value));
            if res.value < after {
                cx.emit(
                    RuleId::IntakeFields,
                    f,
                    res.span,
                    format!("resolved {} is before {}", res.value, after),
                );
            }
        }
    }
}
