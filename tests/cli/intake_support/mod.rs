//! Helpers shared by the intake tests: a copy of the fixture catalog, the
//! binary with a pinned date, and git repositories that ignore the machine's
//! configuration.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub const TODAY: &str = "2026-11-27";

pub fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/intake")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read fixture") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy");
        }
    }
}

/// A fresh copy of the fixture catalog; the catalog is `<tmp>/cat`.
pub fn catalog() -> (tempfile::TempDir, PathBuf) {
    let d = tempfile::tempdir().expect("tempdir");
    let root = d.path().join("cat");
    copy_dir(&fixture(), &root);
    (d, root)
}

/// `platctl -C root --today TODAY ...`, isolated from the environment.
pub fn platctl(root: &Path) -> assert_cmd::Command {
    platctl_on(root, TODAY)
}

/// `platctl -C root --today <today> ...`.
pub fn platctl_on(root: &Path, today: &str) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("platctl").expect("binary");
    c.arg("-C")
        .arg(root)
        .arg("--today")
        .arg(today)
        .arg("--color")
        .arg("never");
    isolate(
        c.env_remove("PLATCTL_CATALOG").env_remove("PLATCTL_TODAY"),
        root,
    );
    c
}

fn isolate<C: EnvLike>(c: &mut C, home: &Path) {
    c.set("HOME", home.parent().unwrap_or(home));
    c.set("GIT_CONFIG_NOSYSTEM", Path::new("1"));
    c.set("GIT_CONFIG_GLOBAL", Path::new("/dev/null"));
    c.set("TZ", Path::new("UTC"));
}

trait EnvLike {
    fn set(&mut self, k: &str, v: &Path);
}
impl EnvLike for assert_cmd::Command {
    fn set(&mut self, k: &str, v: &Path) {
        self.env(k, v);
    }
}
impl EnvLike for Command {
    fn set(&mut self, k: &str, v: &Path) {
        self.env(k, v);
    }
}

/// `git -C dir ...` with a fixed identity and no outside configuration.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let mut c = Command::new("git");
    c.arg("-C").arg(dir).args(args);
    isolate(&mut c, dir);
    c.env("GIT_AUTHOR_DATE", "2026-11-20T10:00:00Z")
        .env("GIT_COMMITTER_DATE", "2026-11-20T10:00:00Z");
    let out = c.output().expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Makes `root` a git repository with one commit and a configured author.
pub fn init_repo(root: &Path) {
    git(root, &["init", "-q", "-b", "main"]);
    git(root, &["config", "user.name", "Pat Platform"]);
    git(root, &["config", "user.email", "pat@example.com"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "catalog"]);
}

/// Files of a directory (recursively), relative, sorted.
pub fn files_under(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, d: &Path, out: &mut Vec<String>) {
        if let Ok(rd) = std::fs::read_dir(d) {
            for e in rd.flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(base, &p, out);
                } else if let Ok(r) = p.strip_prefix(base) {
                    out.push(r.to_string_lossy().replace('\\', "/"));
                }
            }
        }
    }
    let mut v = Vec::new();
    walk(dir, dir, &mut v);
    v.sort();
    v
}
