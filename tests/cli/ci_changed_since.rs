//! `platctl lint --changed-since REV` on a fixture repository whose catalog
//! is a subdirectory: committed, staged, unstaged, untracked and ignored
//! changes, a deleted file whose references dangle, and errors in files
//! nobody touched (not reported).

use crate::common::{write_files, TestEnv};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn write(root: &Path, rel: &str, text: &str) {
    write_files(root, &[(rel, text)]);
}

fn git(dir: &Path, args: &[&str]) -> String {
    crate::common::git(dir, "2026-11-01T12:00:00Z", args)
}

struct Fixture {
    env: TestEnv,
    repo: PathBuf,
    cat: PathBuf,
    base: String,
}

fn svc(id: &str, team: &str) -> String {
    format!("id: {id}\nteam: {team}\n")
}

/// The base commit holds a clean catalog in `catalog/`, except `svc-f`,
/// whose schema error is old news. Then, relative to the base:
/// svc-a committed, svc-b staged, svc-c unstaged, svc-d untracked (all with
/// an error), svc-e untracked but ignored, team-gone deleted (old.yaml,
/// untouched, now points at nothing), and svc-r moved to a subdirectory (no finding).
fn fixture() -> Fixture {
    let env = TestEnv::empty().root_at("catalog");
    let repo = env.tmp().to_path_buf();
    let cat = env.root().to_path_buf();
    write(&cat, "platctl.yaml", "version: 1\nname: Fixture\n");
    write(&cat, "teams/team-a.yaml", "id: team-a\nname: Team A\n");
    write(
        &cat,
        "teams/team-gone.yaml",
        "id: team-gone\nname: Leaving\n",
    );
    write(
        &cat,
        "capabilities/ci.yaml",
        "id: ci\nname: CI\nsummary: Pipelines\nowner: team-a\nlifecycle: beta\n",
    );
    write(
        &cat,
        "capabilities/old.yaml",
        "id: old\nname: Old\nsummary: Legacy\nowner: team-gone\nlifecycle: beta\n",
    );
    for id in ["svc-a", "svc-b", "svc-c", "svc-r"] {
        write(&cat, &format!("services/{id}.yaml"), &svc(id, "team-a"));
    }
    write(
        &cat,
        "services/svc-f.yaml",
        "id: svc-f\nteam: team-a\ntier: 9\n",
    );
    write(&repo, ".gitignore", "scratch-*.yaml\n");
    git(&repo, &["init", "-q"]);
    git(&repo, &["add", "-A"]);
    git(&repo, &["commit", "-qm", "base"]);
    let base = git(&repo, &["rev-parse", "HEAD"]);

    write(&cat, "services/svc-a.yaml", &svc("svc-a", "team-x"));
    git(&repo, &["commit", "-qam", "svc-a moves to team-x"]);
    write(
        &cat,
        "services/svc-b.yaml",
        "id: svc-b\nteam: team-a\nuses: [nope]\n",
    );
    git(&repo, &["add", "catalog/services/svc-b.yaml"]);
    write(
        &cat,
        "services/svc-c.yaml",
        "id: svc-c\nteam: team-a\ntier: 7\n",
    );
    write(&cat, "services/svc-d.yaml", &svc("svc-d", "team-y"));
    write(&cat, "services/scratch-e.yaml", &svc("svc-e", "team-z"));
    std::fs::remove_file(cat.join("teams/team-gone.yaml")).expect("rm");
    std::fs::create_dir_all(cat.join("services/legacy")).expect("mkdir");
    git(
        &repo,
        &[
            "mv",
            "catalog/services/svc-r.yaml",
            "catalog/services/legacy/svc-r.yaml",
        ],
    );
    Fixture {
        env,
        repo,
        cat,
        base,
    }
}

fn lint_json(f: &Fixture, dir: &Path, args: &[&str]) -> (Option<i32>, Value) {
    let out = f
        .env
        .cmd_in(dir)
        .args(["--today", "2026-11-27", "lint", "--format", "json"])
        .args(args)
        .env_remove("PLATCTL_CATALOG")
        .env_remove("GITHUB_ACTIONS")
        .output()
        .expect("runs");
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code(), v)
}

fn files(v: &Value) -> BTreeSet<String> {
    v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| d["file"].as_str().unwrap_or("").to_string())
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn only_changed_files_and_the_references_they_broke() {
    let f = fixture();
    let (code, all) = lint_json(&f, &f.cat, &[]);
    assert_eq!(code, Some(1));
    assert!(
        files(&all).contains("services/svc-f.yaml"),
        "the old error is there when linting everything"
    );
    assert!(
        files(&all).contains("services/scratch-e.yaml"),
        "an ignored file is still part of the catalog"
    );

    let (code, v) = lint_json(&f, &f.cat, &["--changed-since", &f.base]);
    assert_eq!(code, Some(1));
    assert_eq!(
        files(&v),
        set(&[
            "capabilities/old.yaml", // points at the deleted team
            "services/svc-a.yaml",   // committed since the base
            "services/svc-b.yaml",   // staged
            "services/svc-c.yaml",   // unstaged
            "services/svc-d.yaml",   // untracked
        ]),
        "{v:#}"
    );
    let rules: BTreeSet<&str> = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|d| d["rule"].as_str())
        .collect();
    assert_eq!(
        rules,
        ["schema", "unknown-capability", "unknown-team"]
            .into_iter()
            .collect()
    );
    // The files reported on: the five above and the moved one (changed, clean).
    assert_eq!(v["summary"]["files"], 6, "{:#}", v["summary"]);
}

#[test]
fn a_revision_by_name_and_from_inside_the_repository() {
    let f = fixture();
    // From the repository root with -C, and naming HEAD: the committed change to svc-a is not new.
    let out = f
        .env
        .cmd_in(&f.repo)
        .args([
            "-C",
            "catalog",
            "--today",
            "2026-11-27",
            "lint",
            "--format",
            "json",
            "--changed-since",
            "HEAD",
        ])
        .env_remove("GITHUB_ACTIONS")
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        files(&v),
        set(&[
            "capabilities/old.yaml",
            "services/svc-b.yaml",
            "services/svc-c.yaml",
            "services/svc-d.yaml"
        ])
    );
    // HEAD~1 is the base.
    let (_, v) = lint_json(&f, &f.cat, &["--changed-since", "HEAD~1"]);
    assert!(files(&v).contains("services/svc-a.yaml"));
}

#[test]
fn with_nothing_changed_nothing_is_reported() {
    let f = fixture();
    git(&f.repo, &["add", "-A"]);
    git(&f.repo, &["commit", "-qm", "everything"]);
    let (code, v) = lint_json(&f, &f.cat, &["--changed-since", "HEAD"]);
    assert_eq!(code, Some(0), "{v:#}");
    assert_eq!(v["summary"]["files"], 0);
    assert_eq!(v["diagnostics"], serde_json::json!([]));
    // Text output says so too.
    f.env
        .cmd_in(&f.cat)
        .args(["--today", "2026-11-27", "lint", "--changed-since", "HEAD"])
        .env_remove("GITHUB_ACTIONS")
        .env("NO_COLOR", "1")
        .assert()
        .success()
        .stdout("0 errors, 0 warnings in 0 files\n");
}

#[test]
fn sarif_with_changed_since_names_repository_paths() {
    let f = fixture();
    let out = f
        .env
        .cmd_in(&f.cat)
        .args([
            "--today",
            "2026-11-27",
            "lint",
            "--format",
            "sarif",
            "--changed-since",
            &f.base,
        ])
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let uris: BTreeSet<String> = v["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter_map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .map(String::from)
        })
        .collect();
    assert!(uris.iter().all(|u| u.starts_with("catalog/")), "{uris:?}");
    assert!(uris.contains("catalog/capabilities/old.yaml"));
}

#[test]
fn bad_revisions_and_missing_repositories_exit_2_with_a_way_out() {
    let f = fixture();
    f.env
        .cmd_in(&f.cat)
        .args(["lint", "--changed-since", "no-such-branch"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--changed-since no-such-branch"))
        .stderr(predicates::str::contains("fetch-depth"));
    let plain = TestEnv::with_files(&[("platctl.yaml", "version: 1\n")]);
    plain
        .cmd_in(plain.root())
        .env(
            "GIT_CEILING_DIRECTORIES",
            plain.root().parent().expect("parent"),
        )
        .args(["lint", "--changed-since", "main"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("needs a git repository"));
}
