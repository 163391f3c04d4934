//! On a terminal, tables fit its width (asked of the terminal, not only
//! COLUMNS): ids whole, free text cut with `…`; `explain` text wraps. Piped,
//! the output is laid out for no width at all.
#![cfg(unix)]

use crate::common::TestEnv;

/// The output of platctl run in a pseudo-terminal `cols` wide (COLUMNS says
/// something else, to show the terminal wins).
fn on_terminal(cols: u16, args: &[&str]) -> String {
    let demo = TestEnv::demo();
    let mut c = demo.std_cmd_after(&format!("stty cols {cols} rows 50"));
    c.args(args).env("TERM", "dumb").env("COLUMNS", "200");
    let mut p = rexpect::session::spawn_command(c, Some(20_000)).expect("spawn in a pty");
    let out = p.exp_eof().expect("ends");
    // rexpect hands back one char per byte: decode the UTF-8 again.
    let bytes: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    String::from_utf8_lossy(&bytes).replace("\r\n", "\n")
}

fn piped(args: &[&str]) -> String {
    let out = TestEnv::demo().output(args);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn table_lines(s: &str) -> Vec<&str> {
    s.lines()
        .filter(|l| l.starts_with(['│', '┌', '└', '╞']))
        .collect()
}

#[test]
fn tables_fit_the_terminal_and_never_break_an_id() {
    // 110 columns: the id, team, type, status… columns take 96; the title gets the rest.
    let out = on_terminal(110, &["intake", "list", "--all"]);
    let lines = table_lines(&out);
    assert!(!lines.is_empty(), "{out}");
    for l in &lines {
        assert!(l.chars().count() <= 110, "wider than 110: {l}\n{out}");
    }
    // Every id is whole on its line, and long titles are cut with `…`.
    for id in ["INT-2JEHNW", "INT-5ZA541", "INT-24B3E4"] {
        assert!(lines.iter().any(|l| l.contains(id)), "{id} broken:\n{out}");
    }
    assert!(out.contains('…'), "{out}");
    // Piped: whole titles, no `…`, and wider than the terminal was.
    let p = piped(&["intake", "list", "--all"]);
    assert!(!p.contains('…'), "{p}");
    assert!(
        p.contains("Review changes in a running environment before merge"),
        "{p}"
    );
}

#[test]
fn explain_wraps_at_the_terminal_width() {
    let out = on_terminal(60, &["explain", "exception-expiring"]);
    assert!(out.lines().all(|l| l.chars().count() <= 60), "{out}");
    let p = piped(&["explain", "exception-expiring"]);
    assert!(p.lines().any(|l| l.chars().count() > 60), "{p}");
}
