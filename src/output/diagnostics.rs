//! Lint findings as rustc-style text and as JSON.

use super::style::Style;
use crate::catalog::Catalog;
use crate::lint::{counts, Diagnostic};
use crate::model::Level;
use serde::Serialize;

/// Where lines start in one file, and how many characters precede every
/// block of bytes: built once per file, so that placing a finding costs the
/// same whether its file holds one finding or a hundred thousand.
pub struct FileIndex {
    starts: Vec<usize>,
    /// Characters before `BLOCK * k` (rounded down to a character boundary).
    chars: Vec<usize>,
}

const BLOCK: usize = 256;

/// Characters of a source line shown around a finding's value.
const WINDOW: usize = 120;
/// Of which, at most this many before the value.
const BEFORE: usize = 40;

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl FileIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        let mut chars = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut count = 0;
        let mut prev = 0;
        for k in 0..=text.len() / BLOCK {
            let at = floor_boundary(text, k * BLOCK);
            count += text[prev..at].chars().count();
            chars.push(count);
            prev = at;
        }
        FileIndex { starts, chars }
    }

    /// Characters in `text[..at]`, in constant time.
    fn chars_upto(&self, text: &str, at: usize) -> usize {
        let at = floor_boundary(text, at);
        let k = (at / BLOCK).min(self.chars.len().saturating_sub(1));
        let from = floor_boundary(text, k * BLOCK).min(at);
        self.chars.get(k).copied().unwrap_or(0) + text[from..at].chars().count()
    }

    /// The byte range of line `line` (1-based), without its line break.
    fn line(&self, text: &str, line: u32) -> Option<(usize, usize)> {
        let i = (line as usize).checked_sub(1)?;
        let mut a = *self.starts.get(i)?;
        // A byte-order mark is not part of the first line.
        if a == 0 && text.starts_with('\u{feff}') {
            a = '\u{feff}'.len_utf8();
        }
        let mut b = self.starts.get(i + 1).map_or(text.len(), |n| n - 1);
        if text[a..b].ends_with('\r') {
            b -= 1;
        }
        Some((a, b))
    }
}

/// One index per file that findings point into.
pub struct Sources<'c> {
    cat: &'c Catalog,
    files: std::collections::HashMap<u32, FileIndex>,
}

impl<'c> Sources<'c> {
    pub fn new(cat: &'c Catalog, diags: &[Diagnostic]) -> Self {
        let mut files = std::collections::HashMap::new();
        for d in diags {
            files
                .entry(d.file.0)
                .or_insert_with(|| FileIndex::new(cat.text(d.file)));
        }
        Sources { cat, files }
    }

    /// The finding's line and the byte range of its value on that line.
    fn place(&self, d: &Diagnostic) -> Option<Place<'c>> {
        let text: &'c str = self.cat.text(d.file);
        let ix = self.files.get(&d.file.0)?;
        let (a, b) = ix.line(text, d.span.line)?;
        let off = d.span.offset as usize;
        let start = if (a..=b).contains(&off) && text.is_char_boundary(off) {
            off
        } else {
            // A span made without an offset: walk to its column.
            let skip = d.span.col.saturating_sub(1) as usize;
            text[a..b]
                .char_indices()
                .nth(skip)
                .map_or(b, |(i, _)| a + i)
        };
        let end = floor_boundary(text, start.saturating_add(d.span.len as usize)).min(b);
        Some(Place {
            text,
            line: (a, b),
            value: (start, end.max(start)),
        })
    }

    /// The end of a finding's value: same line, column after its last
    /// character (at least one character wide).
    pub fn end_of(&self, d: &Diagnostic) -> (u32, u32) {
        let Some(p) = self.place(d) else {
            return (d.span.line, d.span.col);
        };
        let ix = &self.files[&d.file.0];
        let n = ix.chars_upto(p.text, p.value.1) - ix.chars_upto(p.text, p.value.0);
        let rest = ix.chars_upto(p.text, p.line.1) - ix.chars_upto(p.text, p.value.0);
        let width = n.clamp(1, rest.max(1));
        (d.span.line, d.span.col + width as u32)
    }
}

struct Place<'t> {
    text: &'t str,
    line: (usize, usize),
    value: (usize, usize),
}

/// The source excerpt of a finding: at most [`WINDOW`] characters of its
/// line around the value (`…` where cut), escaped for the terminal, and the
/// columns of the caret run under the value.
fn excerpt(p: &Place) -> (String, usize, usize) {
    let (a, b) = p.line;
    let (vs, ve) = p.value;
    // Back up to BEFORE characters from the value.
    let mut from = vs;
    for (n, (i, _)) in p.text[a..vs].char_indices().rev().enumerate() {
        if n >= BEFORE {
            break;
        }
        from = a + i;
    }
    let mut shown = String::new();
    let mut lead = 0;
    let mut carets = 0;
    let mut to = from;
    if from > a {
        shown.push('…');
        lead += 1;
    }
    for (count, (i, c)) in p.text[from..b].char_indices().enumerate() {
        if count >= WINDOW {
            break;
        }
        let at = from + i;
        let w = super::safe::term_width(c);
        shown.push_str(&super::safe::term_line(c.encode_utf8(&mut [0u8; 4])));
        if at < vs {
            lead += w;
        } else if at < ve {
            carets += w;
        }
        to = at + c.len_utf8();
    }
    if to < b {
        shown.push('…');
    }
    (shown, lead, carets.max(1))
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
    format!(
        "{}, {} in {}",
        plural(e, "error"),
        plural(w, "warning"),
        plural(files, "file")
    )
}

/// rustc-style blocks, then a summary line. Catalog text (messages quote
/// values, excerpts show lines) is escaped for the terminal.
pub fn text(cat: &Catalog, diags: &[Diagnostic], files: usize, st: Style) -> String {
    use super::safe::term_line;
    let src = Sources::new(cat, diags);
    let mut out = String::new();
    for d in diags {
        let head = match d.level {
            Level::Error => st.red(&format!("error[{}]", d.rule)),
            _ => st.yellow(&format!("warning[{}]", d.rule)),
        };
        out.push_str(&format!("{head}: {}\n", st.bold(&term_line(&d.message))));
        let loc = format!(
            "{}:{}:{}",
            term_line(cat.path(d.file)),
            d.span.line,
            d.span.col
        );
        let num = d.span.line.to_string();
        let pad = " ".repeat(num.len());
        out.push_str(&format!("{pad}{} {loc}\n", st.blue("-->")));
        // A file with no text (empty, or refused as binary or not UTF-8)
        // has no line to show: an empty excerpt would only look broken.
        if let Some(p) = src.place(d).filter(|p| !p.text.is_empty()) {
            let (line, lead, carets) = excerpt(&p);
            let bar = st.blue("|");
            out.push_str(&format!("{pad} {bar}\n"));
            out.push_str(&format!("{} {bar} {line}\n", st.blue(&num)));
            let carets = "^".repeat(carets);
            let carets = match d.level {
                Level::Error => st.red(&carets),
                _ => st.yellow(&carets),
            };
            out.push_str(&format!("{pad} {bar} {}{carets}\n", " ".repeat(lead)));
        }
        if let Some(h) = &d.help {
            out.push_str(&format!(
                "{pad} {} {}: {}\n",
                st.blue("="),
                st.bold("help"),
                term_line(h)
            ));
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

pub fn json(cat: &Catalog, diags: &[Diagnostic], files: usize) -> String {
    let (errors, warnings) = counts(diags);
    let src = Sources::new(cat, diags);
    let r = JsonReport {
        version: 1,
        summary: JsonSummary {
            files,
            entities: cat.entity_count,
            errors,
            warnings,
        },
        diagnostics: diags
            .iter()
            .map(|d| {
                let (end_line, end_column) = src.end_of(d);
                JsonDiag {
                    rule: d.rule.as_str(),
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

/// An error and its causes as platctl prints them (`error: …`, then
/// `caused by: …` lines). A write refused by lint shows its findings in full,
/// as `lint` would, with a one-line excerpt of each.
pub fn error_text(e: &anyhow::Error) -> String {
    let part = |err: &(dyn std::error::Error + 'static)| -> String {
        match err.downcast_ref::<crate::store::writer::WriteError>() {
            Some(crate::store::writer::WriteError::Invalid { path, findings }) => {
                let shown = text(
                    &findings.catalog,
                    &findings.errors,
                    1,
                    crate::output::style::Style::default(),
                );
                format!(
                    "{path} would not pass lint, so nothing was written:\n\n{}",
                    shown.trim_end()
                )
            }
            _ => err.to_string(),
        }
    };
    let mut chain = e.chain();
    let mut msg = format!("error: {}", chain.next().map(part).unwrap_or_default());
    for cause in chain {
        msg.push_str(&format!("\n  caused by: {}", part(cause)));
    }
    msg
}
