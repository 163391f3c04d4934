//! `unknown-kpi`: A reference names a KPI that is neither built in nor
//! declared.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use crate::model::{FileId, Sp};

pub static RULE: Rule = Rule {
    id: RuleId::UnknownKpi,
    summary: "A reference names a KPI that is neither built in nor declared",
    rationale: "A metric series or roadmap item tied to an unknown KPI is never shown next to its target, so the measurement is collected for nothing. It is usually a typo, or a KPI of the team's own that was never declared with its unit and direction.",
    example: r##"# metrics/incident-reviews.yaml
kpi: incident-review-coverage
points:
  - period: 2026-Q3
    value: 0.82
"##,
    fix: "Correct the id to a built-in KPI (the help suggests the closest one), or declare your own under `kpis` in platctl.yaml with its `unit` and `better` direction.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for q in &cat.roadmap {
        for it in &q.items {
            if let Some(k) = &it.kpi {
                kpi(cx, q.meta.file, k);
            }
        }
    }
    for m in &cat.metrics {
        kpi(cx, m.meta.file, &m.kpi);
    }
}

/// A KPI id must be in the registry or declared in platctl.yaml `kpis`.
fn kpi(cx: &mut Ctx, file: FileId, k: &Sp<String>) {
    let cat = cx.cat;
    let custom = cat
        .config
        .kpis
        .iter()
        .any(|x| x.id.value == k.value && x.unit.is_some());
    if crate::kpi::registry::find(&k.value).is_some() || custom {
        return;
    }
    let names = crate::kpi::registry::IDS
        .iter()
        .copied()
        .chain(cat.config.kpis.iter().map(|x| x.id.value.as_str()));
    let help = crate::suggest::did_you_mean(&k.value, names).or_else(|| {
        Some(
            "declare a KPI of your own under `kpis:` in platctl.yaml, with `unit` and `better`"
                .into(),
        )
    });
    cx.emit(
        RuleId::UnknownKpi,
        file,
        k.span,
        format!("KPI `{}` is not a known KPI", k.value),
    )
    .help = help;
}
