//! Comment-keeping edits: change a few fields of a mapping and keep every
//! other byte of the file — comments, key order, quoting, blank lines.
//!
//! Edits are placed by the spans the YAML reader recorded; the text is
//! never re-serialised.

use crate::catalog::yaml::{Node, Value};

#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("field `{0}` is written in flow style (`{{...}}` or `[...]`) or as a block; edit it by hand")]
    Unsupported(String),
    #[error("the mapping to edit is written in flow style (`{{...}}`); rewrite it one field per line first")]
    FlowMapping,
    #[error("the document is not a mapping")]
    NotAMapping,
}

/// One change: set a field to a YAML value (already formatted), or remove it.
#[derive(Clone, Debug)]
pub enum Change {
    Set(String, String),
    Remove(String),
}

/// The byte offset just past the last character of a node (its descendants included).
fn node_end(n: &Node) -> usize {
    let own = (n.span.offset + n.span.len) as usize;
    match &n.value {
        Value::Seq(v) => v.iter().map(node_end).fold(own, usize::max),
        Value::Map(m) => m
            .iter()
            .map(|(k, v)| node_end(k).max(node_end(v)))
            .fold(own, usize::max),
        _ => own,
    }
}

/// `at`, or the start of the character it falls inside: callers point
/// "one byte before a value's end", which is inside the value's last
/// character when that character takes several bytes (`é`, `😀`).
fn char_start(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn line_start(text: &str, at: usize) -> usize {
    text[..char_start(text, at)]
        .rfind('\n')
        .map_or(0, |p| p + 1)
}

/// Offset just after the newline that ends the line holding `at` (or the text's end).
fn after_line(text: &str, at: usize) -> usize {
    let at = char_start(text, at);
    text[at..].find('\n').map_or(text.len(), |p| at + p + 1)
}

/// A replacement of `text[start..end]`, and the rank of its field in the
/// kind's order (insertions at one place are applied in field order).
type Splice = (usize, usize, String, usize);

/// What every change to one mapping needs to know.
struct Mapping<'a> {
    text: &'a str,
    map: &'a Node,
    entries: &'a [(Node, Node)],
    order: &'a [&'a str],
    /// The file's line ending.
    eol: &'static str,
    /// The indentation of the mapping's keys.
    pad: String,
}

impl Mapping<'_> {
    fn rank(&self, k: &str) -> usize {
        self.order
            .iter()
            .position(|o| *o == k)
            .unwrap_or(usize::MAX)
    }

    /// Sets the value of the entry at `i`, a null or a one-line scalar.
    fn replace(&self, i: usize, key: &str, val: &str) -> Result<Splice, EditError> {
        let (text, eol) = (self.text, self.eol);
        let (k, v) = &self.entries[i];
        let key_end = (k.span.offset + k.span.len) as usize;
        let colon = text[key_end..].find(':').map(|p| key_end + p);
        match &v.value {
            Value::Null => {
                let Some(c) = colon else {
                    return Err(EditError::Unsupported(key.into()));
                };
                // `key:` or `key: ~` / `key: null`: replace whatever follows the colon on that line, comments kept.
                let line_end = after_line(text, c);
                let rest = &text[c + 1..line_end];
                let comment = rest
                    .find('#')
                    .map(|p| {
                        let ws = rest[..p].len() - rest[..p].trim_end().len();
                        rest[p - ws..].trim_end_matches(['\n', '\r']).to_string()
                    })
                    .unwrap_or_default();
                Ok((
                    c + 1,
                    line_end,
                    format!(" {val}{comment}{eol}"),
                    self.rank(key),
                ))
            }
            Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                let (a, b) = (
                    v.span.offset as usize,
                    (v.span.offset + v.span.len) as usize,
                );
                let same_line = colon.is_some_and(|c| !text[c..a.min(text.len())].contains('\n'));
                let raw = text.get(a..b).unwrap_or("");
                if !same_line || raw.contains('\n') || b > text.len() {
                    return Err(EditError::Unsupported(key.into()));
                }
                Ok((a, b, val.to_string(), self.rank(key)))
            }
            _ => Err(EditError::Unsupported(key.into())),
        }
    }

    /// Adds a field the mapping lacks, before the first present field that
    /// follows it in the kind's order (else after the last one).
    fn insert(&self, key: &str, val: &str) -> Splice {
        let (text, eol, map) = (self.text, self.eol, self.map);
        let key_of = |k: &Node| match &k.value {
            Value::Str(s) => Some(s.clone()),
            _ => None,
        };
        let mine = self.rank(key);
        let next = self
            .entries
            .iter()
            .filter(|(k, _)| key_of(k).is_some_and(|s| self.rank(&s) > mine))
            .min_by_key(|(k, _)| k.span.offset);
        let at = match next {
            Some((k, _)) => line_start(text, k.span.offset as usize),
            None => {
                let end = self
                    .entries
                    .iter()
                    .map(|(k, v)| node_end(k).max(node_end(v)))
                    .max()
                    .unwrap_or(map.span.offset as usize);
                after_line(text, end.saturating_sub(1).max(map.span.offset as usize))
            }
        };
        let needs_nl = at > 0 && at == text.len() && !text.ends_with('\n');
        let lead = if needs_nl { eol } else { "" };
        let pad = &self.pad;
        (at, at, format!("{lead}{pad}{key}: {val}{eol}"), mine)
    }

    /// Removes the entry at `i`, its lines and its value's.
    fn remove(&self, i: usize, key: &str) -> Splice {
        let text = self.text;
        let (k, v) = &self.entries[i];
        let a = line_start(text, k.span.offset as usize);
        let b = match self.entries.get(i + 1) {
            Some((nk, _)) => line_start(text, nk.span.offset as usize),
            None => after_line(
                text,
                node_end(v).saturating_sub(1).max(k.span.offset as usize),
            ),
        };
        (a, b, String::new(), self.rank(key))
    }
}

/// Applies `changes` to the mapping `map` of `text`. `order` is the kind's
/// field order: a new field goes before the first present field that follows it.
pub fn edit_mapping(
    text: &str,
    map: &Node,
    changes: &[Change],
    order: &[&str],
) -> Result<String, EditError> {
    let Value::Map(entries) = &map.value else {
        return Err(EditError::NotAMapping);
    };
    if text.as_bytes().get(map.span.offset as usize) == Some(&b'{') {
        return Err(EditError::FlowMapping);
    }
    let indent = entries
        .first()
        .map_or(0, |(k, _)| k.span.col.saturating_sub(1) as usize);
    let m = Mapping {
        text,
        map,
        entries,
        order,
        eol: if text.contains("\r\n") { "\r\n" } else { "\n" },
        pad: " ".repeat(indent),
    };
    let mut splices: Vec<Splice> = Vec::new();
    for ch in changes {
        let key = match ch {
            Change::Set(k, _) | Change::Remove(k) => k.as_str(),
        };
        let pos = entries
            .iter()
            .position(|(k, _)| matches!(&k.value, Value::Str(s) if s == key));
        match (ch, pos) {
            (Change::Set(_, val), Some(i)) => splices.push(m.replace(i, key, val)?),
            (Change::Set(_, val), None) => splices.push(m.insert(key, val)),
            (Change::Remove(_), Some(i)) => splices.push(m.remove(i, key)),
            (Change::Remove(_), None) => {}
        }
    }
    Ok(apply(text, splices))
}

/// Applies splices from the end so earlier offsets stay valid; insertions
/// at one place are applied last field first, so they end up in field order.
fn apply(text: &str, mut splices: Vec<Splice>) -> String {
    splices.sort_by(|a, b| b.0.cmp(&a.0).then(b.3.cmp(&a.3)));
    let mut out = text.to_string();
    for (a, b, s, _) in splices {
        if a <= b && b <= out.len() && out.is_char_boundary(a) && out.is_char_boundary(b) {
            out.replace_range(a..b, &s);
        }
    }
    out
}

/// One new element of a sequence: a scalar, or a mapping of fields (values
/// already formatted as one-line YAML).
#[derive(Clone, Debug)]
pub enum Entry {
    Scalar(String),
    Map(Vec<(String, String)>),
}

impl Entry {
    fn flow(&self) -> String {
        match self {
            Entry::Scalar(s) => s.clone(),
            Entry::Map(m) => format!(
                "{{{}}}",
                m.iter()
                    .map(|(k, v)| format!("{k}: {v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }

    fn block(&self, dash_pad: &str, eol: &str) -> String {
        match self {
            Entry::Scalar(s) => format!("{dash_pad}- {s}{eol}"),
            Entry::Map(m) => m
                .iter()
                .enumerate()
                .map(|(i, (k, v))| {
                    let lead = if i == 0 { "- " } else { "  " };
                    format!("{dash_pad}{lead}{k}: {v}{eol}")
                })
                .collect(),
        }
    }
}

/// Appends `entry` to the sequence under `key` of the mapping `map`, in the
/// style the file uses: a block list gets a `- ` line at its indentation, a
/// flow list (`[a, b]`) one more element. A missing key is added (in
/// `order`) as a block list; an empty one (`key:`) as a flow list.
pub fn append_to_seq(
    text: &str,
    map: &Node,
    key: &str,
    entry: &Entry,
    order: &[&str],
) -> Result<String, EditError> {
    let Value::Map(entries) = &map.value else {
        return Err(EditError::NotAMapping);
    };
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let found = entries
        .iter()
        .find(|(k, _)| matches!(&k.value, Value::Str(s) if s == key));
    let Some((k, v)) = found else {
        const HOLE: &str = "__platctl_new_list__";
        let with_key = edit_mapping(text, map, &[Change::Set(key.into(), HOLE.into())], order)?;
        let indent = entries
            .first()
            .map_or(0, |(k, _)| k.span.col.saturating_sub(1) as usize);
        let dash_pad = " ".repeat(indent + 2);
        let line = format!("{key}: {HOLE}{eol}");
        let block = format!("{key}:{eol}{}", entry.block(&dash_pad, eol));
        return Ok(with_key.replacen(&line, &block, 1));
    };
    let key_end = (k.span.offset + k.span.len) as usize;
    let colon = text[key_end.min(text.len())..]
        .find(':')
        .map(|p| key_end + p)
        .ok_or_else(|| EditError::Unsupported(key.into()))?;
    match &v.value {
        Value::Null => edit_mapping(
            text,
            map,
            &[Change::Set(key.into(), format!("[{}]", entry.flow()))],
            order,
        ),
        Value::Seq(items) => {
            let after = text[colon + 1..].trim_start_matches([' ', '\t']);
            let at = text.len() - after.len();
            if after.starts_with('[') && items.is_empty() && matches!(entry, Entry::Map(_)) {
                // `key: []` and a mapping to add: the list becomes a block list.
                let close = text[at..]
                    .find(']')
                    .map(|p| at + p + 1)
                    .ok_or_else(|| EditError::Unsupported(key.into()))?;
                let indent = k.span.col.saturating_sub(1) as usize;
                let end = after_line(text, close.saturating_sub(1));
                let rest = text[close..end].trim_end_matches(['\n', '\r']).to_string();
                let mut out = String::with_capacity(text.len() + 64);
                out.push_str(&text[..colon + 1]);
                out.push_str(&rest);
                out.push_str(eol);
                out.push_str(&entry.block(&" ".repeat(indent + 2), eol));
                out.push_str(&text[end..]);
                return Ok(out);
            }
            if after.starts_with('[') {
                // Flow: insert before the closing bracket.
                let from = items.last().map_or(at + 1, node_end);
                let close = text[from.min(text.len())..]
                    .find(']')
                    .map(|p| from + p)
                    .ok_or_else(|| EditError::Unsupported(key.into()))?;
                let sep = if items.is_empty() { "" } else { ", " };
                let mut out = text.to_string();
                out.insert_str(close, &format!("{sep}{}", entry.flow()));
                return Ok(out);
            }
            let (Some(first), Some(last)) = (items.first(), items.last()) else {
                return Err(EditError::Unsupported(key.into()));
            };
            let ls = line_start(text, first.span.offset as usize);
            let dash = text[ls..first.span.offset as usize]
                .find('-')
                .ok_or_else(|| EditError::Unsupported(key.into()))?;
            let dash_pad = " ".repeat(dash);
            let end = node_end(last).max(last.span.offset as usize + 1);
            let at = after_line(text, end - 1);
            let mut out = text.to_string();
            let lead = if at == text.len() && !text.ends_with('\n') {
                eol
            } else {
                ""
            };
            out.insert_str(at, &format!("{lead}{}", entry.block(&dash_pad, eol)));
            Ok(out)
        }
        _ => Err(EditError::Unsupported(key.into())),
    }
}

/// Appends items to the list `seq` of `text`. Each item is given in block
/// form (its lines, without the dash) and in flow form (for `[a, b]` lists).
pub fn append_items(
    text: &str,
    seq: &Node,
    items: &[(Vec<String>, String)],
) -> Result<String, EditError> {
    let Value::Seq(have) = &seq.value else {
        return Err(EditError::NotAMapping);
    };
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let start = seq.span.offset as usize;
    let mut out = text.to_string();
    if text.as_bytes().get(start) == Some(&b'[') {
        let flow: Vec<&str> = items.iter().map(|(_, f)| f.as_str()).collect();
        let (at, ins) = match have.last() {
            Some(last) => (node_end(last), format!(", {}", flow.join(", "))),
            None => (start + 1, flow.join(", ")),
        };
        if at > out.len() || !out.is_char_boundary(at) {
            return Err(EditError::Unsupported("list".into()));
        }
        out.insert_str(at, &ins);
        return Ok(out);
    }
    let (Some(first), Some(last)) = (have.first(), have.last()) else {
        return Err(EditError::Unsupported("list".into()));
    };
    let first_at = (first.span.offset as usize).min(text.len());
    let ls = line_start(text, first_at);
    let lead = &text[ls..first_at];
    let Some(dash) = lead.find('-') else {
        return Err(EditError::Unsupported("list".into()));
    };
    let indent = &lead[..dash];
    if !indent.chars().all(|c| c == ' ') {
        return Err(EditError::Unsupported("list".into()));
    }
    let at = after_line(text, node_end(last).saturating_sub(1).max(first_at));
    let mut ins = String::new();
    if at == text.len() && !text.is_empty() && !text.ends_with('\n') {
        ins.push_str(eol);
    }
    for (lines, _) in items {
        for (i, l) in lines.iter().enumerate() {
            let mark = if i == 0 { "- " } else { "  " };
            ins.push_str(&format!("{indent}{mark}{l}{eol}"));
        }
    }
    out.insert_str(at, &ins);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::yaml::parse_documents;

    fn edit(text: &str, changes: &[Change], order: &[&str]) -> String {
        let docs = parse_documents(text).expect("parses");
        edit_mapping(text, &docs[0], changes, order).expect("edits")
    }

    fn set(k: &str, v: &str) -> Change {
        Change::Set(k.into(), v.into())
    }

    const ORDER: &[&str] = &["id", "title", "status", "route", "triaged", "resolved"];

    #[test]
    fn replaces_a_value_and_keeps_comments() {
        let t = "# head\nid: X   # the id\ntitle: 'Quoted'\nstatus: new  # keep me\n\n# tail\n";
        let out = edit(t, &[set("status", "triaged")], ORDER);
        assert_eq!(
            out,
            "# head\nid: X   # the id\ntitle: 'Quoted'\nstatus: triaged  # keep me\n\n# tail\n"
        );
    }

    #[test]
    fn inserts_missing_fields_in_order() {
        let t = "id: X\nstatus: new\nresolved: 2026-01-02\n";
        let out = edit(
            t,
            &[set("triaged", "2026-01-01"), set("route", "docs")],
            ORDER,
        );
        assert_eq!(
            out,
            "id: X\nstatus: new\nroute: docs\ntriaged: 2026-01-01\nresolved: 2026-01-02\n"
        );
    }

    #[test]
    fn appends_at_the_end_and_keeps_crlf() {
        let t = "id: X\r\nproblem: |\r\n  two\r\n  lines\r\n";
        let out = edit(t, &[set("status", "done")], &["id", "problem", "status"]);
        assert_eq!(
            out,
            "id: X\r\nproblem: |\r\n  two\r\n  lines\r\nstatus: done\r\n"
        );
    }

    #[test]
    fn fills_an_empty_value_and_removes_a_field() {
        let t = "id: X\nroute:   # to decide\nstatus: new\n";
        let out = edit(
            t,
            &[set("route", "docs"), Change::Remove("status".into())],
            ORDER,
        );
        assert_eq!(out, "id: X\nroute: docs   # to decide\n");
    }

    #[test]
    fn edits_a_nested_mapping_in_a_list() {
        let t = "consumers:\n  - service: a   # first\n    status: pending\n  - service: b\n";
        let docs = parse_documents(t).expect("parses");
        let Value::Map(m) = &docs[0].value else {
            panic!("map")
        };
        let Value::Seq(items) = &m[0].1.value else {
            panic!("seq")
        };
        let out = edit_mapping(
            t,
            &items[1],
            &[set("status", "migrated")],
            &["service", "status"],
        )
        .expect("edits");
        assert_eq!(out, "consumers:\n  - service: a   # first\n    status: pending\n  - service: b\n    status: migrated\n");
        let out = edit_mapping(
            t,
            &items[0],
            &[set("status", "migrated")],
            &["service", "status"],
        )
        .expect("edits");
        assert_eq!(
            out,
            "consumers:\n  - service: a   # first\n    status: migrated\n  - service: b\n"
        );
    }

    #[test]
    fn appends_to_block_and_flow_lists() {
        let items = vec![
            (vec!["c".to_string()], "c".to_string()),
            (
                vec!["name: x".to_string(), "kind: api".to_string()],
                "{name: x, kind: api}".to_string(),
            ),
        ];
        for (t, want) in [
            (
                "uses:\n  - a   # one\n  - capability: b\n    since: 2026-01-01\nnext: 1\n",
                "uses:\n  - a   # one\n  - capability: b\n    since: 2026-01-01\n  - c\n  - name: x\n    kind: api\nnext: 1\n",
            ),
            ("uses:\n- a", "uses:\n- a\n- c\n- name: x\n  kind: api\n"),
            ("uses: [a]\n", "uses: [a, c, {name: x, kind: api}]\n"),
            ("uses: []\n", "uses: [c, {name: x, kind: api}]\n"),
        ] {
            let docs = parse_documents(t).expect("parses");
            let Value::Map(m) = &docs[0].value else {
                panic!("map")
            };
            assert_eq!(append_items(t, &m[0].1, &items).expect("appends"), want, "{t}");
        }
    }

    #[test]
    fn refuses_flow_mappings() {
        let t = "{id: X, status: new}\n";
        let docs = parse_documents(t).expect("parses");
        assert!(edit_mapping(t, &docs[0], &[set("status", "x")], ORDER).is_err());
    }

    /// A last value that ends in a character of several bytes (`é`, `😀`),
    /// with or without a final line break: a field inserted after it, the
    /// field removed, an item appended after it.
    #[test]
    fn edits_after_a_value_ending_in_a_wide_character() {
        for end in ["é", "😀", "日本"] {
            for nl in ["\n", ""] {
                let t = format!("id: X\ntitle: café {end}{nl}");
                let out = edit(&t, &[set("status", "new")], ORDER);
                assert_eq!(
                    out,
                    format!("id: X\ntitle: café {end}\nstatus: new\n"),
                    "{end:?}"
                );
                let out = edit(&t, &[Change::Remove("title".into())], ORDER);
                assert_eq!(out, "id: X\n", "{end:?}");
                let t = format!("id: s\nuses:\n  - ci {end}{nl}");
                let out = append(&t, "uses", Entry::Scalar("db".into()));
                assert_eq!(
                    out,
                    format!("id: s\nuses:\n  - ci {end}\n  - db\n"),
                    "{end:?}"
                );
            }
        }
    }

    fn append(t: &str, key: &str, e: Entry) -> String {
        let docs = parse_documents(t).expect("parses");
        append_to_seq(t, &docs[0], key, &e, &["id", "uses", "labels"]).expect("appends")
    }

    #[test]
    fn appends_to_block_flow_empty_and_missing_lists() {
        let map = Entry::Map(vec![
            ("capability".into(), "db".into()),
            ("since".into(), "2026-11-27".into()),
        ]);
        let t = "id: s\nuses:\n  - ci   # first\n  - capability: k8s\n    version: v2\n# tail\nlabels: {}\n";
        assert_eq!(
            append(t, "uses", map.clone()),
            "id: s\nuses:\n  - ci   # first\n  - capability: k8s\n    version: v2\n  - capability: db\n    since: 2026-11-27\n# tail\nlabels: {}\n"
        );
        assert_eq!(
            append("id: s\nuses: [ci, k8s]  # two\n", "uses", map.clone()),
            "id: s\nuses: [ci, k8s, {capability: db, since: 2026-11-27}]  # two\n"
        );
        assert_eq!(
            append("id: s\nuses: []\n", "uses", Entry::Scalar("db".into())),
            "id: s\nuses: [db]\n"
        );
        assert_eq!(
            append("id: s\nuses:\n", "uses", Entry::Scalar("db".into())),
            "id: s\nuses: [db]\n"
        );
        assert_eq!(
            append("id: s\nlabels: {}\n", "uses", map),
            "id: s\nuses:\n  - capability: db\n    since: 2026-11-27\nlabels: {}\n"
        );
        // Items at column 0 under their key, and no newline at the end.
        assert_eq!(
            append("id: s\nuses:\n- ci", "uses", Entry::Scalar("db".into())),
            "id: s\nuses:\n- ci\n- db\n"
        );
    }
}
