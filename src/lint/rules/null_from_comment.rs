//! `null-from-comment`: A value is empty because an unquoted `#` made it a
//! comment.
//!
//! Found while loading: the decoder reports values emptied by an unquoted `#`
//! (`src/catalog/decode.rs`).

use super::Rule;
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::NullFromComment,
    summary: "A value is empty because an unquoted `#` made it a comment",
    rationale: "In YAML, ` #` starts a comment, so `contact: #help` does not set the contact to the channel `#help`: it leaves the field empty, without a word. Slack channels and issue numbers are the usual victims, and the loss only shows when someone needs the value.",
    example: "# teams/team-devex.yaml\nid: team-devex\nname: Developer Experience\ncontact: #devex-help\n",
    fix: "Quote the value: `contact: \"#devex-help\"`. If the field is meant to be empty, delete it, or put a space after the `#` to show that it is a comment.",
    check: None,
};
