//! A scorecard trend reuses the results of entities whose inputs did not
//! change between two states. These tests build a git history where one
//! thing changes at a time (one service, the scorecard file, an exception
//! or the day an exception expires, a campaign and a team, a capability,
//! the services that use a capability) and check that every point of the
//! trend, and of the target KPI's trend, equals the same state evaluated
//! from scratch: the commit extracted into a directory of its own and
//! scored there on the point's day.

use crate::common::{extracted, git, write_files, TestEnv, TODAY};
use serde_json::Value;
use std::path::Path;

fn commit(dir: &Path, date: &str, files: &[(&str, &str)], message: &str) {
    write_files(dir, files);
    git(dir, date, &["add", "-A"]);
    git(dir, date, &["commit", "-qm", message]);
}

fn run_json(env: &TestEnv, today: &str, args: &[&str]) -> Value {
    let out = env.cmd_at(today).args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

/// Services: bronze needs a runbook and no expired exception; silver an
/// on-call and no deprecated capability; gold a team not named "Team B".
const SC_V1: &str = "id: sc\nname: S\nowner: team-a\napplies_to: service\nlevels: [bronze, silver, gold]\ntarget: { level: silver, share: 0.5 }\nrules:\n  - id: runbook\n    level: bronze\n    expr: \"has(entity.runbook)\"\n  - id: no-expired\n    level: bronze\n    expr: \"exceptions.all(x, x.state != 'expired')\"\n  - id: oncall\n    level: silver\n    expr: \"has(entity.oncall)\"\n  - id: no-deprecated\n    level: silver\n    expr: \"uses.all(c, !(c in capabilities) || capabilities[c].lifecycle != 'deprecated')\"\n  - id: team-named\n    level: gold\n    expr: \"team.name != 'Team B'\"\n";

/// The same scorecard, its runbook rule relaxed: docs do too.
const SC_V2: &str = "id: sc\nname: S\nowner: team-a\napplies_to: service\nlevels: [bronze, silver, gold]\ntarget: { level: silver, share: 0.5 }\nrules:\n  - id: runbook\n    level: bronze\n    expr: \"has(entity.runbook) || has(entity.docs)\"\n  - id: no-expired\n    level: bronze\n    expr: \"exceptions.all(x, x.state != 'expired')\"\n  - id: oncall\n    level: silver\n    expr: \"has(entity.oncall)\"\n  - id: no-deprecated\n    level: silver\n    expr: \"uses.all(c, !(c in capabilities) || capabilities[c].lifecycle != 'deprecated')\"\n  - id: team-named\n    level: gold\n    expr: \"team.name != 'Team B'\"\n";

/// Capabilities: basic with docs, good when two active services use it.
const CQ: &str = "id: cq\nname: Capability quality\nowner: team-a\napplies_to: capability\nlevels: [basic, good]\ntarget: { level: good, share: 0.5 }\nrules:\n  - id: docs\n    level: basic\n    expr: \"has(entity.docs)\"\n  - id: used\n    level: good\n    expr: \"size(uses) >= 2\"\n";

const CAP_GA: &str = "id: cap-ga\nname: GA thing\nsummary: Works\nowner: team-a\nlifecycle: ga\ndocs: https://d\nrunbook: https://r\nsupport:\n  channel: \"#a\"\nslo:\n  availability: 99.9\n";
const CAP_OLD_GA: &str = "id: cap-old\nname: Old thing\nsummary: Was fine\nowner: team-a\nlifecycle: ga\ndocs: https://d\nrunbook: https://r\nsupport:\n  channel: \"#a\"\nslo:\n  availability: 99.9\n";
const CAP_OLD_DEPRECATED: &str = "id: cap-old\nname: Old thing\nsummary: Was fine\nowner: team-a\nlifecycle: deprecated\ndocs: https://d\nrunbook: https://r\nsupport:\n  channel: \"#a\"\nslo:\n  availability: 99.9\n";

const SVC_A: &str =
    "id: svc-a\nteam: team-b\ntier: 1\nuses:\n  - cap-ga\nrunbook: https://r/a\noncall: pd:a\n";
const SVC_B: &str = "id: svc-b\nteam: team-b\ntier: 2\nuses:\n  - cap-old\nrunbook: https://r/b\n";
/// svc-b gains an on-call and starts using cap-ga.
const SVC_B2: &str =
    "id: svc-b\nteam: team-b\ntier: 2\nuses:\n  - cap-old\n  - cap-ga\nrunbook: https://r/b\noncall: pd:b\n";
const SVC_C: &str = "id: svc-c\nteam: team-b\ntier: 2\nuses:\n  - cap-old\ndocs: https://d/c\n";

/// An approved waiver for svc-c that expires on 2026-07-20 (no file
/// changes then: only the day does).
const EXC_1: &str = "id: EXC-C00001\ntitle: Old waiver\nstandard: cap-old\nteam: team-b\nservice: svc-c\nreason: Because\nrisk: low\nrequested: 2026-05-01\nstatus: approved\napproved_by: Sec\ngranted: 2026-05-02\nexpires: 2026-07-20\n";
const EXC_1_RENEWED: &str = "id: EXC-C00001\ntitle: Old waiver\nstandard: cap-old\nteam: team-b\nservice: svc-c\nreason: Because\nrisk: low\nrequested: 2026-05-01\nstatus: approved\napproved_by: Sec\ngranted: 2026-05-02\nexpires: 2027-06-30\n";
/// Exempts svc-c from the on-call rule.
const EXC_2: &str = "id: EXC-C00002\ntitle: No on-call yet\nrule: sc/oncall\nteam: team-b\nservice: svc-c\nreason: Hiring\nrisk: low\nrequested: 2026-09-01\nstatus: approved\napproved_by: Sec\ngranted: 2026-09-02\nexpires: 2027-06-30\n";

const CAMPAIGN_1: &str = "id: camp\nname: On call\nowner: team-a\nscorecard: sc\nrules: [oncall]\nstart: 2026-05-01\ndue: 2027-03-31\nstatus: active\n";
const CAMPAIGN_2: &str = "id: camp\nname: On call and runbooks\nowner: team-a\nscorecard: sc\nrules: [oncall, runbook]\nstart: 2026-05-01\ndue: 2027-03-31\nstatus: active\n";

/// The history, one kind of change per month (the working tree is the
/// last state, on 2026-11-27).
fn history() -> TestEnv {
    let dir = TestEnv::empty();
    let d = dir.root();
    write_files(
        d,
        &[
            ("platctl.yaml", "version: 1\nname: Trend\n"),
            (
                "teams/team-a.yaml",
                "id: team-a\nname: Team A\ntype: platform\n",
            ),
            (
                "teams/team-b.yaml",
                "id: team-b\nname: Team B\ntype: product\n",
            ),
            ("capabilities/cap-ga.yaml", CAP_GA),
            ("capabilities/cap-old.yaml", CAP_OLD_GA),
            ("services/svc-a.yaml", SVC_A),
            ("services/svc-b.yaml", SVC_B),
            ("services/svc-c.yaml", SVC_C),
            ("exceptions/EXC-C00001.yaml", EXC_1),
            ("scorecards/sc.yaml", SC_V1),
            ("scorecards/cq.yaml", CQ),
            ("campaigns/camp.yaml", CAMPAIGN_1),
        ],
    );
    git(d, "2026-05-10T12:00:00Z", &["init", "-q"]);
    commit(d, "2026-05-10T12:00:00Z", &[], "base");
    // June: one service changes (and with it the users of cap-ga).
    commit(
        d,
        "2026-06-10T12:00:00Z",
        &[("services/svc-b.yaml", SVC_B2)],
        "svc-b",
    );
    // July: no commit; EXC-C00001 expires on 2026-07-20.
    // August: the scorecard file itself.
    commit(
        d,
        "2026-08-10T12:00:00Z",
        &[("scorecards/sc.yaml", SC_V2)],
        "scorecard",
    );
    // September: exceptions (one renewed, one new exemption).
    commit(
        d,
        "2026-09-10T12:00:00Z",
        &[
            ("exceptions/EXC-C00001.yaml", EXC_1_RENEWED),
            ("exceptions/EXC-C00002.yaml", EXC_2),
        ],
        "exceptions",
    );
    // October: the campaign, and the services' team.
    commit(
        d,
        "2026-10-10T12:00:00Z",
        &[
            ("campaigns/camp.yaml", CAMPAIGN_2),
            (
                "teams/team-b.yaml",
                "id: team-b\nname: Team Bravo\ntype: product\n",
            ),
        ],
        "campaign and team",
    );
    // The working tree: a capability is deprecated.
    write_files(d, &[("capabilities/cap-old.yaml", CAP_OLD_DEPRECATED)]);
    dir
}

/// `id`'s trend at each month end since May, as JSON.
fn monthly_trend(dir: &TestEnv, id: &str) -> Value {
    run_json(
        dir,
        TODAY,
        &[
            "scorecard",
            "show",
            id,
            "--trend",
            "--since",
            "2026-05",
            "--every",
            "month",
            "--format",
            "json",
        ],
    )
}

/// The state of a trend point evaluated from scratch: its commit
/// extracted (or the working tree as it is), scored on the point's day.
fn from_scratch(repo: &TestEnv, point: &Value, id: &str) -> Value {
    let date = point["date"].as_str().expect("date");
    let args = ["scorecard", "show", id, "--format", "json"];
    match point["commit"].as_str() {
        Some(c) => run_json(&extracted(repo, c), date, &args),
        None => run_json(repo, date, &args),
    }
}

fn distribution(summary: &Value) -> Vec<u64> {
    summary["distribution"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|d| d["count"].as_u64().unwrap_or(99))
                .collect()
        })
        .unwrap_or_default()
}

/// Checks every point of `id`'s monthly trend against a from-scratch
/// evaluation and returns each point's level counts.
fn checked_trend(dir: &TestEnv, id: &str) -> Vec<Vec<u64>> {
    let t = monthly_trend(dir, id);
    let points = t["points"].as_array().expect("points");
    assert_eq!(points.len(), 7, "{t}");
    let mut out = Vec::new();
    for p in points {
        let fresh = from_scratch(dir, p, id);
        assert_eq!(
            p["summary"], fresh["summary"],
            "{id} at {}: the trend differs from a fresh evaluation",
            p["period"]
        );
        out.push(distribution(&p["summary"]));
    }
    out
}

#[test]
fn service_trend_equals_each_state_from_scratch() {
    let dir = history();
    let counts = checked_trend(&dir, "sc");
    // [none, bronze, silver, gold], worked out by hand:
    // May: a silver; b bronze (no on-call); c none (no runbook).
    // Jun: b gains an on-call: silver (only svc-b's file changed).
    // Jul: same files; c's waiver has expired (c was none already).
    // Aug: the scorecard counts docs as a runbook; c still fails no-expired.
    // Sep: c's waiver renewed, on-call exempted: c silver.
    // Oct: the team is renamed: all three gold.
    // Nov: cap-old deprecated: b and c fail no-deprecated (bronze), a gold.
    assert_eq!(
        counts,
        [
            vec![1, 1, 1, 0],
            vec![1, 0, 2, 0],
            vec![1, 0, 2, 0],
            vec![1, 0, 2, 0],
            vec![0, 0, 3, 0],
            vec![0, 0, 0, 3],
            vec![0, 2, 0, 1],
        ]
    );
}

#[test]
fn an_exception_that_expires_between_two_states_counts_without_a_file_change() {
    // svc-c has docs but no runbook in May and June: it is none whatever
    // its waiver says. With the August scorecard (docs count), the waiver
    // matters: expired in August (none), renewed in September.
    let dir = history();
    let d = &dir;
    let t = run_json(
        d,
        TODAY,
        &[
            "scorecard",
            "show",
            "sc",
            "--trend",
            "--since",
            "2026-06",
            "--every",
            "month",
            "--format",
            "json",
        ],
    );
    let rule = |i: usize, id: &str| -> (u64, u64) {
        let r = t["points"][i]["summary"]["rules"]
            .as_array()
            .and_then(|a| a.iter().find(|r| r["id"] == id))
            .cloned()
            .unwrap_or(Value::Null);
        (
            r["passing"].as_u64().unwrap_or(99),
            r["counted"].as_u64().unwrap_or(99),
        )
    };
    // June (waiver open), July (expired on 2026-07-20, same commit).
    assert_eq!(t["points"][0]["commit"], t["points"][1]["commit"]);
    assert_eq!(rule(0, "no-expired"), (3, 3));
    assert_eq!(rule(1, "no-expired"), (2, 3));
    // September: the exemption makes svc-c's on-call rule pass.
    assert_eq!(rule(2, "oncall"), (2, 3));
    assert_eq!(rule(3, "oncall"), (3, 3));
}

#[test]
fn capability_trend_equals_each_state_from_scratch() {
    let dir = history();
    let counts = checked_trend(&dir, "cq");
    // [none, basic, good]: both have docs; cap-ga is used by svc-a alone
    // until June, when svc-b starts using it (no capability file changed);
    // cap-old is used by svc-b and svc-c throughout.
    assert_eq!(
        counts,
        [
            vec![0, 1, 1],
            vec![0, 0, 2],
            vec![0, 0, 2],
            vec![0, 0, 2],
            vec![0, 0, 2],
            vec![0, 0, 2],
            vec![0, 0, 2],
        ]
    );
}

#[test]
fn target_kpi_trend_equals_each_state_from_scratch() {
    let dir = history();
    let d = &dir;
    let k = run_json(
        d,
        TODAY,
        &[
            "kpi", "--trend", "--since", "2026-05", "--every", "month", "--format", "json",
        ],
    );
    for id in ["sc", "cq"] {
        let kid = format!("scorecard-{id}");
        let t = monthly_trend(d, id);
        let rows: Vec<&Value> = k["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .filter(|r| r["id"] == kid.as_str())
            .collect();
        assert!(!rows.is_empty(), "{kid} in {k}");
        let mut seen = 0;
        for p in t["points"].as_array().expect("points") {
            let fresh = from_scratch(d, p, id);
            assert_eq!(
                p["target_value"], fresh["target"]["value"],
                "{id} {}",
                p["period"]
            );
            let Some(row) = rows.iter().find(|r| r["period"] == p["period"]) else {
                continue;
            };
            assert_eq!(row["value"], p["target_value"], "{kid} {}", p["period"]);
            seen += 1;
        }
        assert_eq!(seen, 7, "{kid}: {rows:?}");
    }
}

/// Exports `env`'s tables as JSON Lines on `today` (with `extra`
/// arguments): each table's rows by name, and the manifest.
fn export_jsonl(
    env: &TestEnv,
    today: &str,
    extra: &[&str],
) -> (std::collections::BTreeMap<String, Vec<Value>>, Value) {
    let out = TestEnv::empty();
    let dir = out.root().join("tables");
    let dir_arg = dir.to_str().expect("utf-8 path");
    let mut args = vec!["export", "tables", "-o", dir_arg, "--format", "jsonl"];
    args.extend_from_slice(extra);
    let r = env.cmd_at(today).args(&args).output().expect("runs");
    assert!(
        r.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&r.stderr)
    );
    let manifest: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("manifest.json")).expect("manifest"),
    )
    .expect("json");
    let mut tables = std::collections::BTreeMap::new();
    for t in manifest["tables"].as_array().expect("tables") {
        let name = t["name"].as_str().expect("name").to_string();
        let text = std::fs::read_to_string(dir.join(format!("{name}.jsonl"))).expect("table");
        let rows = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON row"))
            .collect();
        tables.insert(name, rows);
    }
    (tables, manifest)
}

/// Every state of a history export (`--since`) equals the export of that
/// state on its own: the commit extracted and exported on its day, every
/// snapshot table row for row. The states share entities and scorecard
/// results; this is what proves the sharing changes no number.
#[test]
fn every_state_of_a_history_export_equals_that_state_exported_alone() {
    let dir = history();
    let (hist, manifest) = export_jsonl(&dir, TODAY, &["--since", "2026-05", "--every", "month"]);
    let t = monthly_trend(&dir, "sc");
    let points = t["points"].as_array().expect("points");
    assert_eq!(
        manifest["as_of"].as_array().map(Vec::len),
        Some(points.len()),
        "the export and the trend read the same states: {manifest}"
    );
    let snapshot: Vec<String> = manifest["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .filter(|t| t["key"][0] == "as_of")
        .map(|t| t["name"].as_str().expect("name").to_string())
        .collect();
    assert_eq!(snapshot.len(), 11, "{manifest}");
    for p in points {
        let date = p["date"].as_str().expect("date");
        let mut compared = 0;
        let (alone, _) = match p["commit"].as_str() {
            Some(c) => export_jsonl(&extracted(&dir, c), date, &[]),
            None => export_jsonl(&dir, date, &[]),
        };
        for name in &snapshot {
            let dated: Vec<Value> = hist[name]
                .iter()
                .filter(|r| r["as_of"] == date)
                .map(|r| {
                    let mut r = r.clone();
                    if let Some(o) = r.as_object_mut() {
                        o.remove("as_of");
                    }
                    r
                })
                .collect();
            assert_eq!(
                dated, alone[name],
                "{name} as of {date}: the history export differs from the state exported alone"
            );
            compared += dated.len();
        }
        // At least 3 services, 2 teams, 2 capabilities, 5 scorecard levels
        // (3 services, 2 capabilities) and 19 outcomes (3 x 5 and 2 x 2)
        // in every state: no state is compared empty.
        assert!(compared >= 31, "{compared} rows compared as of {date}");
    }
}
