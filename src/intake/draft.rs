//! The text of a new request file, fields in the order docs/format.md lists them.

use crate::model::{IntakeType, Urgency};
use crate::store::yaml_text;
use chrono::NaiveDate;

/// Everything `intake new` asks for; the id comes when the file is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub title: String,
    pub team: String,
    pub contact: Option<String>,
    pub created: NaiveDate,
    pub kind: IntakeType,
    pub problem: String,
    pub outcome: Option<String>,
    pub urgency: Urgency,
    pub reach: u32,
    pub impact: f64,
    pub confidence: f64,
    pub effort: Option<f64>,
    pub capability: Option<String>,
}

/// A number as a person writes it: `1`, `0.5`, `2.25`.
pub fn number(x: f64) -> String {
    format!("{x}")
}

impl Draft {
    /// The file's YAML text for request `id`, with `status: new`.
    pub fn to_yaml(&self, id: &str) -> String {
        let s = yaml_text::scalar;
        let mut out = String::new();
        out.push_str(&format!("id: {}\n", s(id)));
        out.push_str(&format!("title: {}\n", s(&self.title)));
        out.push_str("requester:\n");
        out.push_str(&format!("  team: {}\n", s(&self.team)));
        if let Some(c) = &self.contact {
            out.push_str(&format!("  contact: {}\n", s(c)));
        }
        out.push_str(&format!("created: {}\n", self.created.format("%Y-%m-%d")));
        out.push_str(&format!("type: {}\n", self.kind));
        // The problem is prose: a literal block keeps its lines as typed.
        let problem = self.problem.trim_end();
        out.push_str(&format!(
            "problem: {}\n",
            yaml_text::block(&format!("{problem}\n"), 2)
        ));
        if let Some(o) = &self.outcome {
            out.push_str(&format!("outcome: {}\n", s(o)));
        }
        out.push_str(&format!("urgency: {}\n", self.urgency));
        out.push_str(&format!("reach: {}\n", self.reach));
        out.push_str(&format!("impact: {}\n", number(self.impact)));
        out.push_str(&format!("confidence: {}\n", number(self.confidence)));
        if let Some(e) = self.effort {
            out.push_str(&format!("effort: {}\n", number(e)));
        }
        if let Some(c) = &self.capability {
            out.push_str(&format!("capability: {}\n", s(c)));
        }
        out.push_str("status: new\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{parse::parse_file, Kind};

    fn draft(title: &str, problem: &str) -> Draft {
        Draft {
            title: title.into(),
            team: "team-a".into(),
            contact: Some("#chan".into()),
            created: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default(),
            kind: IntakeType::Capability,
            problem: problem.into(),
            outcome: None,
            urgency: Urgency::High,
            reach: 3,
            impact: 0.5,
            confidence: 0.8,
            effort: Some(2.0),
            capability: None,
        }
    }

    #[test]
    fn writes_fields_in_order() {
        let t = draft("Managed Postgres", "Two lines\nof text").to_yaml("INT-7K3F9Q");
        assert_eq!(
            t,
            "id: INT-7K3F9Q\ntitle: Managed Postgres\nrequester:\n  team: team-a\n  contact: \"#chan\"\ncreated: 2026-11-27\ntype: capability\nproblem: |\n  Two lines\n  of text\noutcome_placeholder"
                .replace("outcome_placeholder", "urgency: high\nreach: 3\nimpact: 0.5\nconfidence: 0.8\neffort: 2\nstatus: new\n")
        );
    }

    #[test]
    fn awkward_text_survives_a_round_trip() {
        for (title, problem) in [
            ("yes", "  indented first line\nthen less"),
            (
                "a: b # c",
                "tab\there, \"quotes\", 'single' and \\ backslash",
            ),
            ("- dash", "line\n\n\nafter blank lines\n   "),
            ("2026-11-27", "ünïcödé ✓\n# not a comment"),
            ("[flow]", "ends with colon:"),
        ] {
            let text = draft(title, problem).to_yaml("INT-7K3F9Q");
            let pf = parse_file(Kind::Intake, text.as_bytes());
            assert!(pf.diags.is_empty(), "{text}\n{:?}", pf.diags);
            let Some(crate::catalog::decode::Entity::Intake(r)) = pf.entities.first() else {
                panic!("no request in {text}")
            };
            assert_eq!(r.title.value, title, "{text}");
            assert_eq!(r.problem.value.trim_end(), problem.trim_end(), "{text}");
        }
    }
}
