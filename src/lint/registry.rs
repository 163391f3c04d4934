//! The list of lint rules as the rest of the crate reads it: find a rule by
//! its id, and every rule as the Markdown of docs/rules.md. Each rule, with
//! its documentation and its check, is its own file under `rules/`.

use crate::diag::RuleId;

pub use super::rules::{Rule, RULES};

/// The rule with this id, as written in settings, comments and `explain`.
pub fn find(id: &str) -> Option<&'static Rule> {
    let id = RuleId::parse(id)?;
    RULES.iter().copied().find(|r| r.id == id)
}

/// Every rule as a Markdown reference (docs/rules.md is this, kept current by a test).
pub fn markdown() -> String {
    let mut out = String::from(
        "# Lint rules\n\n<!-- Generated from the rules, one file each in src/lint/rules/; `UPDATE_SNAPSHOTS=1 cargo test --test cli -- docs::` rewrites it. -->\n\n\
Every finding names its rule. Change a rule's level in `platctl.yaml` (`lint.rules: { RULE: error | warning | off }`) or for one run \
with `--rule RULE=LEVEL`; silence one finding with `# platctl: allow(RULE) reason` on its line or alone on the line above. \
`platctl explain RULE` prints the same text as below.\n\n| rule | default | what it checks |\n|---|---|---|\n",
    );
    for r in RULES {
        out.push_str(&format!(
            "| [`{}`](#{}) | {} | {} |\n",
            r.id,
            r.id,
            r.id.default_level().as_str(),
            r.summary
        ));
    }
    for r in RULES {
        out.push_str(&format!(
            "\n## {}\n\nDefault level: **{}**. {}.\n\n{}\n\nExample that breaks it:\n\n```yaml\n{}```\n\nFix: {}\n",
            r.id,
            r.id.default_level().as_str(),
            r.summary,
            r.rationale,
            if r.example.ends_with('\n') { r.example.to_string() } else { format!("{}\n", r.example) },
            r.fix
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule id has its rule, once, in the same order.
    #[test]
    fn every_rule_id_is_documented_once_in_order() {
        let ids: Vec<RuleId> = RULES.iter().map(|r| r.id).collect();
        assert_eq!(ids, RuleId::ALL);
        for id in RuleId::ALL {
            assert_eq!(RuleId::parse(id.as_str()), Some(*id));
            assert_eq!(find(id.as_str()).map(|r| r.id), Some(*id));
        }
        assert!(find("no-such-rule").is_none());
    }

    /// A rule's file is named after its id.
    #[test]
    fn every_rule_file_is_named_after_its_id() {
        assert_eq!(crate::lint::rules::FILES.len(), RULES.len());
        for (file, r) in crate::lint::rules::FILES.iter().zip(RULES) {
            assert_eq!(file.replace('_', "-"), r.id.as_str());
        }
    }

    /// Only the rules found while loading, by the suppression comments or
    /// by comparing two revisions have no check of their own.
    #[test]
    fn rules_without_a_check_are_found_elsewhere() {
        let none: Vec<&str> = RULES
            .iter()
            .filter(|r| r.check.is_none())
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(
            none,
            [
                "yaml-syntax",
                "schema",
                "unreadable-file",
                "unknown-directory",
                "empty-file",
                "null-from-comment",
                "unused-suppression",
                "scorecard-level-regressed",
            ]
        );
    }
}
