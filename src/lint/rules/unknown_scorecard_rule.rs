//! `unknown-scorecard-rule`: An exception or campaign names a scorecard rule
//! that does not exist.

use super::{Ctx, Rule};
use crate::catalog::Catalog;
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::UnknownScorecardRule,
    summary: "An exception or campaign names a scorecard rule that does not exist",
    rationale: "An exception waives `scorecard/rule` and a campaign pushes rules by id. A typo there waives nothing and pushes nothing, silently, while the people involved believe it does.",
    example: r##"# exceptions/EXC-4F7Q2M.yaml
id: EXC-4F7Q2M
title: Runbook after the migration
rule: production-readiness/has-runbok
team: team-payments
service: payments-api
reason: The runbook is rewritten with the migration.
risk: low
requested: 2026-11-01
expires: 2027-01-31
"##,
    fix: "Correct the id (the message suggests the closest rule), or add the rule to the scorecard.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for e in &cat.exceptions {
        let Some(r) = &e.rule else { continue };
        let Some((s, rule)) = r.value.split_once('/') else {
            continue;
        };
        if let Some((msg, help)) = missing_rule(cat, s, rule) {
            cx.emit(
                RuleId::UnknownScorecardRule,
                e.meta.file,
                r.span,
                format!("exception `{}` waives `{}`: {msg}", e.id.value, r.value),
            )
            .help = Some(help);
        }
    }
    for c in &cat.campaigns {
        let f = c.meta.file;
        if !cat
            .scorecards
            .iter()
            .any(|s| s.id.value == c.scorecard.value)
        {
            cx.emit(
                RuleId::UnknownScorecardRule,
                f,
                c.scorecard.span,
                format!(
                    "campaign `{}` names scorecard `{}`, which does not exist",
                    c.id.value, c.scorecard.value
                ),
            )
            .help = crate::suggest::did_you_mean(
                &c.scorecard.value,
                cat.scorecards.iter().map(|s| s.id.value.as_str()),
            );
        } else {
            for r in &c.rules {
                if let Some((msg, help)) = missing_rule(cat, &c.scorecard.value, &r.value) {
                    cx.emit(
                        RuleId::UnknownScorecardRule,
                        f,
                        r.span,
                        format!("campaign `{}` pushes `{}`: {msg}", c.id.value, r.value),
                    )
                    .help = Some(help);
                }
            }
        }
    }
}

/// Why `scorecard/rule` names nothing, if it does not, and what to write.
fn missing_rule(cat: &Catalog, s: &str, rule: &str) -> Option<(String, String)> {
    let Some(sc) = cat.scorecards.iter().find(|x| x.id.value == s) else {
        let help =
            crate::suggest::did_you_mean(s, cat.scorecards.iter().map(|x| x.id.value.as_str()))
                .unwrap_or_else(|| "`platctl scorecard list` shows the scorecards".into());
        return Some((format!("there is no scorecard `{s}`"), help));
    };
    if sc.rule(rule).is_some() {
        return None;
    }
    let ids = || sc.rules.iter().map(|r| r.id.value.as_str());
    let help = crate::suggest::did_you_mean(rule, ids()).unwrap_or_else(|| {
        format!(
            "the rules of `{s}` are: {}",
            ids().collect::<Vec<_>>().join(", ")
        )
    });
    Some((format!("scorecard `{s}` has no rule `{rule}`"), help))
}
