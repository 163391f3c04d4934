//! `sunset-passed`: The sunset date has passed with consumers still not
//! migrated.

use super::{days, plural_days, Ctx, Rule};
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::SunsetPassed,
    summary: "The sunset date has passed with consumers still not migrated",
    rationale: "Once the sunset is past, either the capability was switched off under services that still need it, or the date was quietly missed and no longer means anything. Both have to be resolved explicitly, or consumers stop believing the next deadline.",
    example: r##"# deprecations/legacy-auth-v1.yaml  (linted on 2026-08-01)
id: legacy-auth-v1
capability: legacy-auth
interface: v1
replacement: identity-sso
announced: 2026-02-01
sunset: 2026-06-30
status: migrating
consumers:
  - service: payments-api
    status: migrated
  - service: search-api
    status: in-progress
"##,
    fix: "Finish the migrations and mark the consumers migrated, grant an exception and mark them exempt, or move the sunset to a new date that you announce. Set `status: completed` or `cancelled` once the deprecation is over.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for d in &cat.deprecations {
        let left = days(cx.today, d.sunset.value);
        let remaining = d.remaining();
        if d.is_open() && left < 0 && remaining > 0 {
            cx.emit(
                RuleId::SunsetPassed,
                d.meta.file,
                d.sunset.span,
                format!(
                    "sunset was {} ago and {remaining} consumer(s) have not migrated",
                    plural_days(-left)
                ),
            )
            .help = Some("finish the migrations, record exemptions, or move the sunset".into());
        }
    }
}
