//! `campaign-overdue`: An active campaign is past its due date and not
//! complete.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use crate::scorecard;

pub static RULE: Rule = Rule {
    id: RuleId::CampaignOverdue,
    summary: "An active campaign is past its due date and not complete",
    rationale: "A campaign is a promise to get a set of entities passing some rules by a date. Once the date passes, either the work is late and people need to know, or the campaign is over and should say so.",
    example: r##"# campaigns/sso-everywhere.yaml
id: sso-everywhere
name: Every tier-1 service on SSO
owner: team-identity
scorecard: production-readiness
rules: [off-legacy-auth]
start: 2026-09-01
due: 2026-10-31
status: active
"##,
    fix: "Finish it, move `due` (and say why), or set `status: done` or `cancelled`.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for c in &cat.campaigns {
        if c.status.value == crate::model::CampaignStatus::Active && cx.today > c.due.value {
            if let Some(p) = scorecard::campaign::progress(cat, c, cx.today) {
                if scorecard::campaign::overdue(c, Some(&p), cx.today) {
                    cx.emit(
                        RuleId::CampaignOverdue,
                        c.meta.file,
                        c.due.span,
                        format!(
                            "campaign `{}` was due {} and is {} done: {} of {} entities left",
                            c.id.value,
                            c.due.value,
                            crate::output::fmt::percent(p.progress.unwrap_or(0.0)),
                            p.in_scope - p.done,
                            p.in_scope
                        ),
                    )
                    .help = Some("finish it, move `due` (and say why in the pull request), or set `status: done` or `cancelled`".into());
                }
            }
        }
    }
}
