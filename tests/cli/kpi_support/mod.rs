//! Helpers shared by the KPI, history and changelog tests: KPI look-ups in
//! JSON, over [`crate::common`]'s binary, files and git.
#![allow(dead_code)] // each test crate uses some of them

use serde_json::Value;
use std::path::Path;

/// Runs platctl in `cwd` with today pinned to 2026-11-27, no colour, and
/// nothing from the environment that would change its answer.
pub fn platctl(cwd: &Path, args: &[&str]) -> std::process::Output {
    crate::common::platctl()
        .current_dir(cwd)
        .args(["--today", crate::common::TODAY])
        .args(args)
        .output()
        .expect("run")
}

/// Runs platctl, expects success, and parses its JSON.
pub fn json(cwd: &Path, args: &[&str]) -> Value {
    let out = platctl(cwd, args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

/// A KPI of `platctl kpi --format json`.
pub fn kpi<'a>(j: &'a Value, id: &str) -> &'a Value {
    j["kpis"]
        .as_array()
        .expect("kpis")
        .iter()
        .find(|k| k["id"] == id)
        .unwrap_or_else(|| panic!("no {id}"))
}

/// A number, to 1e-12.
pub fn close(v: &Value, want: f64) {
    let got = v.as_f64().unwrap_or_else(|| panic!("{v} is not a number"));
    assert!((got - want).abs() < 1e-12, "got {got}, want {want}");
}

pub use crate::common::git;

pub fn write(root: &Path, path: &str, text: &str) {
    crate::common::write_files(root, &[(path, text)]);
}
