//! `platctl lint`, `explain` and `init` as a user runs them.

use crate::common::{snapshot, TestEnv};
use predicates::prelude::*;

#[test]
fn the_demo_catalog_gives_exactly_its_intended_findings() {
    let demo = TestEnv::demo();
    let got = demo.findings();
    let want = vec![
        (
            "sunset-approaching".to_string(),
            "deprecations/legacy-auth-sunset.yaml".to_string(),
            6,
            9,
        ),
        (
            "exception-expiring".to_string(),
            "exceptions/EXC-QWKMV1.yaml".to_string(),
            17,
            10,
        ),
        (
            "intake-stale".to_string(),
            "intake/INT-2JEHNW.yaml".to_string(),
            17,
            9,
        ),
    ];
    assert_eq!(got, want);
    demo.cmd().arg("lint").assert().success();
    demo.cmd()
        .args(["lint", "--deny-warnings"])
        .assert()
        .code(1);
}

#[test]
fn json_is_byte_identical_between_runs() {
    let demo = TestEnv::demo();
    let run = || {
        demo.cmd()
            .args(["lint", "--format", "json"])
            .output()
            .expect("runs")
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn text_rendering_snapshot() {
    let dir = TestEnv::base(&[
        ("services/svc-c.yaml", "id: svc-c\nteam: team-bb   # typo\nuses:\n  - cap-ga\n"),
        ("teams/team-c.yaml", "id: team-c\nname: C\ntpye: platform\n"),
        ("exceptions/EXC-AAAAAA.yaml", "id: EXC-AAAAAA\ntitle: Waiver\nstandard: cap-ga\nteam: team-b\nreason: Because\nrisk: low\nrequested: 2026-09-20\nstatus: approved\napproved_by: Sec\ngranted: 2026-10-01\nexpires: 2026-12-01\n"),
    ]);
    let out = dir.cmd().arg("lint").output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    snapshot("lint_text", &String::from_utf8_lossy(&out.stdout));
}

#[test]
fn levels_from_settings_flags_and_suppressions() {
    let stale = (
        "intake/INT-AAAAAA.yaml",
        "id: INT-AAAAAA\ntitle: T\nrequester:\n  team: team-b\ncreated: 2026-01-01\nproblem: P\n",
    );
    let dir = TestEnv::base(&[stale]);
    assert_eq!(dir.findings().len(), 1);
    dir.cmd()
        .args(["lint", "--rule", "intake-stale=error"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[intake-stale]"));
    dir.cmd()
        .args(["lint", "--rule", "intake-stale=off"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 errors, 0 warnings"));
    dir.cmd()
        .args(["lint", "--rule", "intake-stail=off"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `intake-stale`"));
    let dir = TestEnv::base(&[
        stale,
        (
            "platctl.yaml",
            "version: 1\nlint:\n  rules:\n    intake-stale: off\n",
        ),
    ]);
    assert_eq!(dir.findings(), vec![]);
    let dir = TestEnv::base(&[
        stale,
        (
            "platctl.yaml",
            "version: 1\nlint:\n  ignore: [\"intake/**\"]\n",
        ),
    ]);
    assert_eq!(dir.findings(), vec![]);
    let suppressed = ("intake/INT-AAAAAA.yaml", "id: INT-AAAAAA\ntitle: T\nrequester:\n  team: team-b\ncreated: 2026-01-01\nproblem: P\n# platctl: allow(intake-stale) waiting for the Q1 planning\nstatus: new\n");
    assert_eq!(TestEnv::base(&[suppressed]).findings(), vec![]);
    let no_reason = ("intake/INT-AAAAAA.yaml", "id: INT-AAAAAA\ntitle: T\nrequester:\n  team: team-b\ncreated: 2026-01-01\nproblem: P\nstatus: new # platctl: allow(intake-stale)\n");
    let got = TestEnv::base(&[no_reason]).findings();
    assert_eq!(
        got.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(),
        vec!["intake-stale", "schema"]
    );
}

#[test]
fn paths_limit_what_is_reported() {
    let dir = TestEnv::base(&[
        ("services/svc-c.yaml", "id: svc-c\nteam: team-x\n"),
        ("teams/team-c.yaml", "id: team-c\nname: C\nbad: 1\n"),
    ]);
    let out = dir
        .cmd_in(&dir.root().join("services"))
        .args(["lint", "svc-c.yaml", "--format", "json"])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["diagnostics"].as_array().map(Vec::len), Some(1));
    assert_eq!(v["diagnostics"][0]["rule"], "unknown-team");
    assert_eq!(v["summary"]["files"], 1);
}

#[test]
fn no_catalog_is_exit_2_with_a_hint() {
    let dir = TestEnv::empty();
    dir.cmd_in(dir.root())
        .arg("lint")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("platctl init"));
    dir.cmd()
        .arg("lint")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("platctl init"));
    dir.cmd_in(dir.root())
        .env("PLATCTL_TODAY", "27/11/2026")
        .arg("lint")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("YYYY-MM-DD"));
}

#[test]
fn the_root_is_found_upward_and_from_the_environment() {
    let dir = TestEnv::base(&[]);
    dir.cmd_in(&dir.root().join("teams"))
        .arg("lint")
        .assert()
        .success()
        .stdout(predicate::str::contains("0 errors"));
    let elsewhere = TestEnv::empty();
    elsewhere
        .cmd_in(elsewhere.root())
        .env("PLATCTL_CATALOG", dir.root())
        .arg("lint")
        .assert()
        .success();
}

#[test]
fn bad_settings_are_findings_and_a_broken_platctl_yaml_is_reported() {
    let dir = TestEnv::base(&[(
        "platctl.yaml",
        "version: 2\nfiscal_year_start_month: 13\npolicy:\n  exeption_max_days: 10\n",
    )]);
    let got = dir.findings();
    let rules: Vec<(&str, u64)> = got.iter().map(|f| (f.0.as_str(), f.2)).collect();
    assert_eq!(rules, vec![("schema", 1), ("schema", 2), ("schema", 4)]);
    let dir = TestEnv::base(&[("platctl.yaml", "version: 1\n\tname: x\n")]);
    assert_eq!(dir.findings()[0].0, "yaml-syntax");
}

#[test]
fn explain_teaches_each_rule() {
    let env = TestEnv::empty();
    for r in platctl::lint::registry::RULES {
        env.bare()
            .args(["explain", r.id.as_str()])
            .assert()
            .success()
            .stdout(predicate::str::contains(r.id.as_str()).and(predicate::str::contains("Fix")));
    }
    env.bare()
        .args(["explain", "exception-expirng"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("exception-expiring"));
    env.bare()
        .arg("explain")
        .assert()
        .success()
        .stdout(predicate::str::contains("unused-suppression"));
}

#[test]
fn init_makes_a_clean_catalog_and_never_overwrites() {
    let env = TestEnv::empty().root_at("cat");
    let root = env.root();
    env.bare()
        .arg("init")
        .arg(root)
        .args(["--name", "Acme: Platform", "--example"])
        .assert()
        .success();
    assert!(root.join("platctl.yaml").is_file());
    assert!(root.join("capabilities/ci-pipelines.yaml").is_file());
    assert_eq!(env.findings(), vec![]);
    let before = std::fs::read(root.join("platctl.yaml")).expect("read");
    env.bare()
        .arg("init")
        .arg(root)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(
        std::fs::read(root.join("platctl.yaml")).expect("read"),
        before
    );
    let empty = TestEnv::empty().root_at("empty");
    empty
        .bare()
        .arg("init")
        .arg(empty.root())
        .assert()
        .success();
    assert_eq!(empty.findings(), vec![]);
}

#[test]
fn init_makes_a_git_repository_unless_told_not_to() {
    let env = TestEnv::empty().root_at("cat");
    let root = env.root();
    env.bare()
        .arg("init")
        .arg(root)
        .assert()
        .success()
        .stderr(predicate::str::contains("a git repository"));
    assert!(root.join(".git").is_dir());
    // Inside a repository already: no second one.
    let inner = root.join("nested");
    env.bare().arg("init").arg(&inner).assert().success();
    assert!(!inner.join(".git").exists());
    let plain = env.tmp().join("plain");
    env.bare()
        .arg("init")
        .arg(&plain)
        .arg("--no-git")
        .assert()
        .success();
    assert!(!plain.join(".git").exists());
    assert!(plain.join("platctl.yaml").is_file());
}
