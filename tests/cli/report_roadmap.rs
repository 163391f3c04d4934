//! `platctl report roadmap` and `platctl roadmap list` on fixture catalogs,
//! with predictability counted by hand (see the comments in the fixtures).

use crate::common::{snapshot, TestEnv};
use crate::report_catalog::assert_self_contained;
use serde_json::Value;

fn json(env: &TestEnv, today: &str, quarter: &str) -> Value {
    let out = env.ok(&[
        "--today",
        today,
        "report",
        "roadmap",
        "--quarter",
        quarter,
        "--format",
        "json",
    ]);
    serde_json::from_str(&out).expect("json")
}

fn theme<'a>(j: &'a Value, id: Option<&str>) -> &'a Value {
    j["themes"]
        .as_array()
        .expect("themes")
        .iter()
        .find(|t| t["id"].as_str() == id)
        .expect("theme")
}

fn item<'a>(j: &'a Value, id: &str) -> &'a Value {
    j["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|t| t["id"] == id)
        .expect("item")
}

#[test]
fn predictability_is_counted_by_hand_and_a_day_late_does_not_count() {
    let cat = TestEnv::fixture("report/calendar", "");
    let j = json(&cat, "2027-01-15", "2026-Q4");
    assert_eq!(j["version"], 1);
    assert_eq!(
        (
            j["quarter"].as_str(),
            j["start"].as_str(),
            j["end"].as_str()
        ),
        (Some("2026-Q4"), Some("2026-10-01"), Some("2026-12-31"))
    );
    assert_eq!(j["as_of"], "2027-01-15");
    assert_eq!(j["phase"], "over");
    assert_eq!(
        (j["committed"].as_u64(), j["delivered"].as_u64()),
        (Some(9), Some(2))
    );
    assert_eq!(j["predictability"].as_f64(), Some(2.0 / 9.0));
    assert_eq!(
        j["best_case"],
        Value::Null,
        "no best case once the quarter is over"
    );
    assert_eq!(
        (j["stretch"].as_u64(), j["stretch_delivered"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(j["target"], serde_json::json!({"min": 0.2, "max": 0.3}));
    assert_eq!(j["standing"], "on-target");

    let alpha = theme(&j, Some("alpha"));
    assert_eq!(
        (alpha["committed"].as_u64(), alpha["delivered"].as_u64()),
        (Some(3), Some(1))
    );
    assert_eq!(alpha["predictability"].as_f64(), Some(1.0 / 3.0));
    assert_eq!(alpha["standing"], "above-target");
    let beta = theme(&j, Some("beta"));
    assert_eq!(beta["predictability"].as_f64(), Some(0.25));
    assert_eq!(beta["standing"], "on-target");
    let none = theme(&j, None);
    assert_eq!(
        (none["committed"].as_u64(), none["delivered"].as_u64()),
        (Some(2), Some(0))
    );
    assert_eq!(none["standing"], "below-target");
    let ids: Vec<&str> = j["themes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap_or("~"))
        .collect();
    assert_eq!(
        ids,
        ["alpha", "beta", "~"],
        "themes sorted by id, the row without a theme last"
    );

    assert_eq!(
        item(&j, "a1")["delivered_in_quarter"],
        true,
        "delivered on the last day"
    );
    assert_eq!(
        item(&j, "a2")["delivered_in_quarter"],
        false,
        "delivered the day after"
    );
    assert_eq!(item(&j, "a2")["delivered_late"], true);
    assert_eq!(item(&j, "a4")["delivered_in_quarter"], true);
    assert_eq!(item(&j, "a4")["commitment"], "stretch");
    assert_eq!(item(&j, "a1")["owner_name"], "Team A");
    let ids: Vec<&str> = j["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "items sorted by id");
}

#[test]
fn risks_name_each_reason() {
    let cat = TestEnv::fixture("report/calendar", "");
    let j = json(&cat, "2027-01-15", "2026-Q4");
    let risks: Vec<(String, String)> = j["risks"]
        .as_array()
        .expect("risks")
        .iter()
        .map(|r| {
            (
                r["item"].as_str().unwrap().to_string(),
                r["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        ("b3", "dependency-slipped"),
        ("b3", "open-after-quarter"),
        ("b4", "at-risk"),
        ("b4", "without-outcome"),
        ("b4", "open-after-quarter"),
        ("u1", "slipped-without-target"),
        ("u2", "dependency-later-quarter"),
        ("u2", "open-after-quarter"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(risks, want);
    assert!(j["risks"][0]["message"]
        .as_str()
        .unwrap()
        .contains("depends on a3, which slipped to 2027-Q1"));
}

#[test]
fn requests_are_traced_both_ways_and_scope_is_empty_outside_git() {
    let cat = TestEnv::fixture("report/calendar", "");
    let j = json(&cat, "2027-01-15", "2026-Q4");
    let reqs = j["requests"].as_array().expect("requests");
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0]["id"], "INT-0000A1");
    assert_eq!(reqs[0]["items"], serde_json::json!(["a1"]));
    assert_eq!(reqs[1]["id"], "INT-0000B1");
    assert_eq!(
        reqs[1]["items"],
        serde_json::json!(["b1"]),
        "a request's roadmap_item links it too"
    );
    assert_eq!(
        item(&j, "b1")["requests"],
        serde_json::json!(["INT-0000B1"])
    );
    assert_eq!(j["scope_changes"], serde_json::json!([]));
    assert_eq!(j["history"]["in_git"], false);
}

#[test]
fn a_quarter_with_nothing_committed_has_no_predictability_and_says_so() {
    let cat = TestEnv::fixture("report/calendar", "");
    let j = json(&cat, "2027-01-15", "2027-Q2");
    assert_eq!(j["predictability"], Value::Null);
    assert_eq!(j["committed"], 0);
    assert_eq!(j["standing"], "no-data");
    assert_eq!(j["phase"], "not-started");
    let md = cat.ok(&[
        "--today",
        "2027-01-15",
        "report",
        "roadmap",
        "--quarter",
        "2027-Q2",
    ]);
    assert!(md.contains("Nothing was committed for 2027-Q2: predictability is not defined for this quarter (0 of 1 stretch items delivered)."), "{md}");
    assert!(md.contains("| Predictability | — |"));
}

#[test]
fn fiscal_years_starting_in_july() {
    let cat = TestEnv::fixture("report/fiscal", "");
    let j = json(&cat, "2026-10-10", "2027-Q1");
    assert_eq!(
        (j["start"].as_str(), j["end"].as_str()),
        (Some("2026-07-01"), Some("2026-09-30"))
    );
    assert_eq!(j["fiscal_year_start_month"], 7);
    assert_eq!(
        (j["committed"].as_u64(), j["delivered"].as_u64()),
        (Some(4), Some(2))
    );
    assert_eq!(j["predictability"].as_f64(), Some(0.5));
    assert_eq!(
        item(&j, "f3")["delivered_in_quarter"],
        false,
        "2026-10-01 is in the next fiscal quarter"
    );
    assert_eq!(
        j["standing"], "below-target",
        "the registry's default range 70-85 %"
    );
    // The default quarter is the fiscal quarter that holds today.
    let out = cat.ok(&[
        "--today",
        "2026-08-15",
        "report",
        "roadmap",
        "--format",
        "json",
    ]);
    let d: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(d["quarter"], "2027-Q1");
    assert_eq!(d["phase"], "in-progress");
    assert_eq!(
        d["best_case"].as_f64(),
        Some(0.75),
        "(2 delivered + 1 open) / 4"
    );
    let md = cat.ok(&[
        "--today",
        "2026-10-10",
        "report",
        "roadmap",
        "--quarter",
        "2027-Q1",
    ]);
    assert!(
        md.contains("(1 Jul – 30 Sep 2026 (fiscal year 2027 starting in July))"),
        "{md}"
    );
    assert!(md.contains("Predictability is 50.0%: 2 of 4 committed items delivered by 30 Sep 2026 — below the target range: missed (70.0%–85.0%)."), "{md}");
}

#[test]
fn markdown_and_json_snapshots() {
    let cat = TestEnv::fixture("report/calendar", "");
    let md = cat.ok(&[
        "--today",
        "2027-01-15",
        "report",
        "roadmap",
        "--quarter",
        "2026-Q4",
        "--format",
        "md",
    ]);
    snapshot("report_roadmap_calendar_2026-Q4_md", &md);
    let js = cat.ok(&[
        "--today",
        "2027-01-15",
        "report",
        "roadmap",
        "--quarter",
        "2026-Q4",
        "--format",
        "json",
    ]);
    snapshot("report_roadmap_calendar_2026-Q4_json", &js);
    // In progress: best case, days left, "so far".
    let md = cat.ok(&[
        "--today",
        "2026-11-27",
        "report",
        "roadmap",
        "--quarter",
        "2026-Q4",
    ]);
    snapshot("report_roadmap_calendar_2026-Q4_in_progress_md", &md);
    // Same input, same bytes.
    let again = cat.ok(&[
        "--today",
        "2026-11-27",
        "report",
        "roadmap",
        "--quarter",
        "2026-Q4",
    ]);
    assert_eq!(md, again);
}

#[test]
fn markdown_escapes_catalog_text() {
    let cat = TestEnv::fixture("report/calendar", "");
    let md = cat.ok(&[
        "--today",
        "2027-01-15",
        "report",
        "roadmap",
        "--quarter",
        "2026-Q4",
    ]);
    assert!(md.contains("Ship \\<script\\>alert(1)\\</script\\> \\& more"));
    assert!(md.contains("Escaped \\| everywhere"));
    assert!(md.contains("# Fixture \\<Platform\\> \\& Co — roadmap report 2026-Q4"));
    assert!(md.contains("| Predictability | 22.2% |"));
}

#[test]
fn html_escapes_everything_and_loads_nothing() {
    let cat = TestEnv::fixture("report/calendar", "");
    let out = cat.root().join("q4.html");
    cat.cmd()
        .args([
            "--today",
            "2027-01-15",
            "report",
            "roadmap",
            "--quarter",
            "2026-Q4",
            "--format",
            "html",
            "-o",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    let html = std::fs::read_to_string(&out).expect("the -o file");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        html.contains("Ship &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"),
        "a <script> in a title comes out as text"
    );
    assert!(html.contains("Fixture &lt;Platform&gt; &amp; Co"));
    assert!(html.contains("Alpha &lt;theme&gt;"));
    assert!(!html.contains("<script"));
    assert_self_contained(&html);
    assert!(html.contains("<svg"), "a timeline per theme");
    assert_eq!(
        html.matches("aria-label=\"Timeline of").count(),
        3,
        "one timeline per theme (alpha, beta, without a theme)"
    );
    assert!(
        html.contains("after the quarter"),
        "a2's late delivery opens the zone after the quarter"
    );
    assert!(html.contains("@media print"));
}

#[test]
fn a_quarter_without_a_roadmap_is_an_error_that_names_the_planned_ones() {
    let cat = TestEnv::fixture("report/calendar", "");
    cat.cmd()
        .args([
            "--today",
            "2027-01-15",
            "report",
            "roadmap",
            "--quarter",
            "2025-Q1",
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no roadmap for 2025-Q1"))
        .stderr(predicates::str::contains("2026-Q4, 2027-Q1, 2027-Q2"));
    cat.cmd()
        .args(["report", "roadmap", "--quarter", "2026-Q5"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("write YYYY-Qn"));
}

#[test]
fn roadmap_list_table_and_json() {
    let cat = TestEnv::fixture("report/calendar", "");
    let table = cat.ok(&[
        "--today",
        "2027-01-15",
        "roadmap",
        "list",
        "--quarter",
        "2026-Q4",
    ]);
    for needle in [
        "a1",
        "Delivered on the last day",
        "alpha",
        "Team A",
        "committed",
        "stretch",
        "delivered 2027-01-01 (after the quarter)",
        "slipped to 2027-Q1",
    ] {
        assert!(table.contains(needle), "{needle} missing in\n{table}");
    }
    // Themes in file order, the items without a theme last.
    assert!(
        table.find("a1").unwrap() < table.find("b1").unwrap()
            && table.find("b4").unwrap() < table.find("u1").unwrap()
    );
    let j: Value = serde_json::from_str(&cat.ok(&[
        "--today",
        "2026-11-27",
        "roadmap",
        "list",
        "--format",
        "json",
    ]))
    .expect("json");
    assert_eq!(j["version"], 1);
    assert_eq!(j["quarter"], "2026-Q4", "today's quarter by default");
    let items = j["items"].as_array().expect("items");
    assert_eq!(items.len(), 10);
    assert_eq!(items[0]["id"], "a1");
    assert_eq!(items[0]["theme"], "alpha");
    assert_eq!(items[0]["owner"], "team-a");
    assert_eq!(items[0]["commitment"], "committed");
    assert_eq!(items[0]["status"], "delivered");
    // An empty quarter is an empty listing, not an error.
    let j: Value = serde_json::from_str(&cat.ok(&[
        "roadmap",
        "list",
        "--quarter",
        "2030-Q1",
        "--format",
        "json",
    ]))
    .expect("json");
    assert_eq!(j["items"], serde_json::json!([]));
}

/// The acceptance check: every number of the demo's 2026-Q4 report, counted by hand.
#[test]
fn demo_catalog_2026_q4_matches_a_hand_count() {
    let tmp = TestEnv::copy("catalog", "");
    let j = json(&tmp, "2026-11-27", "2026-Q4");
    // Committed: namespace-provisioning-api, ci-cache-fix, preview-envs-beta, sso-group-sync,
    // legacy-auth-shutdown, obs-agent-v1-deprecation, incident-review-automation, pci-cluster,
    // cost-insights-beta = 9; delivered: ci-cache-fix, sso-group-sync, obs-agent-v1-deprecation,
    // cost-insights-beta = 4; stretch: legacy-auth-mobile-guide, postgres-ha.
    assert_eq!(
        (
            j["committed"].as_u64(),
            j["delivered"].as_u64(),
            j["open"].as_u64()
        ),
        (Some(9), Some(4), Some(5))
    );
    assert_eq!(j["predictability"].as_f64(), Some(4.0 / 9.0));
    assert_eq!(j["best_case"].as_f64(), Some(1.0));
    assert_eq!(
        (j["stretch"].as_u64(), j["stretch_delivered"].as_u64()),
        (Some(2), Some(0))
    );
    let t = |id| {
        let t = theme(&j, Some(id));
        (
            t["committed"].as_u64().unwrap(),
            t["delivered"].as_u64().unwrap(),
        )
    };
    assert_eq!(
        [
            t("self-service"),
            t("identity"),
            t("reliability"),
            t("cost")
        ],
        [(3, 1), (2, 1), (3, 1), (1, 1)]
    );
    assert_eq!(j["risks"].as_array().unwrap().len(), 1);
    assert_eq!(j["risks"][0]["item"], "legacy-auth-shutdown");
    assert_eq!(j["requests"].as_array().unwrap().len(), 5);
    // 2026-Q3 is over: 7 of 10, legacy-auth-wave-1 delivered on 2026-10-06 does not count.
    let j3 = json(&tmp, "2026-11-27", "2026-Q3");
    assert_eq!(
        (j3["committed"].as_u64(), j3["delivered"].as_u64()),
        (Some(10), Some(7))
    );
    assert_eq!(j3["standing"], "on-target");
    assert_eq!(item(&j3, "legacy-auth-wave-1")["delivered_late"], true);
}
