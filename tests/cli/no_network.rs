//! platctl never touches the network: every command runs with networking
//! unavailable (`unshare -n`), and, where strace exists, makes no inet connect.
//! Skipped where user namespaces are not available.

use crate::common::TestEnv;
use std::process::Command;

fn available(cmd: &[&str]) -> bool {
    Command::new(cmd[0])
        .args(&cmd[1..])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn every_command_runs_without_a_network() {
    if !available(&["unshare", "-n", "true"]) {
        eprintln!("skipped: `unshare -n` is not available here");
        return;
    }
    let strace = available(&["strace", "-V"]);
    let demo = TestEnv::demo();
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).expect("mkdir");
    let o = out.to_string_lossy().to_string();
    let commands: Vec<Vec<String>> = [
        vec!["lint"],
        vec!["lint", "--format", "json"],
        vec!["explain", "schema"],
        vec!["intake", "list", "--format", "json"],
        vec!["intake", "similar", "--text", "managed postgres"],
        vec!["capability", "list", "--format", "json"],
        vec!["roadmap", "list"],
        vec![
            "report",
            "roadmap",
            "--format",
            "html",
            "-o",
            &format!("{o}/r.html"),
        ],
        vec!["report", "catalog", "--format", "md"],
        vec![
            "report",
            "kpi",
            "--format",
            "html",
            "-o",
            &format!("{o}/k.html"),
        ],
        vec!["kpi", "--format", "json"],
        vec!["deprecation", "list", "--format", "json"],
        vec!["exception", "list", "--format", "json"],
        vec!["schema", "-o", &o],
        vec!["completions", "bash"],
        vec!["man", "-o", &o],
        vec!["capability", "show", "identity-sso"],
        vec!["capability", "readiness", "identity-sso"],
        vec!["deprecation", "show", "legacy-auth-sunset"],
        vec!["exception", "show", "EXC-QWKMV1"],
        vec!["intake", "show", "INT-2JEHNW"],
        vec!["kpi", "--trend", "--format", "json"],
        vec!["changelog", "--format", "json"],
    ]
    .iter()
    .map(|v| v.iter().map(|s| s.to_string()).collect())
    .collect();
    for args in commands {
        let log = dir.path().join("strace.log");
        let mut wrapper: Vec<std::ffi::OsString> = vec!["unshare".into(), "-n".into()];
        if strace {
            for a in ["strace", "-f", "-qq", "-e", "trace=connect", "-o"] {
                wrapper.push(a.into());
            }
            wrapper.push(log.clone().into());
        }
        let mut c = demo.std_cmd_under(&wrapper);
        c.args(&args).env("PLATCTL_TODAY", "2026-11-27");
        let res = c.output().expect("runs");
        assert!(
            matches!(res.status.code(), Some(0 | 1)),
            "{args:?}: exit {:?}: {}",
            res.status.code(),
            String::from_utf8_lossy(&res.stderr)
        );
        if strace {
            let trace = std::fs::read_to_string(&log).unwrap_or_default();
            let inet: Vec<&str> = trace.lines().filter(|l| l.contains("AF_INET")).collect();
            assert!(inet.is_empty(), "{args:?} tried to connect: {inet:?}");
        }
    }
}
