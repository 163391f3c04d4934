//! `platctl exception list|show|new|approve|reject|revoke` on the lifecycle
//! fixture (today 2026-12-30, exception_warn_days 14, exception_max_days 180).

use crate::common::TestEnv;

/// The lifecycle fixture's "today": three days before a sunset across the new year.
const TODAY: &str = "2026-12-30";

use serde_json::json;

fn states(env: &TestEnv, extra: &[&str]) -> Vec<(String, serde_json::Value, serde_json::Value)> {
    let mut args = vec!["exception", "list", "--format", "json"];
    args.extend_from_slice(extra);
    env.json(&args)["exceptions"]
        .as_array()
        .expect("array")
        .iter()
        .map(|e| {
            (
                e["id"].as_str().unwrap_or("").to_string(),
                e["state"].clone(),
                e["days_left"].clone(),
            )
        })
        .collect()
}

fn row(
    id: &str,
    state: &str,
    days: serde_json::Value,
) -> (String, serde_json::Value, serde_json::Value) {
    (id.to_string(), json!(state), days)
}

#[test]
fn states_on_each_side_of_the_warn_window() {
    let env = TestEnv::in_place("tests/fixtures/lifecycle/catalog").today(TODAY);
    assert_eq!(
        states(&env, &[]),
        [
            row("EXC-AAAAAA", "expiring", json!(14)), // 14 days left: inside the 14-day window
            row("EXC-BBBBBB", "open", json!(15)),     // 15: just outside
            row("EXC-CCCCCC", "expired", json!(-1)),  // expired yesterday
            row("EXC-DDDDDD", "requested", json!(null)),
            row("EXC-EEEEEE", "revoked", json!(null)),
        ]
    );
    let j = env.json(&["exception", "list", "--format", "json"]);
    assert_eq!(j["version"], 1);
    assert_eq!(j["exceptions"][0]["approved_by"], "Security: J. Doe");
    assert_eq!(j["exceptions"][0]["expires"], "2027-01-13");
}

#[test]
fn filters() {
    let env = TestEnv::in_place("tests/fixtures/lifecycle/catalog").today(TODAY);
    let ids = |extra: &[&str]| {
        states(&env, extra)
            .into_iter()
            .map(|r| r.0)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&["--expiring", "14"]), ["EXC-AAAAAA"]);
    assert_eq!(ids(&["--expiring", "15"]), ["EXC-AAAAAA", "EXC-BBBBBB"]);
    assert_eq!(ids(&["--expiring", "0"]), Vec::<String>::new());
    assert_eq!(
        ids(&["--state", "expired,requested"]),
        ["EXC-CCCCCC", "EXC-DDDDDD"]
    );
    assert_eq!(ids(&["--standard", "auth"]), ["EXC-AAAAAA", "EXC-DDDDDD"]);
    assert_eq!(ids(&["--team", "team-b"]), ["EXC-BBBBBB", "EXC-CCCCCC"]);
    let (code, out, _) = env.run(&["exception", "list", "--expiring", "15"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("EXC-AAAAAA ┆ expiring ┆ 14") && out.contains("EXC-BBBBBB ┆ open     ┆ 15"),
        "{out}"
    );
    let (code, _, err) = env.run(&["exception", "list", "--state", "expird"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn show_tells_state_and_what_leans_on_it() {
    let env = TestEnv::in_place("tests/fixtures/lifecycle/catalog").today(TODAY);
    let (code, out, err) = env.run(&["exception", "show", "EXC-AAAAAA"]);
    assert_eq!(code, 0, "{err}");
    for want in [
        "EXC-AAAAAA — a3 keeps auth v1",
        "expiring (status approved, expires in 14 days)",
        "waives                 auth — Auth tokens (ga)",
        "a3 in deprecation auth-v1",
    ] {
        assert!(out.contains(want), "missing {want:?} in:\n{out}");
    }
    let j = env.json(&["exception", "show", "EXC-DDDDDD", "--format", "json"]);
    assert_eq!(j["exception"]["state"], "requested");
    assert_eq!(j["exception"]["days_left"], json!(null));
    assert_eq!(
        j["exception"]["reason"],
        "The batch runner cannot refresh tokens.\nA fix is planned.\n"
    );
    let (code, _, err) = env.run(&["exception", "show", "EXC-ZZZZZZ"]);
    assert_eq!(code, 2);
    assert!(err.contains("no exception `EXC-ZZZZZZ`"), "{err}");
}

#[test]
fn new_allocates_an_id_and_bounds_the_expiry() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    let base = [
        "exception",
        "new",
        "--yes",
        "--title",
        "b3: batch keeps auth v1",
        "--standard",
        "auth",
        "--team",
        "team-b",
        "--service",
        "b3",
        "--reason",
        "Batch: no time",
        "--risk",
        "low",
    ];
    let mut args = base.to_vec();
    args.extend(["--expires", "2027-06-29"]); // 181 days
    let (code, _, err) = env.run(&args);
    assert_eq!(code, 2);
    assert!(err.contains("--expires `2027-06-29`: the policy (exception_max_days) allows at most 180 days: expire it on 2027-06-28 at the latest"), "{err}");
    let mut args = base.to_vec();
    args.extend(["--expires", "2027-06-28"]);
    let (code, out, err) = env.run(&args);
    assert_eq!(code, 0, "{err}");
    let (id, path) = out.trim().split_once(' ').expect("id and path");
    assert!(id.starts_with("EXC-") && id.len() == 10, "{id}");
    assert_eq!(path, format!("exceptions/{id}.yaml"));
    assert_eq!(
        env.read(path),
        format!("id: {id}\ntitle: \"b3: batch keeps auth v1\"\nstandard: auth\nteam: team-b\nservice: b3\nreason: \"Batch: no time\"\nrisk: low\nrequested: 2026-12-30\nstatus: requested\nexpires: 2027-06-28\n")
    );
    assert!(
        err.contains(&format!("next: platctl exception approve {id}")),
        "{err}"
    );
    // Recorded as already approved.
    let mut args = base.to_vec();
    args.extend([
        "--expires",
        "2027-01-31",
        "--approved-by",
        "CISO",
        "--granted",
        "2026-12-29",
    ]);
    let (code, out, err) = env.run(&args);
    assert_eq!(code, 0, "{err}");
    let text = env.read(out.split_whitespace().nth(1).expect("path"));
    assert!(
        text.ends_with(
            "status: approved\napproved_by: CISO\ngranted: 2026-12-29\nexpires: 2027-01-31\n"
        ),
        "{text}"
    );
}

#[test]
fn new_without_a_terminal_names_every_missing_flag() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    let (code, out, err) = env.run(&["exception", "new", "--title", "x", "--team", "team-a"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("missing --standard, --reason, --risk, --expires"),
        "{err}"
    );
    let (code, _, err) = env.run(&[
        "exception",
        "new",
        "--yes",
        "--title",
        "x",
        "--standard",
        "db",
        "--team",
        "team-c",
        "--reason",
        "r",
        "--risk",
        "low",
        "--expires",
        "2027-01-01",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--team `team-c`") && err.contains("did you mean"),
        "{err}"
    );
    let (code, _, err) = env.run(&[
        "exception",
        "new",
        "--yes",
        "--title",
        "x",
        "--standard",
        "db",
        "--team",
        "team-a",
        "--reason",
        "r",
        "--risk",
        "huge",
        "--expires",
        "2027-01-01",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--risk `huge` is not allowed"), "{err}");
    assert_eq!(
        env.root()
            .join("exceptions")
            .read_dir()
            .expect("dir")
            .count(),
        5,
        "nothing was written"
    );
}

#[test]
fn approve_reject_revoke_keep_comments() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    // Approve the request: status, approved_by and granted are set, in the format's order.
    let before = env.read("exceptions/EXC-DDDDDD.yaml");
    let (code, out, err) = env.run(&[
        "exception",
        "approve",
        "EXC-DDDDDD",
        "--by",
        "Security: J. Doe",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "EXC-DDDDDD exceptions/EXC-DDDDDD.yaml\n");
    assert_eq!(
        env.read("exceptions/EXC-DDDDDD.yaml"),
        before.replace(
            "status: requested\n",
            "status: approved\napproved_by: \"Security: J. Doe\"\ngranted: 2026-12-30\n"
        )
    );
    // Renew an expired one: too long is refused with the latest allowed date.
    let (code, _, err) = env.run(&[
        "exception",
        "approve",
        "EXC-CCCCCC",
        "--by",
        "CTO",
        "--expires",
        "2027-07-01",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("expire it on 2027-06-28 at the latest"),
        "{err}"
    );
    let (code, _, err) = env.run(&["exception", "approve", "EXC-CCCCCC", "--by", "CTO"]);
    assert_eq!(code, 2, "granted today, still expiring yesterday");
    assert!(err.contains("give --expires"), "{err}");
    let (code, _, err) = env.run(&[
        "exception",
        "approve",
        "EXC-CCCCCC",
        "--by",
        "CTO",
        "--expires",
        "2027-06-28",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(env
        .read("exceptions/EXC-CCCCCC.yaml")
        .ends_with("approved_by: CTO\ngranted: 2026-12-30\nexpires: 2027-06-28\n"));
    // Revoke keeps the comment on approved_by; the exempt consumer is flagged.
    let (code, _, err) = env.run(&["exception", "revoke", "EXC-AAAAAA"]);
    assert_eq!(code, 0, "{err}");
    let text = env.read("exceptions/EXC-AAAAAA.yaml");
    assert!(
        text.starts_with("# a3 stays on auth v1 until its rewrite.\n")
            && text.contains("status: revoked\napproved_by: \"Security: J. Doe\"   # by mail\n"),
        "{text}"
    );
    assert!(
        err.contains("a3 in deprecation auth-v1 was exempt under EXC-AAAAAA"),
        "{err}"
    );
    // Closed stays closed.
    for (cmd, id) in [
        ("approve", "EXC-EEEEEE"),
        ("reject", "EXC-BBBBBB"),
        ("revoke", "EXC-EEEEEE"),
    ] {
        let mut args = vec!["exception", cmd, id];
        if cmd == "approve" {
            args.extend(["--by", "x"]);
        }
        let (code, _, err) = env.run(&args);
        assert_eq!(code, 2, "{cmd} {id}: {err}");
    }
    let (code, _, err) = env.run(&["exception", "approve", "../../etc/passwd", "--by", "x"]);
    assert_eq!(code, 2);
    assert!(err.contains("is not a valid exception id"), "{err}");
}

#[test]
fn reject_with_commit() {
    let env = TestEnv::fixture("lifecycle/catalog", "").today(TODAY);
    env.commit_all("2026-12-01T10:00:00+00:00", "Test", "test@example.com");
    let (code, _, err) = env.run(&["exception", "reject", "EXC-DDDDDD", "--commit"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        env.git_raw(
            "2026-12-01T10:00:00+00:00",
            &["show", "--name-only", "--format=%s", "HEAD"]
        ),
        "exception: EXC-DDDDDD rejected\n\nexceptions/EXC-DDDDDD.yaml\n"
    );
    assert!(env
        .read("exceptions/EXC-DDDDDD.yaml")
        .starts_with("# Waiting for Security.\n"));
    let (code, _, _) = env.run(&["exception", "reject", "EXC-DDDDDD"]);
    assert_eq!(code, 2, "only a requested exception can be rejected");
}
