//! The catalog fields that scorecards, imports and the portal read: service
//! details and `facts`, team `parent`, service-scoped metrics, exceptions that
//! waive a scorecard rule, and links that must be http, https or mailto.

use crate::common::TestEnv;

/// (rule, file, line, column, message) of every finding.
fn messages(env: &TestEnv) -> Vec<(String, String, u64, u64, String)> {
    let out = env
        .cmd()
        .args(["lint", "--format", "json"])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or_default().to_string(),
                d["file"].as_str().unwrap_or_default().to_string(),
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
                d["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

const FULL_SERVICE: &str = "id: svc-a\nteam: team-b\ntier: 1\nuses:\n  - cap-ga\ndescription: Takes card payments\nsystem: checkout\nlifecycle: production\nrepo: https://git.example.com/pay\ndocs: https://docs.example.com/pay\nrunbook: mailto:oncall@example.com\noncall: pagerduty:payments\nfacts:\n  test_coverage: 0.82\n  sbom: true\n  scanned: 2026-11-01\n  owner-count: 3\n  tool: trivy\n";

#[test]
fn every_new_service_field_is_accepted_and_shown() {
    let dir = TestEnv::base(&[
        ("services/svc-a.yaml", FULL_SERVICE),
        (
            "teams/team-b.yaml",
            "id: team-b\nname: Team B\ntype: product\nparent: team-a\n",
        ),
    ]);
    assert_eq!(messages(&dir), vec![]);
}

#[test]
fn unsafe_link_schemes_are_schema_errors_at_the_value() {
    let dir = TestEnv::base(&[
        (
            "services/svc-a.yaml",
            "id: svc-a\nteam: team-b\nrepo: \"javascript:alert(1)\"\ndocs: file:///etc/passwd\nrunbook: /runbooks/a\n",
        ),
        (
            "deprecations/dep-x.yaml",
            "id: dep-x\ncapability: cap-beta\nannounced: 2026-06-01\nsunset: 2027-03-01\nstatus: cancelled\nmigration_guide: \"data:text/html,<b>x</b>\"\n",
        ),
    ]);
    let got = messages(&dir);
    let want = |file: &str, line: u64, col: u64, key: &str| {
        (
            "schema".to_string(),
            file.to_string(),
            line,
            col,
            format!("`{key}` is not an http, https or mailto URL"),
        )
    };
    assert_eq!(
        got,
        vec![
            want("deprecations/dep-x.yaml", 6, 18, "migration_guide"),
            want("services/svc-a.yaml", 3, 7, "repo"),
            want("services/svc-a.yaml", 4, 7, "docs"),
            want("services/svc-a.yaml", 5, 10, "runbook"),
        ]
    );
}

#[test]
fn an_unknown_parent_is_an_unknown_team() {
    let dir = TestEnv::base(&[(
        "teams/team-b.yaml",
        "id: team-b\nname: Team B\nparent: team-aa\n",
    )]);
    let got = messages(&dir);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].2, got[0].3),
        ("unknown-team", 3, 9)
    );
    assert_eq!(got[0].4, "parent `team-aa` is not a known team");
}

#[test]
fn a_three_team_parent_loop_is_named_whole() {
    let dir = TestEnv::base(&[
        ("teams/team-a.yaml", "id: team-a\nname: A\nparent: team-c\n"),
        ("teams/team-b.yaml", "id: team-b\nname: B\nparent: team-a\n"),
        ("teams/team-c.yaml", "id: team-c\nname: C\nparent: team-b\n"),
    ]);
    let got = messages(&dir);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "team-parent-cycle");
    assert_eq!(
        got[0].4,
        "team parent cycle: team-a → team-c → team-b → team-a"
    );
}

#[test]
fn facts_take_slug_keys_and_scalar_values() {
    let dir = TestEnv::base(&[(
        "services/svc-a.yaml",
        "id: svc-a\nteam: team-b\nfacts:\n  Test Coverage: 0.5\n  nested: {a: 1}\n",
    )]);
    let got: Vec<(String, u64, String)> = messages(&dir)
        .into_iter()
        .map(|(r, _, l, _, m)| (r, l, m))
        .collect();
    assert!(got.contains(&(
        "schema".into(),
        4,
        "`facts` key `Test Coverage` is not a valid name".into()
    )));
    assert!(got.contains(&(
        "schema".into(),
        5,
        "fact `nested` must be text, a number, a boolean or a date, found a mapping".into()
    )));
}

#[test]
fn an_exception_waives_a_standard_or_a_rule_never_both_nor_neither() {
    let exc = |body: &str| {
        format!("id: EXC-BBBBBB\ntitle: W\n{body}team: team-b\nreason: R\nrisk: low\nrequested: 2026-11-01\nexpires: 2027-01-01\n")
    };
    let both = TestEnv::base(&[(
        "exceptions/EXC-BBBBBB.yaml",
        &exc("standard: cap-ga\nrule: production-readiness/has-runbook\n"),
    )]);
    // The schema error does not hide the rule reference's own finding
    // (this catalog has no scorecard).
    let got = messages(&both);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].4.as_str()),
        (
            "schema",
            "an exception waives either a capability `standard` or a scorecard `rule`, not both"
        )
    );
    assert_eq!(got[1].0, "unknown-scorecard-rule");
    let neither = TestEnv::base(&[("exceptions/EXC-BBBBBB.yaml", &exc(""))]);
    let got = messages(&neither);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].4,
        "an exception lacks the required field `standard` (a capability) or `rule` (a scorecard rule)"
    );
    let bad_ref = TestEnv::base(&[("exceptions/EXC-BBBBBB.yaml", &exc("rule: has-runbook\n"))]);
    let got = messages(&bad_ref);
    assert_eq!(
        got[0].4,
        "`rule` `has-runbook` is not a scorecard rule: write `scorecard-id/rule-id`"
    );
    let cap_with_standard = TestEnv::base(&[(
        "exceptions/EXC-BBBBBB.yaml",
        &exc("standard: cap-ga\ncapability: cap-beta\n"),
    )]);
    let got = messages(&cap_with_standard);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].2, got[0].3), (4, 13));
}

#[test]
fn a_metric_series_has_one_scope_and_service_series_never_feed_the_kpi() {
    let both = TestEnv::base(&[(
        "metrics/x.yaml",
        "kpi: slo-attainment\ncapability: cap-ga\nservice: svc-a\npoints:\n  - period: 2026-Q4\n    value: 1\n",
    )]);
    let got = messages(&both);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].4,
        "a metric series is scoped to a capability or to a service, not both"
    );
    let unknown = TestEnv::base(&[(
        "metrics/x.yaml",
        "kpi: slo-attainment\nservice: svc-zz\npoints:\n  - period: 2026-Q4\n    value: 1\n",
    )]);
    let got = messages(&unknown);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "unknown-service");

    // The unscoped Q3 series (99.95) is the KPI; a service's own Q3 value of
    // 50 is the same (kpi, period) under another scope: no duplicate, no effect.
    let dir = TestEnv::base(&[(
        "metrics/svc.yaml",
        "kpi: slo-attainment\nservice: svc-a\npoints:\n  - period: 2026-Q3\n    value: 50\n",
    )]);
    assert_eq!(messages(&dir), vec![]);
    let out = dir
        .cmd()
        .args(["kpi", "--period", "2026-Q3", "--format", "json"])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let slo = v["kpis"]
        .as_array()
        .expect("kpis")
        .iter()
        .find(|k| k["id"] == "slo-attainment")
        .expect("slo-attainment");
    assert_eq!(slo["value"], serde_json::json!(99.95));
}
