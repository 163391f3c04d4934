//! Decoding `platctl.yaml`.

use super::decode::{Dec, Obj};
use super::yaml::{Node, Value};
use crate::diag::RuleId;
use crate::model::*;

pub const CONFIG: &[&str] = &[
    "version",
    "name",
    "fiscal_year_start_month",
    "policy",
    "lint",
    "kpis",
    "import",
];
pub const IMPORT: &[&str] = &["backstage"];
pub const BACKSTAGE: &[&str] = &[
    "capability_types",
    "service_types",
    "lifecycle",
    "tier_from",
];
pub const POLICY: &[&str] = &[
    "exception_max_days",
    "exception_warn_days",
    "deprecation_min_notice_days",
    "deprecation_warn_days",
    "intake_triage_sla_days",
    "ga_requires",
];
pub const LINT: &[&str] = &["rules", "ignore"];
pub const KPI: &[&str] = &["name", "unit", "better", "min", "max", "currency"];

/// Decodes the settings; a value that is wrong keeps its default (and is a finding).
/// `known_rule` and `known_kpi` tell which ids exist, for "did you mean".
pub fn decode(
    d: &mut Dec,
    n: Option<&Node>,
    default_name: &str,
    known_rule: &dyn Fn(&str) -> bool,
    rule_ids: &[&str],
    kpi_ids: &[&str],
) -> Config {
    let mut c = Config::with_name(default_name);
    let Some(n) = n else {
        return c;
    };
    let Some(o) = d.obj(n, "platctl.yaml", CONFIG) else {
        return c;
    };
    match d.int_in(&o, "version", 1, 1) {
        Some(v) => c.version = v.value as u32,
        None if o.get("version").is_none() => d.bad(
            o.span,
            "platctl.yaml lacks the required field `version` (write `version: 1`)".into(),
        ),
        None => {}
    }
    if let Some(name) = d.opt_string(&o, "name") {
        c.name = name;
    }
    if let Some(m) = d.int_in(&o, "fiscal_year_start_month", 1, 12) {
        c.fiscal_year_start_month = m.value as u32;
    }
    if let Some(p) = o.get("policy").and_then(|p| d.obj(p, "`policy`", POLICY)) {
        policy(d, &p, &mut c.policy);
    }
    if let Some(l) = o.get("lint").and_then(|l| d.obj(l, "`lint`", LINT)) {
        lint(d, &l, known_rule, rule_ids, &mut c.lint);
    }
    if let Some(kn) = o.get("kpis") {
        c.kpis = kpis(d, kn, kpi_ids);
    }
    if let Some(i) = o.get("import").and_then(|i| d.obj(i, "`import`", IMPORT)) {
        if let Some(b) = i
            .get("backstage")
            .and_then(|b| d.obj(b, "`import.backstage`", BACKSTAGE))
        {
            backstage(d, &b, &mut c.import.backstage);
        }
    }
    c
}

/// `lint:`: levels by rule id (unknown rules are findings), paths to ignore.
fn lint(
    d: &mut Dec,
    l: &Obj,
    known_rule: &dyn Fn(&str) -> bool,
    rule_ids: &[&str],
    s: &mut LintSettings,
) {
    if let Some(rn) = l.get("rules") {
        if let Value::Map(m) = &rn.value {
            for (k, v) in m {
                let Some(id) = d.text(k, "rules") else {
                    continue;
                };
                if !known_rule(&id) {
                    d.finding(
                        RuleId::Schema,
                        k.span,
                        format!("unknown lint rule `{id}`"),
                        crate::suggest::did_you_mean(&id, rule_ids.iter().copied()),
                    );
                    continue;
                }
                let Some(level) = d.text(v, &id) else {
                    continue;
                };
                match Level::parse(&level) {
                    Some(lv) => s.rules.push((Sp::new(id, k.span), Sp::new(lv, v.span))),
                    None => d.bad(
                        v.span,
                        format!("level `{level}` is not one of error, warning, off"),
                    ),
                }
            }
        } else {
            d.bad(
                rn.span,
                format!(
                    "`lint.rules` must be a mapping of rule id to level, found {}",
                    rn.type_name()
                ),
            );
        }
    }
    for g in d.list(l, "ignore") {
        if let Some(t) = d.text(g, "ignore") {
            s.ignore.push(Sp::new(t, g.span));
        }
    }
}

/// `kpis:`: a setting per KPI id, built-in or custom.
fn kpis(d: &mut Dec, kn: &Node, kpi_ids: &[&str]) -> Vec<KpiSetting> {
    let Value::Map(m) = &kn.value else {
        d.bad(
            kn.span,
            format!(
                "`kpis` must be a mapping of KPI id to target, found {}",
                kn.type_name()
            ),
        );
        return Vec::new();
    };
    m.iter()
        .filter_map(|(k, v)| kpi(d, k, v, kpi_ids))
        .collect()
}

/// One KPI's setting: a custom KPI needs `unit` and `better`, `min` ≤ `max`.
fn kpi(d: &mut Dec, k: &Node, v: &Node, kpi_ids: &[&str]) -> Option<KpiSetting> {
    let id = d.text(k, "kpis")?;
    let ko = d.obj(v, "a KPI setting", KPI)?;
    let builtin = kpi_ids.contains(&id.as_str());
    let unit = ko
        .get("unit")
        .and_then(|_| d.enum_val(&ko, "unit", Unit::parse, Unit::NAMES, None));
    let better = ko
        .get("better")
        .and_then(|_| d.enum_val(&ko, "better", Better::parse, Better::NAMES, None));
    if !builtin && (ko.get("unit").is_none() || ko.get("better").is_none()) {
        let help =
            crate::suggest::did_you_mean(&id, kpi_ids.iter().copied()).unwrap_or_else(|| {
                "a KPI of your own needs `unit` and `better` (higher or lower)".into()
            });
        d.finding(
            RuleId::Schema,
            k.span,
            format!("`{id}` is not a built-in KPI, and a custom KPI needs `unit` and `better`"),
            Some(help),
        );
    }
    if !builtin && !crate::model::ids::is_slug(&id) {
        d.finding(
            RuleId::Schema,
            k.span,
            format!("KPI id `{id}` is not a valid id"),
            None,
        );
    }
    let min = d.opt_num(&ko, "min").map(|v| v.value);
    let max = d.opt_num(&ko, "max").map(|v| v.value);
    if let (Some(a), Some(b)) = (min, max) {
        if a > b {
            d.bad(ko.span, format!("KPI `{id}`: `min` {a} is above `max` {b}"));
        }
    }
    let trimmed = |d: &mut Dec, key: &str| {
        d.opt_string(&ko, key)
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())
    };
    let name = trimmed(d, "name");
    let currency = trimmed(d, "currency");
    Some(KpiSetting {
        id: Sp::new(id, k.span),
        unit: unit.map(|u| u.value),
        better: better.map(|b| b.value),
        min,
        max,
        name,
        currency,
    })
}

fn backstage(d: &mut Dec, b: &Obj, s: &mut BackstageImport) {
    let texts = |d: &mut Dec, key: &str| -> Option<Vec<String>> {
        b.get(key)?;
        Some(
            d.list(b, key)
                .iter()
                .filter_map(|n| d.text(n, key))
                .collect(),
        )
    };
    if let Some(v) = texts(d, "capability_types") {
        s.capability_types = v;
    }
    if let Some(v) = texts(d, "service_types") {
        s.service_types = v;
    }
    if let Some(ln) = b.get("lifecycle") {
        if let Value::Map(m) = &ln.value {
            let mut table = Vec::new();
            for (k, v) in m {
                let (Some(from), Some(to)) = (d.text(k, "lifecycle"), d.text(v, "lifecycle"))
                else {
                    continue;
                };
                match Lifecycle::parse(&to) {
                    Some(l) => table.push((from, l)),
                    None => d.bad(
                        v.span,
                        format!(
                            "`{to}` is not a capability lifecycle (one of {})",
                            Lifecycle::NAMES.join(", ")
                        ),
                    ),
                }
            }
            s.lifecycle = table;
        } else {
            d.bad(
                ln.span,
                format!(
                    "`import.backstage.lifecycle` must map Backstage lifecycles to capability lifecycles, found {}",
                    ln.type_name()
                ),
            );
        }
    }
    if let Some(t) = d.opt_str(b, "tier_from") {
        let ok = t
            .value
            .split_once(':')
            .is_some_and(|(k, rest)| (k == "annotation" || k == "label") && !rest.is_empty());
        if ok {
            s.tier_from = Some(t.value);
        } else {
            d.bad(
                t.span,
                format!(
                    "`tier_from` `{}` is not `annotation:<key>` or `label:<key>`",
                    t.value
                ),
            );
        }
    }
}

fn policy(d: &mut Dec, p: &Obj, policy: &mut Policy) {
    let days = |d: &mut Dec, key: &str, slot: &mut i64| {
        if let Some(v) = d.int_in(p, key, 0, 3650) {
            *slot = v.value;
        }
    };
    days(d, "exception_max_days", &mut policy.exception_max_days);
    days(d, "exception_warn_days", &mut policy.exception_warn_days);
    days(
        d,
        "deprecation_min_notice_days",
        &mut policy.deprecation_min_notice_days,
    );
    days(
        d,
        "deprecation_warn_days",
        &mut policy.deprecation_warn_days,
    );
    days(
        d,
        "intake_triage_sla_days",
        &mut policy.intake_triage_sla_days,
    );
    if p.get("ga_requires").is_some() {
        let mut req = Vec::new();
        for f in d.list(p, "ga_requires") {
            let Some(t) = d.text(f, "ga_requires") else {
                continue;
            };
            if GA_REQUIRABLE.contains(&t.as_str()) {
                req.push(Sp::new(t, f.span));
            } else {
                let help = crate::suggest::did_you_mean(&t, GA_REQUIRABLE.iter().copied())
                    .unwrap_or_else(|| format!("one of {}", GA_REQUIRABLE.join(", ")));
                d.finding(
                    RuleId::Schema,
                    f.span,
                    format!("`{t}` is not a capability field that readiness can require"),
                    Some(help),
                );
            }
        }
        policy.ga_requires = req;
    }
}
