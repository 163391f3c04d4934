//! `exception-expiring`: An approved exception expires soon.

use super::{days, plural_days, Ctx, Rule};
use crate::diag::RuleId;
use crate::model::ExceptionStatus;

pub static RULE: Rule = Rule {
    id: RuleId::ExceptionExpiring,
    summary: "An approved exception expires soon",
    rationale: "Renewing a waiver needs an owner, a reason and an approver, which takes time. A warning in the last days before expiry, 14 by default, gives the team room to finish the work or seek a renewal instead of falling out of compliance overnight.",
    example: r##"# exceptions/EXC-4F7Q2M.yaml  (linted on 2026-11-24)
id: EXC-4F7Q2M
title: Search keeps legacy auth until the index rewrite
standard: legacy-auth
team: team-search
service: search-api
reason: The index rewrite lands in 2027-Q1
risk: medium
requested: 2026-08-20
status: approved
approved_by: "Security: J. Doe"
granted: 2026-09-01
expires: 2026-12-01
"##,
    fix: "Finish the work the exception covers, or request a new one before it expires. The warning window is `policy.exception_warn_days` in platctl.yaml.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    let policy = &cat.config.policy;
    for e in &cat.exceptions {
        let left = days(cx.today, e.expires.value);
        // An expired one is exception-expired's.
        if e.status.value == ExceptionStatus::Approved
            && (0..=policy.exception_warn_days).contains(&left)
        {
            let when = if left == 0 {
                "today".to_string()
            } else {
                format!("in {}", plural_days(left))
            };
            cx.emit(
                RuleId::ExceptionExpiring,
                e.meta.file,
                e.expires.span,
                format!(
                    "exception `{}` expires {when} ({})",
                    e.id.value, e.expires.value
                ),
            )
            .help = Some("renew it or plan the fix before it runs out".into());
        }
    }
}
