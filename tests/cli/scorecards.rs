//! Scorecards and campaigns through the real binary, on a fixture whose
//! every level, score, median and progress was computed by hand
//! (tests/fixtures/scorecard, today 2026-11-27).

use crate::common::TestEnv;
use serde_json::Value;

const FIX: &str = "tests/fixtures/scorecard";

fn json(args: &[&str]) -> Value {
    TestEnv::in_place(FIX).json(args)
}

fn entity<'a>(v: &'a Value, id: &str) -> &'a Value {
    v["entities"]
        .as_array()
        .and_then(|a| a.iter().find(|e| e["id"] == id))
        .unwrap_or_else(|| panic!("no entity {id}"))
}

#[test]
fn levels_and_scores_by_hand() {
    let v = json(&["scorecard", "show", "readiness", "--format", "json"]);
    // (id, level, score): weights runbook 2, oncall 1, coverage 1, slo 1, docs 3.
    let want: &[(&str, &str, f64)] = &[
        ("svc-none", "none", 2.0 / 7.0),      // no runbook: bronze fails
        ("svc-exempt", "platinum", 1.0), // runbook exempt; platinum has only a pending rule: empty level passed
        ("svc-unknown", "bronze", 3.0 / 7.0), // no facts: coverage unknown, blocks silver
        ("svc-slo", "bronze", 7.0 / 8.0), // coverage "high" >= 80 is an error; tier-1 slo counts and passes
        ("svc-other", "platinum", 1.0),
        ("svc-gap", "silver", 4.0 / 7.0), // no docs: gold fails
    ];
    assert_eq!(
        v["entities"].as_array().map(Vec::len),
        Some(6),
        "the retired service is not scored"
    );
    for (id, level, score) in want {
        let e = entity(&v, id);
        assert_eq!(e["level"], *level, "{id}");
        let got = e["score"].as_f64().unwrap_or(-1.0);
        assert!(
            (got - score).abs() < 1e-12,
            "{id}: score {got}, want {score}"
        );
    }
    let outcomes = |id: &str| -> Vec<(String, String)> {
        entity(&v, id)["failing"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|f| {
                        (
                            f["rule"].as_str().unwrap_or("").to_string(),
                            f["outcome"].as_str().unwrap_or("").to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(
        outcomes("svc-unknown"),
        [
            ("coverage".into(), "unknown".into()),
            ("docs".into(), "fail".into())
        ]
    );
    assert_eq!(
        outcomes("svc-slo"),
        [("coverage".to_string(), "error".to_string())]
    );
    assert_eq!(
        outcomes("svc-none"),
        [
            ("has-runbook".into(), "fail".into()),
            ("docs".to_string(), "fail".to_string())
        ]
    );
    // Summary: ranks none 0, bronze 1, silver 2, platinum 4 -> [0,1,1,2,4,4]: the lower middle is bronze.
    let s = &v["summary"];
    assert_eq!(s["scored"], 6);
    let dist: Vec<u64> = s["distribution"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|d| d["count"].as_u64().unwrap_or(99))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(dist, [1, 2, 1, 0, 2]);
    assert_eq!(s["median"], "bronze");
    assert!((s["progress"].as_f64().unwrap_or(0.0) - 5.0 / 6.0).abs() < 1e-12);
    let rules: Vec<(u64, u64)> = s["rules"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|r| {
                    (
                        r["passing"].as_u64().unwrap_or(99),
                        r["counted"].as_u64().unwrap_or(99),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    // runbook 5/6 (one exempt), oncall 6/6, coverage 4/6 (unknown and error count), slo 1/1 (tier 1 only), sso 0/0 (pending), docs 3/6
    assert_eq!(rules, [(5, 6), (6, 6), (4, 6), (1, 1), (0, 0), (3, 6)]);
    // Target silver 0.5: exempt, other, gap = 3 of 6.
    assert_eq!(v["target"]["value"], 0.5);
    assert_eq!(v["target"]["met"], true);
}

#[test]
fn rollup_through_two_levels_of_parent() {
    let v = json(&["scorecard", "show", "readiness", "--format", "json"]);
    let team = |t: &str| -> Value {
        v["teams"]
            .as_array()
            .and_then(|a| a.iter().find(|x| x["team"] == t))
            .cloned()
            .unwrap_or(Value::Null)
    };
    // team-root holds svc-slo, and through team-mid (svc-unknown) team-leaf (svc-none, svc-exempt).
    assert_eq!(team("team-root")["scored"], 4);
    assert_eq!(team("team-root")["median"], "bronze"); // [0,1,1,4]
    assert_eq!(team("team-mid")["scored"], 3);
    assert_eq!(team("team-leaf")["scored"], 2);
    assert_eq!(team("team-leaf")["median"], "none"); // [0,4]: the lower middle
    assert_eq!(team("team-leaf")["progress"], 0.5);
    assert_eq!(team("team-other")["scored"], 2);
    let only = json(&[
        "scorecard",
        "show",
        "readiness",
        "--team",
        "team-mid",
        "--format",
        "json",
    ]);
    let ids: Vec<&str> = only["entities"]
        .as_array()
        .map(|a| a.iter().filter_map(|e| e["id"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(ids, ["svc-exempt", "svc-none", "svc-unknown"]);
}

#[test]
fn unknown_ignore_counts_nothing_and_score_is_null() {
    let v = json(&["scorecard", "show", "lax", "--format", "json"]);
    let e = entity(&v, "svc-unknown");
    assert_eq!(e["level"], "basic");
    assert_eq!(e["score"], Value::Null);
    assert_eq!(entity(&v, "svc-slo")["level"], "none");
}

#[test]
fn check_explains_and_gates() {
    let v = json(&[
        "scorecard",
        "check",
        "svc-gap",
        "--scorecard",
        "readiness",
        "--format",
        "json",
    ]);
    let c = &v["scorecards"][0];
    assert_eq!(c["level"], "silver");
    assert_eq!(c["next_step"]["level"], "gold");
    assert_eq!(c["next_step"]["rules"][0]["rule"], "docs");
    assert_eq!(c["next_step"]["rules"][0]["fix"], "Link the docs.");
    let e = json(&[
        "scorecard",
        "check",
        "svc-exempt",
        "--scorecard",
        "readiness",
        "--format",
        "json",
    ]);
    let r = &e["scorecards"][0]["rules"];
    assert_eq!(r[0]["outcome"], "exempt");
    assert_eq!(r[0]["exception"], "EXC-B00001");
    assert_eq!(r[4]["outcome"], "pending");
    assert_eq!(r[4]["would"], "pass");
    assert_eq!(e["scorecards"][0]["next_step"], Value::Null);
    TestEnv::in_place(FIX)
        .cmd()
        .args([
            "scorecard",
            "check",
            "svc-gap",
            "--scorecard",
            "readiness",
            "--min-level",
            "silver",
        ])
        .assert()
        .code(0);
    TestEnv::in_place(FIX)
        .cmd()
        .args([
            "scorecard",
            "check",
            "svc-unknown",
            "--scorecard",
            "readiness",
            "--min-level",
            "silver",
        ])
        .assert()
        .code(1)
        .stdout(predicates::str::contains(
            "coverage (unknown): Raise test coverage to 80%.",
        ));
    TestEnv::in_place(FIX)
        .cmd()
        .args(["scorecard", "check", "svc-nope"])
        .assert()
        .code(2);
    TestEnv::in_place(FIX)
        .cmd()
        .args([
            "scorecard",
            "check",
            "svc-gap",
            "--scorecard",
            "readiness",
            "--min-level",
            "diamond",
        ])
        .assert()
        .code(2);
}

#[test]
fn list_and_csv() {
    let v = json(&["scorecard", "list", "--format", "json"]);
    assert_eq!(v["version"], 1);
    assert_eq!(v["scorecards"][1]["id"], "readiness");
    assert_eq!(v["scorecards"][1]["median"], "bronze");
    TestEnv::in_place(FIX)
        .cmd()
        .args(["scorecard", "list", "--format", "csv"])
        .assert()
        .success()
        .stdout(predicates::str::starts_with(
            "id,applies_to,scored,levels,median,progress,target\n",
        ));
}

#[test]
fn the_target_kpi_follows_the_built_ins() {
    let v = json(&["kpi", "--format", "json"]);
    let ids: Vec<&str> = v["kpis"]
        .as_array()
        .map(|a| a.iter().filter_map(|k| k["id"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        ids.iter().position(|i| *i == "scorecard-readiness"),
        Some(24),
        "{ids:?}"
    );
    let k = &v["kpis"][24];
    assert_eq!(k["value"], 0.5);
    assert_eq!(k["unit"], "ratio");
}

#[test]
fn campaign_progress_and_overdue() {
    let v = json(&["campaign", "list", "--format", "json"]);
    let c = |id: &str| {
        v["campaigns"]
            .as_array()
            .and_then(|a| a.iter().find(|x| x["id"] == id))
            .cloned()
            .unwrap_or(Value::Null)
    };
    // sso-push: tier-2 services in scope (5); only svc-exempt uses identity-sso, judged before enable_on.
    assert_eq!(c("sso-push")["in_scope"], 5);
    assert_eq!(c("sso-push")["done"], 1);
    assert_eq!(c("sso-push")["progress"], 0.2);
    assert_eq!(c("sso-push")["overdue"], true);
    let sso = c("sso-push");
    let left: Vec<&str> = sso["left"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x["id"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(left, ["svc-gap", "svc-none", "svc-other", "svc-unknown"]);
    assert_eq!(c("docs-push")["progress"], 0.5);
    assert_eq!(c("docs-push")["overdue"], false);
    TestEnv::in_place(FIX)
        .cmd()
        .args(["lint"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("warning[campaign-overdue]: campaign `sso-push` was due 2026-11-15 and is 20.0% done: 4 of 5 entities left"));
}

use crate::common::git;

const SC: &str = "id: sc\nname: S\nowner: team-a\napplies_to: service\nlevels: [bronze, silver]\ntarget: { level: silver, share: 0.5 }\nrules:\n  - id: runbook\n    level: bronze\n    expr: \"has(entity.runbook)\"\n  - id: oncall\n    level: silver\n    expr: \"has(entity.oncall)\"\n";

#[test]
fn a_regression_across_two_commits_and_the_burnup() {
    let dir = TestEnv::base(&[
        ("scorecards/sc.yaml", SC),
        ("services/svc-a.yaml", "id: svc-a\nteam: team-b\ntier: 1\nuses:\n  - cap-ga\nrunbook: https://r\noncall: pd:a\n"),
        ("campaigns/c.yaml", "id: c\nname: C\nowner: team-a\nscorecard: sc\nrules: [oncall]\nstart: 2026-10-01\ndue: 2027-01-31\nstatus: active\n"),
    ]);
    let d = dir.root();
    git(d, "2026-10-01T12:00:00Z", &["init", "-q"]);
    git(d, "2026-10-01T12:00:00Z", &["add", "-A"]);
    git(d, "2026-10-01T12:00:00Z", &["commit", "-qm", "base"]);
    // svc-b gets an on-call on 2026-10-20.
    std::fs::write(d.join("services/svc-b.yaml"), "id: svc-b\nteam: team-b\ntier: 2\nuses:\n  - capability: cap-ga\n    version: v2\noncall: pd:b\n").expect("write");
    git(
        d,
        "2026-10-20T12:00:00Z",
        &["commit", "-qam", "svc-b on call"],
    );
    // In the working tree, svc-a loses its runbook: silver -> none.
    std::fs::write(
        d.join("services/svc-a.yaml"),
        "id: svc-a\nteam: team-b\ntier: 1\nuses:\n  - cap-ga\noncall: pd:a\n",
    )
    .expect("write");
    dir.cmd_in(d)
        .args(["lint", "--changed-since", "HEAD"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("warning[scorecard-level-regressed]: service `svc-a` drops from silver to none on scorecard `sc` (compared with HEAD)"))
        .stdout(predicates::str::contains("services/svc-a.yaml:1:5"));
    dir.cmd_in(d)
        .args(["lint"])
        .assert()
        .stdout(predicates::str::contains("scorecard-level-regressed").not());
    let out = dir
        .cmd_in(d)
        .args(["campaign", "show", "c", "--format", "json"])
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let b: Vec<(String, Value)> = v["burnup"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|p| {
                    (
                        p["date"].as_str().unwrap_or("").to_string(),
                        p["progress"].clone(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    // Two services in scope: svc-a has on-call from the start, svc-b from 2026-10-20.
    assert_eq!(b[0], ("2026-10-07".to_string(), serde_json::json!(0.5)));
    assert_eq!(b[1], ("2026-10-14".to_string(), serde_json::json!(0.5)));
    assert_eq!(b[2], ("2026-10-21".to_string(), serde_json::json!(1.0)));
    assert_eq!(b.last().map(|x| x.0.as_str()), Some("2026-11-27"));
    // The target KPI at a past period's end, from history: on 2026-10-31 svc-a is
    // silver and svc-b (on-call, no runbook) none; today both are none.
    let kpi = |period: &str| -> Value {
        let out = dir
            .cmd_in(d)
            .args(["kpi", "--period", period, "--format", "json"])
            .output()
            .expect("runs");
        let v: Value = serde_json::from_slice(&out.stdout).expect("json");
        v["kpis"]
            .as_array()
            .and_then(|a| a.iter().find(|k| k["id"] == "scorecard-sc"))
            .cloned()
            .unwrap_or(Value::Null)
    };
    assert_eq!(kpi("2026-10")["value"], 0.5);
    assert_eq!(kpi("2026-11")["value"], 0.0);
    // The trend reads the 2026-Q3 end before the history: no data, not zero.
    let out = dir
        .cmd_in(d)
        .args([
            "scorecard",
            "show",
            "sc",
            "--trend",
            "--since",
            "2026-Q3",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    let t: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(t["points"][0]["summary"], Value::Null);
    assert_eq!(t["points"][1]["period"], "2026-Q4");
    // Month by month: svc-b's inputs do not change between October's end and
    // today (its results are reused), svc-a's do (it is evaluated again).
    let out = dir
        .cmd_in(d)
        .args([
            "scorecard",
            "show",
            "sc",
            "--trend",
            "--since",
            "2026-10",
            "--every",
            "month",
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    let t: Value = serde_json::from_slice(&out.stdout).expect("json");
    let counts = |i: usize| -> Vec<u64> {
        t["points"][i]["summary"]["distribution"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|d| d["count"].as_u64().unwrap_or(99))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(t["points"][0]["period"], "2026-10");
    assert_eq!(counts(0), [1, 0, 1]);
    assert_eq!(t["points"][1]["period"], "2026-11");
    assert_eq!(counts(1), [2, 0, 0]);
}

use predicates::prelude::PredicateBooleanExt;

#[test]
fn report_in_three_formats_escapes_catalog_text() {
    let dir = TestEnv::base(&[("scorecards/sc.yaml", "id: sc\nname: \"<script>x</script> | *S*\"\nowner: team-a\napplies_to: service\nlevels: [bronze]\nrules:\n  - id: r1\n    level: bronze\n    expr: \"entity.tier == 1\"\n")]);
    let run = |fmt: &str| -> String {
        let out = dir
            .cmd()
            .args(["report", "scorecard", "--format", fmt])
            .output()
            .expect("runs");
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let html = run("html");
    assert_eq!(
        html.matches("<svg").count(),
        2,
        "a distribution chart and a trend chart"
    );
    assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
    assert!(html.contains("Why this level"));
    let md = run("md");
    assert!(
        md.contains("\\<script\\>x\\</script\\> \\| \\*S\\*"),
        "{md}"
    );
    assert!(
        md.contains("| `svc-b` | `team-b` | none | 0.0% | `r1` (fail) | bronze: `r1` |"),
        "{md}"
    );
    let v: Value = serde_json::from_str(&run("json")).expect("json");
    assert_eq!(v["version"], 1);
    assert_eq!(v["scorecards"][0]["summary"]["distribution"][1]["count"], 1);
}
