//! `platctl search` and `platctl show KIND ID` from the command line.

use crate::common;

use common::TestEnv;
use predicates::prelude::*;
use serde_json::Value;

#[test]
fn search_ranks_ids_first_and_says_what_matched() {
    let env = TestEnv::base(&[]);
    let out = env
        .cmd()
        .args(["search", "svc-a", "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["version"], 1);
    assert_eq!(v["query"], "svc-a");
    let hits: Vec<(String, String)> = v["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|h| {
            (
                h["kind"].as_str().unwrap_or_default().into(),
                h["id"].as_str().unwrap_or_default().into(),
            )
        })
        .collect();
    // Only the service: the exception that names svc-a as its service is not
    // a hit (search looks at ids, names, titles, summaries and teams).
    assert_eq!(hits, vec![("service".to_string(), "svc-a".to_string())]);
    assert_eq!(v["results"][0]["file"], "services/svc-a.yaml");
    assert_eq!(v["results"][0]["team"], "team-b");
    assert_eq!(v["results"][0]["name"], Value::Null);

    // Several words: all must match; the table names the kind.
    env.cmd()
        .args(["search", "thing", "beta"])
        .assert()
        .success()
        .stdout(predicate::str::contains("capability").and(predicate::str::contains("cap-beta")))
        .stdout(predicate::str::contains("cap-ga").not());
    env.cmd()
        .args(["search", "zzz-nothing"])
        .assert()
        .success()
        .stdout("nothing in the catalog matches `zzz-nothing`\n");
    env.cmd()
        .args(["search", " "])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the query is empty"));
}

#[test]
fn show_service_and_team_tell_what_points_at_them() {
    let env = TestEnv::base(&[]);
    env.cmd()
        .args(["show", "service", "svc-a"])
        .assert()
        .success()
        .stdout(predicate::str::contains("team-b — Team B"))
        .stdout(predicate::str::contains("cap-ga (ga)"))
        .stdout(predicate::str::contains(
            "EXC-AAAAAA (open, expires 2027-02-01)",
        ));
    let out = env
        .cmd()
        .args(["show", "team", "team-a", "--format", "json"])
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["team"]["name"], "Team A");
    assert_eq!(v["team"]["file"], "teams/team-a.yaml");
    let caps: Vec<&str> = v["capabilities"]
        .as_array()
        .expect("caps")
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert_eq!(caps, ["cap-beta", "cap-ga"]);
    let items: Vec<&str> = v["roadmap_items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert_eq!(items, ["item-a", "item-b"]);
    assert_eq!(v["roadmap_items"][0]["quarter"], "2026-Q4");
}

#[test]
fn show_other_kinds_prints_what_their_own_show_prints() {
    let env = TestEnv::base(&[]);
    for (kind, id, group) in [
        ("capability", "cap-ga", "capability"),
        ("exception", "EXC-AAAAAA", "exception"),
        ("request", "INT-AAAAAA", "intake"),
    ] {
        let a = env
            .cmd()
            .args(["show", kind, id, "--format", "json"])
            .output()
            .expect("runs");
        let b = env
            .cmd()
            .args([group, "show", id, "--format", "json"])
            .output()
            .expect("runs");
        assert_eq!(a.status.code(), Some(0), "{kind}");
        assert_eq!(a.stdout, b.stdout, "{kind}");
    }
}

#[test]
fn show_refuses_bad_and_unknown_ids() {
    let env = TestEnv::base(&[]);
    env.cmd()
        .args(["show", "service", "../x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`../x` is not a valid service id"));
    env.cmd()
        .args(["show", "team", "team-c"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no team `team-c` in the catalog"))
        .stderr(predicate::str::contains("did you mean"));
    env.cmd().args(["show", "planet", "x"]).assert().code(2);
}
