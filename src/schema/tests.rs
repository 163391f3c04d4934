//! The schemas must say what the decoder does: same field names, same
//! required fields, same defaults. These tests fail when one drifts.

use super::*;
use crate::catalog::config as cfg;
use crate::catalog::decode::Entity;
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
    // The settings' decoder keeps its own lists.
    let settings: &[(&str, &[&str])] = &[
        ("", cfg::CONFIG),
        ("/properties/policy", cfg::POLICY),
        ("/$defs/LintSettings", cfg::LINT),
        ("/$defs/KpiSetting", cfg::KPI),
    ];
    for (pointer, fields) in settings {
        let root = value(Kind::Config);
        assert_eq!(
            props(object(&root, pointer)),
            set(fields, false),
            "{pointer}"
        );
    }
    // A kind's schema and the keys its decoder knows (and the writer's
    // order) come from one declaration (`mapping!`): the same keys.
    // (kind, pointer to the object, the declared keys, labels on it)
    let cases: &[(Kind, &str, &[&str], bool)] = &[
        (Kind::Team, "", Team::FIELDS, true),
        (Kind::Service, "", Service::FIELDS, true),
        (Kind::Service, "/$defs/Use", Use::FIELDS, false),
        (Kind::Capability, "", Capability::FIELDS, true),
        (Kind::Capability, "/$defs/Eligible", Eligible::FIELDS, false),
        (
            Kind::Capability,
            "/$defs/Interface",
            Interface::FIELDS,
            false,
        ),
        (Kind::Capability, "/$defs/Slo", Slo::FIELDS, false),
        (Kind::Capability, "/$defs/Support", Support::FIELDS, false),
        (Kind::Roadmap, "", RoadmapQuarter::FIELDS, true),
        (Kind::Roadmap, "/$defs/Theme", Theme::FIELDS, false),
        (Kind::Roadmap, "/$defs/Item", Item::FIELDS, true),
        (Kind::Deprecation, "", Deprecation::FIELDS, true),
        (
            Kind::Deprecation,
            "/$defs/Consumer",
            Consumer::FIELDS,
            false,
        ),
        (Kind::Exception, "", Exception::FIELDS, true),
        (Kind::Intake, "", Intake::FIELDS, true),
        (Kind::Intake, "/$defs/Requester", Requester::FIELDS, false),
        (Kind::Metric, "", Metric::FIELDS, true),
        (Kind::Metric, "/$defs/Point", Point::FIELDS, false),
        (Kind::Survey, "", Survey::FIELDS, true),
        (Kind::Scorecard, "", Scorecard::FIELDS, true),
        (Kind::Scorecard, "/$defs/Target", Target::FIELDS, false),
        (
            Kind::Scorecard,
            "/$defs/ScoreRule",
            ScoreRule::FIELDS,
            false,
        ),
        (Kind::Campaign, "", Campaign::FIELDS, true),
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

/// The decoder reads every key its kind declares: a value no key accepts
/// (a mapping of a list), put under any one of them in an otherwise valid
/// document, is reported. A key the decoder skipped would pass silently.
#[test]
fn the_decoder_reads_every_declared_key() {
    const BAD: &str = "{zz: [1]}";
    let minimal: &[(Kind, &str, &[&str])] = &[
        (Kind::Team, "id: t\nname: T\n", Team::FIELDS),
        (Kind::Service, "id: s\nteam: t\n", Service::FIELDS),
        (Kind::Capability, "id: c\nname: C\nsummary: S\nowner: t\nlifecycle: ga\n", Capability::FIELDS),
        (Kind::Deprecation, "id: d\ncapability: c\nannounced: 2026-01-01\nsunset: 2026-12-31\n", Deprecation::FIELDS),
        (Kind::Exception, "id: EXC-4F7Q2M\ntitle: T\nstandard: c\nteam: t\nreason: R\nrisk: low\nrequested: 2026-01-01\nexpires: 2026-02-01\n", Exception::FIELDS),
        (Kind::Intake, "id: INT-7K3F9Q\ntitle: T\nrequester: {team: t}\ncreated: 2026-01-01\nproblem: P\n", Intake::FIELDS),
        (Kind::Roadmap, "quarter: 2026-Q4\n", RoadmapQuarter::FIELDS),
        (Kind::Metric, "kpi: lead-time\npoints:\n  - {period: 2026-Q1, value: 1}\n", Metric::FIELDS),
        (Kind::Survey, "id: s\nkind: nps\nperiod: 2026-Q1\nresponses: [9]\n", Survey::FIELDS),
        (Kind::Scorecard, "id: s\nname: S\nowner: t\napplies_to: service\nlevels: [bronze]\nrules:\n  - {id: r, level: bronze, expr: 'true'}\n", Scorecard::FIELDS),
        (Kind::Campaign, "id: c\nname: C\nowner: t\nscorecard: s\nrules: [r]\nstart: 2026-01-01\ndue: 2026-02-01\n", Campaign::FIELDS),
    ];
    let item = "quarter: 2026-Q4\nitems:\n  - {id: i, title: T, owner: t, status: planned}\n";
    let mut checked = 0;
    for (kind, text, fields) in minimal {
        let base = crate::catalog::parse::parse_file(*kind, text.as_bytes());
        assert!(base.diags.is_empty(), "{kind:?}: {:?}", base.diags);
        for key in *fields {
            let kept: String = text
                .lines()
                .filter(|l| !l.starts_with(&format!("{key}:")) && !l.starts_with("  "))
                .map(|l| format!("{l}\n"))
                .collect();
            let doc = format!("{kept}{key}: {BAD}\n");
            let pf = crate::catalog::parse::parse_file(*kind, doc.as_bytes());
            assert!(
                !pf.diags.is_empty(),
                "{kind:?}.{key} is declared but not read:\n{doc}"
            );
            checked += 1;
        }
    }
    for key in Item::FIELDS {
        let doc = item.replace(
            "status: planned}",
            &format!("status: planned, {key}: {BAD}}}"),
        );
        let doc = doc
            .replace(&format!("{key}: t, "), "")
            .replace(&format!("{key}: i, "), "");
        let pf = crate::catalog::parse::parse_file(Kind::Roadmap, doc.as_bytes());
        assert!(
            !pf.diags.is_empty(),
            "Item.{key} is declared but not read:\n{doc}"
        );
        checked += 1;
    }
    let declared: usize =
        minimal.iter().map(|(_, _, f)| f.len()).sum::<usize>() + Item::FIELDS.len();
    assert_eq!(checked, declared);
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
