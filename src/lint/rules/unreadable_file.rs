//! `unreadable-file`: A catalog file cannot be read.
//!
//! Found while loading: the catalog walk reports files it cannot read
//! (`src/catalog/mod.rs`, `src/catalog/parse.rs`).

use super::Rule;
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::UnreadableFile,
    summary: "A catalog file cannot be read",
    rationale: "A file that cannot be read drops out of the catalog without anyone noticing, along with every reference that pointed at it. Files that are not UTF-8, larger than 4 MiB, symbolic links leading outside the catalog root or to something that is not a file, linked directories below a kind directory (not followed), YAML names that are not regular files (a FIFO, a device), or blocked by permissions are all reported, so the catalog never gets checked only in part.",
    example: r##"# services/legacy-billing.yaml  (saved as Latin-1, not UTF-8)
id: legacy-billing
name: Facturation héritée
team: team-billing
"##,
    fix: "Save the file as UTF-8, split a file over 4 MiB into smaller ones, replace a symbolic link that leaves the catalog (or leads to a directory) with a real file or directory, or link the kind directory itself, remove a FIFO or device given a YAML name, or fix its permissions. To skip a path on purpose, list it in `lint.ignore` in platctl.yaml.",
    check: None,
};
