//! One file's bytes to findings and entities. Pure, so that history can
//! cache the result by blob id.

use super::decode::{Dec, Entity};
use super::kinds;
use super::yaml::{self, Value};
use super::Kind;
use crate::diag::{Diagnostic, RuleId};
use crate::model::{FileId, Id, Span};

/// Files above this size are refused (`unreadable-file`).
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// What a file holds once parsed. Its findings and entities carry `FileId(0)`
/// until the catalog is assembled.
#[derive(Default)]
pub struct ParsedFile {
    /// Shared, not copied, by every catalog assembled from this parse.
    pub text: std::sync::Arc<str>,
    pub diags: Vec<Diagnostic>,
    pub entities: Vec<Entity>,
    /// The ids it declares, each shared by every catalog assembled from
    /// this parse (a history export assembles one per state).
    pub ids: Vec<(Kind, std::sync::Arc<Id>)>,
    /// Documents that declared an entity (valid or not).
    pub documents: usize,
    /// The settings document, for platctl.yaml.
    pub config_doc: Option<yaml::Node>,
    /// Entities not kept for a missing or invalid required value, decoded
    /// with stand-ins for lint alone (see [`crate::model::Placeholder`]).
    pub stand_ins: Vec<StandIn>,
    /// The file could not be read or parsed: whatever it declares is unknown,
    /// so references to its kind cannot be checked.
    pub broken: bool,
}

/// One document decoded with low and with high stand-ins; `replaces` is the
/// index in [`ParsedFile::entities`] of what the document decoded to without
/// them (a roadmap quarter kept without its invalid item), if anything.
#[derive(Clone)]
pub struct StandIn {
    pub replaces: Option<usize>,
    pub low: Entity,
    pub high: Entity,
}

fn at(line: u32, col: u32) -> Span {
    Span {
        line,
        col,
        offset: 0,
        len: 0,
    }
}

/// Where the first invalid UTF-8 byte stands.
fn utf8_error_span(bytes: &[u8], valid_up_to: usize) -> Span {
    let good = &bytes[..valid_up_to];
    let line = good.iter().filter(|b| **b == b'\n').count() as u32 + 1;
    let line_start = good.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
    let col = String::from_utf8_lossy(&good[line_start..]).chars().count() as u32 + 1;
    Span {
        line,
        col,
        offset: valid_up_to as u32,
        len: 1,
    }
}

/// Parses one file of a kind (or `platctl.yaml` with `Kind::Config`).
pub fn parse_file(kind: Kind, bytes: &[u8]) -> ParsedFile {
    let mut out = ParsedFile::default();
    let text = match readable_text(bytes) {
        Ok(t) => t,
        Err(unreadable) => {
            out.diags.push(unreadable);
            out.broken = true;
            return out;
        }
    };
    out.text = std::sync::Arc::from(text);
    let docs = match yaml::parse_documents(text) {
        Ok(d) => d,
        Err(e) => {
            let (message, help) = syntax_message(&e.message);
            out.diags
                .push(Diagnostic::new(RuleId::YamlSyntax, FileId(0), e.span, message).help(help));
            out.broken = true;
            return out;
        }
    };
    let shared = out.text.clone();
    let mut d = Dec::new(&shared, FileId(0));
    if kind == Kind::Config {
        out.config_doc = settings_doc(&mut d, docs);
    } else {
        decode_documents(&mut d, kind, &docs, &mut out);
    }
    out.diags = d.diags;
    out
}

/// The file's text, or why it is not read: over the size limit, not UTF-8,
/// or binary (a NUL byte).
fn readable_text(bytes: &[u8]) -> Result<&str, Diagnostic> {
    let unreadable =
        |msg: String, span: Span| Diagnostic::new(RuleId::UnreadableFile, FileId(0), span, msg);
    if bytes.len() > MAX_FILE_BYTES {
        return Err(unreadable(
            format!("file is {} bytes, over the 4 MiB limit", bytes.len()),
            at(1, 1),
        )
        .help("split it into one entity per file"));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let span = utf8_error_span(bytes, e.valid_up_to());
            return Err(
                unreadable("file is not valid UTF-8".into(), span).help("save the file as UTF-8")
            );
        }
    };
    if let Some(p) = text.find('\0') {
        let span = utf8_error_span(bytes, p);
        return Err(
            unreadable("file holds a NUL byte: it is binary, not YAML".into(), span)
                .help("remove the NUL byte, or move the binary file out of the catalog"),
        );
    }
    Ok(text)
}

/// `platctl.yaml`'s one document, when it is a mapping.
fn settings_doc(d: &mut Dec, docs: Vec<yaml::Node>) -> Option<yaml::Node> {
    if let Some(second) = docs.get(1) {
        d.finding(
            RuleId::YamlSyntax,
            second.span,
            "platctl.yaml must hold a single document".into(),
            None,
        );
    }
    let n = docs.into_iter().next()?;
    if !matches!(n.value, Value::Map(_)) {
        d.finding(
            RuleId::YamlSyntax,
            n.span,
            format!(
                "platctl.yaml must be a mapping of settings, found {}",
                n.type_name()
            ),
            None,
        );
        return None;
    }
    Some(n)
}

/// Decodes each document of an entity file: one entity each, with its
/// stand-ins when a required value is missing or invalid.
fn decode_documents(d: &mut Dec, kind: Kind, docs: &[yaml::Node], out: &mut ParsedFile) {
    if docs.iter().all(|doc| doc.value == Value::Null) {
        d.finding(
            RuleId::EmptyFile,
            at(1, 1),
            format!(
                "file holds no {}: it is empty or only comments",
                kind.noun()
            ),
            Some(format!(
                "write one {} as `field: value` lines, or delete the file",
                kind.noun()
            )),
        );
    }
    for doc in docs {
        if doc.value == Value::Null {
            continue;
        }
        if !matches!(doc.value, Value::Map(_)) {
            d.finding(
                RuleId::YamlSyntax,
                doc.span,
                format!(
                    "a document must be a mapping of fields, found {}",
                    doc.type_name()
                ),
                Some(format!(
                    "write one {} per document, as `field: value` lines",
                    kind.noun()
                )),
            );
            continue;
        }
        out.documents += 1;
        d.wants_stand_ins = false;
        let (e, ids) = kinds::decode(d, kind, doc);
        let replaces = e.is_some().then_some(out.entities.len());
        out.entities.extend(e);
        out.ids
            .extend(ids.into_iter().map(|(k, id)| (k, std::sync::Arc::new(id))));
        if d.wants_stand_ins {
            let with = |high: bool| {
                let mut s = Dec::new(&out.text, FileId(0));
                s.stand_in = Some(high);
                kinds::decode(&mut s, kind, doc).0
            };
            if let (Some(low), Some(high)) = (with(false), with(true)) {
                out.stand_ins.push(StandIn {
                    replaces,
                    low,
                    high,
                });
            }
        }
    }
}

/// A parser's syntax error as a message a person can act on, and what to do.
fn syntax_message(raw: &str) -> (String, String) {
    let raw = raw.trim();
    let message = if raw.is_empty() {
        "the file is not valid YAML here".to_string()
    } else {
        raw.to_string()
    };
    let has = |p: &str| raw.contains(p);
    let help = if has("tab") {
        "indent with spaces; YAML does not allow tabs for indentation"
    } else if has("duplicate key") {
        "keep one of the two keys: YAML tools disagree on which value wins"
    } else if has("unclosed bracket") {
        "close the `[` or `{` that starts this value, or quote the value if the bracket is text"
    } else if has("unclosed quote") {
        "end the value with the quote it starts with; inside single quotes write '' for a quote"
    } else if has("mapping values are not allowed") {
        "a `: ` inside a plain value starts a mapping: quote the value, or move the nested fields to their own indented lines"
    } else if has("anchor") {
        "define the anchor with `&name` before it is used as `*name`, or quote a value that starts with `*`"
    } else if has("unexpected character") {
        "`@` and a backquote cannot start a plain value: quote the value"
    } else if has("'-' indicator") {
        "items of a list each start with `- ` at the same indentation; a `key: value` line cannot follow them at that indentation"
    } else if has("expected key") {
        "check the indentation: the keys of one mapping start in the same column"
    } else if has("document start") || has("directive") {
        "a `%` directive line must be followed by `---` (or quote a value that starts with `%`)"
    } else if has("trailing content") {
        "only a comment or `:` may follow a closing quote: quote the whole value"
    } else if has("nesting deeper") {
        "no catalog file needs this much nesting: flatten the value"
    } else if has("alias") {
        "expand the aliases by hand: catalog files do not need large shared structures"
    } else {
        "fix the YAML at this position; quoting a value that holds `:`, `#`, `[`, `{` or a leading `*`, `&`, `!`, `%`, `@` often fixes it"
    };
    (message, help.to_string())
}

/// The byte offset of a `#` that follows the key's `:` on the same line and
/// is directly followed by text (`#help`, not `# a remark`).
pub fn comment_after_key(text: &str, k: &yaml::Node) -> Option<usize> {
    let end = (k.span.offset + k.span.len) as usize;
    let rest = text.get(end..)?;
    let line = rest.split('\n').next().unwrap_or("");
    let colon = line.find(':')?;
    let after = &line[colon + 1..];
    let trimmed = after.trim_start_matches([' ', '\t']);
    if trimmed.len() == after.len() {
        return None;
    }
    let mut chars = trimmed.chars();
    if chars.next() != Some('#') {
        return None;
    }
    match chars.next() {
        Some(c) if !c.is_whitespace() && c != '#' => {
            Some(end + colon + 1 + (after.len() - trimmed.len()))
        }
        _ => None,
    }
}

/// The span of `len` bytes at `offset`, on the line of `from` and after it
/// (counts only the characters between the two: no scan from the file start).
pub fn span_after(text: &str, from: Span, offset: usize, len: usize) -> Span {
    let between = text.get(from.offset as usize..offset).unwrap_or("");
    Span {
        line: from.line,
        col: from.col + between.chars().count() as u32,
        offset: offset as u32,
        len: len as u32,
    }
}
