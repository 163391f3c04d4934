//! Lint findings as rustc-style text and as JSON.

use super::style::Style;
use crate::catalog::Catalog;
use crate::lint::{counts, Diagnostic};
use crate::model::Level;
use serde::Serialize;

/// The source line of a finding, with its number.
fn source_line(cat: &Catalog, d: &Diagnostic) -> Option<String> {
    let text = cat.text(d.file);
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let line = text.lines().nth(d.span.line.checked_sub(1)? as usize)?;
    Some(line.trim_end_matches('\r').to_string())
}

/// Width of the caret run: the value's length in characters on its line.
fn caret_len(cat: &Catalog, d: &Diagnostic, line: &str) -> usize {
    let text = cat.text(d.file);
    let (a, b) = (d.span.offset as usize, (d.span.offset + d.span.len) as usize);
    let value = text.get(a..b).unwrap_or("");
    let first = value.lines().next().unwrap_or("");
    let rest = line.chars().count().saturating_sub(d.span.col as usize - 1);
    first.chars().count().clamp(1, rest.max(1))
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

pub fn summary_line(diags: &[Diagnostic], files: usize) -> String {
    let (e, w) = counts(diags);
    format!("{}, {} in {}", plural(e, "error"), plural(w, "warning"), plural(files, "file"))
}

/// rustc-style blocks, then a summary line.
pub fn text(cat: &Catalog, diags: &[Diagnostic], files: usize, st: Style) -> String {
    let mut out = String::new();
    for d in diags {
        let head = match d.level {
            Level::Error => st.red(&format!("error[{}]", d.rule)),
            _ => st.yellow(&format!("warning[{}]", d.rule)),
        };
        out.push_str(&format!("{head}: {}\n", st.bold(&d.message)));
        let loc = format!("{}:{}:{}", cat.path(d.file), d.span.line, d.span.col);
        let num = d.span.line.to_string();
        let pad = " ".repeat(num.len());
        out.push_str(&format!("{pad}{} {loc}\n", st.blue("-->")));
        if let Some(line) = source_line(cat, d) {
            let bar = st.blue("|");
            out.push_str(&format!("{pad} {bar}\n"));
            out.push_str(&format!("{} {bar} {line}\n", st.blue(&num)));
            let lead: String = line.chars().take(d.span.col.saturating_sub(1) as usize).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
            let carets = "^".repeat(caret_len(cat, d, &line));
            let carets = match d.level {
                Level::Error => st.red(&carets),
                _ => st.yellow(&carets),
            };
            out.push_str(&format!("{pad} {bar} {lead}{carets}\n"));
        }
        if let Some(h) = &d.help {
            out.push_str(&format!("{pad} {} {}: {h}\n", st.blue("="), st.bold("help")));
        }
        out.push('\n');
    }
    out.push_str(&summary_line(diags, files));
    out.push('\n');
    out
}

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    summary: JsonSummary,
    diagnostics: Vec<JsonDiag<'a>>,
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    entities: usize,
    errors: usize,
    warnings: usize,
}

#[derive(Serialize)]
struct JsonDiag<'a> {
    rule: &'a str,
    level: &'a str,
    file: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    message: &'a str,
    help: Option<&'a str>,
}

/// The end of a finding's value: same line, column after its last character.
pub fn end_of(cat: &Catalog, d: &Diagnostic) -> (u32, u32) {
    match source_line(cat, d) {
        Some(line) => (d.span.line, d.span.col + caret_len(cat, d, &line) as u32),
        None => (d.span.line, d.span.col),
    }
}

pub fn json(cat: &Catalog, diags: &[Diagnostic], files: usize) -> String {
    let (errors, warnings) = counts(diags);
    let r = JsonReport {
        version: 1,
        summary: JsonSummary { files, entities: cat.entity_count, errors, warnings },
        diagnostics: diags
            .iter()
            .map(|d| {
                let (end_line, end_column) = end_of(cat, d);
                JsonDiag {
                    rule: d.rule,
                    level: d.level.as_str(),
                    file: cat.path(d.file),
                    line: d.span.line,
                    column: d.span.col,
                    end_line,
                    end_column,
                    message: &d.message,
                    help: d.help.as_deref(),
                }
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&r).unwrap_or_default();
    s.push('\n');
    s
}
