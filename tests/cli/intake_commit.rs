//! `--commit`: exactly the written file is committed on top of HEAD; the
//! index and the working tree otherwise stay as they were.

use crate::intake_support;

use intake_support::*;
use predicates::prelude::*;

#[test]
fn new_commits_one_file_and_leaves_staged_and_unstaged_work_alone() {
    let (_d, root) = catalog();
    init_repo(&root);
    // Someone's work in progress: a staged new file, a staged edit, an unstaged edit, an untracked file.
    std::fs::write(
        root.join("teams/team-new.yaml"),
        "id: team-new\nname: New\n",
    )
    .expect("write");
    git(&root, &["add", "teams/team-new.yaml"]);
    std::fs::write(
        root.join("teams/team-search.yaml"),
        "id: team-search\nname: Search & Discovery\ntype: product\n",
    )
    .expect("write");
    git(&root, &["add", "teams/team-search.yaml"]);
    std::fs::write(
        root.join("teams/team-devex.yaml"),
        "id: team-devex\nname: DevEx\ntype: platform\n",
    )
    .expect("write");
    std::fs::write(root.join("notes.txt"), "draft\n").expect("write");
    let status_before = git(&root, &["status", "--porcelain"]);
    let head_before = git(&root, &["rev-parse", "HEAD"]);

    let out = platctl(&root)
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
    assert_eq!(git(&root, &["rev-parse", "HEAD~1"]), head_before);
    assert_eq!(
        git(&root, &["show", "--name-only", "--format=", "HEAD"]),
        format!("{path}\n")
    );
    assert_eq!(
        git(&root, &["log", "-1", "--format=%s"]),
        format!("intake: {id} Quarterly budget view\n")
    );
    assert_eq!(
        git(&root, &["log", "-1", "--format=%an <%ae>"]),
        "Pat Platform <pat@example.com>\n"
    );
    assert_eq!(
        git(&root, &["show", &format!("HEAD:{path}")]),
        std::fs::read_to_string(root.join(&path)).expect("read")
    );

    // Everything else exactly as it was: still staged, still unstaged, still untracked; the new file is clean.
    assert_eq!(git(&root, &["status", "--porcelain"]), status_before);
    assert_eq!(
        git(&root, &["diff", "--cached", "--name-only"]),
        "teams/team-new.yaml\nteams/team-search.yaml\n"
    );
    assert_eq!(
        git(&root, &["diff", "--name-only"]),
        "teams/team-devex.yaml\n"
    );
    assert!(git(&root, &["ls-tree", "-r", "--name-only", "HEAD"])
        .lines()
        .all(|l| l != "teams/team-new.yaml"));
}

#[test]
fn triage_commits_the_edited_file_in_a_subdirectory() {
    let (_d, root) = catalog();
    init_repo(&root);
    std::fs::write(
        root.join("teams/team-new.yaml"),
        "id: team-new\nname: New\n",
    )
    .expect("write");
    git(&root, &["add", "teams/team-new.yaml"]);
    platctl(&root)
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
    assert_eq!(git(&root, &["show", "--name-only", "--format=%s", "HEAD"]), "intake: INT-4KX2T6 Agent v2 guide is silent on custom metrics (triaged, route docs)\n\nintake/2026/INT-4KX2T6.yaml\n");
    assert_eq!(
        git(&root, &["status", "--porcelain"]),
        "A  teams/team-new.yaml\n"
    );
}

#[test]
fn a_catalog_inside_a_larger_repository_commits_with_the_right_path() {
    let d = tempfile::tempdir().expect("tempdir");
    let (_c, cat) = catalog();
    let repo = d.path().join("repo");
    std::fs::create_dir_all(&repo).expect("mkdir");
    let root = repo.join("platform");
    std::fs::rename(&cat, &root).expect("move");
    init_repo(&repo);
    platctl(&root)
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
        git(&repo, &["show", "--name-only", "--format=", "HEAD"]),
        "platform/intake/INT-HSJ3Y3.yaml\n"
    );
    assert_eq!(git(&repo, &["status", "--porcelain"]), "");
}

#[test]
fn commit_without_an_author_fails_before_writing() {
    let (_d, root) = catalog();
    git(&root, &["init", "-q", "-b", "main"]);
    let before = files_under(&root);
    platctl(&root)
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
    assert_eq!(files_under(&root), before);
}
