//! The typed catalog: one file per kind, plus ids, dates and quarters.
//! Nothing here does I/O; values that a rule may point at carry a [`Span`].

pub mod capability;
pub mod config;
pub mod deprecation;
mod described;
pub mod entities;
pub mod exception;
pub mod ids;
pub mod intake;
pub mod kind;
pub mod kpis;
pub mod metric;
pub mod roadmap;
pub mod schema_types;
pub mod scorecard;
pub mod service;
mod shared;
pub mod survey;
pub mod team;
pub mod time;

pub use capability::*;
pub use config::*;
pub use deprecation::*;
pub use described::Described;
use described::{described, mapping};
pub use entities::*;
pub use exception::*;
pub use intake::*;
pub use kind::Kind;
pub use kpis::BUILTIN_KPIS;
pub use metric::*;
pub use roadmap::*;
pub use scorecard::*;
pub use service::*;
pub use shared::{SchemaName, Shared};
pub use survey::*;
pub use team::*;
pub use time::{parse_date, Period, Quarter};

use serde::{Serialize, Serializer};

pub use crate::diag::{FileId, Level, Span};

/// A value with the place it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Sp<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Sp<T> {
    pub fn new(value: T, span: Span) -> Self {
        Sp { value, span }
    }
}

impl<T: Serialize> Serialize for Sp<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

impl<T> std::ops::Deref for Sp<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// A stand-in for a required value that is missing or invalid, so that the
/// rest of its entity can still be checked. Lint evaluates such an entity
/// twice, once with every stand-in `low` and once `high` (far apart: an
/// empty text and `?`, the first and last name of a set, 1900-01-01 and
/// 2999-12-31), and keeps only the findings both agree on: those cannot
/// depend on the missing value. `None` when a type has no stand-in.
pub trait Placeholder: Sized {
    fn placeholder(high: bool) -> Option<Self>;
    /// Placed at `span` (the entity's), where it has a place.
    fn at(self, _span: Span) -> Self {
        self
    }
}

impl Placeholder for String {
    fn placeholder(high: bool) -> Option<Self> {
        Some(if high { "?".into() } else { String::new() })
    }
}

impl Placeholder for chrono::NaiveDate {
    fn placeholder(high: bool) -> Option<Self> {
        if high {
            chrono::NaiveDate::from_ymd_opt(2999, 12, 31)
        } else {
            chrono::NaiveDate::from_ymd_opt(1900, 1, 1)
        }
    }
}

impl Placeholder for Quarter {
    fn placeholder(high: bool) -> Option<Self> {
        Quarter::parse(if high { "2999-Q4" } else { "1900-Q1" })
    }
}

impl Placeholder for Period {
    fn placeholder(high: bool) -> Option<Self> {
        Period::parse(if high { "2999-Q4" } else { "1900-Q1" })
    }
}

impl Placeholder for f64 {
    fn placeholder(high: bool) -> Option<Self> {
        Some(if high { 1.0 } else { 0.0 })
    }
}

impl Placeholder for u32 {
    fn placeholder(high: bool) -> Option<Self> {
        Some(if high { 1_000_000 } else { 1 })
    }
}

impl<T: Placeholder> Placeholder for Sp<T> {
    fn placeholder(high: bool) -> Option<Self> {
        T::placeholder(high).map(|v| Sp::new(v, Span::default()))
    }
    fn at(mut self, span: Span) -> Self {
        self.span = span;
        self
    }
}

/// Defines a closed set of lower-case names, as the YAML files spell them.
macro_rules! str_enum {
    ($(#[$m:meta])* $name:ident { $($var:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($var),+ }
        impl $name {
            pub const NAMES: &'static [&'static str] = &[$($s),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$var => $s),+ }
            }
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$var),)+ _ => None }
            }
        }
        impl $crate::model::Placeholder for $name {
            fn placeholder(high: bool) -> Option<Self> {
                let name = if high { Self::NAMES.last() } else { Self::NAMES.first() };
                name.and_then(|n| Self::parse(n))
            }
        }
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        // In a JSON Schema: a string, one of the names (inline, so editors list them).
        impl schemars::JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({"type": "string", "enum": Self::NAMES})
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use str_enum;
