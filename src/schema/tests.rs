//! The schemas must say what the decoder does: same field names, same
//! required fields, same defaults. These tests fail when one drifts.

use super::*;
use crate::catalog::config as cfg;
use crate::catalog::decode::Entity;
use crate::catalog::kinds as k;
use serde_json::Value;
use std::collections::BTreeSet;

fn value(kind: Kind) -> Value {
    schema(kind).to_value()
}

/// The object schema at a JSON pointer; a `$ref` is followed once.
fn object<'a>(root: &'a Value, pointer: &str) -> &'a Value {
    let v = root
        .pointer(pointer)
        .unwrap_or_else(|| panic!("no {pointer}"));
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => root
            .pointer(r.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("no {r}")),
        None => v,
    }
}

fn props(o: &Value) -> BTreeSet<String> {
    o["properties"]
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

fn required(o: &Value) -> BTreeSet<String> {
    o["required"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn set(fields: &[&str], labels: bool) -> BTreeSet<String> {
    let mut s: BTreeSet<String> = fields.iter().map(|f| f.to_string()).collect();
    if labels {
        s.insert("labels".into());
    }
    s
}

#[test]
fn fields_match_the_decoder() {
    // (kind, pointer to the object, the decoder's field list, labels on it)
    let cases: &[(Kind, &str, &[&str], bool)] = &[
        (Kind::Config, "", cfg::CONFIG, false),
        (Kind::Config, "/properties/policy", cfg::POLICY, false),
        (Kind::Config, "/$defs/LintSettings", cfg::LINT, false),
        (Kind::Config, "/$defs/KpiSetting", cfg::KPI, false),
        (Kind::Team, "", k::TEAM, true),
        (Kind::Service, "", k::SERVICE, true),
        (Kind::Service, "/$defs/Use", k::USE, false),
        (Kind::Capability, "", k::CAPABILITY, true),
        (Kind::Capability, "/$defs/Eligible", k::ELIGIBLE, false),
        (Kind::Capability, "/$defs/Interface", k::INTERFACE, false),
        (Kind::Capability, "/$defs/Slo", k::SLO, false),
        (Kind::Capability, "/$defs/Support", k::SUPPORT, false),
        (Kind::Roadmap, "", k::ROADMAP, true),
        (Kind::Roadmap, "/$defs/Theme", k::THEME, false),
        (Kind::Roadmap, "/$defs/Item", k::ITEM, true),
        (Kind::Deprecation, "", k::DEPRECATION, true),
        (Kind::Deprecation, "/$defs/Consumer", k::CONSUMER, false),
        (Kind::Exception, "", k::EXCEPTION, true),
        (Kind::Intake, "", k::INTAKE, true),
        (Kind::Intake, "/$defs/Requester", k::REQUESTER, false),
        (Kind::Metric, "", k::METRIC, true),
        (Kind::Metric, "/$defs/Point", k::POINT, false),
        (Kind::Survey, "", k::SURVEY, true),
    ];
    for (kind, pointer, fields, labels) in cases {
        let root = value(*kind);
        let o = object(&root, pointer);
        assert_eq!(props(o), set(fields, *labels), "{kind:?} {pointer}");
        assert_eq!(
            o["additionalProperties"],
            Value::Bool(false),
            "{kind:?} {pointer} must refuse unknown fields"
        );
    }
}

#[test]
fn required_fields_are_format_md_s() {
    let cases: &[(Kind, &str, &[&str])] = &[
        (Kind::Config, "", &["version"]),
        (Kind::Team, "", &["id", "name"]),
        (Kind::Service, "", &["id", "team"]),
        (Kind::Service, "/$defs/Use", &["capability"]),
        (
            Kind::Capability,
            "",
            &["id", "name", "summary", "owner", "lifecycle"],
        ),
        (Kind::Capability, "/$defs/Interface", &["name"]),
        (Kind::Roadmap, "", &["quarter"]),
        (Kind::Roadmap, "/$defs/Theme", &["id"]),
        (
            Kind::Roadmap,
            "/$defs/Item",
            &["id", "title", "owner", "status"],
        ),
        (
            Kind::Deprecation,
            "",
            &["id", "capability", "announced", "sunset"],
        ),
        (Kind::Deprecation, "/$defs/Consumer", &["service"]),
        (
            Kind::Exception,
            "",
            &[
                "id",
                "title",
                "team",
                "reason",
                "risk",
                "requested",
                "expires",
            ],
        ),
        (
            Kind::Intake,
            "",
            &["id", "title", "requester", "created", "problem"],
        ),
        (Kind::Intake, "/$defs/Requester", &["team"]),
        (Kind::Metric, "", &["kpi", "points"]),
        (Kind::Metric, "/$defs/Point", &["period", "value"]),
        (Kind::Survey, "", &["id", "kind", "period", "responses"]),
    ];
    // Exactly one of `standard` and `rule`: a `oneOf`, not `required`.
    let exc = value(Kind::Exception);
    assert_eq!(
        exc["oneOf"],
        serde_json::json!([{"required": ["standard"]}, {"required": ["rule"]}])
    );
    for (kind, pointer, want) in cases {
        let root = value(*kind);
        assert_eq!(
            required(object(&root, pointer)),
            set(want, false),
            "{kind:?} {pointer}"
        );
    }
}

/// A document with only the required fields, decoded, gives the defaults the schema shows.
#[test]
fn defaults_match_the_decoder() {
    let minimal: &[(Kind, &str)] = &[
        (Kind::Team, "id: t\nname: T\n"),
        (Kind::Service, "id: s\nteam: t\n"),
        (Kind::Capability, "id: c\nname: C\nsummary: S\nowner: t\nlifecycle: ga\n"),
        (Kind::Deprecation, "id: d\ncapability: c\nannounced: 2026-01-01\nsunset: 2026-12-31\n"),
        (Kind::Exception, "id: EXC-4F7Q2M\ntitle: T\nstandard: c\nteam: t\nreason: R\nrisk: low\nrequested: 2026-01-01\nexpires: 2026-02-01\n"),
        (Kind::Intake, "id: INT-7K3F9Q\ntitle: T\nrequester: {team: t}\ncreated: 2026-01-01\nproblem: P\n"),
        (Kind::Roadmap, "quarter: 2026-Q4\nitems:\n  - {id: i, title: T, owner: t, status: planned}\n"),
    ];
    let mut checked = 0;
    for (kind, text) in minimal {
        let pf = crate::catalog::parse::parse_file(*kind, text.as_bytes());
        assert!(pf.diags.is_empty(), "{kind:?}: {:?}", pf.diags);
        let got = match pf.entities.first() {
            Some(Entity::Team(x)) => serde_json::to_value(x),
            Some(Entity::Service(x)) => serde_json::to_value(x),
            Some(Entity::Capability(x)) => serde_json::to_value(x),
            Some(Entity::Deprecation(x)) => serde_json::to_value(x),
            Some(Entity::Exception(x)) => serde_json::to_value(x),
            Some(Entity::Intake(x)) => serde_json::to_value(x),
            Some(Entity::Roadmap(x)) => serde_json::to_value(&x.items[0]),
            _ => panic!("{kind:?} did not decode"),
        }
        .expect("serializes");
        let root = value(*kind);
        let o = if *kind == Kind::Roadmap {
            object(&root, "/$defs/Item")
        } else {
            &root
        };
        for (name, p) in o["properties"].as_object().expect("properties") {
            if let Some(default) = p.get("default") {
                assert_eq!(
                    got.get(name),
                    Some(default),
                    "{kind:?}.{name}: the decoder's default differs from the schema's"
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 14, "only {checked} defaults checked");
    // The settings: what an empty platctl.yaml decodes to.
    let root = value(Kind::Config);
    let c = Config::with_name("x");
    assert_eq!(
        root["properties"]["fiscal_year_start_month"]["default"],
        serde_json::json!(c.fiscal_year_start_month)
    );
    assert_eq!(
        root["properties"]["policy"]["default"],
        serde_json::to_value(&c.policy).expect("serializes")
    );
}

#[test]
fn enums_ids_and_dates_are_constrained() {
    let cap = value(Kind::Capability);
    assert_eq!(
        cap["properties"]["lifecycle"]["enum"],
        serde_json::json!(Lifecycle::NAMES)
    );
    assert_eq!(cap["properties"]["id"]["pattern"], types::SLUG);
    assert_eq!(cap["properties"]["security_review"]["format"], "date");
    assert_eq!(cap["properties"]["security_review"]["pattern"], types::DATE);
    let exc = value(Kind::Exception);
    assert_eq!(exc["properties"]["id"]["pattern"], types::EXCEPTION_ID);
    assert_eq!(exc["properties"]["expires"]["pattern"], types::DATE);
    let road = value(Kind::Roadmap);
    assert_eq!(road["properties"]["quarter"]["pattern"], types::QUARTER);
    assert_eq!(
        road["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
}

#[test]
fn id_patterns_agree_with_the_id_checks() {
    // The schema's character classes, spelled out, are the Crockford alphabet.
    let class: String = (b'0'..=b'Z')
        .map(char::from)
        .filter(|c| {
            c.is_ascii_digit()
                || ('A'..='H').contains(c)
                || matches!(c, 'J' | 'K' | 'M' | 'N')
                || ('P'..='T').contains(c)
                || ('V'..='Z').contains(c)
        })
        .collect();
    assert_eq!(class.as_bytes(), crate::model::ids::CROCKFORD);
}

#[test]
fn header_paths_are_relative_to_the_file() {
    assert_eq!(
        relative_ref("platctl.yaml").as_deref(),
        Some("schemas/platctl.schema.json")
    );
    assert_eq!(
        relative_ref("intake/INT-7K3F9Q.yaml").as_deref(),
        Some("../schemas/intake.schema.json")
    );
    assert_eq!(
        relative_ref("intake/2026/INT-7K3F9Q.yaml").as_deref(),
        Some("../../schemas/intake.schema.json")
    );
    assert_eq!(
        relative_ref("roadmap/2026-Q4.yaml").as_deref(),
        Some("../schemas/roadmap.schema.json")
    );
    assert_eq!(relative_ref("notes/x.yaml"), None);
    assert_eq!(relative_ref("README.md"), None);
}
