//! JSON Schemas (draft 2020-12) of the catalog's files, generated from the
//! model types with schemars, for editors (yaml-language-server) and other
//! tools. One schema per kind directory, plus `platctl.yaml`.
//!
//! The schemas describe what the decoder accepts, field for field; the tests
//! below hold the two together (field names, required fields, defaults).
//! Rules that span fields or files (a `delivered` date only on delivered
//! items, references, dates in order) are lint's, not the schema's.

pub use crate::model::schema_types as types;

use crate::model::*;
use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use schemars::{JsonSchema, Schema};

/// Where a catalog keeps its schemas, relative to its root.
pub const DIR: &str = "schemas";

/// One generated schema file.
pub struct SchemaFile {
    pub kind: Kind,
    /// `capabilities.schema.json`, …, `platctl.schema.json`.
    pub name: String,
    /// Pretty JSON with a final newline.
    pub text: String,
}

/// The schema file name of a kind: named after its directory.
pub fn file_name(kind: Kind) -> String {
    match kind {
        Kind::Config => "platctl.schema.json".to_string(),
        k => format!("{}.schema.json", k.dir()),
    }
}

/// Every kind, `platctl.yaml` first, then the directories in the order docs/format.md lists them.
pub fn kinds() -> impl Iterator<Item = Kind> {
    std::iter::once(Kind::Config).chain(Kind::DIRS.iter().copied())
}

/// Dates are `format: date` (from chrono) plus the strict pattern the decoder
/// applies; schemars' Rust formats (`uint8`, `double`) mean nothing to an
/// editor and are dropped.
fn tidy(s: &mut Schema) {
    no_null(s);
    match s.get("format").and_then(|f| f.as_str()) {
        Some("date") if s.get("pattern").is_none() => {
            s.insert("pattern".into(), types::DATE.into());
        }
        Some("date") | None => {}
        Some(_) => {
            s.remove("format");
        }
    }
}

/// No field takes null: an optional field is left out, not written empty
/// (lint refuses `field:` with no value too). schemars allows null for every
/// `Option`; this takes it back out. And text is never empty or blank.
fn no_null(s: &mut Schema) {
    let Some(obj) = s.as_object_mut() else {
        return;
    };
    let is_null = |v: &serde_json::Value| v.get("type").and_then(|t| t.as_str()) == Some("null");
    if let Some(serde_json::Value::Array(types)) = obj.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            obj.insert("type".into(), only);
        }
    }
    if let Some(serde_json::Value::Array(e)) = obj.get_mut("enum") {
        e.retain(|v| !v.is_null());
    }
    if let Some(serde_json::Value::Array(any)) = obj.get_mut("anyOf") {
        any.retain(|v| !is_null(v));
        if any.len() == 1 {
            let only = any.remove(0);
            obj.remove("anyOf");
            if let serde_json::Value::Object(o) = only {
                for (k, v) in o {
                    obj.entry(k).or_insert(v);
                }
            }
        }
    }
    let plain_text = obj.get("type").and_then(|t| t.as_str()) == Some("string")
        && !["pattern", "enum", "format", "const"]
            .iter()
            .any(|k| obj.contains_key(*k));
    if plain_text {
        obj.insert("pattern".into(), types::NOT_BLANK.into());
    }
}

fn root<T: JsonSchema>(title: String) -> Schema {
    let mut g = SchemaSettings::draft2020_12()
        .with_transform(RecursiveTransform(tidy))
        .into_generator();
    let mut s = g.root_schema_for::<T>();
    s.insert("title".into(), title.into());
    s
}

/// The schema of one kind's files, as a JSON value.
pub fn schema(kind: Kind) -> Schema {
    let title = match kind {
        Kind::Config => "platctl.yaml: catalog settings".to_string(),
        Kind::Roadmap => "platctl roadmap/ quarter file".to_string(),
        k => format!("platctl {}/ file: one {} per document", k.dir(), k.noun()),
    };
    schema_of(kind, title)
}

macro_rules! schema_of {
    ($($v:ident, $dir:literal, $noun:literal, $ty:ident, $table:ident;)*) => {
        /// The schema of a kind's model type.
        fn schema_of(kind: Kind, title: String) -> Schema {
            match kind {
                Kind::Config => root::<Config>(title),
                $(Kind::$v => root::<$ty>(title),)*
            }
        }
    };
}
crate::model::kind::for_each_kind!(schema_of);

/// Every schema file, in a fixed order, with deterministic text.
pub fn all() -> Vec<SchemaFile> {
    kinds()
        .map(|kind| {
            let mut text = serde_json::to_string_pretty(&schema(kind)).unwrap_or_default();
            text.push('\n');
            SchemaFile {
                kind,
                name: file_name(kind),
                text,
            }
        })
        .collect()
}

/// `{"yaml.schemas": {schema: glob}}` for a VS Code workspace opened at the
/// repository root: `prefix` is the catalog root's path in the repository
/// (empty at the root, or outside git).
pub fn vscode_settings(prefix: &str) -> String {
    let mut map = serde_json::Map::new();
    for kind in kinds() {
        let files: serde_json::Value = match kind {
            Kind::Config => format!("{prefix}platctl.yaml").into(),
            k => serde_json::json!([
                format!("{prefix}{}/**/*.yaml", k.dir()),
                format!("{prefix}{}/**/*.yml", k.dir())
            ]),
        };
        map.insert(format!("./{prefix}{DIR}/{}", file_name(kind)), files);
    }
    let v = serde_json::json!({ "yaml.schemas": map });
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

/// The kind a catalog file belongs to, from its path relative to the root.
pub fn kind_of_path(rel_path: &str) -> Option<Kind> {
    if rel_path == "platctl.yaml" {
        return Some(Kind::Config);
    }
    let (dir, rest) = rel_path.split_once('/')?;
    (!rest.is_empty()).then(|| Kind::from_dir(dir)).flatten()
}

/// The schema's address as seen from a file at `rel_path` (relative to the
/// root, `/` separators): `../schemas/intake.schema.json` for
/// `intake/INT-7K3F9Q.yaml`, `../../schemas/…` one directory deeper.
pub fn relative_ref(rel_path: &str) -> Option<String> {
    let kind = kind_of_path(rel_path)?;
    let depth = rel_path.matches('/').count();
    Some(format!("{}{DIR}/{}", "../".repeat(depth), file_name(kind)))
}

#[cfg(test)]
mod tests;
