//! `--commit`: exactly the written file is committed on top of HEAD; the
//! index and the working tree otherwise stay as they were.

use crate::common::{files_under, git_init, git_raw, TestEnv};
use predicates::prelude::*;

/// When the tests' own git commands run.
const GIT_DATE: &str = "2026-11-20T10:00:00Z";

#[test]
fn new_commits_one_file_and_leaves_staged_and_unstaged_work_alone() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    env.commit_all(GIT_DATE, "Pat Platform", "pat@example.com");
    // Someone's work in progress: a staged new file, a staged edit, an unstaged edit, an untracked file.
    std::fs::write(
        root.join("teams/team-new.yaml"),
        "id: team-new\nname: New\n",
    )
    .expect("write");
    env.git_raw(GIT_DATE, &["add", "teams/team-new.yaml"]);
    std::fs::write(
        root.join("teams/team-search.yaml"),
        "id: team-search\nname: Search & Discovery\ntype: product\n",
    )
    .expect("write");
    env.git_raw(GIT_DATE, &["add", "teams/team-search.yaml"]);
    std::fs::write(
        root.join("teams/team-devex.yaml"),
        "id: team-devex\nname: DevEx\ntype: platform\n",
    )
    .expect("write");
    std::fs::write(root.join("notes.txt"), "draft\n").expect("write");
    let status_before = env.git_raw(GIT_DATE, &["status", "--porcelain"]);
    let head_before = env.git_raw(GIT_DATE, &["rev-parse", "HEAD"]);

    let out = env
        .cmd()
        .args([
            "intake",
            "new",
            "--yes",
            "--title",
            "Quarterly budget view",
            "--team",
            "team-analytics",
            "--problem",
            "Finance asks every quarter.",
        ])
        .arg("--commit")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf8");
    let mut parts = out.split_whitespace();
    let (id, path) = (
        parts.next().expect("id").to_string(),
        parts.next().expect("path").to_string(),
    );

    // The commit: on top of HEAD, one file, the message names the request, the configured author.
    assert_eq!(env.git_raw(GIT_DATE, &["rev-parse", "HEAD~1"]), head_before);
    assert_eq!(
        env.git_raw(GIT_DATE, &["show", "--name-only", "--format=", "HEAD"]),
        format!("{path}\n")
    );
    assert_eq!(
        env.git_raw(GIT_DATE, &["log", "-1", "--format=%s"]),
        format!("intake: {id} Quarterly budget view\n")
    );
    assert_eq!(
        env.git_raw(GIT_DATE, &["log", "-1", "--format=%an <%ae>"]),
        "Pat Platform <pat@example.com>\n"
    );
    assert_eq!(
        env.git_raw(GIT_DATE, &["show", &format!("HEAD:{path}")]),
        std::fs::read_to_string(root.join(&path)).expect("read")
    );

    // Everything else exactly as it was: still staged, still unstaged, still untracked; the new file is clean.
    assert_eq!(
        env.git_raw(GIT_DATE, &["status", "--porcelain"]),
        status_before
    );
    assert_eq!(
        env.git_raw(GIT_DATE, &["diff", "--cached", "--name-only"]),
        "teams/team-new.yaml\nteams/team-search.yaml\n"
    );
    assert_eq!(
        env.git_raw(GIT_DATE, &["diff", "--name-only"]),
        "teams/team-devex.yaml\n"
    );
    assert!(env
        .git_raw(GIT_DATE, &["ls-tree", "-r", "--name-only", "HEAD"])
        .lines()
        .all(|l| l != "teams/team-new.yaml"));
}

#[test]
fn triage_commits_the_edited_file_in_a_subdirectory() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    env.commit_all(GIT_DATE, "Pat Platform", "pat@example.com");
    std::fs::write(
        root.join("teams/team-new.yaml"),
        "id: team-new\nname: New\n",
    )
    .expect("write");
    env.git_raw(GIT_DATE, &["add", "teams/team-new.yaml"]);
    env.cmd()
        .args([
            "intake",
            "triage",
            "INT-4KX2T6",
            "--route",
            "docs",
            "--commit",
        ])
        .assert()
        .success();
    assert_eq!(env.git_raw(GIT_DATE, &["show", "--name-only", "--format=%s", "HEAD"]), "intake: INT-4KX2T6 Agent v2 guide is silent on custom metrics (triaged, route docs)\n\nintake/2026/INT-4KX2T6.yaml\n");
    assert_eq!(
        env.git_raw(GIT_DATE, &["status", "--porcelain"]),
        "A  teams/team-new.yaml\n"
    );
}

#[test]
fn a_catalog_inside_a_larger_repository_commits_with_the_right_path() {
    let env = TestEnv::fixture("intake", "repo/platform");
    let repo = env.tmp().join("repo");
    git_init(&repo, GIT_DATE, "Pat Platform", "pat@example.com");
    env.cmd()
        .args([
            "intake",
            "triage",
            "INT-HSJ3Y3",
            "--route",
            "support",
            "--commit",
        ])
        .assert()
        .success();
    assert_eq!(
        git_raw(
            &repo,
            GIT_DATE,
            &["show", "--name-only", "--format=", "HEAD"]
        ),
        "platform/intake/INT-HSJ3Y3.yaml\n"
    );
    assert_eq!(git_raw(&repo, GIT_DATE, &["status", "--porcelain"]), "");
}

#[test]
fn commit_without_an_author_fails_before_writing() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    env.git_raw(GIT_DATE, &["init", "-q", "-b", "main"]);
    let before = files_under(root);
    env.cmd()
        .args([
            "intake",
            "new",
            "--yes",
            "--title",
            "t",
            "--team",
            "team-search",
            "--problem",
            "p",
            "--commit",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("user.name"));
    assert_eq!(files_under(root), before);
}
