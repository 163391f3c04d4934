//! Helpers shared by the integration tests: fixture catalogs in temp dirs,
//! and the real binary run with a pinned date.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::Path;

pub const TODAY: &str = "2026-11-27";

/// Writes `files` (relative path, content) under `dir`.
pub fn write_files(dir: &Path, files: &[(&str, &str)]) {
    for (p, c) in files {
        let path = dir.join(p);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(path, c).expect("write fixture");
    }
}

/// The binary, with colour off, the date pinned and no CI variables.
pub fn platctl() -> Command {
    let mut c = Command::cargo_bin("platctl").expect("binary built");
    c.env("NO_COLOR", "1")
        .env("PLATCTL_TODAY", TODAY)
        .env_remove("GITHUB_ACTIONS")
        .env_remove("PLATCTL_CATALOG");
    c
}

/// A small valid catalog: every kind, no finding.
pub const BASE: &[(&str, &str)] = &[
    ("platctl.yaml", "version: 1\nname: Test Platform\n"),
    ("teams/team-a.yaml", "id: team-a\nname: Team A\ntype: platform\n"),
    ("teams/team-b.yaml", "id: team-b\nname: Team B\ntype: product\n"),
    ("services/svc-a.yaml", "id: svc-a\nteam: team-b\ntier: 1\nuses:\n  - cap-ga\n"),
    ("services/svc-b.yaml", "id: svc-b\nteam: team-b\ntier: 2\nuses:\n  - capability: cap-ga\n    version: v2\n"),
    (
        "capabilities/cap-ga.yaml",
        "id: cap-ga\nname: GA thing\nsummary: Works\nowner: team-a\nlifecycle: ga\nslo:\n  availability: 99.9\nsupport:\n  channel: \"#a\"\ndocs: https://d\nrunbook: https://r\n",
    ),
    ("capabilities/cap-beta.yaml", "id: cap-beta\nname: Beta thing\nsummary: Soon\nowner: team-a\nlifecycle: beta\ndepends_on: [cap-ga]\n"),
    (
        "roadmap/2026-Q4.yaml",
        "quarter: 2026-Q4\nthemes:\n  - id: t1\n    name: Theme one\nitems:\n  - id: item-a\n    title: A\n    theme: t1\n    owner: team-a\n    status: delivered\n    delivered: 2026-11-01\n    outcome: Better\n  - id: item-b\n    title: B\n    owner: team-a\n    status: planned\n    kpi: adoption-rate\n    depends_on: [item-a]\n    intake: [INT-AAAAAA]\n",
    ),
    (
        "intake/INT-AAAAAA.yaml",
        "id: INT-AAAAAA\ntitle: Need a thing\nrequester:\n  team: team-b\ncreated: 2026-11-25\ntype: capability\nproblem: We lack it\n",
    ),
    (
        "exceptions/EXC-AAAAAA.yaml",
        "id: EXC-AAAAAA\ntitle: Waiver\nstandard: cap-ga\nteam: team-b\nservice: svc-a\nreason: Because\nrisk: low\nrequested: 2026-09-20\nstatus: approved\napproved_by: Sec\ngranted: 2026-10-01\nexpires: 2027-02-01\n",
    ),
    ("metrics/slo.yaml", "kpi: slo-attainment\npoints:\n  - period: 2026-Q3\n    value: 99.95\n"),
    ("surveys/nps-q3.yaml", "id: nps-q3\nkind: nps\nperiod: 2026-Q3\nresponses: [9, 10, 6]\n"),
];

/// A temp catalog: BASE, then `files` on top (same path replaces).
pub fn catalog(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    write_files(dir.path(), BASE);
    write_files(dir.path(), files);
    dir
}

/// (rule, file, line, column) of every finding of `lint --format json`.
pub fn findings(dir: &Path) -> Vec<(String, String, u64, u64)> {
    let out = platctl()
        .arg("-C")
        .arg(dir)
        .args(["lint", "--format", "json"])
        .output()
        .expect("runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "lint exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or_default().to_string(),
                d["file"].as_str().unwrap_or_default().to_string(),
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

/// Compares `actual` with the reviewed snapshot tests/snapshots/NAME.snap
/// (insta). A change fails the test and writes NAME.snap.new beside it:
/// review it with `cargo insta review`, or accept every pending one with
/// `INSTA_UPDATE=always cargo test --test cli`, then read the git diff.
pub fn snapshot(name: &str, actual: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name, actual));
}

/// Runs git in `dir` as a fixed author at a fixed date (`date`, ISO 8601),
/// with no configuration from the machine or the user, and returns its
/// standard output, trimmed. The one way tests make git histories.
pub fn git(dir: &std::path::Path, date: &str, args: &[&str]) -> String {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "tag.gpgsign=false",
            "-c",
            "core.autocrlf=false",
        ])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .env("GIT_AUTHOR_NAME", "Fixture")
        .env("GIT_AUTHOR_EMAIL", "fixture@example.invalid")
        .env("GIT_COMMITTER_NAME", "Fixture")
        .env("GIT_COMMITTER_EMAIL", "fixture@example.invalid")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}
