//! `scorecard-rule-duplicate`: Two rules of one scorecard share an id.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use std::collections::HashMap;

pub static RULE: Rule = Rule {
    id: RuleId::ScorecardRuleDuplicate,
    summary: "Two rules of one scorecard share an id",
    rationale: "Exceptions (`rule: scorecard/rule`), campaigns and every report name a rule by its id; two rules with one id make each of those ambiguous.",
    example: r##"# scorecards/production-readiness.yaml
rules:
  - id: has-runbook
    level: bronze
    expr: "has(entity.runbook)"
  - id: has-runbook
    level: silver
    expr: "has(entity.oncall)"
"##,
    fix: "Give each rule of the scorecard its own id.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for sc in &cat.scorecards {
        let mut seen: HashMap<&str, u32> = HashMap::new();
        for r in &sc.rules {
            if let Some(line) = seen.get(r.id.value.as_str()) {
                cx.emit(
                    RuleId::ScorecardRuleDuplicate,
                    sc.meta.file,
                    r.id.span,
                    format!(
                        "rule id `{}` is used twice in scorecard `{}` (first on line {line})",
                        r.id.value, sc.id.value
                    ),
                )
                .help = Some("give each rule of a scorecard its own id".into());
            } else {
                seen.insert(&r.id.value, r.id.span.line);
            }
        }
    }
}
