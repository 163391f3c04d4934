//! `exception-fields`: An exception lacks its approval fields or has dates out
//! of order.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use crate::model::ExceptionStatus;

pub static RULE: Rule = Rule {
    id: RuleId::ExceptionFields,
    summary: "An exception lacks its approval fields or has dates out of order",
    rationale: "An approved exception must say who approved it and from when, or there is no accountability for the risk taken. An exception that expires before it is granted is a typo that makes it count as expired or never open.",
    example: r##"# exceptions/EXC-4F7Q2M.yaml
id: EXC-4F7Q2M
title: Search keeps legacy auth until the index rewrite
standard: legacy-auth
team: team-search
service: search-api
reason: The index rewrite lands in 2027-Q1
risk: medium
requested: 2026-08-20
status: approved
granted: 2026-09-01
expires: 2026-12-01
"##,
    fix: "Add `approved_by` and `granted` to an approved exception, and make sure `expires` is not before `granted`. If it has not been approved yet, set `status: requested`.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for e in &cat.exceptions {
        let f = e.meta.file;
        if let Some(g) = &e.granted {
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
        if e.status.value == ExceptionStatus::Approved && !e.meta.partial {
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
