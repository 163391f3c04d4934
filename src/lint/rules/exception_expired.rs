//! `exception-expired`: An approved exception has expired.

use super::{days, plural_days, Ctx, Rule};
use crate::diag::RuleId;
use crate::model::ExceptionStatus;

pub static RULE: Rule = Rule {
    id: RuleId::ExceptionExpired,
    summary: "An approved exception has expired",
    rationale: "An exception is a waiver for a limited time. Once it has expired, the service is out of compliance again, and exemptions that rely on it no longer hold. Expired exceptions must be renewed on purpose or closed, not left to drift.",
    example: r##"# exceptions/EXC-4F7Q2M.yaml  (linted on 2026-07-10)
id: EXC-4F7Q2M
title: Search keeps legacy auth until the index rewrite
standard: legacy-auth
team: team-search
service: search-api
reason: The index rewrite lands in 2026-Q3
risk: medium
requested: 2026-01-05
status: approved
approved_by: "Security: J. Doe"
granted: 2026-01-15
expires: 2026-06-30
"##,
    fix: "Bring the service into line with the standard, then mark the exception `revoked`; or request a new exception, which needs a fresh approval.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for e in &cat.exceptions {
        let left = days(cx.today, e.expires.value);
        if e.status.value == ExceptionStatus::Approved && left < 0 {
            cx.emit(RuleId::ExceptionExpired, e.meta.file, e.expires.span, format!("exception `{}` expired {} ago", e.id.value, plural_days(-left)))
                .help = Some("renew it with `platctl exception approve --expires`, revoke it, or fix what it waives".into());
        }
    }
}
