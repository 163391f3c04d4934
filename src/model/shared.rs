//! An entity as a catalog holds it when many catalogs hold it unchanged:
//! its fields shared, its place its own.

use super::Meta;
use schemars::JsonSchema;
use serde::Serialize;
use std::sync::Arc;

/// An entity's fields (`D`), read through it as its own, and where it
/// stands. The fields are shared rather than copied by every catalog made
/// from the same parse of its file (the states of a history export hold
/// most entities unchanged, and a copy of each was most of the cost of
/// assembling one); changing them copies them first.
#[derive(Clone, Debug)]
pub struct Shared<D> {
    data: Arc<D>,
    pub meta: Meta,
}

/// The name an entity's fields are described by in the JSON Schema (that
/// of the entity, not of its fields' type).
pub trait SchemaName {
    const NAME: &'static str;
}

impl<D> Shared<D> {
    pub fn new(data: D, meta: Meta) -> Shared<D> {
        Shared {
            data: Arc::new(data),
            meta,
        }
    }

    /// Whether the two hold the same fields, not copies of them.
    #[cfg(test)]
    pub(crate) fn shares_fields_with(&self, other: &Shared<D>) -> bool {
        Arc::ptr_eq(&self.data, &other.data)
    }
}

impl<D> std::ops::Deref for Shared<D> {
    type Target = D;
    fn deref(&self) -> &D {
        &self.data
    }
}

impl<D: Clone> std::ops::DerefMut for Shared<D> {
    fn deref_mut(&mut self) -> &mut D {
        Arc::make_mut(&mut self.data)
    }
}

/// As its fields (`meta` is not written).
impl<D: Serialize> Serialize for Shared<D> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.data.serialize(s)
    }
}

/// The schema of its fields, under the entity's name.
impl<D: JsonSchema + SchemaName> JsonSchema for Shared<D> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        D::NAME.into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        D::json_schema(g)
    }
}
