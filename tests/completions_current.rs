//! The committed shell completions in completions/ match the command tree,
//! and `platctl man` writes a page per command.
//!
//! After adding or changing a command or flag, regenerate with
//! `cargo run -- completions --dir completions`
//! (or `UPDATE_SNAPSHOTS=1 cargo test --test completions_current`) and commit.

use assert_cmd::Command;
use platctl::commands::completions::{file_name, script, write_all, SHELLS};
use std::path::Path;

fn dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("completions")
}

#[test]
fn committed_completions_are_current() {
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        write_all(&dir()).expect("write completions");
    }
    let stale: Vec<String> = SHELLS
        .iter()
        .map(|s| file_name(*s))
        .zip(SHELLS.iter().map(|s| script(*s)))
        .filter(|(name, text)| {
            std::fs::read_to_string(dir().join(name)).ok().as_deref() != Some(text.as_str())
        })
        .map(|(name, _)| name)
        .collect();
    assert!(
        stale.is_empty(),
        "completions/ is out of date: {stale:?}\n  run `cargo run -- completions --dir completions` (or `UPDATE_SNAPSHOTS=1 cargo test --test completions_current`) and commit"
    );
}

#[test]
fn the_command_prints_each_shell_and_writes_them_all() {
    for (shell, name) in [
        ("bash", "platctl.bash"),
        ("zsh", "_platctl"),
        ("fish", "platctl.fish"),
        ("powershell", "_platctl.ps1"),
        ("elvish", "platctl.elv"),
    ] {
        let out = Command::cargo_bin("platctl")
            .expect("bin")
            .args(["completions", shell])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{shell}");
        let text = String::from_utf8(out.stdout).expect("utf-8");
        assert!(
            text.contains("changed-since"),
            "{shell} completes lint's flags"
        );
        if matches!(shell, "bash" | "zsh" | "fish") {
            assert!(text.contains("sarif"), "{shell} completes --format values");
        }
        assert_eq!(
            text,
            std::fs::read_to_string(dir().join(name)).expect("committed"),
            "{shell}"
        );
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    Command::cargo_bin("platctl")
        .expect("bin")
        .args(["completions", "--dir"])
        .arg(tmp.path())
        .assert()
        .success();
    let mut names: Vec<String> = std::fs::read_dir(tmp.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "_platctl",
            "_platctl.ps1",
            "platctl.bash",
            "platctl.elv",
            "platctl.fish"
        ]
    );
    Command::cargo_bin("platctl")
        .expect("bin")
        .arg("completions")
        .assert()
        .code(2);
}

#[test]
fn man_pages_for_every_command() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("man1");
    Command::cargo_bin("platctl")
        .expect("bin")
        .args(["man", "-o"])
        .arg(&out)
        .assert()
        .success();
    for page in [
        "platctl.1",
        "platctl-lint.1",
        "platctl-schema.1",
        "platctl-completions.1",
        "platctl-man.1",
    ] {
        let text =
            std::fs::read_to_string(out.join(page)).unwrap_or_else(|_| panic!("{page} missing"));
        assert!(
            text.starts_with(".ie") || text.contains(".TH"),
            "{page} is not roff"
        );
    }
    let lint = std::fs::read_to_string(out.join("platctl-lint.1")).expect("lint page");
    assert!(
        lint.contains("changed\\-since"),
        "the lint page documents its flags"
    );
    // Deterministic: a second run gives the same bytes.
    let again = tmp.path().join("again");
    Command::cargo_bin("platctl")
        .expect("bin")
        .args(["man", "-o"])
        .arg(&again)
        .assert()
        .success();
    assert_eq!(
        std::fs::read(again.join("platctl.1")).expect("page"),
        std::fs::read(out.join("platctl.1")).expect("page")
    );
}
