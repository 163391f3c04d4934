//! `schema`: A field is unknown, missing, of the wrong type or out of range.
//!
//! Found while loading: the decoders report fields that are unknown,
//! missing, of the wrong type or out of range (`src/catalog/decode.rs`, and
//! `src/catalog/config.rs` for platctl.yaml); applying the suppression
//! comments reports malformed ones under it (`src/lint/suppress.rs`).

use super::Rule;
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::Schema,
    summary: "A field is unknown, missing, of the wrong type or out of range",
    rationale: "The catalog is only useful if every tool and every reader agrees on what a field means. A misspelled field is otherwise ignored without a word, a lifecycle nobody recognises drops a capability out of adoption and readiness reports, and a malformed date or quarter quietly breaks every computation that relies on it.",
    example: r##"# capabilities/ci-pipelines.yaml
id: ci-pipelines
name: Standard CI pipelines
summary: Reusable workflows with built-in scanning
owner: team-devex
lifecycle: stable
"##,
    fix: "Use one of the allowed values (here `proposed`, `experimental`, `beta`, `ga`, `deprecated` or `retired`), add the missing field, or rename the unknown one as the help suggests. Free-form data of your own belongs under `labels`.",
    check: None,
};
