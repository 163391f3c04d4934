//! Other catalogs in and out: Backstage, OpsLevel and Cortex documents become
//! platctl teams, services and capabilities; the catalog goes back out as
//! Backstage entities.
//!
//! Everything here is pure: the source files arrive parsed ([`gather`] reads
//! them), the plan is a list of file texts, and `store/` writes them.

pub mod backstage;
pub mod cache;
pub mod cortex;
pub mod export;
pub mod gather;
pub mod known;
pub use known::Known;
pub mod merge;
pub mod opslevel;

use crate::catalog::Kind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use gather::InputFile;
pub use merge::{plan, Plan};

/// The label that marks a file import created (its value: the source).
pub const SOURCE_LABEL: &str = "import/source";

/// Where the data comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Backstage,
    Opslevel,
    Cortex,
}

impl Source {
    pub fn name(self) -> &'static str {
        match self {
            Source::Backstage => "backstage",
            Source::Opslevel => "opslevel",
            Source::Cortex => "cortex",
        }
    }
}

/// A place in a source file, shown as `file:line`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct At {
    pub file: String,
    pub line: u32,
}

impl std::fmt::Display for At {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

impl Serialize for At {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

/// `file:line` back (the import cache keeps reports as JSON).
impl<'de> Deserialize<'de> for At {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<At, D::Error> {
        let s = String::deserialize(d)?;
        let (file, line) = s
            .rsplit_once(':')
            .ok_or_else(|| serde::de::Error::custom("not file:line"))?;
        let line = line.parse().map_err(serde::de::Error::custom)?;
        Ok(At {
            file: file.to_string(),
            line,
        })
    }
}

/// A field value to write: text (quoted as YAML needs) or a number.
#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    Str(String),
    Int(i64),
    Num(f64),
    Bool(bool),
    /// A date, `YYYY-MM-DD`, written plain.
    Date(String),
}

impl Val {
    /// The value as the YAML reader gives it back, for comparisons.
    pub fn text(&self) -> String {
        match self {
            Val::Str(s) | Val::Date(s) => s.clone(),
            Val::Int(i) => i.to_string(),
            Val::Num(f) => crate::catalog::decode::fmt_num(*f),
            Val::Bool(b) => b.to_string(),
        }
    }

    /// The value as YAML text.
    pub fn yaml(&self) -> String {
        let mut s = String::new();
        self.push_yaml(&mut s);
        s
    }

    /// [`Val::yaml`], appended to `out`.
    pub fn push_yaml(&self, out: &mut String) {
        match self {
            Val::Str(s) => crate::store::yaml_text::push_scalar(out, s),
            Val::Date(s) if crate::model::parse_date(s).is_some() => out.push_str(s),
            Val::Date(s) => crate::store::yaml_text::push_scalar(out, s),
            Val::Int(_) | Val::Num(_) | Val::Bool(_) => out.push_str(&self.text()),
        }
    }
}

/// One item of a list field: an id (`uses`, `depends_on`) or a small
/// mapping (`interfaces`), identified by its first value.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Id(String),
    Map(Vec<(&'static str, String)>),
}

impl Item {
    pub fn key(&self) -> &str {
        match self {
            Item::Id(s) => s,
            Item::Map(m) => m.first().map(|(_, v)| v.as_str()).unwrap_or(""),
        }
    }
}

/// An entity as the source describes it, in platctl's terms.
#[derive(Clone, Debug)]
pub struct Draft {
    pub kind: Kind,
    pub id: String,
    /// The source's kind for the report (`Group`, `Component`, `service`, …).
    pub source_kind: String,
    pub at: At,
    /// Scalar fields, by name (placed in the kind's field order).
    pub fields: Vec<(&'static str, Val)>,
    /// List fields whose items import adds, never removes.
    pub lists: Vec<(&'static str, Vec<Item>)>,
    /// Small mapping fields (`slo`, `support`): keys set, others kept.
    pub maps: Vec<(&'static str, Vec<(String, Val)>)>,
    pub labels: BTreeMap<String, String>,
}

impl Draft {
    pub fn new(kind: Kind, id: &str, source_kind: &str, at: At) -> Draft {
        Draft {
            kind,
            id: id.to_string(),
            source_kind: source_kind.to_string(),
            at,
            fields: Vec::new(),
            lists: Vec::new(),
            maps: Vec::new(),
            labels: BTreeMap::new(),
        }
    }

    pub fn set(&mut self, key: &'static str, v: Option<Val>) {
        if let Some(v) = v {
            self.fields.retain(|(k, _)| *k != key);
            self.fields.push((key, v));
        }
    }

    /// Sets a text field; blank text (spaces, line breaks) counts as none:
    /// the format has no use for it, and a blank `name` would keep the
    /// whole entity out (it would not pass lint).
    pub fn set_str(&mut self, key: &'static str, v: Option<String>) {
        self.set(key, v.filter(|s| !s.trim().is_empty()).map(Val::Str));
    }

    pub fn field(&self, key: &str) -> Option<&Val> {
        self.fields.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    pub fn list(&mut self, key: &'static str, items: Vec<Item>) {
        if !items.is_empty() {
            self.lists.retain(|(k, _)| *k != key);
            self.lists.push((key, items));
        }
    }

    pub fn map(&mut self, key: &'static str, entries: Vec<(String, Val)>) {
        if !entries.is_empty() {
            self.maps.retain(|(k, _)| *k != key);
            self.maps.push((key, entries));
        }
    }

    pub fn entity(&self) -> String {
        format!("{}/{}", self.kind.dir(), self.id)
    }
}

/// An entity of the source that was not imported, and why.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Problem {
    pub kind: String,
    pub entity: String,
    pub at: At,
    pub message: String,
}

/// An owner that names no team.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Unresolved {
    pub owner: String,
    pub entity: String,
    pub at: At,
}

/// A value import could not map (kept out of the catalog).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Unmapped {
    pub entity: String,
    pub field: String,
    pub value: String,
    pub at: At,
    pub message: String,
}

/// A reference that was listed, not read (a URL, a path outside the input).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NotRead {
    pub target: String,
    pub at: At,
    pub reason: String,
}

/// What a source mapping gives: drafts, and everything it could not map.
#[derive(Clone, Debug, Default)]
pub struct Mapped {
    pub drafts: Vec<Draft>,
    /// Kinds platctl does not model, with counts.
    pub skipped_kinds: BTreeMap<String, usize>,
    pub skipped: Vec<Problem>,
    pub unresolved_owners: Vec<Unresolved>,
    pub unmapped: Vec<Unmapped>,
    pub not_read: Vec<NotRead>,
}

impl Mapped {
    /// Adds `other` after what `self` holds (drafts and lists in order, counts summed).
    pub fn absorb(&mut self, other: Mapped) {
        self.drafts.extend(other.drafts);
        for (k, n) in other.skipped_kinds {
            *self.skipped_kinds.entry(k).or_default() += n;
        }
        self.skipped.extend(other.skipped);
        self.unresolved_owners.extend(other.unresolved_owners);
        self.unmapped.extend(other.unmapped);
        self.not_read.extend(other.not_read);
    }

    pub fn skip_kind(&mut self, kind: &str) {
        *self.skipped_kinds.entry(kind.to_string()).or_default() += 1;
    }

    pub fn problem(&mut self, kind: &str, entity: &str, at: &At, message: impl Into<String>) {
        self.skipped.push(Problem {
            kind: kind.to_string(),
            entity: entity.to_string(),
            at: at.clone(),
            message: message.into(),
        });
    }

    pub fn unmapped(&mut self, entity: &str, field: &str, value: &str, at: &At, message: &str) {
        self.unmapped.push(Unmapped {
            entity: entity.to_string(),
            field: field.to_string(),
            value: value.to_string(),
            at: at.clone(),
            message: message.to_string(),
        });
    }
}

/// A `ga` lifecycle is kept only with the fields `policy.ga_requires` asks
/// for (in the draft or the existing file): nothing is claimed ga without
/// evidence. Otherwise `beta`, and the value is reported.
pub fn ga_or_beta(d: &mut Draft, known: &Known, out: &mut Mapped, at: &At) {
    if d.field("lifecycle").is_none_or(|v| v.text() != "ga") {
        return;
    }
    // The existing file is asked only for what the draft lacks.
    let missing: Vec<&str> = known
        .ga_requires()
        .iter()
        .map(String::as_str)
        .filter(|k| {
            d.field(k).is_none()
                && !d.lists.iter().any(|(l, _)| l == k)
                && !d.maps.iter().any(|(l, _)| l == k)
                && !known.capability_has(&d.id, k)
        })
        .collect();
    if !missing.is_empty() {
        d.set_str("lifecycle", Some("beta".into()));
        let entity = d.entity();
        out.unmapped(
            &entity,
            "lifecycle",
            "ga",
            at,
            &format!(
                "ga needs {} (policy.ga_requires): beta until they are written",
                missing.join(", ")
            ),
        );
    }
}

/// A name as an id: lower case, `_` and `.` (and anything else that is not a
/// letter or digit) become `-`, runs of `-` collapse; None when nothing is left
/// or it is too long.
pub fn slug(name: &str) -> Option<String> {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    crate::model::ids::is_slug(&out).then_some(out)
}

/// The first non-empty line of a text, trimmed.
pub fn first_line(s: &str) -> Option<String> {
    s.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_string)
}

/// A tier from text: `1`, `tier-1`, `tier_1`, `tier1`, `Tier 1` (4 and above are 3).
pub fn tier(s: &str) -> Option<i64> {
    let t = s.trim().to_ascii_lowercase();
    let digits = t
        .trim_start_matches("tier")
        .trim_start_matches(['-', '_', ' ']);
    match digits.parse::<i64>() {
        Ok(n) if (1..=3).contains(&n) => Some(n),
        Ok(n) if (4..=9).contains(&n) => Some(3),
        _ => None,
    }
}

/// One row of the report per source kind.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct KindStats {
    pub kind: String,
    pub imported: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub skipped: usize,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct KindCount {
    pub kind: String,
    pub count: usize,
}

/// Two inputs that name the same entity: the first is imported, the second reported.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Conflict {
    pub entity: String,
    pub first: String,
    pub second: At,
}

/// An entity import created whose source is gone.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Missing {
    pub entity: String,
    pub path: String,
    pub pruned: bool,
}

/// A file the import writes or removes.
#[derive(Clone, Debug, Serialize)]
pub struct FileRow {
    pub path: String,
    pub action: &'static str,
}

/// The report of one import run (`--format json` gives it as is).
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub version: u32,
    pub source: &'static str,
    pub dry_run: bool,
    pub kinds: Vec<KindStats>,
    pub skipped_kinds: Vec<KindCount>,
    pub skipped: Vec<Problem>,
    pub unresolved_owners: Vec<Unresolved>,
    pub unmapped: Vec<Unmapped>,
    pub conflicts: Vec<Conflict>,
    pub not_read: Vec<NotRead>,
    pub missing: Vec<Missing>,
    pub files: Vec<FileRow>,
    pub commit: Option<String>,
}

impl Report {
    /// Exit 1: an entity that should have mapped was skipped, or a value could not be mapped.
    pub fn has_problems(&self) -> bool {
        !self.skipped.is_empty()
            || !self.unmapped.is_empty()
            || !self.unresolved_owners.is_empty()
            || !self.conflicts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_tiers() {
        assert_eq!(slug("Payments_API.v2").as_deref(), Some("payments-api-v2"));
        assert_eq!(slug("a__b").as_deref(), Some("a-b"));
        assert_eq!(slug("__"), None);
        assert_eq!(slug(&"x".repeat(64)), None);
        assert_eq!(tier("tier_1"), Some(1));
        assert_eq!(tier("Tier 2"), Some(2));
        assert_eq!(tier("3"), Some(3));
        assert_eq!(tier("tier-4"), Some(3));
        assert_eq!(tier("gold"), None);
        assert_eq!(tier("0"), None);
        assert_eq!(first_line("\n  one \ntwo").as_deref(), Some("one"));
    }
}
