//! The derived KPIs: pure functions over a catalog and a period, each with a
//! `detail` that shows its working. An empty denominator gives no value.

use super::stats::{mean_score, median, nps, nps_counts, ratio};
use super::{Computed, State};
use crate::catalog::Catalog;
use crate::model::*;
use crate::report::adoption::{Adoption, Index};
use chrono::NaiveDate;
use serde_json::{json, Value};

fn days(a: NaiveDate, b: NaiveDate) -> f64 {
    time::days_between(a, b) as f64
}

/// Committed items of the period's quarter delivered by its last day ÷
/// committed items of that quarter.
pub fn roadmap_predictability(cat: &Catalog, p: Period, fy: u32) -> Computed {
    let q = p.quarter(fy);
    let end = q.end(fy);
    let (mut delivered, mut missed) = (Vec::new(), Vec::new());
    for rq in cat.roadmap.iter().filter(|r| r.quarter.value == q) {
        for it in rq.items.iter().filter(|i| i.is_committed()) {
            let done = it.status.value == ItemStatus::Delivered
                && it.delivered.as_ref().is_some_and(|d| d.value <= end);
            if done {
                delivered.push(it.id.value.clone());
            } else {
                missed.push(it.id.value.clone());
            }
        }
    }
    delivered.sort();
    missed.sort();
    let committed = delivered.len() + missed.len();
    Computed::new(
        ratio(delivered.len(), committed),
        json!({"quarter": q.to_string(), "committed": committed, "delivered": delivered.len(),
               "delivered_items": delivered, "not_delivered_items": missed}),
    )
}

/// The snapshot KPIs of one state of the catalog, computed together:
/// adoption rate and control coverage share one adoption index.
#[derive(Clone, Debug)]
pub struct StateKpis {
    pub adoption_rate: Computed,
    pub security_control_coverage: Computed,
    pub deprecation_progress: Computed,
}

pub fn state_kpis(st: &State) -> StateKpis {
    state_kpis_with(st, &Index::new(st.services.iter().copied()))
}

/// [`state_kpis`] through an adoption index of the state's services made
/// already (an export's capabilities table reads the same).
pub fn state_kpis_with(st: &State, ix: &Index) -> StateKpis {
    StateKpis {
        adoption_rate: adoption_rate(st, ix),
        security_control_coverage: security_control_coverage(st, ix),
        deprecation_progress: deprecation_progress(st),
    }
}

/// Mean over `ga` capabilities of adopters ÷ eligible services.
fn adoption_rate(st: &State, ix: &Index) -> Computed {
    let mut caps: Vec<&Capability> = st
        .capabilities
        .iter()
        .copied()
        .filter(|c| c.lifecycle.value == Lifecycle::Ga)
        .collect();
    caps.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    let mut rates = Vec::new();
    let mut rows = Vec::new();
    let mut left_out = Vec::new();
    for c in caps {
        let Adoption {
            adopters, eligible, ..
        } = ix.of(c);
        match ratio(adopters, eligible) {
            Some(r) => {
                rates.push(r);
                rows.push(json!({"id": c.id.value, "adopters": adopters, "eligible": eligible, "rate": r}));
            }
            None => left_out.push(c.id.value.clone()),
        }
    }
    let value = (!rates.is_empty()).then(|| rates.iter().sum::<f64>() / rates.len() as f64);
    Computed::new(
        value,
        json!({"capabilities": rows, "left_out_no_eligible_service": left_out}),
    )
}

/// Over non-retired control capabilities: Σ eligible services using the
/// control ÷ Σ eligible services (pairs, not a mean of rates).
fn security_control_coverage(st: &State, ix: &Index) -> Computed {
    let mut caps: Vec<&Capability> = st
        .capabilities
        .iter()
        .copied()
        .filter(|c| c.control && c.lifecycle.value != Lifecycle::Retired)
        .collect();
    caps.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    let (mut using, mut eligible) = (0, 0);
    let mut rows = Vec::new();
    for c in caps {
        let Adoption {
            adopters: a,
            eligible: e,
            ..
        } = ix.of(c);
        using += a;
        eligible += e;
        rows.push(json!({"id": c.id.value, "using": a, "eligible": e, "rate": ratio(a, e)}));
    }
    Computed::new(
        ratio(using, eligible),
        json!({"controls": rows, "using": using, "eligible": eligible}),
    )
}

/// Over announced or migrating deprecations: Σ migrated ÷ Σ (consumers − exempt).
fn deprecation_progress(st: &State) -> Computed {
    let mut deps: Vec<&Deprecation> = st
        .deprecations
        .iter()
        .copied()
        .filter(|d| d.is_open())
        .collect();
    deps.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    let (mut migrated, mut to_move) = (0, 0);
    let mut rows = Vec::new();
    for d in deps {
        let m = d.count(ConsumerStatus::Migrated);
        let exempt = d.count(ConsumerStatus::Exempt);
        let n = d.consumers.len() - exempt;
        migrated += m;
        to_move += n;
        rows.push(json!({"id": d.id.value, "status": d.status.value.as_str(), "consumers": d.consumers.len(),
                         "exempt": exempt, "migrated": m}));
    }
    Computed::new(
        ratio(migrated, to_move),
        json!({"deprecations": rows, "migrated": migrated, "consumers_to_migrate": to_move}),
    )
}

/// A median of day counts, with the entities counted.
fn median_days(rows: Vec<(&str, NaiveDate, NaiveDate)>, from: &str, to: &str) -> Computed {
    let mut rows = rows;
    rows.sort_unstable();
    let d: Vec<f64> = rows.iter().map(|(_, a, b)| days(*a, *b)).collect();
    // Built as maps directly: a trend lists every service deployed first in
    // each period, and the `json!` macro's temporaries were most of its cost.
    let list: Vec<Value> = rows
        .iter()
        .zip(&d)
        .map(|((id, a, b), n)| {
            let mut m = serde_json::Map::new();
            m.insert("id".into(), Value::String((*id).to_string()));
            m.insert(from.into(), Value::String(a.to_string()));
            m.insert(to.into(), Value::String(b.to_string()));
            m.insert("days".into(), json!(n));
            Value::Object(m)
        })
        .collect();
    // The list moved in: `json!` would serialize a copy of it.
    let mut detail = serde_json::Map::new();
    detail.insert("count".into(), json!(list.len()));
    detail.insert("counted".into(), Value::Array(list));
    Computed::new(median(&d), Value::Object(detail))
}

/// Median days from `created` to `resolved` over onboarding requests done
/// and resolved in the period.
pub fn time_to_onboard(cat: &Catalog, p: Period, fy: u32) -> Computed {
    let rows = cat
        .intake
        .iter()
        .filter(|r| r.kind == IntakeType::Onboarding && r.status.value == IntakeStatus::Done)
        .filter_map(|r| {
            r.resolved
                .as_ref()
                .filter(|d| p.contains(d.value, fy))
                .map(|d| (r.id.value.as_str(), r.created.value, d.value))
        })
        .collect();
    median_days(rows, "created", "resolved")
}

/// Median days from `created` to `first_deploy` over services (retired ones
/// too) whose first deploy falls in the period.
pub fn time_to_first_deploy(cat: &Catalog, p: Period, fy: u32) -> Computed {
    let mut without_created = Vec::new();
    let mut rows = Vec::new();
    for s in &cat.services {
        let Some(fd) = s.first_deploy.filter(|d| p.contains(*d, fy)) else {
            continue;
        };
        match s.created {
            Some(c) => rows.push((s.id.value.as_str(), c, fd)),
            None => without_created.push(s.id.value.clone()),
        }
    }
    without_created.sort();
    let mut c = median_days(rows, "created", "first_deploy");
    if let Value::Object(m) = &mut c.detail {
        m.insert("left_out_without_created".into(), json!(without_created));
    }
    c
}

/// Requests triaged in the period.
fn triaged_in(cat: &Catalog, p: Period, fy: u32) -> impl Iterator<Item = (&Intake, NaiveDate)> {
    cat.intake.iter().filter_map(move |r| {
        r.triaged
            .as_ref()
            .filter(|d| p.contains(d.value, fy))
            .map(|d| (r, d.value))
    })
}

/// Median days from `created` to `triaged` over requests triaged in the period.
pub fn intake_triage_time(cat: &Catalog, p: Period, fy: u32) -> Computed {
    let rows = triaged_in(cat, p, fy)
        .map(|(r, t)| (r.id.value.as_str(), r.created.value, t))
        .collect();
    median_days(rows, "created", "triaged")
}

/// Requests triaged in the period with route `custom` ÷ all triaged in it.
pub fn custom_work_share(cat: &Catalog, p: Period, fy: u32) -> Computed {
    let triaged: Vec<&Intake> = triaged_in(cat, p, fy).map(|(r, _)| r).collect();
    let mut custom: Vec<String> = triaged
        .iter()
        .filter(|r| r.route.as_ref().is_some_and(|x| x.value == Route::Custom))
        .map(|r| r.id.value.clone())
        .collect();
    custom.sort();
    Computed::new(
        ratio(custom.len(), triaged.len()),
        json!({"triaged": triaged.len(), "custom": custom.len(), "custom_requests": custom}),
    )
}

/// Exceptions open on the earlier of today and the period's last day ÷
/// active services.
pub fn exception_rate(cat: &Catalog, p: Period, fy: u32, today: NaiveDate) -> Computed {
    let day = today.min(p.end(fy));
    let mut open: Vec<String> = cat
        .exceptions
        .iter()
        .filter(|e| e.is_open_on(day))
        .map(|e| e.id.value.clone())
        .collect();
    open.sort();
    let active = cat.services.iter().filter(|s| s.is_active()).count();
    Computed::new(
        ratio(open.len(), active),
        json!({"day": day.to_string(), "open": open.len(), "active_services": active, "open_exceptions": open}),
    )
}

/// Surveys of a kind that count in the period: a month survey counts in its
/// quarter; for a month period, only that month's surveys.
fn surveys_in(cat: &Catalog, kind: SurveyKind, p: Period, fy: u32) -> Vec<&Survey> {
    let mut v: Vec<&Survey> = cat
        .surveys
        .iter()
        .filter(|s| s.kind == kind)
        .filter(|s| match p {
            Period::Quarter(q) => s.period.value.quarter(fy) == q,
            Period::Month { .. } => s.period.value == p,
        })
        .collect();
    v.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    v
}

/// A survey KPI: every response of the kind in the period, pooled across
/// scopes; NPS for `nps`, the mean score (two decimals) otherwise.
pub fn survey_score(cat: &Catalog, kind: SurveyKind, p: Period, fy: u32) -> Computed {
    let surveys = surveys_in(cat, kind, p, fy);
    let responses: Vec<f64> = surveys
        .iter()
        .flat_map(|s| s.responses.iter().map(|r| r.value))
        .collect();
    let list: Vec<Value> = surveys
        .iter()
        .map(|s| json!({"id": s.id.value, "period": s.period.value.to_string(),
                        "capability": s.capability.as_ref().map(|c| c.value.clone()), "responses": s.responses.len()}))
        .collect();
    match kind {
        SurveyKind::Nps => {
            let (pr, pa, de) = nps_counts(&responses);
            Computed::new(
                nps(&responses),
                json!({"surveys": list, "responses": responses.len(), "promoters": pr, "passives": pa, "detractors": de}),
            )
        }
        _ => Computed::new(
            mean_score(&responses),
            json!({"surveys": list, "responses": responses.len(), "sum": responses.iter().sum::<f64>()}),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::catalog_of as cat;

    #[test]
    fn the_adoption_index_agrees_with_the_definition() {
        let c = cat(&[
            ("services/a.yaml", "id: a\nteam: t1\ntier: 1\nuses: [x, y, x]\n"),
            ("services/b.yaml", "id: b\nteam: t1\ntier: 2\nuses: [x]\n"),
            ("services/c.yaml", "id: c\nteam: t2\ntier: 2\nuses: [y]\n"),
            ("services/d.yaml", "id: d\nteam: t2\ntier: 2\nstatus: retired\nuses: [x, y]\n"),
            ("services/e.yaml", "id: e\nteam: t3\ntier: 3\n"),
            ("capabilities/x.yaml", "id: x\nname: X\nsummary: s\nowner: t1\nlifecycle: ga\n"),
            ("capabilities/y.yaml", "id: y\nname: Y\nsummary: s\nowner: t1\nlifecycle: ga\neligible:\n  tiers: [2]\n  teams: [t1, t2]\n"),
            ("capabilities/z.yaml", "id: z\nname: Z\nsummary: s\nowner: t1\nlifecycle: ga\neligible:\n  teams: [t9]\n"),
        ]);
        let st = State::of_catalog(&c);
        let ix = Index::new(st.services.iter().copied());
        let of = |cap| {
            let a = ix.of(cap);
            (a.adopters, a.eligible)
        };
        for cap in &c.capabilities {
            let eligible: Vec<&Service> =
                c.services.iter().filter(|s| cap.is_eligible(s)).collect();
            let adopters = eligible
                .iter()
                .filter(|s| s.use_of(&cap.id.value).is_some())
                .count();
            assert_eq!(of(cap), (adopters, eligible.len()), "{}", cap.id.value);
        }
        // x: a, b of a, b, c, e; y: c of b, c (a is tier 1; a's use does not count).
        assert_eq!(of(&c.capabilities[0]), (2, 4));
        assert_eq!(of(&c.capabilities[1]), (1, 2));
        assert_eq!(of(&c.capabilities[2]), (0, 0));
    }
}
