//! `platctl intake new` without a terminal: flags, refusals, duplicates, ids.

use crate::common::{files_under, TestEnv};
use predicates::prelude::*;

fn new_args<'a>(title: &'a str, team: &'a str, problem: &'a str) -> Vec<&'a str> {
    vec![
        "intake",
        "new",
        "--yes",
        "--title",
        title,
        "--team",
        team,
        "--problem",
        problem,
    ]
}

#[test]
fn missing_flags_are_all_named_in_one_message() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    env.cmd()
        .args(["intake", "new", "--yes", "--team", "team-search"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing --title, --problem"));
    // Without a terminal (stdin is not one here), even without --yes.
    env.cmd()
        .args(["intake", "new"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "missing --title, --team, --problem",
        ));
    assert_eq!(
        files_under(&root.join("intake")).len(),
        3,
        "nothing written"
    );
}

#[test]
fn an_unknown_team_is_refused_with_the_closest_one() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    env.cmd()
        .args(new_args(
            "Faster search reindex",
            "team-serch",
            "Reindexing takes a whole night.",
        ))
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("--team `team-serch`")
                .and(predicate::str::contains("did you mean `team-search`?")),
        );
    env.cmd()
        .args(new_args("x", "team-search", "y"))
        .args(["--impact", "5"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--impact `5` is not allowed"));
    env.cmd()
        .args(new_args("x", "team-search", "y"))
        .args(["--capability", "managed-postgress"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `managed-postgres`?"));
    assert_eq!(
        files_under(&root.join("intake")).len(),
        3,
        "nothing written"
    );
}

#[test]
fn writes_a_valid_file_in_format_order_and_prints_id_and_path() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    let out = env
        .cmd()
        .args(new_args(
            "Faster search reindex",
            "team-search",
            "Reindexing takes a whole night.\nWe cannot ship synonyms during the day.",
        ))
        .args([
            "--type",
            "enhancement",
            "--urgency",
            "high",
            "--reach",
            "2",
            "--impact",
            "0.5",
            "--confidence",
            "0.8",
            "--effort",
            "3",
        ])
        .args([
            "--contact",
            "#search",
            "--outcome",
            "Reindex in under an hour",
            "--capability",
            "observability",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf8");
    let mut parts = out.split_whitespace();
    let (id, path) = (parts.next().expect("id"), parts.next().expect("path"));
    assert!(id.starts_with("INT-") && id.len() == 10, "{out}");
    assert_eq!(path, format!("intake/{id}.yaml"));
    let text = std::fs::read_to_string(root.join(path)).expect("file");
    assert_eq!(
        text,
        format!(
            "id: {id}\ntitle: Faster search reindex\nrequester:\n  team: team-search\n  contact: \"#search\"\ncreated: 2026-11-27\n\
type: enhancement\nproblem: |\n  Reindexing takes a whole night.\n  We cannot ship synonyms during the day.\noutcome: Reindex in under an hour\n\
urgency: high\nreach: 2\nimpact: 0.5\nconfidence: 0.8\neffort: 3\ncapability: observability\nstatus: new\n"
        )
    );
    env.cmd()
        .args(["lint", "--deny-warnings"])
        .arg(root.join(path))
        .assert()
        .success();
}

#[test]
fn defaults_fill_what_flags_do_not_give() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    env.cmd()
        .args(new_args(
            "Quarterly budget view",
            "team-analytics",
            "Finance asks us every quarter.",
        ))
        .assert()
        .success();
    let files = files_under(&root.join("intake"));
    let new: Vec<&String> = files
        .iter()
        .filter(|f| !f.contains("J6H68M") && !f.contains("HSJ3Y3") && !f.contains("4KX2T6"))
        .collect();
    assert_eq!(new.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(root.join("intake").join(new[0])).expect("file");
    assert!(
        text.contains("type: other\n")
            && text
                .contains("urgency: medium\nreach: 1\nimpact: 1\nconfidence: 0.5\nstatus: new\n"),
        "{text}"
    );
    assert!(
        !text.contains("effort") && !text.contains("capability") && !text.contains("contact"),
        "{text}"
    );
}

#[test]
fn duplicate_candidates_are_shown_and_filing_continues_with_yes() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    env.cmd()
        .args(new_args(
            "Hosted Postgres for reporting",
            "team-search",
            "We run our own Postgres on VMs and patching the database takes days.",
        ))
        .assert()
        .success()
        .stderr(
            predicate::str::contains("possible duplicates")
                .and(predicate::str::contains("INT-J6H68M"))
                .and(predicate::str::contains(
                    "Managed Postgres for analytics workloads",
                ))
                .and(predicate::str::contains("accepted"))
                // Unrelated requests stay out of the list.
                .and(predicate::str::contains("INT-HSJ3Y3").not()),
        );
    assert_eq!(files_under(&root.join("intake")).len(), 4);
    // Nothing similar: no candidates at all.
    env.cmd()
        .args(new_args(
            "Quarterly budget view",
            "team-analytics",
            "Finance asks us every quarter.",
        ))
        .assert()
        .success()
        .stderr(predicate::str::contains("possible duplicates").not());
}

#[test]
fn dry_run_prints_the_file_and_writes_nothing() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    env.cmd()
        .args(new_args(
            "Quarterly budget view",
            "team-analytics",
            "Finance asks us every quarter.",
        ))
        .arg("--dry-run")
        .assert()
        .success()
        .stdout(
            predicate::str::starts_with("id: INT-").and(predicate::str::contains("status: new")),
        );
    assert_eq!(files_under(&root.join("intake")).len(), 3);
}

#[test]
fn commit_outside_a_repository_fails_before_writing() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    env.cmd()
        .args(new_args(
            "Quarterly budget view",
            "team-analytics",
            "Finance asks us every quarter.",
        ))
        .arg("--commit")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not inside a git repository"));
    assert_eq!(files_under(&root.join("intake")).len(), 3);
}

#[test]
fn sixteen_concurrent_runs_make_sixteen_distinct_valid_files() {
    let env = TestEnv::fixture("intake", "cat");
    let root = env.root();
    let children: Vec<_> = (0..16)
        .map(|i| {
            env.std_cmd()
                .args(["intake", "new", "--yes", "--team", "team-search"])
                .args([
                    "--title",
                    &format!("Request number {i}"),
                    "--problem",
                    &format!("Problem {i} of the load test."),
                ])
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let mut ids = Vec::new();
    for c in children {
        let out = c.wait_with_output().expect("wait");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        ids.push(
            String::from_utf8_lossy(&out.stdout)
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string(),
        );
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 16, "{ids:?}");
    assert_eq!(files_under(&root.join("intake")).len(), 19);
    for id in &ids {
        assert!(root.join(format!("intake/{id}.yaml")).is_file(), "{id}");
    }
    env.cmd()
        .args(["lint", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"errors\": 0"));
    // No temporary or lock file is left behind.
    assert!(
        files_under(root)
            .iter()
            .all(|f| !f.contains(".tmp") && !f.contains("lock")),
        "{:?}",
        files_under(root)
    );
}
