//! `intake-fields`: An intake request lacks a field its status requires, has
//! one its status forbids, or has dates out of order.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use crate::model::IntakeStatus;

pub static RULE: Rule = Rule {
    id: RuleId::IntakeFields,
    summary: "An intake request lacks a field its status requires, has one its status forbids, or has dates out of order",
    rationale: "Each status promises something: a triaged request has a route and a triage date, a closed one has a resolution date, a duplicate names the request it duplicates; an open request has no resolution date and names no duplicate, or reports count it as closed. Missing or leftover fields or dates out of order break triage-time and onboarding KPIs and leave requesters without an answer.",
    example: r##"# intake/INT-7K3F9Q.yaml
id: INT-7K3F9Q
title: Managed Postgres for analytics workloads
requester:
  team: team-analytics
created: 2026-11-27
type: capability
problem: Analytics runs its own Postgres on VMs; patching takes a day a month.
status: done
route: backlog
triaged: 2026-12-02
resolved: 2026-11-30
"##,
    fix: "Add the fields the status requires (`route` and `triaged` once it leaves `new`, `resolved` when done, declined or duplicate, `duplicate_of` for a duplicate), remove `resolved` from a request that is not closed and `duplicate_of` from one that is not a duplicate (`platctl intake triage ID --reopen` does both), and keep `created`, `triaged` and `resolved` in that order; equal dates are fine.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for r in &cat.intake {
        let f = r.meta.file;
        let st = r.status.value;
        if st != IntakeStatus::New && !r.meta.partial {
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
