//! `metric-duplicate-point`: A metric value is recorded twice for the same KPI,
//! capability and period.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use std::collections::HashMap;

pub static RULE: Rule = Rule {
    id: RuleId::MetricDuplicatePoint,
    summary: "A metric value is recorded twice for the same KPI, capability and period",
    rationale: "When two values claim the same KPI, scope and period, reports would have to pick one at random or add them up, and either way the figure shown is wrong. This usually comes from pasting a new export over an old one, or from two files covering the same series.",
    example: r##"# metrics/slo-attainment.yaml
kpi: slo-attainment
capability: ci-pipelines
points:
  - period: 2026-Q3
    value: 99.95
  - period: 2026-Q3
    value: 99.91
"##,
    fix: "Keep one value per period for each KPI and capability, across all files under `metrics/`, and delete the other.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    type Key<'a> = (&'a str, Option<&'a str>, Option<&'a str>, String);
    let mut seen: HashMap<Key, (crate::model::FileId, u32)> = HashMap::new();
    for m in &cat.metrics {
        for p in &m.points {
            let key = (
                m.kpi.value.as_str(),
                m.capability.as_ref().map(|c| c.value.as_str()),
                m.service.as_ref().map(|s| s.value.as_str()),
                p.period.value.to_string(),
            );
            if let Some((file, line)) = seen.get(&key) {
                let scope = m
                    .capability
                    .as_ref()
                    .or(m.service.as_ref())
                    .map(|c| format!(" for `{}`", c.value))
                    .unwrap_or_default();
                cx.emit(
                    RuleId::MetricDuplicatePoint,
                    m.meta.file,
                    p.period.span,
                    format!(
                        "`{}`{scope} already has a value for {} at {}:{line}",
                        m.kpi.value,
                        key.3,
                        cat.path(*file)
                    ),
                )
                .help = Some("keep one value per KPI, scope and period".into());
            } else {
                seen.insert(key, (m.meta.file, p.period.span.line));
            }
        }
    }
}
