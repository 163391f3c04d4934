//! `yaml-syntax`: The file is not valid YAML.
//!
//! Found while loading: the parser reports it for each file that does not parse
//! (`src/catalog/parse.rs`).

use super::Rule;
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::YamlSyntax,
    summary: "The file is not valid YAML",
    rationale: "A file that does not parse cannot be checked at all, and whatever it declares is silently missing from every report. Duplicate keys, tabs used for indentation and documents that are not a mapping are included here, because YAML tools disagree on how to read them.",
    example: "# teams/team-devex.yaml\nid: team-devex\nname: Developer Experience\nname: DevEx\n",
    fix: "Fix the syntax at the position shown: remove the duplicate key, indent with spaces, or make the document a mapping of fields.",
    check: None,
};
