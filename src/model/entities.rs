//! What every entity kind shares: where it was read, labels, facts.

use super::{FileId, Period, Quarter, Sp, Span};
use serde::Serialize;
use std::collections::BTreeMap;

/// Where an entity was read: its file and the start of its mapping.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Meta {
    pub file: FileId,
    pub span: Span,
    /// A field held an invalid value (reported as `schema`) and reads as
    /// absent: rules about missing fields do not judge this entity.
    pub partial: bool,
}

pub type Labels = BTreeMap<String, String>;
/// A service's `facts`: key to value, in key order.
pub type Facts = BTreeMap<String, Fact>;

/// One measured fact: text (a date stays text, `YYYY-MM-DD`), a number or a boolean.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Fact {
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
}
pub type Id = Sp<String>;

pub(super) fn ser_quarter<S: serde::Serializer>(q: &Sp<Quarter>, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&q.value)
}
pub(super) fn ser_quarter_opt<S: serde::Serializer>(
    q: &Option<Sp<Quarter>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match q {
        Some(q) => s.collect_str(&q.value),
        None => s.serialize_none(),
    }
}
pub(super) fn ser_period<S: serde::Serializer>(p: &Sp<Period>, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&p.value)
}
