//! The one place that names the YAML crate.
//!
//! We read each document into a small tree of [`Node`]s carrying spans, and
//! decode the typed model from that tree (catalog/decode.rs), so that one bad
//! field gives one finding instead of losing the whole entity.
//!
//! The reader is granit-parser, the maintained, fuzzed, pure-Rust YAML 1.2
//! event parser that serde-saphyr is built on, used directly: every event
//! carries its line, column and byte range. serde-saphyr's `Spanned<T>` gave
//! the same trees at twice the CPU (a serde map visit per value), and the
//! archived serde_yaml gives no position for a value that parsed fine. Our
//! builder adds the limits a linter needs: nesting depth, alias expansion
//! (alias bombs), duplicate keys.

use crate::model::Span;

/// A YAML value with where it stands in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub value: Value,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl Node {
    pub fn type_name(&self) -> &'static str {
        match self.value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "an integer",
            Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// A syntax error: message and position.
#[derive(Clone, Debug)]
pub struct SyntaxError {
    pub message: String,
    pub span: Span,
}

/// Nesting deeper than this is refused: no catalog file needs it, and it
/// keeps a hostile file from exhausting the stack.
const MAX_DEPTH: usize = 48;

/// Nodes a file may expand to, aliases included: refuses alias bombs.
const MAX_NODES: usize = 2_000_000;

/// Parses every non-empty document of a file.
pub fn parse_documents(text: &str) -> Result<Vec<Node>, SyntaxError> {
    events::build(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_point_at_values() {
        let docs = parse_documents("# c\nid: x-y  # t\nname: \"Q é\"\n").expect("parses");
        let Value::Map(m) = &docs[0].value else {
            panic!("not a map")
        };
        assert_eq!(m[0].1.span.line, 2);
        assert_eq!(m[0].1.span.col, 5);
        assert_eq!(m[1].1.span.col, 7);
        assert_eq!(m[1].1.span.len, "\"Q é\"".len() as u32);
    }

    /// A value's span covers its bytes, whatever characters it holds, in
    /// every style: edits are spliced in by these offsets.
    #[test]
    fn spans_count_bytes_in_every_style() {
        for v in ["0x10😀---é", "é", "a😀", "\"é😀\"", "'é😀'", "日本 語"] {
            let text = format!("a: 1\nk: {v}\nz: 2\n");
            let docs = parse_documents(&text).expect("parses");
            let Value::Map(m) = &docs[0].value else {
                panic!("not a map")
            };
            let s = m[1].1.span;
            let (a, b) = (s.offset as usize, (s.offset + s.len) as usize);
            assert_eq!(text.get(a..b), Some(v), "{v}");
        }
    }

    #[test]
    fn plain_scalars_follow_the_yaml_1_2_core_schema() {
        let docs = parse_documents("a: [~, null, true, False, 12, -3, 0x1F, 0o17, 1.5, .5, 1e3, 2026-11-27, 0123, yes, '1', \"true\", !!str 7]\n").expect("parses");
        let Value::Map(m) = &docs[0].value else {
            panic!("map")
        };
        let Value::Seq(v) = &m[0].1.value else {
            panic!("seq")
        };
        let got: Vec<&Value> = v.iter().map(|n| &n.value).collect();
        let want = vec![
            Value::Null,
            Value::Null,
            Value::Bool(true),
            Value::Bool(false),
            Value::Int(12),
            Value::Int(-3),
            Value::Int(31),
            Value::Int(15),
            Value::Float(1.5),
            Value::Float(0.5),
            Value::Float(1000.0),
            Value::Str("2026-11-27".into()),
            Value::Int(123),
            Value::Str("yes".into()),
            Value::Str("1".into()),
            Value::Str("true".into()),
            Value::Str("7".into()),
        ];
        assert_eq!(got, want.iter().collect::<Vec<_>>());
    }

    #[test]
    fn documents_empty_ones_and_anchors() {
        let docs = parse_documents("---\n---\nid: x\nbase: &b {k: 1}\ncopy: *b\n---\nid: y\n")
            .expect("parses");
        assert_eq!(docs.len(), 3);
        assert_eq!(docs[0].value, Value::Null);
        let Value::Map(m) = &docs[1].value else {
            panic!("map")
        };
        assert_eq!(m[1].1.value, m[2].1.value);
        assert!(parse_documents("a: *nope\n").is_err());
    }

    #[test]
    fn duplicate_keys_are_errors() {
        let e = parse_documents("a: 1\na: 2\n").expect_err("duplicate");
        assert_eq!(e.span.line, 2);
        assert!(e.message.contains("duplicate"), "{}", e.message);
        // Large mappings keep their keys in a set: the first key, met again
        // after the switch, and a key met twice after it.
        let many: String = (0..40).map(|i| format!("k{i}: {i}\n")).collect();
        for (extra, line) in [("k0: x\n", 41), ("k39: x\n", 41), ("k16: x\n", 41)] {
            let e = parse_documents(&format!("{many}{extra}")).expect_err("duplicate");
            assert_eq!(e.span.line, line, "{extra}");
        }
        assert!(parse_documents(&format!("{many}k40: 1\n")).is_ok());
        let e = parse_documents(&format!("{many}z: 1\nz: 2\n")).expect_err("duplicate");
        assert_eq!(e.span.line, 42);
    }

    #[test]
    fn alias_bombs_and_depth_are_bounded() {
        let mut bomb = String::from("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
        for i in 1..12u8 {
            let prev = (b'a' + i - 1) as char;
            let cur = (b'a' + i) as char;
            bomb.push_str(&format!(
                "{cur}: &{cur} [{}]\n",
                vec![format!("*{prev}"); 10].join(",")
            ));
        }
        assert!(parse_documents(&bomb).is_err());
        let deep = format!("a: {}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(parse_documents(&deep).is_err());
    }
}

/// Whether `s`, written as a plain (unquoted) scalar, reads back as the
/// text `s` rather than as a null, a boolean or a number: what a writer
/// may leave unquoted.
pub fn plain_reads_as_text(s: &str) -> bool {
    events::resolve_plain(s).is_none()
}

/// Builds [`Node`] trees from parser events, with our own limits.
mod events {
    use super::{Node, SyntaxError, Value, MAX_DEPTH, MAX_NODES};
    use crate::model::Span;
    use granit_parser::{Event, Parser, ScalarStyle};
    use std::collections::{HashMap, HashSet};

    enum Frame {
        Seq {
            items: Vec<Node>,
            span: Span,
            anchor: usize,
        },
        Map {
            entries: Vec<(Node, Node)>,
            key: Option<Node>,
            /// The keys so far, once the mapping is too large to search them
            /// one by one (most have a dozen: a set each cost more than the scan).
            seen: Option<HashSet<String>>,
            span: Span,
            anchor: usize,
        },
    }

    /// Mappings with more keys than this look duplicates up in a set.
    const SCAN_KEYS: usize = 16;

    /// A key as YAML compares it: by value, so `1` and `0x1`, or `true` and
    /// `True`, are the same key. `None` for collection keys (never equal here).
    #[derive(PartialEq)]
    enum Key<'a> {
        Str(&'a str),
        Int(i64),
        Float(u64),
        Bool(bool),
        Null,
    }

    fn key_of(v: &Value) -> Option<Key<'_>> {
        Some(match v {
            Value::Str(s) => Key::Str(s),
            Value::Int(i) => Key::Int(*i),
            Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Key::Int(*f as i64),
            Value::Float(f) => Key::Float(f.to_bits()),
            Value::Bool(b) => Key::Bool(*b),
            Value::Null => Key::Null,
            Value::Seq(_) | Value::Map(_) => return None,
        })
    }

    /// The key as text, for the set a large mapping keeps.
    fn key_id(k: &Key) -> String {
        match k {
            Key::Str(s) => format!("s{s}"),
            Key::Int(i) => format!("i{i}"),
            Key::Float(bits) => format!("f{bits}"),
            Key::Bool(b) => format!("b{b}"),
            Key::Null => "n".to_string(),
        }
    }

    /// Whether `k` is a key of the mapping already (and remembers it).
    fn seen_before(k: &Key, entries: &[(Node, Node)], seen: &mut Option<HashSet<String>>) -> bool {
        if seen.is_none() && entries.len() >= SCAN_KEYS {
            *seen = Some(
                entries
                    .iter()
                    .filter_map(|(n, _)| key_of(&n.value).map(|k| key_id(&k)))
                    .collect(),
            );
        }
        match seen {
            Some(set) => !set.insert(key_id(k)),
            None => entries
                .iter()
                .any(|(n, _)| key_of(&n.value).is_some_and(|id| id == *k)),
        }
    }

    fn span_of(s: &granit_parser::Span) -> Span {
        let start = s.start.byte_offset().unwrap_or(0);
        let end = s.end.byte_offset().unwrap_or(start);
        Span {
            line: u32::try_from(s.start.line()).unwrap_or(u32::MAX),
            col: u32::try_from(s.start.col() + 1).unwrap_or(u32::MAX),
            offset: u32::try_from(start).unwrap_or(u32::MAX),
            len: u32::try_from(end.saturating_sub(start)).unwrap_or(0),
        }
    }

    fn err(span: Span, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            message: message.into(),
            span,
        }
    }

    /// YAML 1.2 core schema resolution of a plain scalar; `None` for a
    /// string (the caller keeps the parser's string rather than copy it).
    pub(super) fn resolve_plain(s: &str) -> Option<Value> {
        match s {
            "" | "~" | "null" | "Null" | "NULL" => return Some(Value::Null),
            "true" | "True" | "TRUE" => return Some(Value::Bool(true)),
            "false" | "False" | "FALSE" => return Some(Value::Bool(false)),
            ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
                return Some(Value::Float(f64::INFINITY))
            }
            "-.inf" | "-.Inf" | "-.INF" => return Some(Value::Float(f64::NEG_INFINITY)),
            ".nan" | ".NaN" | ".NAN" => return Some(Value::Float(f64::NAN)),
            _ => {}
        }
        let b = s.as_bytes();
        let digits = |x: &[u8]| !x.is_empty() && x.iter().all(u8::is_ascii_digit);
        let body = match b.first() {
            Some(b'-' | b'+') => &b[1..],
            _ => b,
        };
        if digits(body) {
            return match s.parse::<i64>() {
                Ok(i) => Some(Value::Int(i)),
                Err(_) => s.parse::<f64>().ok().map(Value::Float),
            };
        }
        if let Some(h) = s.strip_prefix("0x") {
            if !h.is_empty() && h.bytes().all(|c| c.is_ascii_hexdigit()) {
                return i64::from_str_radix(h, 16).ok().map(Value::Int);
            }
        }
        if let Some(o) = s.strip_prefix("0o") {
            if !o.is_empty() && o.bytes().all(|c| (b'0'..=b'7').contains(&c)) {
                return i64::from_str_radix(o, 8).ok().map(Value::Int);
            }
        }
        // [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
        let (mant, exp) = match body.iter().position(|c| *c == b'e' || *c == b'E') {
            Some(p) => (&body[..p], Some(&body[p + 1..])),
            None => (body, None),
        };
        let mant_ok = match mant.iter().position(|c| *c == b'.') {
            Some(p) => {
                let (i, f) = (&mant[..p], &mant[p + 1..]);
                (digits(i) && f.iter().all(u8::is_ascii_digit)) || (i.is_empty() && digits(f))
            }
            None => false,
        } || (exp.is_some() && digits(mant));
        let exp_ok = exp.is_none_or(|e| {
            let e = match e.first() {
                Some(b'-' | b'+') => &e[1..],
                _ => e,
            };
            digits(e)
        });
        if mant_ok && exp_ok {
            if let Ok(f) = s.parse::<f64>() {
                return Some(Value::Float(f));
            }
        }
        None
    }

    fn count(n: &Node) -> usize {
        match &n.value {
            Value::Seq(v) => 1 + v.iter().map(count).sum::<usize>(),
            Value::Map(m) => 1 + m.iter().map(|(k, v)| count(k) + count(v)).sum::<usize>(),
            _ => 1,
        }
    }

    /// One stream's documents as they are built: the open collections, the
    /// anchors of the current document, and the count of nodes so far.
    struct Builder<'t> {
        text: &'t str,
        docs: Vec<Node>,
        stack: Vec<Frame>,
        anchors: HashMap<usize, (Node, usize)>,
        nodes: usize,
        root: Option<Node>,
    }

    pub fn build(text: &str) -> Result<Vec<Node>, SyntaxError> {
        let mut opts = granit_parser::Options::default();
        opts.flow_nesting_limit = MAX_DEPTH;
        let mut parser = Parser::new_from_str_with_options(text, opts);
        let mut b = Builder {
            text,
            docs: Vec::new(),
            stack: Vec::new(),
            anchors: HashMap::new(),
            nodes: 0,
            root: None,
        };
        while let Some(ev) = parser.next_event() {
            let (ev, sp) = ev.map_err(|e| scan_error(&e))?;
            let span = span_of(&sp);
            let done = b.event(ev, span)?;
            if b.nodes > MAX_NODES {
                return Err(err(span, "too many nodes or aliases (possible alias bomb)"));
            }
            if let Some((node, anchor)) = done {
                b.place(node, anchor)?;
            }
        }
        if let Some(r) = b.root.take() {
            b.docs.push(r);
        }
        Ok(b.docs)
    }

    /// The parser's own error, where it stopped.
    fn scan_error(e: &granit_parser::ScanError) -> SyntaxError {
        let m = e.marker();
        let span = Span {
            line: u32::try_from(m.line()).unwrap_or(u32::MAX).max(1),
            col: u32::try_from(m.col() + 1).unwrap_or(u32::MAX),
            offset: m
                .byte_offset()
                .and_then(|o| u32::try_from(o).ok())
                .unwrap_or(0),
            len: 0,
        };
        err(span, e.info())
    }

    impl Builder<'_> {
        /// Takes one event: a node it completes (with its anchor id, 0 for
        /// none), if any.
        #[inline]
        fn event(&mut self, ev: Event, span: Span) -> Result<Option<(Node, usize)>, SyntaxError> {
            Ok(match ev {
                Event::StreamStart
                | Event::StreamEnd
                | Event::Anchor(..)
                | Event::UnresolvedAlias(_) => None,
                Event::DocumentStart(..) => {
                    self.anchors.clear();
                    None
                }
                Event::DocumentEnd => {
                    if let Some(r) = self.root.take() {
                        self.docs.push(r);
                    }
                    None
                }
                Event::Alias(id) => Some(self.alias(id, span)?),
                Event::Scalar(v, style, anchor, tag) => {
                    self.nodes += 1;
                    let is_str_tag = tag.as_ref().is_some_and(|t| t.suffix() == "str");
                    let value = if style == ScalarStyle::Plain && !is_str_tag {
                        match resolve_plain(&v) {
                            Some(x) => x,
                            None => Value::Str(v.into_owned()),
                        }
                    } else {
                        Value::Str(v.into_owned())
                    };
                    Some((Node { value, span }, anchor))
                }
                Event::SequenceStart(_, anchor, _) => {
                    self.open(span)?;
                    self.stack.push(Frame::Seq {
                        items: Vec::new(),
                        span,
                        anchor,
                    });
                    None
                }
                Event::MappingStart(_, anchor, _) => {
                    self.open(span)?;
                    self.stack.push(Frame::Map {
                        entries: Vec::new(),
                        key: None,
                        seen: None,
                        span,
                        anchor,
                    });
                    None
                }
                Event::SequenceEnd | Event::MappingEnd => self.close(),
                // Comments and other presentation events carry no value.
                _ => None,
            })
        }

        /// A copy of the anchored node, counted again (an alias bomb is
        /// refused before it is built).
        fn alias(&mut self, id: usize, span: Span) -> Result<(Node, usize), SyntaxError> {
            let Some((n, size)) = self.anchors.get(&id) else {
                return Err(err(span, "alias to an unknown anchor"));
            };
            self.nodes += size;
            if self.nodes > MAX_NODES {
                return Err(err(span, "too many nodes or aliases (possible alias bomb)"));
            }
            let mut n = n.clone();
            n.span = span;
            Ok((n, 0))
        }

        /// Counts a collection that starts, refusing one nested too deep.
        #[inline]
        fn open(&mut self, span: Span) -> Result<(), SyntaxError> {
            self.nodes += 1;
            if self.stack.len() >= MAX_DEPTH {
                return Err(err(span, format!("nesting deeper than {MAX_DEPTH} levels")));
            }
            Ok(())
        }

        /// The collection that ends, as a node with its anchor.
        #[inline]
        fn close(&mut self) -> Option<(Node, usize)> {
            match self.stack.pop()? {
                Frame::Seq {
                    items,
                    span,
                    anchor,
                } => Some((
                    Node {
                        value: Value::Seq(items),
                        span,
                    },
                    anchor,
                )),
                Frame::Map {
                    entries,
                    span,
                    anchor,
                    ..
                } => Some((
                    Node {
                        value: Value::Map(entries),
                        span,
                    },
                    anchor,
                )),
            }
        }

        /// Puts a finished node where it belongs: the document's root, the
        /// next item of a list, or a mapping's key (refused when the mapping
        /// has it already) or value.
        #[inline]
        fn place(&mut self, node: Node, anchor: usize) -> Result<(), SyntaxError> {
            if anchor != 0 {
                let size = count(&node);
                self.anchors.insert(anchor, (node.clone(), size));
            }
            match self.stack.last_mut() {
                None => self.root = Some(node),
                Some(Frame::Seq { items, .. }) => items.push(node),
                Some(Frame::Map {
                    entries, key, seen, ..
                }) => match key.take() {
                    None => {
                        if let Some(k) = key_of(&node.value) {
                            if seen_before(&k, entries, seen) {
                                return Err(duplicate_key(self.text, &node));
                            }
                        }
                        *key = Some(node);
                    }
                    Some(k) => entries.push((k, node)),
                },
            }
            Ok(())
        }
    }

    fn duplicate_key(text: &str, node: &Node) -> SyntaxError {
        let (a, b) = (
            node.span.offset as usize,
            (node.span.offset + node.span.len) as usize,
        );
        let written = text.get(a..b).unwrap_or("");
        err(
            node.span,
            format!("duplicate key `{written}`: this mapping already has a key with that value"),
        )
    }
}
