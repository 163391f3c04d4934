//! Dependencies run one way. Findings and places (`diag`) are the bottom,
//! beside the leaf helpers (`suggest`, `hash`, `chars`),
//! the typed model sits on them, loading (`catalog`) and the JSON Schemas
//! (`schema`) on the model; the store writes files and returns findings as
//! data, never rendered text; no core module reaches up into the command
//! line. A `use` that breaks this fails here, naming the file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Top-level modules a module's files may name (`crate::X`), when limited.
const ONLY: &[(&str, &[&str])] = &[
    ("diag", &[]),
    ("suggest", &[]),
    ("hash", &[]),
    ("chars", &[]),
    ("model", &["diag"]),
    ("catalog", &["diag", "hash", "model", "suggest"]),
    ("schema", &["diag", "model"]),
];

/// Modules a module's files may not name.
const NEVER: &[(&str, &[&str])] = &[
    ("store", &["output", "commands", "app", "cli", "mcp"]),
    ("lint", &["commands", "app", "cli", "mcp", "store"]),
    ("kpi", &["commands", "app", "cli", "mcp", "store"]),
    (
        "history",
        &["commands", "app", "cli", "mcp", "store", "output"],
    ),
    ("scorecard", &["commands", "app", "cli", "mcp", "store"]),
    ("status", &["commands", "app", "cli", "mcp"]),
    ("report", &["commands", "app", "cli", "mcp"]),
    ("export", &["commands", "app", "cli", "mcp"]),
    ("interop", &["commands", "app", "cli", "mcp"]),
    ("site", &["commands", "app", "cli", "mcp"]),
    ("output", &["commands", "app", "cli", "mcp"]),
    (
        "ops",
        &["commands", "app", "cli", "mcp", "output", "prompt"],
    ),
    ("prompt", &["commands", "app", "cli", "mcp", "store", "ops"]),
    // The command line is data (flags, value lists, help texts): it may
    // name model types and value lists, never the work behind a command.
    (
        "cli",
        &[
            "commands",
            "app",
            "ops",
            "store",
            "output",
            "catalog",
            "git",
            "history",
            "lint",
            "mcp",
            "site",
            "interop",
            "status",
            "scorecard",
        ],
    ),
];

fn files_of(module: &str) -> Vec<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let file = src.join(format!("{module}.rs"));
    if file.is_file() {
        return vec![file];
    }
    let mut out = Vec::new();
    let mut stack = vec![src.join(module)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("module directory") {
            let p = entry.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "rs")
                // Unit tests may build fixtures with anything.
                && p.file_name().is_some_and(|n| n != "tests.rs")
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The top-level modules a source text names, as `crate::x` or within
/// `crate::{x, y::z}`.
fn named(text: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = BTreeSet::new();
    for (i, _) in text.match_indices("crate::") {
        let rest = &text[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let body = group.split('}').next().unwrap_or_default();
            out.extend(body.split(',').map(ident).filter(|s| !s.is_empty()));
        } else {
            out.insert(ident(rest));
        }
    }
    out.retain(|m| !m.is_empty());
    out
}

#[test]
fn dependencies_run_one_way() {
    let mut bad = Vec::new();
    for (module, allowed) in ONLY {
        for f in files_of(module) {
            let text = std::fs::read_to_string(&f).expect("source");
            for m in named(&text) {
                if m != *module && !allowed.contains(&m.as_str()) {
                    bad.push(format!("{} names crate::{m}", f.display()));
                }
            }
        }
    }
    for (module, banned) in NEVER {
        for f in files_of(module) {
            let text = std::fs::read_to_string(&f).expect("source");
            for m in named(&text) {
                if banned.contains(&m.as_str()) {
                    bad.push(format!("{} names crate::{m}", f.display()));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "imports against the layering:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_scanner_sees_grouped_and_plain_imports() {
    let got = named("use crate::{model::Span, diag};\nfn f() { crate::lint::lint(); }\n");
    let want: BTreeSet<String> = ["diag", "lint", "model"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(got, want);
}

/// The longest a function in `src/commands/` may be, from `fn` to its
/// closing brace: commands are glue, the work is in `ops/` and the core.
const MAX_COMMAND_FN_LINES: usize = 80;

/// Command functions still longer than that, as `path::fn` (to be split,
/// then removed from here: an entry that is no longer needed fails too).
const LONG_COMMAND_FNS: &[&str] = &[];

/// Every `fn` of a source text with its length in lines, counted from the
/// line naming it to the line where its braces balance (a declaration
/// without a body is not counted).
fn fn_lengths(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(name) = fn_name(lines[i]) else {
            i += 1;
            continue;
        };
        let (mut depth, mut opened, mut j) = (0i64, false, i);
        while j < lines.len() {
            for c in lines[j].chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            if (opened && depth <= 0) || (!opened && lines[j].trim_end().ends_with(';')) {
                break;
            }
            j += 1;
        }
        if opened {
            out.push((name, j + 1 - i));
        }
        i = j + 1;
    }
    out
}

/// The name of the function a line declares, if it declares one.
fn fn_name(line: &str) -> Option<String> {
    let mut words = line.split_whitespace();
    loop {
        match words.next()? {
            "fn" => {
                let rest = words.next()?;
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                return (!name.is_empty()).then_some(name);
            }
            w if w == "pub"
                || w.starts_with("pub(")
                || w == "const"
                || w == "async"
                || w == "unsafe" => {}
            _ => return None,
        }
    }
}

#[test]
fn command_functions_are_short() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut long = Vec::new();
    let mut seen = BTreeSet::new();
    for f in files_of("commands") {
        let text = std::fs::read_to_string(&f).expect("source");
        let rel = f
            .strip_prefix(root)
            .expect("under the crate")
            .to_string_lossy()
            .replace('\\', "/");
        for (name, n) in fn_lengths(&text) {
            let key = format!("{rel}::{name}");
            if n <= MAX_COMMAND_FN_LINES {
                continue;
            }
            if LONG_COMMAND_FNS.contains(&key.as_str()) {
                seen.insert(key);
            } else {
                long.push(format!("{key} is {n} lines"));
            }
        }
    }
    assert!(
        long.is_empty(),
        "command functions over {MAX_COMMAND_FN_LINES} lines (move the work to ops/ or the core, or split them):\n{}",
        long.join("\n")
    );
    let stale: Vec<&&str> = LONG_COMMAND_FNS
        .iter()
        .filter(|k| !seen.contains(**k))
        .collect();
    assert!(
        stale.is_empty(),
        "no longer over {MAX_COMMAND_FN_LINES} lines, remove from LONG_COMMAND_FNS: {stale:?}"
    );
}

/// The most lines `src/commands/` may hold in all: commands are glue (the
/// command line is in `cli/`, the work in `ops/` and the core, the text in
/// `output/`), so the folder stays small as commands are added.
const MAX_COMMANDS_LINES: usize = 2_500;

#[test]
fn commands_stay_glue() {
    let total: usize = files_of("commands")
        .iter()
        .map(|f| std::fs::read_to_string(f).expect("source").lines().count())
        .sum();
    assert!(
        total < MAX_COMMANDS_LINES,
        "src/commands/ holds {total} lines, the limit is {MAX_COMMANDS_LINES}: move the work to ops/ or the core, the text to output/, the flags to cli/"
    );
}

#[test]
fn the_fn_counter_counts_from_fn_to_its_closing_brace() {
    let text = "pub(crate) fn a(x: u8) -> u8 {\n    if x > 0 { 1 } else { 0 }\n}\n\nfn b<T>(\n    t: T,\n) {\n    let _ = format!(\"{{}}\", 1);\n}\ntrait T { fn c(&self); }\n";
    assert_eq!(
        fn_lengths(text),
        vec![("a".to_string(), 3), ("b".to_string(), 5)]
    );
    assert_eq!(fn_name("    pub fn run(env: &Env) {"), Some("run".into()));
    assert_eq!(fn_name("let f = |x| x;"), None);
}
