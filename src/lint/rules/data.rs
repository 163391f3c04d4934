//! metric-duplicate-point, survey-score-range.

use super::Ctx;
use crate::catalog::decode::fmt_num;
use crate::diag::RuleId;
use std::collections::HashMap;

pub fn check(cx: &mut Ctx) {
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
    for s in &cat.surveys {
        let (lo, hi) = s.kind.scale();
        for r in &s.responses {
            if r.value < lo || r.value > hi {
                cx.emit(
                    RuleId::SurveyScoreRange,
                    s.meta.file,
                    r.span,
                    format!(
                        "score {} is outside the {} scale {}..{}",
                        fmt_num(r.value),
                        s.kind,
                        fmt_num(lo),
                        fmt_num(hi)
                    ),
                )
                .help = Some(format!(
                    "a {} response is a score from {} to {}: correct it, or move it to a survey of its own kind",
                    s.kind,
                    fmt_num(lo),
                    fmt_num(hi)
                ));
            }
        }
    }
}
