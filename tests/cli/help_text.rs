//! Help reads like gh's: examples survive wrapping at 80 columns (one
//! command per line, long ones continued with `\`), global options under
//! their own heading, and no environment value in usage or help.

use clap::CommandFactory;
use platctl::cli::Cli;

fn all(cmd: &clap::Command, path: String, out: &mut Vec<(String, clap::Command)>) {
    for sub in cmd.get_subcommands() {
        let p = format!("{path} {}", sub.get_name());
        out.push((p.clone(), sub.clone()));
        all(sub, p, out);
    }
}

fn commands() -> Vec<(String, clap::Command)> {
    let mut root = Cli::command().term_width(80);
    root.build();
    let mut v = vec![("platctl".to_string(), root.clone())];
    all(&root, "platctl".into(), &mut v);
    v
}

#[test]
fn examples_survive_wrapping_at_80_columns() {
    let mut bad = Vec::new();
    for (name, mut cmd) in commands() {
        let help = cmd.render_long_help().to_string();
        let mut in_examples = false;
        let mut continued = false;
        for line in help.lines() {
            if line.trim_end() == "Examples:" {
                in_examples = true;
                continue;
            }
            if !in_examples {
                continue;
            }
            if line.trim().is_empty() {
                in_examples = false;
                continue;
            }
            let ok = line.starts_with("  platctl ")
                || line.starts_with("  # ")
                || line.starts_with("  man ")
                || (continued && line.starts_with("    "));
            if !ok || line.chars().count() > 80 {
                bad.push(format!("{name}: {line:?}"));
            }
            continued = line.trim_end().ends_with('\\');
        }
    }
    assert!(
        bad.is_empty(),
        "example lines that wrap or are not commands:\n{}",
        bad.join("\n")
    );
}

#[test]
fn global_options_have_their_own_heading_and_hide_env_values() {
    // Run as the binary, with the value in its environment: tests share one
    // process, so none may set an environment variable of its own.
    for (name, _) in commands() {
        let out = crate::common::TestEnv::empty()
            .bare()
            .args(name.split(' ').skip(1))
            .arg("--help")
            .env("PLATCTL_TODAY", "2031-01-01")
            .env("COLUMNS", "80")
            .output()
            .expect("runs");
        let help = String::from_utf8_lossy(&out.stdout);
        if name != "platctl" && !help.contains("--today") {
            continue;
        }
        assert!(help.contains("Global options:\n"), "{name}:\n{help}");
        assert!(
            !help.contains("2031"),
            "{name} shows an environment value:\n{help}"
        );
    }
}
