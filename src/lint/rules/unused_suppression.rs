//! `unused-suppression`: A suppression comment silences nothing.
//!
//! Found after the checks: applying the `# platctl: allow(...)` comments
//! reports those that silence nothing (`src/lint/suppress.rs`).

use super::Rule;
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::UnusedSuppression,
    summary: "A suppression comment silences nothing",
    rationale: "Suppressions outlive the problems they were written for. A stale one hides the next, unrelated finding on the same line, and a pile of them makes it hard to tell what is really being waived. Reporting unused ones keeps each suppression honest and current.",
    example: r##"# deprecations/legacy-auth-v1.yaml
id: legacy-auth-v1
capability: legacy-auth
interface: v1
announced: 2026-03-01
# platctl: allow(sunset-notice-too-short) security fix forces an early sunset
sunset: 2026-12-31
status: announced
consumers:
  - service: payments-api
    status: pending
"##,
    fix: "Delete the `# platctl: allow(rule-id) reason` comment, or move it onto (or just above) the line of the finding it is meant to silence and check the rule id. To silence a rule everywhere, use `lint.rules` or `lint.ignore` in platctl.yaml.",
    check: None,
};
