//! The fields of a new team, service, capability or roadmap item, in the
//! format's order, as YAML text (a new file) or as a list entry (a roadmap
//! item appended to its quarter's file). Pure: values in, text out.

use crate::store::edit::Entry;
use crate::store::yaml_text;
use chrono::NaiveDate;

/// Fields of a new entity, kept in the order they are added (callers add
/// them in the kind's order); every value already formatted as YAML.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    pub fn new() -> Fields {
        Fields::default()
    }

    /// A text field, quoted when YAML needs it.
    pub fn text(mut self, key: &str, v: &str) -> Fields {
        self.0.push((key.into(), yaml_text::scalar(v)));
        self
    }

    pub fn opt_text(self, key: &str, v: Option<&str>) -> Fields {
        match v {
            Some(v) => self.text(key, v),
            None => self,
        }
    }

    pub fn date(mut self, key: &str, d: NaiveDate) -> Fields {
        self.0.push((key.into(), d.format("%Y-%m-%d").to_string()));
        self
    }

    pub fn opt_date(self, key: &str, d: Option<NaiveDate>) -> Fields {
        match d {
            Some(d) => self.date(key, d),
            None => self,
        }
    }

    /// A number as people write it: `4`, `0.5`.
    pub fn number(mut self, key: &str, v: f64) -> Fields {
        self.0.push((key.into(), format!("{v}")));
        self
    }

    pub fn opt_number(self, key: &str, v: Option<f64>) -> Fields {
        match v {
            Some(v) => self.number(key, v),
            None => self,
        }
    }

    /// A list of ids in flow style (`[a, b]`); nothing when empty.
    pub fn list(mut self, key: &str, v: &[String]) -> Fields {
        if !v.is_empty() {
            let items: Vec<String> = v.iter().map(|s| yaml_text::scalar(s)).collect();
            self.0.push((key.into(), format!("[{}]", items.join(", "))));
        }
        self
    }

    /// A value written as given (an enum word, `true`).
    pub fn raw(mut self, key: &str, v: &str) -> Fields {
        self.0.push((key.into(), v.to_string()));
        self
    }

    /// The text of a file holding these fields.
    pub fn to_yaml(&self) -> String {
        self.0.iter().map(|(k, v)| format!("{k}: {v}\n")).collect()
    }

    /// The fields as one element of a list.
    pub fn entry(&self) -> Entry {
        Entry::Map(self.0.clone())
    }
}

/// An id made of a title: lowercase letters, digits and dashes, at most 40
/// characters, cut at a dash.
pub fn slug_of(title: &str) -> String {
    let mut s = String::new();
    for c in title.to_lowercase().chars() {
        let c = if c.is_ascii_lowercase() || c.is_ascii_digit() {
            c
        } else {
            '-'
        };
        if !(c == '-' && (s.is_empty() || s.ends_with('-'))) {
            s.push(c);
        }
    }
    let s = s.trim_end_matches('-');
    if s.len() <= 40 {
        return s.to_string();
    }
    let cut = &s[..40];
    cut.rfind('-')
        .map_or(cut, |p| &cut[..p])
        .trim_end_matches('-')
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_render_in_order_and_quote_when_needed() {
        let d = crate::model::parse_date("2026-11-27").unwrap_or_default();
        let f = Fields::new()
            .text("id", "pg-ha")
            .text("title", "Postgres: failover")
            .raw("status", "planned")
            .number("effort", 0.5)
            .list("depends_on", &["a".into(), "b".into()])
            .list("intake", &[])
            .date("delivered", d);
        assert_eq!(
            f.to_yaml(),
            "id: pg-ha\ntitle: \"Postgres: failover\"\nstatus: planned\neffort: 0.5\ndepends_on: [a, b]\ndelivered: 2026-11-27\n"
        );
    }

    #[test]
    fn slugs_of_titles() {
        assert_eq!(slug_of("Managed Postgres HA!"), "managed-postgres-ha");
        assert_eq!(slug_of("  --  "), "");
        assert_eq!(
            slug_of("Self-service namespace provisioning for every product team"),
            "self-service-namespace-provisioning-for"
        );
    }
}
