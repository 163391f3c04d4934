//! `platctl deprecation list|show|new|migrate` on the lifecycle fixture
//! (today 2026-12-30).

use crate::common::TestEnv;

/// The lifecycle fixture's "today": three days before a sunset across the new year.
const TODAY: &str = "2026-12-30";

use serde_json::json;

#[test]
fn list_json_follows_the_contract() {
    let env = TestEnv::in_place("tests/fixtures/lifecycle/catalog").today(TODAY);
    let j = env.json(&["deprecation", "list", "--format", "json"]);
    assert_eq!(j["version"], 1);
    let d = j["deprecations"].as_array().expect("array");
    let ids: Vec<_> = d.iter().map(|x| x["id"].as_str().unwrap_or("")).collect();
    assert_eq!(ids, ["auth-v1", "legacy-overdue", "legacy-sunset"]);
    // auth-v1: a2 migrated, a1 in progress, b1 pending, a3 exempt: 1 of (4 - 1).
    let a = &d[0];
    assert_eq!(a["progress"], json!(1.0 / 3.0));
    assert_eq!(
        (
            a["migrated"].clone(),
            a["remaining"].clone(),
            a["exempt"].clone()
        ),
        (json!(1), json!(2), json!(1))
    );
    // 2026-12-30 to 2027-01-02 across the new year.
    assert_eq!(a["days_to_sunset"], 3);
    assert_eq!(a["state"], "migrating");
    assert_eq!(a["sunset"], "2027-01-02");
    assert_eq!(
        a["consumers"][3],
        json!({"service": "a3", "status": "exempt", "exception": "EXC-AAAAAA"})
    );
    assert_eq!(
        a["remaining_by_team"],
        json!([{"team": "team-a", "services": ["a1"]}, {"team": "team-b", "services": ["b1"]}])
    );
    // Sunset passed yesterday with two consumers pending.
    assert_eq!(
        (
            d[1]["state"].clone(),
            d[1]["days_to_sunset"].clone(),
            d[1]["progress"].clone()
        ),
        (json!("overdue"), json!(-1), json!(0.0))
    );
    // No consumer at all: the empty denominator counts as done, and nothing is overdue.
    assert_eq!(
        (
            d[2]["state"].clone(),
            d[2]["progress"].clone(),
            d[2]["remaining"].clone(),
            d[2]["days_to_sunset"].clone()
        ),
        (json!("upcoming"), json!(1.0), json!(0), json!(-10))
    );
}

#[test]
fn list_table_and_filters() {
    let env = TestEnv::in_place("tests/fixtures/lifecycle/catalog").today(TODAY);
    let ids = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["deprecation", "list", "--format", "json"];
        a.extend_from_slice(args);
        env.json(&a)["deprecations"]
            .as_array()
            .expect("array")
            .iter()
            .map(|d| d["id"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(ids(&["--team", "team-b"]), ["auth-v1", "legacy-overdue"]);
    assert_eq!(ids(&["--team", "team-plat"]), Vec::<String>::new());
    assert_eq!(
        ids(&["--capability", "legacy"]),
        ["legacy-overdue", "legacy-sunset"]
    );
    let (code, out, _) = env.run(&["deprecation", "list"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("auth-v1")
            && out.contains("auth v1")
            && out.contains("███░░░░░░░  33%")
            && out.contains("team-a 1, team-b 1"),
        "{out}"
    );
    let (_, out, _) = env.run(&[
        "deprecation",
        "list",
        "--state",
        "overdue",
        "--format",
        "csv",
    ]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert_eq!(
        lines[1],
        "legacy-overdue,legacy,v0,overdue,0,0,2,0,2026-12-29,-1,\"team-a 1, team-b 1\""
    );
    let (_, out, _) = env.run(&[
        "deprecation",
        "list",
        "--capability",
        "auth",
        "--format",
        "json",
    ]);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&out).expect("json")["deprecations"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

#[test]
fn show_lists_consumers_exceptions_and_a_burn_down_from_git() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    // Without git: today's numbers only, and it says so.
    let (code, out, err) = env.run(&["deprecation", "show", "auth-v1"]);
    assert_eq!(code, 0, "{err}");
    for want in [
        "auth-v1 — auth v1 goes away → newauth",
        "sunset 2027-01-02 (in 3 days)",
        "1 of 3 migrated, 2 remaining (1 pending, 1 in progress), 1 exempt",
        "│ a3      ┆ team-a ┆ exempt      ┆ EXC-AAAAAA (expiring) │",
        "team-b               b1",
        "EXC-AAAAAA  expiring  a3  expires 2027-01-13 (in 14 days)",
        "EXC-DDDDDD  requested a1",
        "no git history",
    ] {
        assert!(out.contains(want), "missing {want:?} in:\n{out}");
    }
    // History: announced with everybody pending, then a2 migrated, then a1 started.
    let file = "deprecations/auth-v1.yaml";
    let now = env.read(file);
    env.write(
        file,
        &now.replace("status: in-progress", "status: pending")
            .replace("status: migrated", "status: pending"),
    );
    env.commit_all("2026-09-01T10:00:00+00:00", "Test", "test@example.com");
    env.write(file, &now.replace("status: in-progress", "status: pending"));
    env.git_raw(
        "2026-10-15T10:00:00+00:00",
        &["commit", "-qam", "a2 migrated"],
    );
    env.write(file, &now);
    env.git_raw(
        "2026-11-20T23:30:00-05:00",
        &["commit", "-qam", "a1 started"],
    );
    let j = env.json(&["deprecation", "show", "auth-v1", "--format", "json"]);
    assert_eq!(j["history"], "git");
    let pts: Vec<_> = j["burn_down"]
        .as_array()
        .expect("array")
        .iter()
        .map(|p| {
            (
                p["date"].as_str().unwrap_or("").to_string(),
                p["migrated"].clone(),
                p["remaining"].clone(),
            )
        })
        .collect();
    // a1 starting changes nothing migrated or remaining (in progress still counts as remaining).
    assert_eq!(
        pts,
        [
            ("2026-09-01".to_string(), json!(0), json!(3)),
            ("2026-10-15".to_string(), json!(1), json!(2))
        ]
    );
    // Migrating b1 in the working tree adds today's point.
    env.write(
        file,
        &now.replace(
            "    status: pending     # blocked on the SDK",
            "    status: migrated",
        ),
    );
    let j = env.json(&["deprecation", "show", "auth-v1", "--format", "json"]);
    let last = j["burn_down"]
        .as_array()
        .and_then(|v| v.last())
        .cloned()
        .expect("points");
    assert_eq!(
        (
            last["date"].clone(),
            last["commit"].clone(),
            last["migrated"].clone()
        ),
        (json!("2026-12-30"), json!(null), json!(2))
    );
    let (_, out, _) = env.run(&["deprecation", "show", "auth-v1"]);
    assert!(
        out.contains("2026-09-01  ░░░░░░░░░░░░░░░░░░░░   0%    0 migrated,   3 remaining"),
        "{out}"
    );
    assert!(out.contains("working tree"), "{out}");
}

#[test]
fn new_fills_consumers_and_respects_the_notice_policy() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    let root = env.root();
    let (code, out, err) = env.run(&[
        "deprecation",
        "new",
        "--yes",
        "--capability",
        "auth",
        "--interface",
        "v1",
        "--id",
        "auth-v1-again",
        "--replacement",
        "newauth",
        "--migration-guide",
        "https://docs.example.com/x",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "auth-v1-again deprecations/auth-v1-again.yaml\n");
    assert!(
        err.contains("sunset 2027-03-30 (in 90 days), 2 consumers to move, all pending"),
        "{err}"
    );
    // Only the services whose `uses` entry names v1 (a1, b1); b2 is retired.
    assert_eq!(
        env.read("deprecations/auth-v1-again.yaml"),
        "id: auth-v1-again\ncapability: auth\ninterface: v1\nreplacement: newauth\nannounced: 2026-12-30\nsunset: 2027-03-30\nstatus: announced\nmigration_guide: https://docs.example.com/x\nconsumers:\n  - service: a1\n    status: pending\n  - service: b1\n    status: pending\n"
    );
    // The default id, and a sunset shorter than the policy's 90 days.
    let (code, _, err) = env.run(&[
        "deprecation",
        "new",
        "--yes",
        "--capability",
        "db",
        "--sunset",
        "2027-02-01",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--sunset `2027-02-01`: 33 days of notice; the policy (deprecation_min_notice_days) asks for 90: 2027-03-30 or later, or --force --reason"), "{err}");
    assert!(!root.join("deprecations/db-sunset.yaml").exists());
    let (code, _, err) = env.run(&[
        "deprecation",
        "new",
        "--yes",
        "--capability",
        "db",
        "--sunset",
        "2027-02-01",
        "--force",
    ]);
    assert_eq!(code, 2, "--force needs --reason: {err}");
    let (code, _, err) = env.run(&[
        "deprecation",
        "new",
        "--yes",
        "--capability",
        "db",
        "--sunset",
        "2027-02-01",
        "--force",
        "--reason",
        "licence ends",
    ]);
    assert_eq!(code, 0, "{err}");
    let text = env.read("deprecations/db-sunset.yaml");
    assert!(
        text.contains(
            "# platctl: allow(sunset-notice-too-short) licence ends\nsunset: 2027-02-01\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "  - service: a1\n    status: pending\n  - service: a3\n    status: pending\n"
        ),
        "{text}"
    );
    assert!(
        err.contains("deprecation-lifecycle-mismatch"),
        "a warning, not a refusal: {err}"
    );
    // The same id twice.
    let (code, _, err) = env.run(&[
        "deprecation",
        "new",
        "--yes",
        "--capability",
        "db",
        "--force",
        "--reason",
        "r",
        "--sunset",
        "2027-02-01",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("deprecation `db-sunset` already exists; nothing was written"),
        "{err}"
    );
}

#[test]
fn new_without_a_terminal_names_missing_flags_and_refuses_bad_values() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    let root = env.root();
    let (code, out, err) = env.run(&["deprecation", "new"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("missing --capability"), "{err}");
    let (code, _, err) = env.run(&["deprecation", "new", "--yes", "--capability", "authh"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `auth`?"), "{err}");
    let (code, _, err) = env.run(&[
        "deprecation",
        "new",
        "--yes",
        "--capability",
        "auth",
        "--sunset",
        "31/01/2027",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("not a date"), "{err}");
    let (code, _, err) = env.run(&[
        "deprecation",
        "new",
        "--yes",
        "--capability",
        "auth",
        "--id",
        "../../etc/passwd",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("is not a valid deprecation id"), "{err}");
    let (code, out, _) = env.run(&[
        "deprecation",
        "new",
        "--yes",
        "--capability",
        "legacy",
        "--id",
        "legacy-again",
        "--dry-run",
    ]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("id: legacy-again\ncapability: legacy\n")
            && out.ends_with("consumers: []\n"),
        "{out}"
    );
    assert!(!root.join("deprecations/legacy-again.yaml").exists());
}

#[test]
fn migrate_keeps_comments_and_refuses_what_lint_would() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    let before = env.read("deprecations/auth-v1.yaml");
    let (code, out, err) = env.run(&[
        "deprecation",
        "migrate",
        "auth-v1",
        "b1",
        "a1",
        "--status",
        "migrated",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "auth-v1 deprecations/auth-v1.yaml\n");
    assert!(
        err.contains("auth-v1: a1 in-progress → migrated; b1 pending → migrated")
            && err.contains("progress 100%"),
        "{err}"
    );
    let want = before
        .replace(
            "  - service: a1   # owner: Ann\n    status: in-progress",
            "  - service: a1   # owner: Ann\n    status: migrated",
        )
        .replace(
            "    status: pending     # blocked on the SDK",
            "    status: migrated     # blocked on the SDK",
        );
    assert_eq!(env.read("deprecations/auth-v1.yaml"), want);
    // exempt needs an exception; the wrong one is refused by lint, nothing written.
    let (code, _, err) = env.run(&[
        "deprecation",
        "migrate",
        "auth-v1",
        "a2",
        "--status",
        "exempt",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--status exempt needs --exception"), "{err}");
    let (code, _, err) = env.run(&[
        "deprecation",
        "migrate",
        "auth-v1",
        "a2",
        "--status",
        "exempt",
        "--exception",
        "EXC-AAAAAA",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("error[exempt-without-exception]") && err.contains("waives `a3`, not `a2`"),
        "{err}"
    );
    assert_eq!(env.read("deprecations/auth-v1.yaml"), want);
    let (code, _, err) = env.run(&[
        "deprecation",
        "migrate",
        "auth-v1",
        "a22",
        "--status",
        "migrated",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("`a22` is not a consumer of auth-v1 (did you mean `a2`?)"),
        "{err}"
    );
    // An overdue deprecation (an error already) can still record a migration.
    let (code, _, err) = env.run(&[
        "deprecation",
        "migrate",
        "legacy-overdue",
        "b3",
        "--status",
        "migrated",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(env
        .read("deprecations/legacy-overdue.yaml")
        .contains("  - service: b3\n    status: migrated\n"));
}

#[test]
fn commit_commits_only_the_written_file() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    env.commit_all("2026-12-01T10:00:00+00:00", "Test", "test@example.com");
    // Something else changed and staged, and something unstaged.
    env.write(
        "teams/team-a.yaml",
        "id: team-a\nname: Team A (renamed)\ntype: product\n",
    );
    env.git_raw("2026-12-01T10:00:00+00:00", &["add", "teams/team-a.yaml"]);
    env.write(
        "teams/team-b.yaml",
        "id: team-b\nname: Team B (edited)\ntype: product\n",
    );
    let (code, _, err) = env.run(&[
        "deprecation",
        "migrate",
        "auth-v1",
        "b1",
        "--status",
        "in-progress",
        "--commit",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        env.git_raw(
            "2026-12-01T10:00:00+00:00",
            &["show", "--name-only", "--format=%s", "HEAD"]
        ),
        "deprecation: auth-v1 b1 in-progress\n\ndeprecations/auth-v1.yaml\n"
    );
    let status = env.git_raw("2026-12-01T10:00:00+00:00", &["status", "--porcelain"]);
    assert!(
        status.contains("M  teams/team-a.yaml")
            && status.contains(" M teams/team-b.yaml")
            && !status.contains("auth-v1"),
        "{status}"
    );
    let (code, _, err) = env.run(&[
        "deprecation",
        "new",
        "--yes",
        "--capability",
        "legacy",
        "--id",
        "legacy-2",
        "--commit",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(env
        .git_raw("2026-12-01T10:00:00+00:00", &["log", "-1", "--format=%s"])
        .starts_with("deprecation: legacy-2 legacy sunsets 2027-03-30"));
}

#[test]
fn commit_outside_git_fails_before_writing() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    let before = env.read("deprecations/auth-v1.yaml");
    let (code, _, err) = env.run(&[
        "deprecation",
        "migrate",
        "auth-v1",
        "b1",
        "--status",
        "migrated",
        "--commit",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("not inside a git repository"), "{err}");
    assert_eq!(env.read("deprecations/auth-v1.yaml"), before);
}

#[test]
fn update_changes_only_the_fields_given() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    let before = env.read("deprecations/auth-v1.yaml");
    let (code, out, err) = env.run(&[
        "deprecation",
        "update",
        "auth-v1",
        "--sunset",
        "2027-02-15",
        "--status",
        "announced",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "auth-v1 deprecations/auth-v1.yaml\n");
    assert_eq!(
        env.read("deprecations/auth-v1.yaml"),
        before
            .replace("sunset: 2027-01-02", "sunset: 2027-02-15")
            .replace("status: migrating", "status: announced")
    );
    // Sooner than the policy's notice (announced 2026-09-01 + 90 days): refused, nothing written.
    let (code, _, err) = env.run(&["deprecation", "update", "auth-v1", "--sunset", "2026-11-01"]);
    assert_eq!(code, 2);
    assert!(err.contains("error[sunset-notice-too-short]"), "{err}");
    let (code, _, err) = env.run(&["deprecation", "update", "auth-v1"]);
    assert_eq!(code, 2);
    assert!(err.contains("nothing to change"), "{err}");
    // Completed with consumers left: written, with a warning.
    let (code, _, err) = env.run(&[
        "deprecation",
        "update",
        "legacy-overdue",
        "--status",
        "completed",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("completed with 2 consumer(s) still pending"),
        "{err}"
    );
}

#[test]
fn new_warns_about_what_lint_would_warn_of_in_the_written_file() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    // Deprecating a whole capability that is still ga: written, with lint's warning.
    let (code, out, err) = env.run(&[
        "deprecation",
        "new",
        "--yes",
        "--capability",
        "auth",
        "--id",
        "auth-all",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "auth-all deprecations/auth-all.yaml\n");
    assert!(
        err.contains("warning: [deprecation-lifecycle-mismatch] deprecations/auth-all.yaml:2:"),
        "{err}"
    );
}
