//! `service list` and `team list`: what they keep, what their counts agree
//! with; and that a listing's filter on a typo is refused rather than
//! listing nothing.

use crate::common::TestEnv;
use std::collections::BTreeMap;

fn ids(v: &serde_json::Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .expect("an array")
        .iter()
        .map(|x| x["id"].as_str().expect("an id").to_string())
        .collect()
}

#[test]
fn service_list_keeps_what_each_filter_names_in_id_order() {
    let env = TestEnv::demo();
    let all = env.json(&["service", "list", "--format", "json"]);
    assert_eq!(all["version"], 1);
    let every = ids(&all, "services");
    let files = std::fs::read_dir(env.root().join("services"))
        .expect("services/")
        .count();
    assert_eq!(every.len(), files, "one row per service file");
    let mut sorted = every.clone();
    sorted.sort();
    assert_eq!(every, sorted, "rows in id order");

    // Each filter, checked against the services' own fields in the JSON.
    let rows = all["services"].as_array().expect("services");
    let kept = |keep: &dyn Fn(&serde_json::Value) -> bool| -> Vec<String> {
        rows.iter()
            .filter(|s| keep(s))
            .map(|s| s["id"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    let uses = |s: &serde_json::Value, c: &str| {
        s["uses"]
            .as_array()
            .is_some_and(|u| u.iter().any(|x| x["capability"] == c))
    };
    let cases: Vec<(Vec<&str>, Vec<String>)> = vec![
        (
            vec!["--team", "team-checkout"],
            kept(&|s| s["team"] == "team-checkout"),
        ),
        (
            vec!["--tier", "1,3"],
            kept(&|s| s["tier"] == 1 || s["tier"] == 3),
        ),
        (
            vec!["--status", "retired"],
            kept(&|s| s["status"] == "retired"),
        ),
        (
            vec!["--system", "checkout"],
            kept(&|s| s["system"] == "checkout"),
        ),
        (
            vec!["--uses", "managed-postgres"],
            kept(&|s| uses(s, "managed-postgres")),
        ),
        (
            vec!["--uses", "managed-postgres", "--tier", "1"],
            kept(&|s| uses(s, "managed-postgres") && s["tier"] == 1),
        ),
    ];
    for (args, want) in cases {
        let mut a = vec!["service", "list", "--format", "json"];
        a.extend(&args);
        let got = ids(&env.json(&a), "services");
        assert!(!want.is_empty(), "{args:?}: the demo should have some");
        assert_eq!(got, want, "{args:?}");
    }
}

#[test]
fn team_list_counts_agree_with_the_other_listings() {
    let env = TestEnv::demo();
    let teams = env.json(&["team", "list", "--format", "json"]);
    let services = env.json(&["service", "list", "--format", "json"]);
    let caps = env.json(&["capability", "list", "--format", "json"]);
    let mut runs: BTreeMap<String, u64> = BTreeMap::new();
    for s in services["services"].as_array().expect("services") {
        *runs
            .entry(s["team"].as_str().unwrap_or_default().into())
            .or_default() += 1;
    }
    let mut owns: BTreeMap<String, u64> = BTreeMap::new();
    for c in caps["capabilities"].as_array().expect("capabilities") {
        *owns
            .entry(c["owner"].as_str().unwrap_or_default().into())
            .or_default() += 1;
    }
    let rows = teams["teams"].as_array().expect("teams");
    assert_eq!(rows.len(), 15, "the demo's teams");
    for t in rows {
        let id = t["id"].as_str().expect("id");
        assert_eq!(t["services"], runs.get(id).copied().unwrap_or(0), "{id}");
        assert_eq!(
            t["capabilities"],
            owns.get(id).copied().unwrap_or(0),
            "{id}"
        );
    }
    let platform = ids(
        &env.json(&["team", "list", "--type", "platform", "--format", "json"]),
        "teams",
    );
    assert_eq!(platform, ["team-devex", "team-platform", "team-runtime"]);
    let under = env.json(&[
        "team",
        "list",
        "--parent",
        "team-platform",
        "--format",
        "json",
    ]);
    assert!(under["teams"]
        .as_array()
        .expect("teams")
        .iter()
        .all(|t| t["parent"] == "team-platform"));
    assert_eq!(ids(&under, "teams").len(), 5);
}

#[test]
fn a_filter_on_a_name_the_catalog_does_not_know_is_refused_with_the_nearest() {
    let env = TestEnv::demo();
    for (args, want) in [
        (
            vec!["service", "list", "--team", "team-chekout"],
            "did you mean `team-checkout`?",
        ),
        (
            vec!["service", "list", "--uses", "managed-postgress"],
            "did you mean `managed-postgres`?",
        ),
        (
            vec!["team", "list", "--parent", "team-platfrm"],
            "did you mean `team-platform`?",
        ),
        (
            vec!["show", "service", "checkout-apy"],
            "did you mean `checkout-api`?",
        ),
        // Every listing that filters by an id says the same.
        (
            vec!["capability", "list", "--owner", "team-dvex"],
            "did you mean `team-devex`?",
        ),
        (
            vec!["deprecation", "list", "--capability", "legacy-auh"],
            "did you mean `legacy-auth`?",
        ),
        (
            vec!["deprecation", "list", "--team", "team-serch"],
            "did you mean `team-search`?",
        ),
        (
            vec!["exception", "list", "--team", "team-serch"],
            "did you mean `team-search`?",
        ),
        (
            vec!["exception", "list", "--standard", "legacy-auh"],
            "did you mean `legacy-auth`?",
        ),
        (
            vec!["intake", "list", "--team", "team-serch"],
            "did you mean `team-search`?",
        ),
    ] {
        let out = env.cmd().args(&args).output().expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(want), "{args:?}: {err}");
    }
    // A team no file declares but services name is a real filter.
    let env = TestEnv::base(&[("services/svc-x.yaml", "id: svc-x\nteam: team-gone\n")]);
    let got = env.json(&["service", "list", "--team", "team-gone", "--format", "json"]);
    assert_eq!(ids(&got, "services"), ["svc-x"]);
}

#[test]
fn catalog_text_in_the_listings_is_data() {
    let env = TestEnv::base(&[
        (
            "services/svc-f.yaml",
            "id: svc-f\nname: \"=HYPERLINK(\\\"http://x\\\")\"\nteam: team-b\n",
        ),
        (
            "teams/team-c.yaml",
            "id: team-c\nname: \"+1 \\e[2J\\u202Eevil\"\ncontact: \"@cmd\"\n",
        ),
    ]);
    let csv = env.ok(&["service", "list", "--format", "csv"]);
    assert!(csv.contains("svc-f,\"'=HYPERLINK"), "{csv}");
    let csv = env.ok(&["team", "list", "--format", "csv"]);
    assert!(csv.contains("team-c,'+1 "), "{csv}");
    assert!(csv.contains(",'@cmd,"), "{csv}");
    let table = env.ok(&["team", "list"]);
    assert!(
        !table.contains('\u{1b}') && !table.contains('\u{202e}'),
        "{table:?}"
    );
}
