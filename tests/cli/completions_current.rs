//! The committed shell completions in completions/ match the command tree,
//! and `platctl man` writes a page per command.
//!
//! After adding or changing a command or flag, regenerate with
//! `cargo run -- completions --dir completions`
//! (or `UPDATE_SNAPSHOTS=1 cargo test --test cli -- completions_current::`) and commit.

use crate::common::TestEnv;
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
        "completions/ is out of date: {stale:?}\n  run `cargo run -- completions --dir completions` (or `UPDATE_SNAPSHOTS=1 cargo test --test cli -- completions_current::`) and commit"
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
        let out = TestEnv::empty()
            .bare()
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
    let tmp = TestEnv::empty();
    tmp.bare()
        .args(["completions", "--dir"])
        .arg(tmp.root())
        .assert()
        .success();
    let mut names: Vec<String> = std::fs::read_dir(tmp.root())
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
    TestEnv::empty().bare().arg("completions").assert().code(2);
}

#[test]
fn man_pages_for_every_command() {
    let tmp = TestEnv::empty();
    let out = tmp.root().join("man1");
    tmp.bare().args(["man", "-o"]).arg(&out).assert().success();
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
    // A dated title line (a fixed date, not the clock), and examples kept as
    // written: no fill between `.nf` and `.fi`.
    assert!(
        lint.contains(".TH platctl-lint 1 2026-12-06 \"platctl "),
        "{}",
        lint.lines()
            .find(|l| l.starts_with(".TH"))
            .unwrap_or("no .TH")
    );
    let extra = lint
        .split(".SH EXTRA\n")
        .nth(1)
        .expect("an examples section");
    assert!(
        extra.starts_with(".nf\nExamples:\n  platctl lint\n"),
        "{extra}"
    );
    assert!(extra.contains("\n.fi\n"), "{extra}");
    assert!(
        lint.contains("changed\\-since"),
        "the lint page documents its flags"
    );
    // Deterministic: a second run gives the same bytes.
    let again = tmp.root().join("again");
    tmp.bare()
        .args(["man", "-o"])
        .arg(&again)
        .assert()
        .success();
    assert_eq!(
        std::fs::read(again.join("platctl.1")).expect("page"),
        std::fs::read(out.join("platctl.1")).expect("page")
    );
}

/// Fish completes shells after `completions` and commands after `help`,
/// never file names there.
#[test]
fn fish_offers_no_file_names_for_completions_and_help() {
    let fish = std::fs::read_to_string(dir().join("platctl.fish")).expect("fish script");
    assert!(fish.contains(
        "complete -c platctl -n \"__fish_platctl_using_subcommand completions\" -f -a \"bash zsh fish powershell elvish\""
    ));
    assert!(fish.contains("complete -c platctl -n \"__fish_platctl_using_subcommand help\" -f\n"));
}
