//! The text of a new deprecation or exception file, fields in the order docs/format.md lists them.

use crate::catalog::Catalog;
use crate::model::{DeprecationStatus, ExceptionStatus, Risk};
use crate::store::yaml_text;
use chrono::NaiveDate;

/// Everything `deprecation new` asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct DeprecationDraft {
    pub capability: String,
    pub interface: Option<String>,
    pub replacement: Option<String>,
    pub announced: NaiveDate,
    pub sunset: NaiveDate,
    pub status: DeprecationStatus,
    pub migration_guide: Option<String>,
    /// Services that must move, all written `pending`.
    pub consumers: Vec<String>,
    /// With `--force`: why the sunset may come sooner than the policy asks.
    /// Written as a suppression comment above `sunset`, so lint knows why.
    pub short_notice_reason: Option<String>,
}

/// The active services that use the deprecated thing (with `interface`, only
/// through that version), sorted: the consumers at the moment of announcing.
pub fn consumers_of(cat: &Catalog, capability: &str, interface: Option<&str>) -> Vec<String> {
    let mut v: Vec<String> = cat
        .services
        .iter()
        .filter(|s| s.is_active() && s.uses_thing(capability, interface))
        .map(|s| s.id.value.clone())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// A slug made of `parts`: lowercase, other characters as `-`, at most 63 long.
fn slug(parts: &[&str]) -> String {
    let raw = parts.join("-").to_lowercase();
    let mut s = String::with_capacity(raw.len());
    for c in raw.chars() {
        let c = if c.is_ascii_lowercase() || c.is_ascii_digit() {
            c
        } else {
            '-'
        };
        if !(c == '-' && (s.is_empty() || s.ends_with('-'))) {
            s.push(c);
        }
    }
    s.truncate(63);
    s.trim_end_matches('-').to_string()
}

/// The id proposed for a deprecation: `<capability>-<interface>`, or
/// `<capability>-sunset` when the whole capability goes.
pub fn default_deprecation_id(capability: &str, interface: Option<&str>) -> String {
    slug(&[capability, interface.unwrap_or("sunset")])
}

/// One line: a suppression reason or a comment cannot span lines.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl DeprecationDraft {
    pub fn to_yaml(&self, id: &str) -> String {
        let s = yaml_text::scalar;
        let mut o = String::new();
        o.push_str(&format!("id: {}\n", s(id)));
        o.push_str(&format!("capability: {}\n", s(&self.capability)));
        if let Some(i) = &self.interface {
            o.push_str(&format!("interface: {}\n", s(i)));
        }
        if let Some(r) = &self.replacement {
            o.push_str(&format!("replacement: {}\n", s(r)));
        }
        o.push_str(&format!(
            "announced: {}\n",
            self.announced.format("%Y-%m-%d")
        ));
        if let Some(why) = &self.short_notice_reason {
            o.push_str(&format!(
                "# platctl: allow(sunset-notice-too-short) {}\n",
                one_line(why)
            ));
        }
        o.push_str(&format!("sunset: {}\n", self.sunset.format("%Y-%m-%d")));
        o.push_str(&format!("status: {}\n", self.status));
        if let Some(g) = &self.migration_guide {
            o.push_str(&format!("migration_guide: {}\n", s(g)));
        }
        if self.consumers.is_empty() {
            o.push_str("consumers: []\n");
        } else {
            o.push_str("consumers:\n");
            for c in &self.consumers {
                o.push_str(&format!("  - service: {}\n    status: pending\n", s(c)));
            }
        }
        o
    }
}

/// Everything `exception new` asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptionDraft {
    pub title: String,
    pub standard: String,
    pub team: String,
    pub service: Option<String>,
    pub reason: String,
    pub risk: Risk,
    pub compensating_controls: Option<String>,
    pub requested: NaiveDate,
    /// `requested`, or `approved` when recorded already granted.
    pub status: ExceptionStatus,
    pub approved_by: Option<String>,
    pub granted: Option<NaiveDate>,
    pub expires: NaiveDate,
}

impl ExceptionDraft {
    pub fn to_yaml(&self, id: &str) -> String {
        let s = yaml_text::scalar;
        let mut o = String::new();
        o.push_str(&format!("id: {}\n", s(id)));
        o.push_str(&format!("title: {}\n", s(&self.title)));
        o.push_str(&format!("standard: {}\n", s(&self.standard)));
        o.push_str(&format!("team: {}\n", s(&self.team)));
        if let Some(v) = &self.service {
            o.push_str(&format!("service: {}\n", s(v)));
        }
        // The reason is prose: a literal block keeps its lines as typed.
        o.push_str(&format!(
            "reason: {}\n",
            yaml_text::block(self.reason.trim_end(), 2)
        ));
        o.push_str(&format!("risk: {}\n", self.risk));
        if let Some(v) = &self.compensating_controls {
            o.push_str(&format!(
                "compensating_controls: {}\n",
                yaml_text::block(v.trim_end(), 2)
            ));
        }
        o.push_str(&format!(
            "requested: {}\n",
            self.requested.format("%Y-%m-%d")
        ));
        o.push_str(&format!("status: {}\n", self.status));
        if let Some(v) = &self.approved_by {
            o.push_str(&format!("approved_by: {}\n", s(v)));
        }
        if let Some(g) = self.granted {
            o.push_str(&format!("granted: {}\n", g.format("%Y-%m-%d")));
        }
        o.push_str(&format!("expires: {}\n", self.expires.format("%Y-%m-%d")));
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{decode::Entity, parse::parse_file, Kind};
    use crate::report::testcat::{catalog, date};

    fn dep() -> DeprecationDraft {
        DeprecationDraft {
            capability: "legacy-auth".into(),
            interface: Some("v1".into()),
            replacement: Some("identity-sso".into()),
            announced: date("2026-11-27"),
            sunset: date("2027-02-25"),
            status: DeprecationStatus::Announced,
            migration_guide: Some("https://docs.example.com/migrate#auth".into()),
            consumers: vec!["a".into(), "b".into()],
            short_notice_reason: None,
        }
    }

    #[test]
    fn deprecation_text() {
        let t = dep().to_yaml("legacy-auth-v1");
        assert_eq!(
            t,
            "id: legacy-auth-v1\ncapability: legacy-auth\ninterface: v1\nreplacement: identity-sso\nannounced: 2026-11-27\nsunset: 2027-02-25\nstatus: announced\nmigration_guide: https://docs.example.com/migrate#auth\nconsumers:\n  - service: a\n    status: pending\n  - service: b\n    status: pending\n"
        );
        let pf = parse_file(Kind::Deprecation, t.as_bytes());
        assert!(pf.diags.is_empty(), "{:?}", pf.diags);
        let Some(Entity::Deprecation(d)) = pf.entities.first() else {
            panic!("no deprecation")
        };
        assert_eq!(d.consumers.len(), 2);
        assert_eq!(
            d.migration_guide.as_deref(),
            Some("https://docs.example.com/migrate#auth")
        );
    }

    #[test]
    fn short_notice_reason_is_a_suppression_above_the_sunset() {
        let mut d = dep();
        d.consumers.clear();
        d.short_notice_reason = Some("security fix:\nno choice".into());
        let t = d.to_yaml("x");
        assert!(t.contains("announced: 2026-11-27\n# platctl: allow(sunset-notice-too-short) security fix: no choice\nsunset: 2027-02-25\n"), "{t}");
        assert!(t.ends_with("consumers: []\n"));
        assert!(parse_file(Kind::Deprecation, t.as_bytes()).diags.is_empty());
    }

    #[test]
    fn exception_text_round_trips() {
        let e = ExceptionDraft {
            title: "yes: a title # with hash".into(),
            standard: "identity-sso".into(),
            team: "team-a".into(),
            service: Some("svc".into()),
            reason: "Two lines\nof reason".into(),
            risk: Risk::High,
            compensating_controls: Some("MFA".into()),
            requested: date("2026-11-27"),
            status: ExceptionStatus::Approved,
            approved_by: Some("Security: J. Doe".into()),
            granted: Some(date("2026-11-28")),
            expires: date("2027-01-31"),
        };
        let t = e.to_yaml("EXC-000000");
        let pf = parse_file(Kind::Exception, t.as_bytes());
        assert!(pf.diags.is_empty(), "{t}\n{:?}", pf.diags);
        let Some(Entity::Exception(x)) = pf.entities.first() else {
            panic!("no exception")
        };
        assert_eq!(x.title.value, e.title);
        assert_eq!(x.reason.trim_end(), e.reason);
        assert_eq!(
            x.approved_by.as_ref().map(|a| a.value.as_str()),
            Some("Security: J. Doe")
        );
        assert_eq!(x.granted.as_ref().map(|g| g.value), e.granted);
    }

    #[test]
    fn ids_and_consumers() {
        assert_eq!(
            default_deprecation_id("legacy-auth", Some("V1.2")),
            "legacy-auth-v1-2"
        );
        assert_eq!(
            default_deprecation_id("legacy-auth", None),
            "legacy-auth-sunset"
        );
        let cat = catalog(&[
            (
                "services/b.yaml",
                "id: b\nteam: t\nuses:\n  - capability: obs\n    version: v1\n",
            ),
            ("services/a.yaml", "id: a\nteam: t\nuses: [obs]\n"),
            (
                "services/c.yaml",
                "id: c\nteam: t\nstatus: retired\nuses: [obs]\n",
            ),
        ]);
        assert_eq!(consumers_of(&cat, "obs", None), ["a", "b"]);
        assert_eq!(consumers_of(&cat, "obs", Some("v1")), ["b"]);
    }
}
