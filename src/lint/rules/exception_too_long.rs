//! `exception-too-long`: An exception lasts longer than the policy allows.

use super::{days, plural_days, Ctx, Rule};
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::ExceptionTooLong,
    summary: "An exception lasts longer than the policy allows",
    rationale: "A waiver granted for years stops being an exception and becomes a silent policy change. Capping its length, 180 days by default, forces a regular look at whether the risk is still acceptable and the reason still true.",
    example: r##"# exceptions/EXC-9H2K7T.yaml
id: EXC-9H2K7T
title: Reporting batch keeps static database credentials
standard: secrets-manager
team: team-data
service: reporting-batch
reason: The batch scheduler cannot fetch secrets at run time
risk: high
requested: 2026-01-10
status: approved
approved_by: "Security: J. Doe"
granted: 2026-01-15
expires: 2027-01-15
"##,
    fix: "Set `expires` no later than `policy.exception_max_days` (default 180) after `granted`, and request a new exception when that runs out if it is still needed.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    let policy = &cat.config.policy;
    for e in &cat.exceptions {
        let Some(g) = &e.granted else { continue };
        let span = days(g.value, e.expires.value);
        if span > policy.exception_max_days {
            cx.emit(
                RuleId::ExceptionTooLong,
                e.meta.file,
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
    }
}
