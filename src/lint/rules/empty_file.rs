//! `empty-file`: A catalog file is empty or holds only comments.
//!
//! Found while loading: the parser reports files that declare nothing
//! (`src/catalog/parse.rs`).

use super::Rule;
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::EmptyFile,
    summary: "A catalog file is empty or holds only comments",
    rationale: "An empty file declares nothing, so whatever it was meant to hold is missing from every report while the file itself looks present in the repository. It is usually a file created and never filled in, or one whose content was lost in a merge.",
    example: "# teams/team-devex.yaml\n# TODO\n",
    fix: "Write the entity in the file (`field: value` lines), or delete the file.",
    check: None,
};
