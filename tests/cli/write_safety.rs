//! Crash-safe and concurrent writes: a killed writer leaves the old file or
//! the new one, never half of one; concurrent writers never lose an update.

use crate::common::TestEnv;
use std::process::{Command, Stdio};
use std::time::Duration;

/// platctl on the env's catalog as a plain process, with no input or output.
fn quiet(env: &TestEnv) -> Command {
    let mut c = env.std_cmd();
    c.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

/// A tiny deterministic generator for kill delays.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[cfg(unix)]
#[test]
fn a_writer_killed_at_random_moments_leaves_the_old_or_the_new_file() {
    let dir = TestEnv::base(&[]);
    let root = dir.root();
    let file = root.join("intake/INT-AAAAAA.yaml");
    let original = std::fs::read_to_string(&file).expect("read");
    // The two versions triage alternates between.
    let mut versions = vec![original.clone()];
    for route in ["docs", "backlog"] {
        let ok = quiet(&dir)
            .args(["intake", "triage", "INT-AAAAAA", "--route", route])
            .status()
            .expect("runs");
        assert!(ok.success());
        versions.push(std::fs::read_to_string(&file).expect("read"));
    }
    let mut rng = Lcg(42);
    let runs: usize = std::env::var("PLATCTL_KILL_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(40);
    for i in 0..runs {
        let route = if i % 2 == 0 { "docs" } else { "backlog" };
        let mut child = quiet(&dir)
            .args(["intake", "triage", "INT-AAAAAA", "--route", route])
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_micros(rng.next() % 20_000));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read_to_string(&file).expect("the file is always there");
        assert!(
            versions.contains(&now),
            "run {i}: a torn or unknown file:\n{now}"
        );
    }
    // Whatever was killed, the catalog still lints without errors.
    assert!(dir
        .findings()
        .iter()
        .all(|f| f.0 != "yaml-syntax" && f.0 != "schema"));
}

#[test]
fn concurrent_triage_of_one_file_loses_no_update() {
    let mut batch = String::new();
    let ids: Vec<String> = "ABCDEFGH"
        .chars()
        .map(|c| format!("INT-BATCH{c}"))
        .collect();
    for id in &ids {
        batch.push_str(&format!("---\nid: {id}\ntitle: Request {id}\nrequester:\n  team: team-b\ncreated: 2026-11-25\nproblem: Something\n"));
    }
    let dir = TestEnv::base(&[("intake/batch.yaml", &batch)]);
    let root = dir.root();
    let children: Vec<_> = ids
        .iter()
        .map(|id| {
            quiet(&dir)
                .args(["intake", "triage", id, "--route", "backlog"])
                .spawn()
                .expect("spawn")
        })
        .collect();
    for mut c in children {
        assert!(c.wait().expect("wait").success());
    }
    let text = std::fs::read_to_string(root.join("intake/batch.yaml")).expect("read");
    assert_eq!(text.matches("status: triaged").count(), 8, "{text}");
    assert_eq!(dir.findings(), vec![]);
}

#[test]
fn ids_that_are_paths_never_escape_the_root() {
    let dir = TestEnv::base(&[]);
    for id in ["../../etc/passwd", "INT-AAAAAA/../../x", "/etc/passwd"] {
        let out = quiet(&dir)
            .args(["intake", "triage", id, "--route", "docs"])
            .stderr(Stdio::piped())
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{id}");
        assert!(!String::from_utf8_lossy(&out.stderr).is_empty());
    }
}
