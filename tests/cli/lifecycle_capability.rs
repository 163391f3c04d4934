//! `platctl capability list|show|readiness` on the lifecycle fixture, with
//! adoption computed by hand (today 2026-12-30).

use crate::common::TestEnv;

/// The lifecycle fixture's "today": three days before a sunset across the new year.
const TODAY: &str = "2026-12-30";

use serde_json::json;

#[test]
fn list_json_has_hand_computed_adoption() {
    let env = TestEnv::in_place("tests/fixtures/lifecycle/catalog").today(TODAY);
    let j = env.json(&["capability", "list", "--format", "json"]);
    assert_eq!(j["version"], 1);
    assert_eq!(j["as_of"], "2026-12-30");
    let rows: Vec<_> = j["capabilities"]
        .as_array()
        .expect("array")
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap_or(""),
                c["adopters"].clone(),
                c["eligible"].clone(),
                c["adoption_rate"].clone(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            // No `eligible`: every active service (a1 a2 a3 b1 b3; b2 is retired). Users: a1 a2 b1.
            ("auth", json!(3), json!(5), json!(0.6)),
            // Tiers 1-2: a1 a2 b1 b3 (a3 is tier 3, b2 retired). Adopter: a1; a3 uses it but is not eligible.
            ("db", json!(1), json!(4), json!(0.25)),
            // Only team-plat, which has no service: nothing eligible, no rate.
            ("internal-tool", json!(0), json!(0), json!(null)),
            ("legacy", json!(0), json!(5), json!(0.0)),
            ("newauth", json!(0), json!(5), json!(0.0)),
        ]
    );
    let db = &j["capabilities"][1];
    assert_eq!(db["ineligible_users"], 1);
    assert_eq!(db["owner"], "team-plat");
    assert_eq!(
        db["eligible"], 4,
        "the count, not the `eligible` field of the file"
    );
}

#[test]
fn list_filters_and_formats() {
    let env = TestEnv::in_place("tests/fixtures/lifecycle/catalog").today(TODAY);
    let ids = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["capability", "list", "--format", "json"];
        a.extend_from_slice(args);
        env.json(&a)["capabilities"]
            .as_array()
            .expect("array")
            .iter()
            .map(|c| c["id"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(ids(&["--lifecycle", "ga"]), ["auth", "db"]);
    assert_eq!(
        ids(&["--lifecycle", "beta,deprecated"]),
        ["legacy", "newauth"]
    );
    assert_eq!(ids(&["--golden-path"]), ["db"]);
    assert_eq!(ids(&["--category", "identity"]), ["auth", "newauth"]);
    assert_eq!(ids(&["--owner", "team-a"]), Vec::<String>::new());
    let (code, out, _) = env.run(&["capability", "list", "--format", "csv"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "id,name,lifecycle,owner,category,golden_path,adopters,eligible,adoption_rate"
    );
    assert_eq!(
        lines[2],
        "db,Managed database,ga,team-plat,data,yes,1,4,0.25"
    );
    assert_eq!(
        lines[3],
        "internal-tool,Internal tool,experimental,team-plat,,,0,0,"
    );
    let (code, out, _) = env.run(&["capability", "list"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("│ db ") && out.contains("25.0%") && out.contains("—"),
        "{out}"
    );
    let (code, _, err) = env.run(&["capability", "list", "--lifecycle", "gaa"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn show_tells_everything_about_a_capability() {
    let env = TestEnv::in_place("tests/fixtures/lifecycle/catalog").today(TODAY);
    let (code, out, err) = env.run(&["capability", "show", "auth"]);
    assert_eq!(code, 0, "{err}");
    for want in [
        "auth — Auth tokens",
        "owner            team-plat — Platform (#plat)",
        "SLOs             none recorded",
        "interfaces       token-api (api v1)",
        "3 of 5 eligible services (60.0%)",
        "team-a               2/3  a1, a2  not yet: a3",
        "team-b               1/2  b1  not yet: b3",
        "needed by        db (ga)",
        "auth-v1  v1 goes away; sunset 2027-01-02 (in 3 days), migrating, 33.3% migrated, 2 remaining",
        "EXC-AAAAAA  expiring  expires 2027-01-13 (in 14 days)  team-a/a3: a3 keeps auth v1",
        "EXC-DDDDDD  requested expires 2027-03-01  team-a/a1: a1 keeps long-lived tokens",
        "✓ docs",
        "✗ slo  missing",
        "not ready: a ga capability",
    ] {
        assert!(out.contains(want), "missing {want:?} in:\n{out}");
    }
    let (code, out, _) = env.run(&["capability", "show", "db"]);
    assert_eq!(code, 0);
    for want in [
        "needs            auth (ga)",
        "needed by        nothing",
        "also used by (not eligible, not counted): a3",
        "support          #db-help, business hours",
        "→ ready",
    ] {
        assert!(out.contains(want), "missing {want:?} in:\n{out}");
    }
    let j = env.json(&["capability", "show", "newauth", "--format", "json"]);
    assert_eq!(j["capability"]["id"], "newauth");
    assert_eq!(j["deprecations"][0]["id"], "auth-v1");
    assert_eq!(j["deprecations"][0]["role"], "replacement");
    assert_eq!(j["readiness"]["ready"], false);
    assert_eq!(j["readiness"]["gate_fails"], false);
}

#[test]
fn readiness_is_a_release_gate() {
    let env = TestEnv::in_place("tests/fixtures/lifecycle/catalog").today(TODAY);
    let (code, out, _) = env.run(&["capability", "readiness", "db"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("→ ready"), "{out}");
    let (code, out, _) = env.run(&["capability", "readiness", "auth"]);
    assert_eq!(
        code, 1,
        "a ga capability without an SLO fails the gate:\n{out}"
    );
    assert!(out.contains("✗ slo  missing"), "{out}");
    // Not ga: the checklist shows what is missing, but the gate passes.
    let (code, out, _) = env.run(&["capability", "readiness", "newauth"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("✗ docs") && out.contains("gate applies to ga capabilities only"),
        "{out}"
    );
    let (code, out, _) = env.run(&["capability", "readiness", "--all", "--format", "json"]);
    assert_eq!(code, 1);
    let j: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(j["ready"], false);
    let ids: Vec<_> = j["capabilities"]
        .as_array()
        .expect("array")
        .iter()
        .map(|c| c["capability"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(ids, ["auth", "db"]);
    assert_eq!(
        j["capabilities"][0]["checks"],
        json!([{"field": "docs", "present": true}, {"field": "slo", "present": false}])
    );
}

#[test]
fn an_error_finding_in_the_file_fails_the_gate() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    let text = env
        .read("capabilities/db.yaml")
        .replace("depends_on: [auth]", "depends_on: [authh]");
    env.write("capabilities/db.yaml", &text);
    let (code, out, _) = env.run(&["capability", "readiness", "db"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error[unknown-capability] capabilities/db.yaml:11:14: depends_on `authh`"),
        "{out}"
    );
}

#[test]
fn ids_never_escape_and_unknown_ones_are_named() {
    let env = TestEnv::in_place("tests/fixtures/lifecycle/catalog").today(TODAY);
    for args in [
        &["capability", "show", "../../etc/passwd"][..],
        &["capability", "readiness", "../x"],
        &["deprecation", "show", "../../etc/passwd"],
        &["exception", "show", "../../etc/passwd"],
    ] {
        let (code, out, err) = env.run(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty());
        assert!(
            err.contains("is not a valid") && err.contains("id"),
            "{err}"
        );
    }
    let (code, _, err) = env.run(&["capability", "show", "dbb"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no capability `dbb`") && err.contains("did you mean `db`?"),
        "{err}"
    );
}
