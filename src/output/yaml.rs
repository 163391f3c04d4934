//! Plain data (JSON values) as block-style YAML: keys in the order given,
//! strings quoted only when YAML needs it, empty lists as `[]`.

use crate::store::yaml_text::scalar;
use serde_json::Value;

/// One YAML document for `v` (a mapping at the top).
pub fn document(v: &Value) -> String {
    let mut out = String::new();
    node(v, 0, &mut out);
    out
}

fn leaf(v: &Value) -> Option<String> {
    match v {
        Value::Null => Some("null".into()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) => Some(scalar(s)),
        Value::Array(a) if a.is_empty() => Some("[]".into()),
        Value::Object(m) if m.is_empty() => Some("{}".into()),
        _ => None,
    }
}

fn node(v: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match leaf(x) {
                    Some(l) => out.push_str(&format!("{pad}{}: {l}\n", scalar(k))),
                    None => {
                        out.push_str(&format!("{pad}{}:\n", scalar(k)));
                        node(x, indent + 2, out);
                    }
                }
            }
        }
        Value::Array(a) => {
            for x in a {
                match leaf(x) {
                    Some(l) => out.push_str(&format!("{pad}- {l}\n")),
                    None => {
                        let mut inner = String::new();
                        node(x, indent + 2, &mut inner);
                        // The first line takes the dash in place of its indentation.
                        let inner = inner.get(indent + 2..).unwrap_or("");
                        out.push_str(&format!("{pad}- {inner}"));
                    }
                }
            }
        }
        other => {
            if let Some(l) = leaf(other) {
                out.push_str(&format!("{pad}{l}\n"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_block_yaml() {
        let v = serde_json::json!({"a": "x: y", "b": [], "c": [{"u": "1", "t": "T"}, "z"], "d": {"e": true}});
        assert_eq!(
            document(&v),
            "a: \"x: y\"\nb: []\nc:\n  - t: T\n    u: \"1\"\n  - z\nd:\n  e: true\n"
        );
    }
}
