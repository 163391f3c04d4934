//! Scope changes read from git history, on repositories built here with
//! fixed commit dates (committer time is what counts).

use crate::common::{git, git_authored, TestEnv};
use serde_json::Value;
use std::path::Path;

const HEAD_YAML: &str = "quarter: 2026-Q4\nitems:\n";

fn item(id: &str, commitment: &str) -> String {
    format!("  - id: {id}\n    title: Item {id}\n    owner: team-a\n    commitment: {commitment}\n    status: planned\n    outcome: o\n")
}

fn write_quarter(dir: &Path, items: &[(&str, &str)]) {
    let mut s = HEAD_YAML.to_string();
    for (id, c) in items {
        s.push_str(&item(id, c));
    }
    std::fs::write(dir.join("roadmap/2026-Q4.yaml"), s).expect("write quarter");
}

/// The current commit id.
fn head(dir: &Path) -> String {
    git(dir, "2026-01-01T00:00:00Z", &["rev-parse", "HEAD"])
}

fn commit(dir: &Path, date: &str, msg: &str) -> String {
    git(dir, date, &["add", "-A"]);
    git(dir, date, &["commit", "-q", "-m", msg]);
    head(dir)
}

fn report(env: &TestEnv) -> Value {
    let out = env.ok(&[
        "--today",
        "2026-11-27",
        "report",
        "roadmap",
        "--quarter",
        "2026-Q4",
        "--format",
        "json",
    ]);
    serde_json::from_str(&out).expect("json")
}

fn changes(j: &Value) -> Vec<(String, String, Option<String>, String)> {
    j["scope_changes"]
        .as_array()
        .expect("scope_changes")
        .iter()
        .map(|c| {
            (
                c["item"].as_str().unwrap().to_string(),
                c["change"].as_str().unwrap().to_string(),
                c["commit"].as_str().map(str::to_string),
                c["date"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn new_catalog() -> TestEnv {
    let env = TestEnv::with_files(&[
        ("platctl.yaml", "version: 1\nname: Scope\n"),
        ("teams/team-a.yaml", "id: team-a\nname: Team A\n"),
    ]);
    std::fs::create_dir_all(env.root().join("roadmap")).expect("mkdir");
    git(env.root(), "2026-09-01T09:00:00+00:00", &["init", "-q"]);
    env
}

#[test]
fn changes_after_the_baseline_each_with_commit_and_date() {
    let env = new_catalog();
    let root = env.root();
    write_quarter(
        root,
        &[("x", "committed"), ("s", "stretch"), ("z", "committed")],
    );
    commit(root, "2026-09-28T10:00:00+00:00", "plan Q4");
    // On the first day itself: still part of the plan.
    write_quarter(
        root,
        &[
            ("x", "committed"),
            ("s", "stretch"),
            ("z", "committed"),
            ("p", "committed"),
        ],
    );
    let baseline = commit(root, "2026-10-01T16:00:00+00:00", "last-minute addition");
    write_quarter(
        root,
        &[
            ("x", "committed"),
            ("s", "committed"),
            ("z", "committed"),
            ("p", "committed"),
            ("y", "committed"),
        ],
    );
    let c3 = commit(root, "2026-10-10T10:00:00+00:00", "add y, commit to s");
    // An edit that changes no item is no scope change.
    std::fs::write(
        root.join("roadmap/2026-Q4.yaml"),
        std::fs::read_to_string(root.join("roadmap/2026-Q4.yaml")).unwrap() + "# note\n",
    )
    .unwrap();
    commit(root, "2026-10-20T10:00:00+00:00", "comment");
    write_quarter(
        root,
        &[
            ("x", "committed"),
            ("s", "committed"),
            ("p", "committed"),
            ("y", "committed"),
        ],
    );
    let c4 = commit(root, "2026-11-02T10:00:00+00:00", "drop z from the file");
    // A side branch merged later: the change lands with the merge commit (first-parent history).
    git(
        root,
        "2026-11-03T10:00:00+00:00",
        &["checkout", "-q", "-b", "side"],
    );
    write_quarter(
        root,
        &[
            ("x", "committed"),
            ("s", "committed"),
            ("p", "committed"),
            ("y", "committed"),
            ("w", "committed"),
        ],
    );
    let side = commit(root, "2026-11-04T10:00:00+00:00", "add w on a branch");
    git(
        root,
        "2026-11-05T10:00:00+00:00",
        &["checkout", "-q", "main"],
    );
    write_quarter(
        root,
        &[
            ("x", "stretch"),
            ("s", "committed"),
            ("p", "committed"),
            ("y", "committed"),
        ],
    );
    let c5 = commit(root, "2026-11-05T10:00:00+00:00", "x becomes stretch");
    git(
        root,
        "2026-11-12T10:00:00+00:00",
        &[
            "merge",
            "-q",
            "--no-ff",
            "-X",
            "theirs",
            "-m",
            "merge side",
            "side",
        ],
    );
    let merge = head(root);
    assert_ne!(merge, side);
    // Uncommitted edit in the working tree.
    let text = std::fs::read_to_string(root.join("roadmap/2026-Q4.yaml")).unwrap()
        + &item("u", "committed");
    std::fs::write(root.join("roadmap/2026-Q4.yaml"), text).unwrap();

    let j = report(&env);
    assert_eq!(j["history"]["in_git"], true);
    assert_eq!(
        j["history"]["baseline"]["commit"].as_str(),
        Some(baseline.as_str())
    );
    assert_eq!(j["history"]["baseline"]["date"], "2026-10-01");
    assert_eq!(j["history"]["baseline"]["after_start"], false);
    assert_eq!(j["history"]["uncommitted"], true);
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        changes(&j),
        vec![
            (
                "s".into(),
                "recommitted".into(),
                s(&c3),
                "2026-10-10".into()
            ),
            ("y".into(), "added".into(), s(&c3), "2026-10-10".into()),
            ("z".into(), "removed".into(), s(&c4), "2026-11-02".into()),
            (
                "x".into(),
                "decommitted".into(),
                s(&c5),
                "2026-11-05".into()
            ),
            ("w".into(), "added".into(), s(&merge), "2026-11-12".into()),
            ("u".into(), "added".into(), None, "2026-11-27".into()),
        ]
    );
    // A removed item keeps its title from history.
    assert_eq!(j["scope_changes"][2]["title"], "Item z");
    let md = env.ok(&[
        "--today",
        "2026-11-27",
        "report",
        "roadmap",
        "--quarter",
        "2026-Q4",
    ]);
    assert!(md.contains(&format!("Baseline: commit {} of 1 Oct 2026, the last commit on or before the quarter's first day", &baseline[..12])), "{md}");
    assert!(
        md.contains(&format!(
            "| 2026-11-02 | removed | Item z<br>`z` | `{}` |",
            &c4[..12]
        )),
        "{md}"
    );
    assert!(
        md.contains("| 2026-11-27 | added | Item u<br>`u` | not committed |"),
        "{md}"
    );
}

#[test]
fn a_quarter_first_committed_after_it_began_is_its_own_baseline() {
    let env = new_catalog();
    let root = env.root();
    std::fs::write(root.join("README.md"), "catalog\n").unwrap();
    commit(root, "2026-09-15T10:00:00+00:00", "start");
    write_quarter(root, &[("a", "committed")]);
    let first = commit(root, "2026-10-05T10:00:00+00:00", "plan Q4, late");
    write_quarter(root, &[("a", "committed"), ("b", "stretch")]);
    let second = commit(root, "2026-10-06T10:00:00+00:00", "add b");
    let j = report(&env);
    assert_eq!(
        j["history"]["baseline"]["commit"].as_str(),
        Some(first.as_str())
    );
    assert_eq!(j["history"]["baseline"]["after_start"], true);
    assert_eq!(
        changes(&j),
        vec![(
            "b".to_string(),
            "added".to_string(),
            Some(second),
            "2026-10-06".to_string()
        )]
    );
}

#[test]
fn committer_time_not_author_time_decides() {
    let env = new_catalog();
    let root = env.root();
    write_quarter(root, &[("a", "committed")]);
    commit(root, "2026-09-20T10:00:00+00:00", "plan");
    write_quarter(root, &[("a", "committed"), ("b", "committed")]);
    git(root, "2026-10-15T10:00:00+00:00", &["add", "-A"]);
    // Authored before the quarter, committed (rebased) after its first day.
    git_authored(
        root,
        "2026-09-25T10:00:00+00:00",
        "2026-10-15T10:00:00+00:00",
        &["commit", "-q", "-m", "b"],
    );
    let j = report(&env);
    assert_eq!(changes(&j).len(), 1);
    assert_eq!(j["scope_changes"][0]["date"], "2026-10-15");
}

#[test]
fn outside_git_there_are_no_scope_changes() {
    let cat = TestEnv::fixture("report/calendar", "");
    let out = cat.ok(&[
        "--today",
        "2027-01-15",
        "report",
        "roadmap",
        "--quarter",
        "2026-Q4",
        "--format",
        "json",
    ]);
    let j: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(j["scope_changes"], serde_json::json!([]));
    assert_eq!(j["history"]["in_git"], false);
    assert_eq!(j["history"]["baseline"], Value::Null);
}

#[test]
fn a_shallow_clone_reports_what_it_has_and_says_so() {
    let env = new_catalog();
    let root = env.root();
    write_quarter(root, &[("a", "committed")]);
    commit(root, "2026-09-20T10:00:00+00:00", "plan");
    write_quarter(root, &[("a", "committed"), ("b", "committed")]);
    commit(root, "2026-10-15T10:00:00+00:00", "add b");
    write_quarter(
        root,
        &[("a", "committed"), ("b", "committed"), ("c", "committed")],
    );
    let last = commit(root, "2026-11-02T10:00:00+00:00", "add c");
    let clone = TestEnv::empty().root_at("c");
    let url = format!("file://{}", root.display());
    git(
        clone.tmp(),
        "2026-11-27T10:00:00+00:00",
        &["clone", "-q", "--depth", "1", &url, "c"],
    );
    let j = report(&clone);
    assert_eq!(j["history"]["shallow"], true);
    assert_eq!(
        j["history"]["baseline"]["commit"].as_str(),
        Some(last.as_str())
    );
    assert_eq!(j["scope_changes"], serde_json::json!([]));
    let md = clone.ok(&[
        "--today",
        "2026-11-27",
        "report",
        "roadmap",
        "--quarter",
        "2026-Q4",
    ]);
    assert!(md.contains("The repository is a shallow clone"), "{md}");
    // The full repository sees both additions.
    assert_eq!(
        report(&env)["scope_changes"].as_array().map(Vec::len),
        Some(2)
    );
}
