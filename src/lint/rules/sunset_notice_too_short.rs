//! `sunset-notice-too-short`: A deprecation gives less notice than the policy
//! requires.

use super::{days, plural_days, Ctx, Rule};
use crate::diag::RuleId;
use crate::model::DeprecationStatus;

pub static RULE: Rule = Rule {
    id: RuleId::SunsetNoticeTooShort,
    summary: "A deprecation gives less notice than the policy requires",
    rationale: "Product teams plan their work a quarter or more ahead; a sunset announced with a few weeks' notice forces them to drop their plans or miss the date. A minimum notice, 90 days by default, keeps deprecations predictable and the platform trusted.",
    example: r##"# deprecations/legacy-auth-v1.yaml
id: legacy-auth-v1
capability: legacy-auth
interface: v1
replacement: identity-sso
announced: 2026-10-01
sunset: 2026-11-15
status: announced
consumers:
  - service: payments-api
    status: pending
"##,
    fix: "Move `sunset` so that it falls at least `policy.deprecation_min_notice_days` (default 90) after `announced`. For a genuine emergency, silence this finding with `# platctl: allow(sunset-notice-too-short) reason`.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    let policy = &cat.config.policy;
    for d in &cat.deprecations {
        let notice = days(d.announced.value, d.sunset.value);
        if d.status.value != DeprecationStatus::Cancelled
            && notice < policy.deprecation_min_notice_days
        {
            cx.emit(
                RuleId::SunsetNoticeTooShort,
                d.meta.file,
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
    }
}
