//! `scorecard-rule-error`: A scorecard rule's evaluation fails for some entity.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use crate::scorecard::{self, cel, Outcome};

pub static RULE: Rule = Rule {
    id: RuleId::ScorecardRuleError,
    summary: "A scorecard rule's evaluation fails for some entity",
    rationale: "A rule that fails to evaluate (a field read without has(), a string compared with a number) counts as failing, so entities lose a level for a mistake in the rule rather than in the service. Missing data is different: an absent key of metrics or facts is `unknown`, not an error. The message counts the entities and names the first.",
    example: r##"# scorecards/production-readiness.yaml  (some services have no runbook)
rules:
  - id: runbook-https
    level: bronze
    expr: "entity.runbook.startsWith('https://')"
"##,
    fix: "Guard optional fields with has() (`has(entity.runbook) && entity.runbook.startsWith('https://')`), and compare values of one type.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    for sc in &cx.cat.scorecards {
        rule_errors(cx, sc);
    }
}

/// The rules of one scorecard whose evaluation fails on some entity.
fn rule_errors(cx: &mut Ctx, sc: &crate::model::Scorecard) {
    if sc
        .rules
        .iter()
        .all(|r| cel::compile(&r.expr.value).is_err())
    {
        return;
    }
    let ev = scorecard::evaluate(cx.cat, sc, cx.today);
    for (i, r) in sc.rules.iter().enumerate() {
        if cel::compile(&r.expr.value).is_err() {
            continue;
        }
        let errs: Vec<(&str, Option<&str>)> = ev
            .entities
            .iter()
            .filter_map(|e| {
                let res = e.rules.get(i)?;
                let err = res.outcome == Outcome::Error
                    || (res.outcome == Outcome::Pending && res.would == Some(Outcome::Error));
                err.then_some((e.id.as_str(), res.detail.as_deref()))
            })
            .collect();
        if let Some((first, why)) = errs.first() {
            let n = errs.len();
            cx.emit(
                RuleId::ScorecardRuleError,
                sc.meta.file,
                r.expr.span,
                format!(
                    "rule `{}` cannot be evaluated for {n} {} of {}, first `{first}`: {}",
                    r.id.value,
                    if n == 1 { "entity" } else { "entities" },
                    ev.entities.len(),
                    why.unwrap_or("error")
                ),
            )
            .help = Some("guard optional fields with has(), and compare values of one type".into());
        }
    }
}
