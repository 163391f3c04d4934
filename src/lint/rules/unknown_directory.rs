//! `unknown-directory`: A top-level directory holds YAML files but is not a
//! catalog kind.
//!
//! Found while loading: the catalog walk reports top-level directories that
//! hold YAML but are not a kind (`src/catalog/mod.rs`).

use super::Rule;
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::UnknownDirectory,
    summary: "A top-level directory holds YAML files but is not a catalog kind",
    rationale: "The kind of an entity comes from its top-level directory, so files under a misspelled directory would be skipped entirely: the capabilities in it would vanish from reports while the pull request looks fine. Reporting the directory, with the closest kind, catches the typo before it merges.",
    example: r##"# capabilites/ci-pipelines.yaml
id: ci-pipelines
name: Standard CI pipelines
summary: Reusable workflows with built-in scanning
owner: team-devex
lifecycle: beta
"##,
    fix: "Move the files into the directory of their kind (here `capabilities/`). If the directory holds data that is not part of the catalog, add it to `lint.ignore` in platctl.yaml.",
    check: None,
};
