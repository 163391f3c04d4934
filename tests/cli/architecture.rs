//! Dependencies run one way. Findings and places (`diag`) are the bottom,
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
    ("model", &["diag"]),
    ("catalog", &["diag", "model", "suggest"]),
    ("schema", &["diag", "model"]),
];

/// Modules a module's files may not name.
const NEVER: &[(&str, &[&str])] = &[
    ("store", &["output", "commands", "cli", "mcp"]),
    ("lint", &["commands", "cli", "mcp", "store"]),
    ("kpi", &["commands", "cli", "mcp", "store"]),
    ("history", &["commands", "cli", "mcp", "store", "output"]),
    ("scorecard", &["commands", "cli", "mcp", "store"]),
    ("status", &["commands", "cli", "mcp"]),
    ("report", &["commands", "cli", "mcp"]),
    ("export", &["commands", "cli", "mcp"]),
    ("interop", &["commands", "cli", "mcp"]),
    ("site", &["commands", "cli", "mcp"]),
    ("output", &["commands", "cli", "mcp"]),
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
