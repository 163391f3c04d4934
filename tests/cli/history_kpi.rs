//! Snapshot KPIs of past periods read from git history, on a repository built
//! here with fixed commit dates; the catalog lives in a subdirectory.

use serde_json::Value;
use std::path::PathBuf;

use crate::common::{close, git, kpi, write_files, TestEnv};

fn service(id: &str, uses: bool) -> String {
    format!(
        "id: {id}\nteam: team-a\nuses: [{}]\n",
        if uses { "cap" } else { "" }
    )
}

struct Repo {
    env: TestEnv,
    top: PathBuf,
    ids: Vec<String>,
}

/// Commits: a README only (2026-03-01); the catalog with 1 of 4 services
/// adopting (2026-06-15); 2 of 4 (2026-09-20); 3 of 4 at 02:00 on October 1st
/// in UTC+2, which is still September 30th in UTC (2026-10-01T02:00+02:00);
/// 4 of 4 (2026-10-10). The working tree adds a fifth service, not adopting.
fn repo() -> Repo {
    let env = TestEnv::empty().root_at("repo/platform/catalog");
    let top = env.tmp().join("repo");
    std::fs::create_dir_all(&top).expect("mkdir");
    git(&top, "2026-03-01T10:00:00+00:00", &["init", "-q"]);
    write_files(&top, &[("README.md", "platform\n")]);
    git(&top, "2026-03-01T10:00:00+00:00", &["add", "-A"]);
    git(
        &top,
        "2026-03-01T10:00:00+00:00",
        &["commit", "-qm", "readme"],
    );
    env.write("platctl.yaml", "version: 1\nname: History Fixture\n");
    env.write("teams/team-a.yaml", "id: team-a\nname: A\n");
    env.write(
        "capabilities/cap.yaml",
        "id: cap\nname: Cap\nsummary: A capability\nowner: team-a\nlifecycle: ga\n",
    );
    let steps = [
        ("2026-06-15T10:00:00+00:00", 1),
        ("2026-09-20T10:00:00+00:00", 2),
        ("2026-10-01T02:00:00+02:00", 3),
        ("2026-10-10T10:00:00+00:00", 4),
    ];
    for (date, adopters) in steps {
        for i in 1..=4 {
            env.write(
                &format!("services/s{i}.yaml"),
                &service(&format!("s{i}"), i <= adopters),
            );
        }
        git(&top, date, &["add", "-A"]);
        git(
            &top,
            date,
            &["commit", "-qm", &format!("{adopters} adopters")],
        );
    }
    env.write("services/s5.yaml", &service("s5", false));
    let ids = git(&top, "2026-10-10T10:00:00+00:00", &["log", "--format=%H"])
        .lines()
        .map(str::to_string)
        .collect();
    Repo { env, top, ids }
}

#[test]
fn previous_quarter_is_read_from_the_last_commit_on_or_before_its_end() {
    let r = repo();
    let j = r.env.json(&["kpi", "--format", "json"]);
    assert_eq!(j["period"], "2026-Q4");
    assert_eq!(j["history"]["available"], true);
    // The working tree: 4 of 5. Q3 ended with the 2026-09-20 commit (2 of 4): the
    // 02:00 commit is dated October 1st where it was made.
    let a = kpi(&j, "adoption-rate");
    close(&a["value"], 0.8);
    close(&a["previous"], 0.5);
    let g = kpi(&j, "adoption-growth");
    close(&g["value"], 0.3);
    // Q3 minus Q2 (2026-06-15 commit: 1 of 4).
    close(&g["previous"], 0.25);
    assert_eq!(g["status"], "on-target");

    let j = r
        .env
        .json(&["kpi", "--period", "2026-Q3", "--format", "json"]);
    let a = kpi(&j, "adoption-rate");
    close(&a["value"], 0.5);
    assert_eq!(
        a["detail"]["commit"].as_str(),
        r.ids.get(2).map(String::as_str)
    );
    assert_eq!(a["detail"]["commit_date"], "2026-09-20");
    // Dated KPIs of a past period still come from the catalog as it stands.
    assert_eq!(kpi(&j, "exception-rate")["value"], 0.0);
}

#[test]
fn periods_before_the_catalog_or_the_history_are_null_and_say_why() {
    let r = repo();
    let j = r
        .env
        .json(&["kpi", "--period", "2026-Q1", "--format", "json"]);
    let a = kpi(&j, "adoption-rate");
    assert_eq!(a["value"], Value::Null);
    assert_eq!(a["status"], "no-data");
    assert!(
        a["note"]
            .as_str()
            .is_some_and(|n| n.contains("did not exist yet")),
        "{a}"
    );
    assert!(
        a["previous_note"]
            .as_str()
            .is_some_and(|n| n.contains("no commit on or before 2025-12-31")),
        "{a}"
    );

    let j = r
        .env
        .json(&["kpi", "--trend", "--since", "2026-Q1", "--format", "json"]);
    let rates: Vec<Value> = j["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .filter(|x| x["id"] == "adoption-rate")
        .map(|x| x["value"].clone())
        .collect();
    assert_eq!(
        rates,
        vec![
            Value::Null,
            serde_json::json!(0.25),
            serde_json::json!(0.5),
            serde_json::json!(0.8)
        ]
    );
}

#[test]
fn rev_reads_the_catalog_as_it_was() {
    let r = repo();
    let j = r.env.json(&["kpi", "--rev", "HEAD~1", "--format", "json"]);
    assert_eq!(j["revision"].as_str(), r.ids.get(1).map(String::as_str));
    close(&kpi(&j, "adoption-rate")["value"], 0.75);
    close(&kpi(&j, "adoption-rate")["previous"], 0.5);
    let out = r.env.output(&["kpi", "--rev", "no-such-rev"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`no-such-rev` is not a revision"));
}

#[test]
fn verbose_reports_the_blob_cache_and_the_working_tree_is_untouched() {
    let r = repo();
    let before = git(
        &r.top,
        "2026-10-10T10:00:00+00:00",
        &["status", "--porcelain"],
    );
    let out = r
        .env
        .output(&["-v", "kpi", "--trend", "--since", "2026-Q1"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    // Three commits are read (2026-03-01 for Q1, 06-15, 09-20); the unchanged
    // platctl.yaml, capability and services parse once.
    assert!(err.contains("3 commit trees read"), "{err}");
    assert!(err.contains("cache hits"), "{err}");
    assert!(
        !err.contains("\u{1b}["),
        "no progress bar off a terminal: {err}"
    );
    assert_eq!(
        git(
            &r.top,
            "2026-10-10T10:00:00+00:00",
            &["status", "--porcelain"]
        ),
        before
    );
}
