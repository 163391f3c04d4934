//! `sunset-approaching`: The sunset is near and consumers have not migrated
//! yet.

use super::{days, plural_days, Ctx, Rule};
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::SunsetApproaching,
    summary: "The sunset is near and consumers have not migrated yet",
    rationale: "A deadline is easier to meet when the last stragglers hear about it weeks ahead rather than the day after. This warning starts 30 days before the sunset by default, while there is still time to migrate, grant an exception or move the date.",
    example: r##"# deprecations/legacy-auth-v1.yaml  (linted on 2026-12-10)
id: legacy-auth-v1
capability: legacy-auth
interface: v1
replacement: identity-sso
announced: 2026-03-01
sunset: 2026-12-31
status: migrating
consumers:
  - service: search-api
    status: pending
"##,
    fix: "Help the remaining consumers migrate, exempt them under an approved exception, or announce a later sunset. The warning window is `policy.deprecation_warn_days` in platctl.yaml.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    let policy = &cat.config.policy;
    for d in &cat.deprecations {
        let left = days(cx.today, d.sunset.value);
        let remaining = d.remaining();
        if d.is_open() && (0..=policy.deprecation_warn_days).contains(&left) && remaining > 0 {
            cx.emit(
                RuleId::SunsetApproaching,
                d.meta.file,
                d.sunset.span,
                format!(
                    "sunset is in {} and {remaining} consumer(s) have not migrated",
                    plural_days(left)
                ),
            )
            .help =
                Some("chase the remaining consumers: `platctl deprecation show` lists them".into());
        }
    }
}
