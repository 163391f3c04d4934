//! `platctl intake triage`: only the fields it sets change; the rest of a
//! hand-written file stays byte for byte.

use crate::common::{files_under, TestEnv};
use predicates::prelude::*;

const HAND: &str = "intake/2026/INT-4KX2T6.yaml";

#[test]
fn triage_keeps_every_comment_and_byte_of_a_hand_written_file() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    let before = std::fs::read_to_string(root.join(HAND)).expect("read");
    env.cmd()
        .args([
            "intake",
            "triage",
            "INT-4KX2T6",
            "--route",
            "docs",
            "--status",
            "done",
        ])
        .assert()
        .success()
        .stdout(format!("INT-4KX2T6 {HAND}\n"));
    let after = std::fs::read_to_string(root.join(HAND)).expect("read");
    let expected = before.replace(
        "status: new       # untouched so far\n",
        "status: done       # untouched so far\nroute: docs\ntriaged: 2026-11-27\nresolved: 2026-11-27\n",
    );
    assert_eq!(after, expected);
    for comment in before.lines().filter_map(|l| l.find('#').map(|i| &l[i..])) {
        assert!(after.contains(comment), "lost {comment}");
    }
    // Nothing else appeared next to it (no copy at intake/<id>.yaml, no temp file).
    assert_eq!(
        files_under(&root.join("intake")),
        vec!["2026/INT-4KX2T6.yaml", "INT-HSJ3Y3.yaml", "INT-J6H68M.yaml"]
    );
    env.cmd().args(["lint"]).assert().success();
}

#[test]
fn triage_sets_default_status_duplicate_and_roadmap_item() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    env.cmd()
        .args(["intake", "triage", "INT-HSJ3Y3", "--route", "support"])
        .assert()
        .success();
    let t = std::fs::read_to_string(root.join("intake/INT-HSJ3Y3.yaml")).expect("read");
    assert!(
        t.ends_with("effort: 0.5\nstatus: triaged\nroute: support\ntriaged: 2026-11-27\n"),
        "{t}"
    );
    env.cmd()
        .args([
            "intake",
            "triage",
            "int-hsj3y3",
            "--route",
            "backlog",
            "--duplicate-of",
            "INT-J6H68M",
        ])
        .assert()
        .success();
    let t = std::fs::read_to_string(root.join("intake/INT-HSJ3Y3.yaml")).expect("read");
    assert!(t.ends_with("status: duplicate\nroute: backlog\nduplicate_of: INT-J6H68M\ntriaged: 2026-11-27\nresolved: 2026-11-27\n"), "{t}");
    env.cmd()
        .args([
            "intake",
            "triage",
            "INT-4KX2T6",
            "--route",
            "backlog",
            "--status",
            "accepted",
            "--roadmap-item",
            "pg-managed",
        ])
        .assert()
        .success();
    let t = std::fs::read_to_string(root.join(HAND)).expect("read");
    assert!(t.contains("status: accepted       # untouched so far\nroute: backlog\nroadmap_item: pg-managed\ntriaged: 2026-11-27\n"), "{t}");
    env.cmd().args(["lint"]).assert().success();
}

#[test]
fn bad_ids_and_missing_route_are_refused_and_nothing_changes() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    let snapshot = || {
        files_under(root)
            .into_iter()
            .map(|f| (std::fs::read(root.join(&f)).unwrap_or_default(), f))
            .collect::<Vec<_>>()
    };
    let before = snapshot();
    env.cmd()
        .args(["intake", "triage", "../../etc/passwd", "--route", "docs"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a request id"));
    env.cmd()
        .args(["intake", "show", "../../etc/passwd"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a request id"));
    env.cmd()
        .args(["intake", "triage", "INT-4KX2T7", "--route", "docs"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `INT-4KX2T6`?"));
    // No terminal: the route is not asked, but suggested in the error.
    env.cmd()
        .args(["intake", "triage", "INT-4KX2T6"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("missing --route")
                .and(predicate::str::contains("--route docs")),
        );
    env.cmd()
        .args([
            "intake",
            "triage",
            "INT-4KX2T6",
            "--route",
            "docs",
            "--status",
            "duplicate",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs --duplicate-of"));
    env.cmd()
        .args([
            "intake",
            "triage",
            "INT-4KX2T6",
            "--route",
            "docs",
            "--roadmap-item",
            "pg-manage",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `pg-managed`?"));
    env.cmd()
        .args(["intake", "triage", "INT-4KX2T6", "--route", "nowhere"])
        .assert()
        .code(2);
    assert_eq!(snapshot(), before);
}

#[test]
fn an_edit_that_would_fail_lint_is_not_written() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    let before = std::fs::read(root.join(HAND)).expect("read");
    // Triaged before it was created: intake-fields.
    env.cmd_at("2026-11-01")
        .args(["intake", "triage", "INT-4KX2T6", "--route", "docs"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("would not pass lint")
                .and(predicate::str::contains("intake-fields"))
                .and(predicate::str::contains(HAND)),
        );
    assert_eq!(std::fs::read(root.join(HAND)).expect("read"), before);
}

#[test]
fn dry_run_shows_the_edit_without_writing() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    let before = std::fs::read_to_string(root.join(HAND)).expect("read");
    env.cmd()
        .args([
            "intake",
            "triage",
            "INT-4KX2T6",
            "--route",
            "docs",
            "--dry-run",
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("# Keep this comment").and(predicate::str::contains(
                "status: triaged       # untouched so far\nroute: docs\n",
            )),
        );
    assert_eq!(
        std::fs::read_to_string(root.join(HAND)).expect("read"),
        before
    );
}

#[test]
fn triage_edits_the_right_document_of_a_multi_document_file() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    let two = "# two requests in one file\nid: INT-AAAAA1\ntitle: First\nrequester:\n  team: team-search\ncreated: 2026-11-20\nproblem: p\nstatus: new\n---\n# the second one\nid: INT-AAAAA2\ntitle: Second\nrequester:\n  team: team-search\ncreated: 2026-11-20\nproblem: q\nstatus: new  # here\n";
    std::fs::write(root.join("intake/batch.yaml"), two).expect("write");
    env.cmd()
        .args(["intake", "triage", "INT-AAAAA2", "--route", "custom"])
        .assert()
        .success()
        .stdout("INT-AAAAA2 intake/batch.yaml\n");
    let after = std::fs::read_to_string(root.join("intake/batch.yaml")).expect("read");
    assert_eq!(
        after,
        two.replace(
            "status: new  # here\n",
            "status: triaged  # here\nroute: custom\ntriaged: 2026-11-27\n"
        )
    );
}

#[cfg(unix)]
#[test]
fn nothing_is_written_through_a_link_that_leaves_the_root() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    let outside = env.tmp().join("outside");
    std::fs::create_dir_all(&outside).expect("mkdir");
    std::fs::rename(root.join("intake"), outside.join("intake")).expect("move");
    std::os::unix::fs::symlink(outside.join("intake"), root.join("intake")).expect("link");
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
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("outside the catalog root"));
    assert_eq!(files_under(&outside.join("intake")).len(), 3);
}

#[test]
fn a_closed_request_changes_only_with_reopen_which_clears_the_final_fields() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    let file = root.join("intake/INT-HSJ3Y3.yaml");
    env.cmd()
        .args([
            "intake",
            "triage",
            "INT-HSJ3Y3",
            "--route",
            "backlog",
            "--duplicate-of",
            "INT-J6H68M",
        ])
        .assert()
        .success();
    let closed = std::fs::read_to_string(&file).expect("read");
    assert!(closed.contains("duplicate_of: INT-J6H68M\n"), "{closed}");
    // Without --reopen: refused, exit 2, the file untouched.
    env.cmd()
        .args(["intake", "triage", "INT-HSJ3Y3", "--route", "backlog"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "INT-HSJ3Y3 is duplicate (closed on 2026-11-27): give --reopen to change it",
        ));
    assert_eq!(std::fs::read_to_string(&file).expect("read"), closed);
    // With --reopen: triaged again, `resolved` and `duplicate_of` gone.
    env.cmd()
        .args([
            "intake",
            "triage",
            "INT-HSJ3Y3",
            "--route",
            "support",
            "--reopen",
        ])
        .assert()
        .success();
    let t = std::fs::read_to_string(&file).expect("read");
    assert!(
        t.ends_with("effort: 0.5\nstatus: triaged\nroute: support\ntriaged: 2026-11-27\n"),
        "{t}"
    );
    assert!(
        !t.contains("resolved") && !t.contains("duplicate_of"),
        "{t}"
    );
    env.cmd().args(["lint"]).assert().success();
}
