//! The intake tests' fixture: a copy of tests/fixtures/intake, the binary
//! pinned to its date, and git as the intake tests have always run it (the
//! identity from the repository's configuration, output untrimmed). The
//! work is [`crate::common`]'s.
#![allow(dead_code)]

use crate::common;
use std::path::{Path, PathBuf};

pub use crate::common::{files_under, TODAY};

pub fn fixture() -> PathBuf {
    common::fixture_dir("intake")
}

/// A fresh copy of the fixture catalog; the catalog is `<tmp>/cat`.
pub fn catalog() -> (tempfile::TempDir, PathBuf) {
    let d = tempfile::tempdir().expect("tempdir");
    let root = d.path().join("cat");
    common::copy_dir(&fixture(), &root);
    (d, root)
}

/// `platctl -C root --today TODAY ...`, isolated from the environment.
pub fn platctl(root: &Path) -> assert_cmd::Command {
    platctl_on(root, TODAY)
}

/// `platctl -C root --today <today> ...`.
pub fn platctl_on(root: &Path, today: &str) -> assert_cmd::Command {
    let mut c = common::platctl_at_legacy(today);
    c.env("HOME", root.parent().unwrap_or(root))
        .arg("-C")
        .arg(root)
        .arg("--today")
        .arg(today)
        .arg("--color")
        .arg("never");
    c
}

/// `git -C dir ...` with no outside configuration, at a fixed date.
pub fn git(dir: &Path, args: &[&str]) -> String {
    common::git_output_legacy(common::git_cmd_legacy(dir, "2026-11-20T10:00:00Z").args(args))
}

/// Makes `root` a git repository with one commit and a configured author.
pub fn init_repo(root: &Path) {
    git(root, &["init", "-q", "-b", "main"]);
    git(root, &["config", "user.name", "Pat Platform"]);
    git(root, &["config", "user.email", "pat@example.com"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "catalog"]);
}
