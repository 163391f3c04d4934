//! `platctl intake list`, `show` and `similar` on the fixture catalog.

use crate::common::TestEnv;
use predicates::prelude::*;
use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let out = TestEnv::in_place("tests/fixtures/intake")
        .cmd()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("json")
}

fn ids(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .expect("array")
        .iter()
        .map(|r| r["id"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn list_json_holds_fields_rice_and_age() {
    let v = json(&["intake", "list", "--format", "json"]);
    assert_eq!(v["version"], 1);
    // Sorted by RICE, highest first: 5*1*1/0.5 = 10, 1*2*1/0.5 = 4, 4*2*0.8/8 = 0.8.
    assert_eq!(
        ids(&v, "requests"),
        ["INT-4KX2T6", "INT-HSJ3Y3", "INT-J6H68M"]
    );
    let r = &v["requests"][2];
    assert_eq!(r["title"], "Managed Postgres for analytics workloads");
    assert_eq!(r["requester"]["team"], "team-analytics");
    assert_eq!(r["type"], "capability");
    assert_eq!(r["created"], "2026-06-10");
    assert_eq!(r["status"], "accepted");
    assert_eq!(r["file"], "intake/INT-J6H68M.yaml");
    assert!(
        (r["rice"].as_f64().unwrap_or_default() - 0.8).abs() < 1e-12,
        "{r}"
    );
    assert_eq!(r["age_days"], 170);
    assert_eq!(v["requests"][0]["file"], "intake/2026/INT-4KX2T6.yaml");
}

#[test]
fn list_filters_and_sorts() {
    assert_eq!(
        ids(
            &json(&["intake", "list", "--format", "json", "--status", "new"]),
            "requests"
        ),
        ["INT-4KX2T6", "INT-HSJ3Y3"]
    );
    assert_eq!(
        ids(
            &json(&[
                "intake",
                "list",
                "--format",
                "json",
                "--team",
                "team-analytics",
                "--sort",
                "created"
            ]),
            "requests"
        ),
        ["INT-J6H68M", "INT-4KX2T6"]
    );
    assert_eq!(
        ids(
            &json(&[
                "intake",
                "list",
                "--format",
                "json",
                "--type",
                "support,docs",
                "--sort",
                "urgency"
            ]),
            "requests"
        ),
        ["INT-HSJ3Y3", "INT-4KX2T6"]
    );
    assert_eq!(
        ids(
            &json(&["intake", "list", "--format", "json", "--status", "done"]),
            "requests"
        ),
        Vec::<String>::new()
    );
    TestEnv::in_place("tests/fixtures/intake")
        .cmd()
        .args(["intake", "list", "--team", "team-serch"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `team-search`?"));
    TestEnv::in_place("tests/fixtures/intake")
        .cmd()
        .args(["intake", "list", "--status", "open"])
        .assert()
        .code(2);
}

#[test]
fn list_table_and_csv() {
    TestEnv::in_place("tests/fixtures/intake")
        .cmd()
        .args(["intake", "list"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("INT-J6H68M")
                .and(predicate::str::contains("RICE"))
                .and(predicate::str::contains("170d")),
        );
    TestEnv::in_place("tests/fixtures/intake").cmd()
        .args(["intake", "list", "--format", "csv", "--sort", "id"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("id,title,team,type,urgency,status,route,rice,age_days\nINT-4KX2T6,Agent v2 guide is silent on custom metrics,team-analytics,docs,medium,new,-,10.00,17\n"));
}

#[test]
fn show_gives_everything_with_links() {
    TestEnv::in_place("tests/fixtures/intake")
        .cmd()
        .args(["intake", "show", "INT-J6H68M"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Managed Postgres for analytics workloads")
                .and(predicate::str::contains(
                    "managed-postgres — Managed Postgres (beta, owner team-devex)",
                ))
                .and(predicate::str::contains(
                    "pg-managed — Managed Postgres for every team (2026-Q4, in-progress)",
                ))
                .and(predicate::str::contains(
                    "0.80 = reach 4 × impact 2 × confidence 0.8 ÷ effort 8",
                ))
                .and(predicate::str::contains("Analytics runs its own Postgres")),
        );
    let v = json(&["intake", "show", "int-4kx2t6", "--format", "json"]);
    assert_eq!(v["request"]["id"], "INT-4KX2T6");
    assert_eq!(v["request"]["rice"], 10.0);
    assert_eq!(v["capability"]["id"], "observability");
    assert_eq!(v["suggested_route"]["route"], "docs");
    assert!(v["roadmap_item"].is_null());
    let v = json(&["intake", "show", "INT-J6H68M", "--format", "json"]);
    assert_eq!(v["roadmap_item"]["quarter"], "2026-Q4");
    assert_eq!(v["roadmap_items"][0]["id"], "pg-managed");
    TestEnv::in_place("tests/fixtures/intake")
        .cmd()
        .args(["intake", "show", "INT-J6H6M8"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `INT-J6H68M`?"));
}

#[test]
fn the_most_similar_request_ranks_first() {
    let v = json(&[
        "intake",
        "similar",
        "--text",
        "Our Postgres databases need patching every month; we want the platform to run them",
        "--format",
        "json",
    ]);
    assert_eq!(
        ids(&v, "similar").first().map(String::as_str),
        Some("INT-J6H68M"),
        "{v}"
    );
    let v = json(&[
        "intake",
        "similar",
        "--text",
        "the indexer token expires after rotation",
        "--format",
        "json",
    ]);
    assert_eq!(ids(&v, "similar"), ["INT-HSJ3Y3"], "{v}");
    let s = v["similar"][0]["score"].as_f64().unwrap_or_default();
    assert!(s > 0.2 && s <= 1.0, "{s}");
    assert_eq!(v["similar"][0]["status"], "new");
    // Unrelated text: nothing shown.
    let v = json(&[
        "intake",
        "similar",
        "--text",
        "quarterly budget spreadsheet for finance",
        "--format",
        "json",
    ]);
    assert_eq!(ids(&v, "similar"), Vec::<String>::new());
    // By id: the request itself is never its own candidate.
    let v = json(&[
        "intake",
        "similar",
        "INT-J6H68M",
        "--min-score",
        "0",
        "--format",
        "json",
    ]);
    assert!(!ids(&v, "similar").contains(&"INT-J6H68M".to_string()));
    TestEnv::in_place("tests/fixtures/intake")
        .cmd()
        .args(["intake", "similar"])
        .assert()
        .code(2);
    TestEnv::in_place("tests/fixtures/intake")
        .cmd()
        .args([
            "intake",
            "similar",
            "--text",
            "search indexer token rotation",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("INT-HSJ3Y3").and(predicate::str::contains("SCORE")));
}

#[test]
fn list_shows_open_requests_unless_all_and_says_so() {
    let demo = TestEnv::demo();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["intake", "list", "--format", "json", "--sort", "id"];
        a.extend_from_slice(args);
        let out = demo.cmd().args(&a).output().expect("runs");
        let j: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        j["requests"]
            .as_array()
            .expect("requests")
            .iter()
            .map(|r| {
                format!(
                    "{} {}",
                    r["id"].as_str().unwrap_or(""),
                    r["status"].as_str().unwrap_or("")
                )
            })
            .collect()
    };
    let open = ids(&[]);
    let all = ids(&["--all"]);
    assert!(!open.is_empty());
    assert!(
        open.iter().all(|r| !(r.ends_with(" done")
            || r.ends_with(" declined")
            || r.ends_with(" duplicate"))),
        "{open:?}"
    );
    assert!(all.len() > open.len(), "{all:?}");
    assert!(all
        .iter()
        .any(|r| r.ends_with(" done") || r.ends_with(" declined") || r.ends_with(" duplicate")));
    demo.cmd()
        .args(["intake", "list", "--sort", "created"])
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "{} open requests (new, triaged, accepted; --all adds the closed ones), oldest first",
            open.len()
        )));
    demo.cmd()
        .args(["intake", "list", "--all", "--status", "new"])
        .assert()
        .code(2);
}
