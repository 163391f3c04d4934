//! One file's bytes to findings and entities. Pure, so that history can
//! cache the result by blob id.

use super::decode::{Dec, Entity};
use super::kinds;
use super::yaml::{self, Value};
use super::Kind;
use crate::lint::Diagnostic;
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
    pub ids: Vec<(Kind, Id)>,
    /// Documents that declared an entity (valid or not).
    pub documents: usize,
    /// The settings document, for platctl.yaml.
    pub config_doc: Option<yaml::Node>,
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
    let unreadable =
        |msg: String, span: Span| Diagnostic::new("unreadable-file", FileId(0), span, msg);
    if bytes.len() > MAX_FILE_BYTES {
        out.diags.push(
            unreadable(
                format!("file is {} bytes, over the 4 MiB limit", bytes.len()),
                at(1, 1),
            )
            .help("split it into one entity per file"),
        );
        return out;
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let span = utf8_error_span(bytes, e.valid_up_to());
            out.diags.push(
                unreadable("file is not valid UTF-8".into(), span).help("save the file as UTF-8"),
            );
            return out;
        }
    };
    if let Some(p) = text.find('\0') {
        let span = utf8_error_span(bytes, p);
        out.diags.push(unreadable(
            "file holds a NUL byte: it is binary, not YAML".into(),
            span,
        ));
        return out;
    }
    out.text = std::sync::Arc::from(text);
    let docs = match yaml::parse_documents(text) {
        Ok(d) => d,
        Err(e) => {
            let help = if e.message.contains("tab") {
                Some("indent with spaces; YAML does not allow tabs for indentation".to_string())
            } else {
                None
            };
            out.diags
                .push(Diagnostic::new("yaml-syntax", FileId(0), e.span, e.message).help_opt(help));
            return out;
        }
    };
    let mut d = Dec::new(&out.text, FileId(0));
    if kind == Kind::Config {
        match docs.len() {
            0 => {}
            1 => out.config_doc = docs.into_iter().next(),
            _ => {
                d.finding(
                    "yaml-syntax",
                    docs[1].span,
                    "platctl.yaml must hold a single document".into(),
                    None,
                );
                out.config_doc = docs.into_iter().next();
            }
        }
        if let Some(n) = &out.config_doc {
            if !matches!(n.value, Value::Map(_)) {
                d.finding(
                    "yaml-syntax",
                    n.span,
                    format!(
                        "platctl.yaml must be a mapping of settings, found {}",
                        n.type_name()
                    ),
                    None,
                );
                out.config_doc = None;
            }
        }
        out.diags = d.diags;
        return out;
    }
    for doc in &docs {
        if doc.value == Value::Null {
            continue;
        }
        if !matches!(doc.value, Value::Map(_)) {
            d.finding(
                "yaml-syntax",
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
        let (e, ids) = kinds::decode(&mut d, kind, doc);
        out.entities.extend(e);
        out.ids.extend(ids);
    }
    out.diags = d.diags;
    out
}
