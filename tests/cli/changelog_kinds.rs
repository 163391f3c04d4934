//! `platctl changelog` on a fixture history built here with fixed dates:
//! every change kind once, breaking flags, a Markdown snapshot.
//! The Markdown is a reviewed snapshot (tests/snapshots, insta).

use serde_json::Value;
use std::collections::BTreeMap;

use crate::common::{git, write_files, TestEnv};

fn capability(id: &str, lifecycle: &str, owner: &str, extra: &str) -> String {
    let name = match id {
        "cap-old" => "Old builds",
        "cap-keep" => "Deploy CLI",
        "cap-retire" => "Shared Jenkins",
        "cap-own" => "Secrets vault",
        _ => "Managed Postgres",
    };
    format!(
        "id: {id}\nname: {name}\nsummary: Fixture\nowner: {owner}\nlifecycle: {lifecycle}\n{extra}"
    )
}

fn deprecation(id: &str, cap: &str, sunset: &str, status: &str) -> String {
    format!("id: {id}\ncapability: {cap}\nannounced: 2026-01-01\nsunset: {sunset}\nstatus: {status}\nconsumers: []\n")
}

fn exception(id: &str, status: &str, expires: &str) -> String {
    let approved = if status == "requested" {
        String::new()
    } else {
        "approved_by: Security\ngranted: 2026-06-01\n".to_string()
    };
    format!("id: {id}\ntitle: Billing keeps the old CLI until the rewrite\nservice: svc-1\nstandard: cap-keep\nteam: team-b\nreason: Fixture\nrisk: low\nrequested: 2026-05-01\nstatus: {status}\n{approved}expires: {expires}\n")
}

fn item(id: &str, status: &str, extra: &str) -> String {
    let title = match id {
        "item-deliver" => "Self-service namespaces",
        "item-slip" => "SSO groups",
        "item-drop" => "Jenkins bridge",
        _ => "Postgres backups",
    };
    format!("  - id: {id}\n    title: {title}\n    owner: team-a\n    status: {status}\n{extra}")
}

/// v1 (2026-07-01) → v2 (2026-09-01): one change of every kind. Then
/// 2026-10-01: a service added. The working tree deprecates cap-new.
fn fixture() -> TestEnv {
    let env = TestEnv::empty().root_at("catalog");
    let cat = env.root();
    std::fs::create_dir_all(cat).expect("mkdir");
    let a = "2026-07-01T10:00:00+00:00";
    git(cat, a, &["init", "-q"]);
    env.write("platctl.yaml", "version: 1\nname: Changelog Fixture\n");
    env.write("teams/team-a.yaml", "id: team-a\nname: Team A\n");
    env.write("teams/team-b.yaml", "id: team-b\nname: Team B\n");
    env.write(
        "services/svc-1.yaml",
        "id: svc-1\nname: Service One\nteam: team-b\n",
    );
    env.write(
        "capabilities/cap-old.yaml",
        &capability("cap-old", "ga", "team-a", ""),
    );
    let cli = |v: &str| format!("interfaces:\n  - name: cli\n    kind: cli\n    version: {v}\n");
    env.write(
        "capabilities/cap-keep.yaml",
        &capability("cap-keep", "beta", "team-a", &cli("v1")),
    );
    env.write(
        "capabilities/cap-retire.yaml",
        &capability("cap-retire", "deprecated", "team-a", ""),
    );
    env.write(
        "capabilities/cap-own.yaml",
        &capability("cap-own", "ga", "team-a", ""),
    );
    env.write(
        "deprecations/dep-sunset.yaml",
        &deprecation("dep-sunset", "cap-retire", "2026-12-31", "migrating"),
    );
    env.write(
        "deprecations/dep-done.yaml",
        &deprecation("dep-done", "cap-keep", "2026-09-30", "migrating"),
    );
    env.write(
        "deprecations/dep-cancel.yaml",
        &deprecation("dep-cancel", "cap-own", "2027-06-30", "announced"),
    );
    env.write(
        "exceptions/EXC-00000G.yaml",
        &exception("EXC-00000G", "requested", "2027-01-31"),
    );
    env.write(
        "exceptions/EXC-00000E.yaml",
        &exception("EXC-00000E", "approved", "2026-08-15"),
    );
    env.write(
        "exceptions/EXC-00000R.yaml",
        &exception("EXC-00000R", "approved", "2027-01-01"),
    );
    let items = [
        item("item-deliver", "in-progress", ""),
        item("item-slip", "in-progress", ""),
        item("item-drop", "planned", ""),
    ];
    env.write(
        "roadmap/2026-Q3.yaml",
        &format!("quarter: 2026-Q3\nitems:\n{}", items.concat()),
    );
    git(cat, a, &["add", "-A"]);
    git(cat, a, &["commit", "-qm", "v1"]);
    git(cat, a, &["tag", "v1"]);

    let b = "2026-09-01T10:00:00+00:00";
    env.write(
        "capabilities/cap-new.yaml",
        &capability("cap-new", "ga", "team-a", ""),
    );
    std::fs::remove_file(cat.join("capabilities/cap-old.yaml")).expect("rm");
    env.write(
        "capabilities/cap-retire.yaml",
        &capability("cap-retire", "retired", "team-a", ""),
    );
    env.write(
        "capabilities/cap-keep.yaml",
        &capability("cap-keep", "beta", "team-a", &cli("v2")),
    );
    env.write(
        "capabilities/cap-own.yaml",
        &capability("cap-own", "ga", "team-b", ""),
    );
    env.write(
        "deprecations/dep-new.yaml",
        &deprecation("dep-new", "cap-own", "2027-03-31", "announced")
            .replace("consumers", "replacement: cap-new\nconsumers"),
    );
    env.write(
        "deprecations/dep-sunset.yaml",
        &deprecation("dep-sunset", "cap-retire", "2026-11-30", "migrating"),
    );
    env.write(
        "deprecations/dep-done.yaml",
        &deprecation("dep-done", "cap-keep", "2026-09-30", "completed"),
    );
    env.write(
        "deprecations/dep-cancel.yaml",
        &deprecation("dep-cancel", "cap-own", "2027-06-30", "cancelled"),
    );
    env.write(
        "exceptions/EXC-00000G.yaml",
        &exception("EXC-00000G", "approved", "2027-01-31"),
    );
    env.write(
        "exceptions/EXC-00000R.yaml",
        &exception("EXC-00000R", "revoked", "2027-01-01"),
    );
    let items = [
        item("item-deliver", "delivered", "    delivered: 2026-08-20\n"),
        item("item-slip", "slipped", "    slipped_to: 2026-Q4\n"),
        item("item-drop", "dropped", ""),
        item("item-new", "planned", ""),
    ];
    env.write(
        "roadmap/2026-Q3.yaml",
        &format!("quarter: 2026-Q3\nitems:\n{}", items.concat()),
    );
    git(cat, b, &["add", "-A"]);
    git(cat, b, &["commit", "-qm", "v2"]);
    git(cat, b, &["tag", "v2"]);

    let c = "2026-10-01T10:00:00+00:00";
    env.write("services/svc-2.yaml", "id: svc-2\nteam: team-a\n");
    git(cat, c, &["add", "-A"]);
    git(cat, c, &["commit", "-qm", "svc-2"]);
    env.write(
        "capabilities/cap-new.yaml",
        &capability("cap-new", "deprecated", "team-a", ""),
    );
    env
}

#[test]
fn every_kind_once_with_breaking_flags() {
    let f = fixture();
    let j: Value = serde_json::from_str(&f.ok(&[
        "changelog",
        "--from",
        "v1",
        "--to",
        "v2",
        "--format",
        "json",
    ]))
    .expect("json");
    assert_eq!(j["version"], 1);
    assert_eq!(j["from"].as_str().map(str::len), Some(40));
    assert_eq!(j["to"].as_str().map(str::len), Some(40));
    let mut kinds: BTreeMap<String, (String, bool)> = BTreeMap::new();
    for c in j["changes"].as_array().expect("changes") {
        let kind = c["kind"].as_str().expect("kind").to_string();
        let prev = kinds.insert(
            kind.clone(),
            (
                c["entity"].as_str().expect("entity").to_string(),
                c["breaking"] == true,
            ),
        );
        assert!(prev.is_none(), "{kind} twice");
        assert!(
            c["summary"].as_str().is_some_and(|s| s.ends_with('.')),
            "a sentence: {c}"
        );
    }
    let want: &[(&str, &str, bool)] = &[
        ("added", "capabilities/cap-new", false),
        ("removed", "capabilities/cap-old", true),
        ("lifecycle-changed", "capabilities/cap-retire", true),
        ("interface-version-changed", "capabilities/cap-keep", true),
        ("owner-changed", "capabilities/cap-own", false),
        ("deprecation-announced", "deprecations/dep-new", false),
        ("sunset-moved", "deprecations/dep-sunset", true),
        ("deprecation-completed", "deprecations/dep-done", false),
        ("deprecation-cancelled", "deprecations/dep-cancel", false),
        ("exception-granted", "exceptions/EXC-00000G", false),
        ("exception-expired", "exceptions/EXC-00000E", false),
        ("exception-revoked", "exceptions/EXC-00000R", false),
        ("roadmap-item-added", "roadmap/item-new", false),
        ("roadmap-item-delivered", "roadmap/item-deliver", false),
        ("roadmap-item-slipped", "roadmap/item-slip", false),
        ("roadmap-item-dropped", "roadmap/item-drop", false),
    ];
    let want: BTreeMap<String, (String, bool)> = want
        .iter()
        .map(|(k, e, b)| (k.to_string(), (e.to_string(), *b)))
        .collect();
    assert_eq!(kinds, want);
}

#[test]
fn markdown_snapshot() {
    let f = fixture();
    let md = f.ok(&["changelog", "--from", "v1", "--to", "v2"]);
    crate::common::snapshot("changelog_kinds_md", &md);
    let breaking = md.find("Breaking changes").expect("breaking section");
    let added = md.find("## Added").expect("added section");
    assert!(breaking < added, "breaking changes come first");
}

#[test]
fn defaults_start_at_the_last_tag_and_to_can_be_the_working_tree() {
    let f = fixture();
    let j: Value = serde_json::from_str(&f.ok(&["changelog", "--format", "json"])).expect("json");
    assert_eq!(j["from_label"], "v2");
    let kinds: Vec<(&str, &str)> = j["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap_or(""),
                c["entity"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(kinds, [("added", "services/svc-2")]);

    let j: Value = serde_json::from_str(&f.ok(&[
        "changelog",
        "--from",
        "HEAD",
        "--to",
        "worktree",
        "--format",
        "json",
    ]))
    .expect("json");
    assert_eq!(j["to"], Value::Null);
    let c = &j["changes"][0];
    assert_eq!(c["kind"], "lifecycle-changed");
    assert_eq!(c["breaking"], false);
    assert_eq!(
        c["summary"],
        "Capability Managed Postgres (`cap-new`) moved from ga to deprecated."
    );

    let same: Value = serde_json::from_str(&f.ok(&[
        "changelog",
        "--from",
        "HEAD",
        "--to",
        "HEAD",
        "--format",
        "json",
    ]))
    .expect("json");
    assert_eq!(same["changes"], serde_json::json!([]));
}

#[test]
fn outside_git_it_says_what_to_do() {
    let env = TestEnv::with_files(&[("platctl.yaml", "version: 1\n")]);
    let out = env.output(&["changelog"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("not in a git repository") && err.contains("git init"),
        "{err}"
    );
}

#[test]
fn a_start_before_the_catalog_existed_counts_everything_as_added() {
    let env = TestEnv::empty().root_at("catalog");
    let repo = env.tmp();
    git(repo, "2026-01-05T10:00:00+00:00", &["init", "-q"]);
    write_files(
        repo,
        &[("README.md", "a project that adds a catalog later\n")],
    );
    git(repo, "2026-01-05T10:00:00+00:00", &["add", "-A"]);
    git(
        repo,
        "2026-01-05T10:00:00+00:00",
        &["commit", "-qm", "start"],
    );
    env.write("platctl.yaml", "version: 1\n");
    env.write("teams/team-a.yaml", "id: team-a\nname: A\n");
    env.write(
        "capabilities/cap-new.yaml",
        &capability("cap-new", "beta", "team-a", ""),
    );
    git(repo, "2026-02-01T10:00:00+00:00", &["add", "-A"]);
    git(
        repo,
        "2026-02-01T10:00:00+00:00",
        &["commit", "-qm", "catalog"],
    );
    let out = env.output(&["changelog", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let kinds: Vec<(&str, &str)> = v["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap_or(""),
                c["entity"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert!(
        kinds.contains(&("added", "capabilities/cap-new")),
        "{kinds:?}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("everything counts as added"));
}
