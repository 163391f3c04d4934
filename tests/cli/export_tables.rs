//! `platctl export tables`: every table, the manifest, history rows with
//! `as_of`, deterministic bytes, spreadsheet-safe CSV, and numbers equal to
//! the ones `capability list`, `deprecation list`, `exception list`,
//! `intake list` and `kpi` print on the same catalog.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

use crate::common::{git, TestEnv};

/// Runs `export tables` into `out` and expects success.
fn export(env: &TestEnv, out: &Path, extra: &[&str]) -> std::process::Output {
    let o = out.to_str().expect("utf-8 path");
    let mut args = vec!["export", "tables", "-o", o];
    args.extend_from_slice(extra);
    let r = env.output(&args);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    r
}

/// The rows of a JSONL table.
fn rows(dir: &Path, table: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(dir.join(format!("{table}.jsonl"))).expect("table");
    text.lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect()
}

/// (as_of, adopters) of each row of the capabilities table.
fn adopters_by_day(dir: &Path) -> Vec<(String, Value)> {
    rows(dir, "capabilities")
        .iter()
        .map(|r| {
            (
                r["as_of"].as_str().unwrap_or("").to_string(),
                r["adopters"].clone(),
            )
        })
        .collect()
}

/// Rows by their `id`.
fn by_id(rows: &[Value]) -> BTreeMap<String, Value> {
    rows.iter()
        .map(|r| (r["id"].as_str().expect("id").to_string(), r.clone()))
        .collect()
}

fn check_agreement(env: &TestEnv) {
    let out = tempfile::tempdir().expect("tempdir");
    export(env, out.path(), &["--format", "jsonl"]);
    let d = out.path();

    let caps = by_id(&rows(d, "capabilities"));
    let listed = env.json(&["capability", "list", "--format", "json"]);
    let listed = listed["capabilities"].as_array().expect("capabilities");
    assert_eq!(caps.len(), listed.len());
    for c in listed {
        let t = &caps[c["id"].as_str().expect("id")];
        for k in [
            "adopters",
            "eligible",
            "adoption_rate",
            "lifecycle",
            "owner",
        ] {
            assert_eq!(t[k], c[k], "capability {} {k}", c["id"]);
        }
    }
    // adopters = adoption rows of the capability whose service is eligible.
    let adoption = rows(d, "adoption");
    for (id, t) in &caps {
        let n = adoption
            .iter()
            .filter(|r| r["capability_id"] == id.as_str() && r["eligible"] == true)
            .count();
        assert_eq!(t["adopters"], n, "adoption rows of {id}");
    }

    let deps = by_id(&rows(d, "deprecations"));
    let listed = env.json(&["deprecation", "list", "--format", "json"]);
    let listed = listed["deprecations"].as_array().expect("deprecations");
    assert_eq!(deps.len(), listed.len());
    for x in listed {
        let t = &deps[x["id"].as_str().expect("id")];
        for k in [
            "progress",
            "migrated",
            "remaining",
            "pending",
            "in_progress",
            "exempt",
            "state",
            "days_to_sunset",
        ] {
            assert_eq!(t[k], x[k], "deprecation {} {k}", x["id"]);
        }
        let consumers = rows(d, "deprecation_consumers")
            .into_iter()
            .filter(|r| r["deprecation_id"] == x["id"])
            .count();
        assert_eq!(
            t["consumers"],
            x["consumers"].as_array().expect("consumers").len()
        );
        assert!(consumers <= x["consumers"].as_array().map_or(0, Vec::len));
    }

    let excs = by_id(&rows(d, "exceptions"));
    let listed = env.json(&["exception", "list", "--format", "json"]);
    let listed = listed["exceptions"].as_array().expect("exceptions");
    assert_eq!(excs.len(), listed.len());
    for x in listed {
        let t = &excs[x["id"].as_str().expect("id")];
        for k in ["state", "days_left", "status", "expires"] {
            assert_eq!(t[k], x[k], "exception {} {k}", x["id"]);
        }
    }

    let intake = by_id(&rows(d, "intake"));
    // Every request, closed ones too (the listing shows open ones by default).
    let listed = env.json(&["intake", "list", "--all", "--format", "json"]);
    let listed = listed["requests"].as_array().expect("requests");
    assert_eq!(intake.len(), listed.len());
    for x in listed {
        let t = &intake[x["id"].as_str().expect("id")];
        for k in ["rice", "age_days", "status", "created"] {
            assert_eq!(t[k], x[k], "intake {} {k}", x["id"]);
        }
    }

    // Scorecard levels: as many entities at each level as `scorecard list` counts.
    let levels = rows(d, "scorecard_levels");
    let listed = env.json(&["scorecard", "list", "--format", "json"]);
    let mut want = 0;
    for sc in listed["scorecards"].as_array().expect("scorecards") {
        for dist in sc["distribution"].as_array().expect("distribution") {
            let n = levels
                .iter()
                .filter(|r| r["scorecard_id"] == sc["id"] && r["level"] == dist["level"])
                .count();
            assert_eq!(dist["count"], n, "{} {}", sc["id"], dist["level"]);
            want += n;
        }
    }
    assert_eq!(levels.len(), want);

    let kpis = rows(d, "kpi_values");
    let listed = env.json(&["kpi", "--format", "json"]);
    let listed = listed["kpis"].as_array().expect("kpis");
    assert_eq!(kpis.len(), listed.len());
    for x in listed {
        let t = kpis
            .iter()
            .find(|r| r["kpi_id"] == x["id"])
            .unwrap_or_else(|| panic!("no row for {}", x["id"]));
        assert_eq!(t["period"], "2026-Q4");
        for k in ["value", "previous", "change", "status", "unit", "source"] {
            assert_eq!(t[k], x[k], "kpi {} {k}", x["id"]);
        }
        assert_eq!(t["target_min"], x["target"]["min"], "kpi {}", x["id"]);
        assert_eq!(t["target_max"], x["target"]["max"], "kpi {}", x["id"]);
    }
}

#[test]
fn the_numbers_equal_the_listings_and_kpi_on_the_demo_catalog() {
    let env = TestEnv::copy("catalog", "cat");
    check_agreement(&env);
    // The demo catalog has scorecards: their tables have rows.
    let out = tempfile::tempdir().expect("tempdir");
    export(&env, out.path(), &["--format", "jsonl"]);
    assert!(!rows(out.path(), "scorecard_levels").is_empty());
    let outcomes = rows(out.path(), "scorecard_outcomes");
    assert!(outcomes.iter().all(|r| [
        "pass", "fail", "exempt", "skip", "pending", "unknown", "error"
    ]
    .contains(&r["outcome"].as_str().unwrap_or(""))));
}

#[test]
fn the_numbers_equal_the_listings_and_kpi_on_the_kpi_fixture() {
    let env = TestEnv::copy("tests/fixtures/kpi", "cat");
    check_agreement(&env);
}

#[test]
fn the_numbers_equal_the_listings_on_the_export_fixture() {
    let env = TestEnv::copy("tests/fixtures/export", "cat");
    check_agreement(&env);
}

#[test]
fn typed_columns_and_nulls_for_absent_values() {
    let env = TestEnv::copy("tests/fixtures/export", "cat");
    let out = tempfile::tempdir().expect("tempdir");
    export(&env, out.path(), &["--format", "jsonl"]);
    let d = out.path();
    let caps = by_id(&rows(d, "capabilities"));
    // Hand-computed: cap-ctl is for tiers 1-2 of team-b: svc-a (uses it)
    // and svc-b; svc-d is retired.
    assert_eq!(caps["cap-ctl"]["adopters"], 1);
    assert_eq!(caps["cap-ctl"]["eligible"], 2);
    assert_eq!(caps["cap-ctl"]["adoption_rate"], 0.5);
    assert_eq!(caps["cap-ctl"]["eligible_tiers"], "[1,2]");
    assert_eq!(caps["cap-ctl"]["eligible_teams"], "[\"team-b\"]");
    assert_eq!(caps["cap-ga"]["eligible_tiers"], Value::Null);
    // Nothing eligible: no rate, never 0.
    assert_eq!(caps["cap-new"]["adoption_rate"], Value::Null);
    assert_eq!(caps["cap-new"]["category"], Value::Null);

    let svcs = by_id(&rows(d, "services"));
    assert_eq!(svcs["svc-a"]["tier"], 1);
    assert_eq!(svcs["svc-a"]["created"], "2026-01-10");
    assert_eq!(
        svcs["svc-a"]["facts"],
        "{\"coverage\":0.81,\"language\":\"@rust\",\"on_call\":true}"
    );
    assert_eq!(svcs["svc-b"]["facts"], Value::Null);
    assert_eq!(svcs["svc-b"]["name"], Value::Null);

    let ad = rows(d, "adoption");
    let a = ad
        .iter()
        .find(|r| r["service_id"] == "svc-a" && r["capability_id"] == "cap-ga")
        .expect("svc-a uses cap-ga");
    assert_eq!(a["since"], "2026-03-01");
    assert_eq!(a["version"], "v2");
    assert_eq!(a["eligible"], true);
    let retired = ad
        .iter()
        .find(|r| r["service_id"] == "svc-d")
        .expect("svc-d");
    assert_eq!(retired["eligible"], false);

    let deps = by_id(&rows(d, "deprecations"));
    // 1 migrated of 4 − 1 exempt; the sunset passed with 2 left.
    assert_eq!(deps["old-ci"]["progress"], 1.0 / 3.0);
    assert_eq!(deps["old-ci"]["state"], "overdue");
    assert_eq!(deps["old-ci"]["days_to_sunset"], -26);
    let consumers = rows(d, "deprecation_consumers");
    let ghost = consumers
        .iter()
        .find(|r| r["service_id"] == "ghost")
        .expect("ghost");
    assert_eq!(ghost["team"], Value::Null);

    let ex = by_id(&rows(d, "exceptions"));
    assert_eq!(ex["EXC-AAAAAA"]["state"], "expiring");
    assert_eq!(ex["EXC-AAAAAA"]["days_left"], 8);
    assert_eq!(ex["EXC-BBBBBB"]["state"], "requested");
    assert_eq!(ex["EXC-BBBBBB"]["days_left"], Value::Null);
    assert_eq!(ex["EXC-BBBBBB"]["granted"], Value::Null);

    let it = by_id(&rows(d, "intake"));
    // 4 × 2 × 0.5 ÷ 3
    assert_eq!(it["INT-AAAAAA"]["rice"], 4.0 * 2.0 * 0.5 / 3.0);
    assert_eq!(it["INT-AAAAAA"]["age_days"], 26);
    assert_eq!(it["INT-BBBBBB"]["rice"], Value::Null);

    let items = rows(d, "roadmap_items");
    assert_eq!(items[0]["quarter"], "2026-Q4");
    assert_eq!(items[0]["id"], "item-a");
    assert_eq!(items[1]["effort"], 2.5);
    assert_eq!(items[0]["effort"], Value::Null);

    // The manifest says what was written.
    let m: Value =
        serde_json::from_slice(&std::fs::read(d.join("manifest.json")).expect("manifest"))
            .expect("json");
    assert_eq!(m["version"], 1);
    assert_eq!(m["today"], "2026-11-27");
    assert_eq!(m["revision"], Value::Null);
    assert_eq!(m["format"], "jsonl");
    let names: Vec<&str> = m["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .map(|t| t["name"].as_str().expect("name"))
        .collect();
    assert_eq!(
        names,
        [
            "teams",
            "services",
            "capabilities",
            "adoption",
            "roadmap_items",
            "deprecations",
            "deprecation_consumers",
            "exceptions",
            "intake",
            "kpi_values",
            "scorecard_levels",
            "scorecard_outcomes"
        ]
    );
    for t in m["tables"].as_array().expect("tables") {
        let name = t["name"].as_str().expect("name");
        assert_eq!(t["file"], format!("{name}.jsonl"));
        assert_eq!(t["rows"], rows(d, name).len(), "{name}");
        let cols = t["columns"].as_array().expect("columns");
        for r in rows(d, name) {
            let keys: Vec<&String> = r.as_object().expect("object").keys().collect();
            assert_eq!(keys.len(), cols.len(), "{name}");
        }
        for c in cols {
            assert!(["string", "int64", "float64", "bool", "date"]
                .contains(&c["type"].as_str().expect("type")));
            assert!(c["description"].as_str().is_some_and(|s| !s.is_empty()));
        }
    }
    let caps_m = &m["tables"][2];
    assert_eq!(caps_m["key"], serde_json::json!(["id"]));
    let rate = caps_m["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .find(|c| c["name"] == "adoption_rate")
        .expect("adoption_rate");
    assert_eq!(rate["type"], "float64");
    assert_eq!(rate["nullable"], true);
}

#[test]
fn csv_is_rfc_4180_and_safe_to_open_in_a_spreadsheet() {
    let env = TestEnv::copy("tests/fixtures/export", "cat");
    let out = tempfile::tempdir().expect("tempdir");
    export(&env, out.path(), &["--format", "csv"]);
    let teams = std::fs::read_to_string(out.path().join("teams.csv")).expect("teams");
    assert_eq!(
        teams,
        "id,name,type,contact,parent,active_services,labels\r\n\
         team-a,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",platform,#a,,1,\r\n\
         team-b,\"Team B, with a comma\",product,,team-a,2,\"{\"\"cost-center\"\":\"\"-42\"\"}\"\r\n"
    );
    let caps = std::fs::read_to_string(out.path().join("capabilities.csv")).expect("caps");
    assert!(caps.contains(",'+1 for everyone,"), "{caps}");
    let intake = std::fs::read_to_string(out.path().join("intake.csv")).expect("intake");
    assert!(intake.contains(",'-no effort,"), "{intake}");
    let services = std::fs::read_to_string(out.path().join("services.csv")).expect("services");
    assert!(services.contains("svc-a,\"Checkout\nline two\",team-b,1,active,2026-01-10,"));
    // No text cell anywhere starts a formula.
    for f in std::fs::read_dir(out.path()).expect("dir") {
        let p = f.expect("entry").path();
        if p.extension().is_some_and(|e| e == "csv") {
            let text = std::fs::read_to_string(&p).expect("csv");
            for cell in text.split([',', '\n']) {
                let cell = cell.trim_start_matches('"');
                assert!(
                    !cell.starts_with(['=', '+', '@']),
                    "{}: {cell}",
                    p.display()
                );
            }
        }
    }
}

#[test]
fn the_same_catalog_gives_the_same_bytes_in_every_format() {
    let env = TestEnv::copy("tests/fixtures/export", "cat");
    for format in ["parquet", "jsonl", "csv"] {
        let a = tempfile::tempdir().expect("tempdir");
        let b = tempfile::tempdir().expect("tempdir");
        export(&env, a.path(), &["--format", format]);
        export(&env, b.path(), &["--format", format]);
        let mut n = 0;
        for f in std::fs::read_dir(a.path()).expect("dir") {
            let name = f.expect("entry").file_name();
            let x = std::fs::read(a.path().join(&name)).expect("a");
            let y = std::fs::read(b.path().join(&name)).expect("b");
            assert!(x == y, "{format}: {name:?} differs");
            n += 1;
        }
        assert_eq!(n, 13, "{format}: 12 tables and the manifest");
    }
    // Parquet files say who wrote them, and nothing about when.
    let a = tempfile::tempdir().expect("tempdir");
    export(&env, a.path(), &[]);
    let bytes = std::fs::read(a.path().join("teams.parquet")).expect("parquet");
    assert_eq!(&bytes[..4], b"PAR1");
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.contains(&format!("platctl version {}", env!("CARGO_PKG_VERSION"))),
        "created_by"
    );
}

#[test]
fn bad_arguments_and_history_outside_git_exit_2() {
    let env = TestEnv::copy("tests/fixtures/export", "cat");
    let out = tempfile::tempdir().expect("tempdir");
    let o = out.path().to_str().expect("utf-8");
    let r = env.output(&["export", "tables", "-o", o, "--since", "2026-Q9"]);
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("--since `2026-Q9` is not a period"));
    let r = env.output(&["export", "tables", "-o", o, "--since", "2026-Q2"]);
    assert_eq!(r.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&r.stderr).contains(
            "--since needs the catalog's git history, and the catalog is not in a git repository"
        ),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    let r = env.output(&["export", "tables", "-o", o, "--since", "2027-Q1"]);
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("is after the period holding today"));
}

/// A repository with fixed commit dates: 1 of 4 services adopting on
/// 2026-05-15, 3 of 4 on 2026-08-20; the working tree has 4 of 4.
fn history_repo() -> (TestEnv, String) {
    let env = TestEnv::empty().root_at("repo");
    let cat = env.root();
    std::fs::create_dir_all(cat).expect("mkdir");
    git(cat, "2026-05-15T10:00:00+00:00", &["init", "-q"]);
    env.write("platctl.yaml", "version: 1\nname: H\n");
    env.write("teams/team-a.yaml", "id: team-a\nname: A\n");
    env.write(
        "capabilities/cap.yaml",
        "id: cap\nname: Cap\nsummary: A capability\nowner: team-a\nlifecycle: ga\n",
    );
    let svc = |i: u32, uses: bool| {
        format!(
            "id: s{i}\nteam: team-a\nuses: [{}]\n",
            if uses { "cap" } else { "" }
        )
    };
    let mut head = String::new();
    for (date, adopters) in [
        ("2026-05-15T10:00:00+00:00", 1),
        ("2026-08-20T10:00:00+00:00", 3),
    ] {
        for i in 1..=4 {
            env.write(&format!("services/s{i}.yaml"), &svc(i, i <= adopters));
        }
        git(cat, date, &["add", "-A"]);
        git(cat, date, &["commit", "-qm", "adoption"]);
        head = git(cat, date, &["rev-parse", "HEAD"]);
    }
    env.write("services/s4.yaml", &svc(4, true));
    (env, head)
}

#[test]
fn since_adds_a_set_of_rows_per_period_end_read_from_git() {
    let (env, head) = history_repo();
    let out = tempfile::tempdir().expect("tempdir");
    let r = export(
        &env,
        out.path(),
        &["--format", "jsonl", "--since", "2026-Q1"],
    );
    // Q1 ended before the first commit.
    assert!(String::from_utf8_lossy(&r.stderr)
        .contains("no rows as of 2026-03-31: no commit on or before 2026-03-31"));
    let caps = rows(out.path(), "capabilities");
    let got: Vec<(String, Value, Value)> = caps
        .iter()
        .map(|r| {
            (
                r["as_of"].as_str().expect("as_of").to_string(),
                r["adopters"].clone(),
                r["adoption_rate"].clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("2026-06-30".to_string(), 1.into(), 0.25.into()),
            ("2026-09-30".to_string(), 3.into(), 0.75.into()),
            ("2026-11-27".to_string(), 4.into(), 1.0.into()),
        ]
    );
    // Every snapshot table has as_of first; services: 4 rows per state.
    let svcs = rows(out.path(), "services");
    assert_eq!(svcs.len(), 12);
    assert_eq!(
        svcs[0].as_object().and_then(|o| o.keys().next().cloned()),
        Some("as_of".to_string())
    );
    let m: Value =
        serde_json::from_slice(&std::fs::read(out.path().join("manifest.json")).expect("manifest"))
            .expect("json");
    assert_eq!(m["revision"], head.as_str());
    assert_eq!(m["since"], "2026-Q1");
    assert_eq!(m["every"], "quarter");
    assert_eq!(
        m["as_of"],
        serde_json::json!(["2026-06-30", "2026-09-30", "2026-11-27"])
    );
    assert_eq!(m["tables"][2]["key"], serde_json::json!(["as_of", "id"]));
    assert_eq!(
        m["tables"][9]["key"],
        serde_json::json!(["period", "kpi_id"])
    );

    // kpi_values: a row per KPI per period, equal to `kpi --trend`.
    let kv = rows(out.path(), "kpi_values");
    let trend = env.json(&["kpi", "--trend", "--since", "2026-Q1", "--format", "json"]);
    let trend = trend["rows"].as_array().expect("rows");
    assert_eq!(kv.len(), trend.len());
    for t in trend {
        let r = kv
            .iter()
            .find(|r| r["kpi_id"] == t["id"] && r["period"] == t["period"])
            .unwrap_or_else(|| panic!("no row for {} {}", t["id"], t["period"]));
        for k in ["value", "previous", "status"] {
            assert_eq!(r[k], t[k], "{} {} {k}", t["id"], t["period"]);
        }
    }
    let rate = |p: &str| {
        kv.iter()
            .find(|r| r["kpi_id"] == "adoption-rate" && r["period"] == p)
            .map(|r| r["value"].clone())
    };
    assert_eq!(rate("2026-Q1"), Some(Value::Null));
    assert_eq!(rate("2026-Q2"), Some(0.25.into()));
    assert_eq!(rate("2026-Q3"), Some(0.75.into()));
    assert_eq!(rate("2026-Q4"), Some(1.0.into()));

    // Months: one state per month end, months without a commit repeat the last one.
    let out = tempfile::tempdir().expect("tempdir");
    export(
        &env,
        out.path(),
        &[
            "--format", "jsonl", "--since", "2026-08", "--every", "month",
        ],
    );
    assert_eq!(
        adopters_by_day(out.path()),
        vec![
            ("2026-08-31".to_string(), 3.into()),
            ("2026-09-30".to_string(), 3.into()),
            ("2026-10-31".to_string(), 3.into()),
            ("2026-11-27".to_string(), 4.into()),
        ]
    );
}

/// A scorecard target KPI over history equals `kpi --trend`'s, also for a
/// past state whose settings differ from today's (the KPI judges every
/// state with today's settings: there an exception is expiring under
/// today's 60 warning days, open under the 14 of the time) and for one
/// where a service id is repeated.
#[test]
fn scorecard_kpis_over_history_equal_kpi_trend() {
    let env = TestEnv::empty().root_at("repo");
    std::fs::create_dir_all(env.root()).expect("mkdir");
    let d1 = "2026-05-15T10:00:00+00:00";
    env.git(d1, &["init", "-q"]);
    env.write("platctl.yaml", "version: 1\nname: H\n");
    env.write("teams/team-a.yaml", "id: team-a\nname: A\n");
    env.write(
        "scorecards/waivers.yaml",
        "id: waivers\nname: Waivers\nowner: team-a\napplies_to: service\nlevels: [bronze]\n\
         target: { level: bronze, share: 0.5 }\nrules:\n  \
         - { id: none-expiring, level: bronze, expr: \"exceptions.all(x, x.state != 'expiring')\" }\n",
    );
    for i in 1..=2 {
        env.write(
            &format!("services/s{i}.yaml"),
            &format!("id: s{i}\nteam: team-a\n"),
        );
    }
    env.write(
        "exceptions/EXC-000001.yaml",
        "id: EXC-000001\ntitle: T\nstandard: cap\nteam: team-a\nservice: s1\nreason: r\n\
         risk: low\nrequested: 2026-05-01\nstatus: approved\napproved_by: X\n\
         granted: 2026-05-02\nexpires: 2026-08-15\n",
    );
    env.git(d1, &["add", "-A"]);
    env.git(d1, &["commit", "-qm", "first"]);
    // The next quarter: s2 declared twice (the first file is scored).
    let d2 = "2026-08-20T10:00:00+00:00";
    env.write("services/s2-again.yaml", "id: s2\nteam: team-a\ntier: 1\n");
    env.git(d2, &["add", "-A"]);
    env.git(d2, &["commit", "-qm", "second"]);
    env.write(
        "platctl.yaml",
        "version: 1\nname: H\npolicy:\n  exception_warn_days: 60\n",
    );

    let out = tempfile::tempdir().expect("tempdir");
    export(
        &env,
        out.path(),
        &["--format", "jsonl", "--since", "2026-Q2"],
    );
    let kv = rows(out.path(), "kpi_values");
    let trend = env.json(&["kpi", "--trend", "--since", "2026-Q2", "--format", "json"]);
    let trend = trend["rows"].as_array().expect("rows");
    let mut seen = Vec::new();
    for t in trend.iter().filter(|t| t["id"] == "scorecard-waivers") {
        let r = kv
            .iter()
            .find(|r| r["kpi_id"] == t["id"] && r["period"] == t["period"])
            .unwrap_or_else(|| panic!("no row for {}", t["period"]));
        for k in ["value", "previous", "status"] {
            assert_eq!(r[k], t[k], "{} {k}", t["period"]);
        }
        seen.push((t["period"].clone(), r["value"].clone()));
    }
    // 2026-Q2 under today's settings: s1's exception is expiring.
    assert_eq!(
        seen,
        vec![
            ("2026-Q2".into(), 0.5.into()),
            ("2026-Q3".into(), 1.0.into()),
            ("2026-Q4".into(), 1.0.into()),
        ]
    );
    // The table itself holds each state under its own settings: open then.
    let levels = rows(out.path(), "scorecard_levels");
    let s1_q2 = levels
        .iter()
        .find(|r| r["as_of"] == "2026-06-30" && r["entity_id"] == "s1")
        .expect("s1 on 2026-06-30");
    assert_eq!(s1_q2["level"], "bronze");
}

/// On a terminal one bar follows the export, from reading the history to
/// the last state's tables (each phase drawn as it starts, and as its steps
/// go), out of the way of warnings; with -q nothing is drawn.
#[cfg(unix)]
#[test]
fn a_terminal_sees_the_export_progress() {
    let (env, _) = history_repo();
    let out = tempfile::tempdir().expect("tempdir");
    let o = out.path().to_str().expect("a UTF-8 path");
    let args = [
        "export", "tables", "-o", o, "--since", "2026-Q2", "--format", "jsonl",
    ];
    let shown = env.pty(200, &args).exp_eof().expect("ends");
    assert!(shown.contains("export: reading 2 commit trees"), "{shown}");
    assert!(
        shown.contains("export: writing the tables at 3 dates"),
        "{shown}"
    );
    assert!(shown.contains("wrote 12 tables"), "{shown}");
    // A warning (no commit before 2026-03-31) gets a line of its own,
    // the bar set aside while it is written.
    let early = ["export", "tables", "-o", o, "--since", "2026-Q1"];
    let shown = env.pty(100, &early).exp_eof().expect("ends");
    let warned: Vec<&str> = shown
        .split(['\r', '\n'])
        .filter(|l| l.contains("no rows as of 2026-03-31"))
        .collect();
    assert!(!warned.is_empty(), "{shown}");
    assert!(warned.iter().all(|l| !l.contains("export:")), "{shown}");
    let quiet: Vec<&str> = std::iter::once("-q").chain(args).collect();
    let shown = env.pty(200, &quiet).exp_eof().expect("ends");
    assert!(!shown.contains("export:"), "{shown}");
    assert_eq!(
        rows(out.path(), "teams").len(),
        3,
        "one team at each of 3 dates"
    );
}

/// A file whose entities are not in the tables (it does not parse, or an
/// entity lacks a required value) is named on stderr with the days it was
/// left out of, its path escaped; the export still succeeds, and none of
/// its ids reach a table.
#[test]
fn files_left_out_of_the_tables_are_named_with_their_days() {
    let env = TestEnv::empty().root_at("repo");
    let cat = env.root();
    std::fs::create_dir_all(cat).expect("mkdir");
    let (may, aug) = ("2026-05-15T10:00:00+00:00", "2026-08-20T10:00:00+00:00");
    git(cat, may, &["init", "-q"]);
    env.write("platctl.yaml", "version: 1\nname: L\n");
    env.write("teams/team-a.yaml", "id: team-a\nname: A\n");
    env.write("services/s1.yaml", "id: s1\nteam: team-a\n");
    // Broken in May's commit only, with a terminal escape in its name, and
    // one whose name would start a line of its own (one GitHub Actions
    // reads as a command).
    let evil = "services/ev\u{1b}[31mil.yaml";
    let forged = "services/f\n::error::forged.yaml";
    env.write(evil, "id: evil\nteam: [x\n");
    env.write(forged, "id: forged\nteam: [x\n");
    git(cat, may, &["add", "-A"]);
    git(cat, may, &["commit", "-qm", "may"]);
    std::fs::remove_file(cat.join(evil)).expect("rm");
    std::fs::remove_file(cat.join(forged)).expect("rm");
    git(cat, aug, &["add", "-A"]);
    git(cat, aug, &["commit", "-qm", "aug"]);
    // The working tree: one file does not parse, one service has no team.
    env.write("services/broken.yaml", "id: broken\nteam: [x\n");
    env.write("services/noteam.yaml", "id: noteam\n");

    let out = tempfile::tempdir().expect("tempdir");
    let r = export(
        &env,
        out.path(),
        &["--since", "2026-Q2", "--format", "jsonl"],
    );
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        !err.contains('\u{1b}'),
        "a raw escape reached stderr: {err}"
    );
    assert!(
        !err.lines().any(|l| l.trim_start().starts_with("::")),
        "a file's name started a line on stderr: {err}"
    );
    let why = "it could not be read or parsed, or an entity in it lacks a required value";
    for want in [
        format!(
            "warning: services/ev\\u{{1b}}[31mil.yaml is left out of the tables as of 2026-06-30: {why}\n"
        ),
        format!(
            "warning: services/f\\n::error::forged.yaml is left out of the tables as of 2026-06-30: {why}\n"
        ),
        format!(
            "warning: services/broken.yaml is left out of the tables as of 2026-11-27: {why}; \
             `platctl lint services/broken.yaml` says why\n"
        ),
        format!(
            "warning: services/noteam.yaml is left out of the tables as of 2026-11-27: {why}; \
             `platctl lint services/noteam.yaml` says why\n"
        ),
    ] {
        assert!(err.contains(&want), "missing {want:?} in:\n{err}");
    }
    assert_eq!(err.matches("left out").count(), 4, "{err}");
    let services = rows(out.path(), "services");
    let ids: Vec<(&str, &str)> = services
        .iter()
        .map(|r| {
            (
                r["as_of"].as_str().unwrap_or(""),
                r["id"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        ids,
        [
            ("2026-06-30", "s1"),
            ("2026-09-30", "s1"),
            ("2026-11-27", "s1")
        ]
    );

    // Without history: today's files, no dates; a clean state says nothing.
    let r = export(&env, out.path(), &["--format", "jsonl"]);
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("warning: services/broken.yaml is left out of the tables: it could"),
        "{err}"
    );
    assert_eq!(err.matches("left out").count(), 2, "{err}");
    std::fs::remove_file(cat.join("services/broken.yaml")).expect("rm");
    std::fs::remove_file(cat.join("services/noteam.yaml")).expect("rm");
    let r = export(&env, out.path(), &["--format", "jsonl"]);
    assert!(!String::from_utf8_lossy(&r.stderr).contains("left out"));

    // Ten are named, then how many more.
    for i in 0..12 {
        env.write(&format!("services/b{i:02}.yaml"), "id: [\n");
    }
    let r = export(&env, out.path(), &["--format", "jsonl"]);
    let err = String::from_utf8_lossy(&r.stderr);
    assert_eq!(
        err.matches(" is left out of the tables").count(),
        10,
        "{err}"
    );
    assert!(
        err.contains(
            "warning: 2 more files are left out of the tables; `platctl lint` lists today's\n"
        ),
        "{err}"
    );
}

/// History follows symbolic links as a checkout's file system does: a
/// linked kind directory, a file linked to one elsewhere in the catalog
/// through a chain of links, whose target alone changes between commits;
/// a link out of the catalog's directory is left out, and said to be, as on
/// disk. Each past
/// state equals its commit extracted (links and all) and exported alone.
#[test]
fn history_follows_symbolic_links_as_a_checkout_does() {
    let env = TestEnv::empty().root_at("repo/cat").today("2026-11-27");
    let top = env.tmp().join("repo");
    let svc = |id: &str, uses: bool| {
        format!(
            "id: {id}\nteam: team-a\nuses: [{}]\n",
            if uses { "cap" } else { "" }
        )
    };
    crate::common::write_files(
        &top,
        &[
            ("outside.yaml", &svc("sx", true)),
            ("cat/platctl.yaml", "version: 1\nname: Links\n"),
            ("cat/shared/teams/team-a.yaml", "id: team-a\nname: A\n"),
            (
                "cat/capabilities/cap.yaml",
                "id: cap\nname: Cap\nsummary: A capability\nowner: team-a\nlifecycle: ga\n",
            ),
            ("cat/shared/svc/s1.yaml", &svc("s1", false)),
            ("cat/shared/svc/s3.yaml", &svc("s3", false)),
            ("cat/services/s2.yaml", &svc("s2", true)),
        ],
    );
    for (path, target) in [
        ("teams", "shared/teams"),
        ("services/s1.yaml", "../shared/svc/s1.yaml"),
        ("shared/s3-link.yaml", "svc/s3.yaml"),
        ("services/s3.yaml", "../shared/s3-link.yaml"),
        ("services/sx.yaml", "../../outside.yaml"),
    ] {
        std::os::unix::fs::symlink(target, env.root().join(path)).expect("symlink");
    }
    let mut commits = Vec::new();
    for (date, file) in [
        ("2026-05-10T12:00:00Z", None),
        ("2026-08-10T12:00:00Z", Some("cat/shared/svc/s1.yaml")),
    ] {
        if let Some(f) = file {
            std::fs::write(top.join(f), svc("s1", true)).expect("write");
        } else {
            git(&top, date, &["init", "-q"]);
        }
        git(&top, date, &["add", "-A"]);
        git(&top, date, &["commit", "-qm", "state"]);
        commits.push(git(&top, date, &["rev-parse", "HEAD"]));
    }
    std::fs::write(top.join("cat/shared/svc/s3.yaml"), svc("s3", true)).expect("write");

    let out = tempfile::tempdir().expect("tempdir");
    let r = export(
        &env,
        out.path(),
        &["--format", "jsonl", "--since", "2026-Q2"],
    );
    // The link out of the catalog is said to be left out on every date,
    // past states included, not only today's (which lint sees on disk).
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains(
            "services/sx.yaml is left out of the tables at 3 dates from 2026-06-30 to 2026-11-27"
        ),
        "{err}"
    );
    assert_eq!(
        adopters_by_day(out.path()),
        [
            ("2026-06-30".to_string(), 1.into()),
            ("2026-09-30".to_string(), 2.into()),
            ("2026-11-27".to_string(), 3.into()),
        ]
    );
    for (date, commit) in [("2026-06-30", &commits[0]), ("2026-09-30", &commits[1])] {
        let alone = crate::common::extracted(&env, commit).today(date);
        let dir = tempfile::tempdir().expect("tempdir");
        export(&alone, dir.path(), &["--format", "jsonl"]);
        for table in ["teams", "services", "capabilities", "adoption"] {
            let dated: Vec<Value> = rows(out.path(), table)
                .into_iter()
                .filter(|r| r["as_of"] == date)
                .map(|mut r| {
                    if let Some(o) = r.as_object_mut() {
                        o.remove("as_of");
                    }
                    r
                })
                .collect();
            assert_eq!(dated, rows(dir.path(), table), "{table} as of {date}");
        }
        let ids: Vec<&str> = ["s1", "s2", "s3"].to_vec();
        let svcs = rows(dir.path(), "services");
        let got: Vec<&str> = svcs.iter().filter_map(|r| r["id"].as_str()).collect();
        assert_eq!(
            got, ids,
            "as of {date}: the linked services, not the one outside"
        );
        assert_eq!(rows(dir.path(), "teams").len(), 1, "as of {date}");
    }
    // The KPIs' past states read some kinds only: the links are followed there too.
    let trend = env.json(&["kpi", "--trend", "--since", "2026-Q2", "--format", "json"]);
    let rate: Vec<Value> = trend["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .filter(|r| r["id"] == "adoption-rate")
        .map(|r| r["value"].clone())
        .collect();
    assert_eq!(
        rate,
        [
            Value::from(1.0 / 3.0),
            Value::from(2.0 / 3.0),
            Value::from(1.0)
        ]
    );
}
