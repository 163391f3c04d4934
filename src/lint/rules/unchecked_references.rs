//! `unchecked-references`: References to a kind are not checked because a file
//! of that kind does not parse.

use super::{refs, Ctx, Rule};
use crate::catalog::Kind;
use crate::diag::RuleId;
use crate::model::FileId;
use std::collections::HashMap;

pub static RULE: Rule = Rule {
    id: RuleId::UncheckedReferences,
    summary: "References to a kind are not checked because a file of that kind does not parse",
    rationale: "When a file of teams (or any kind) cannot be read or parsed, the ids it declares are unknown. Reporting every reference to that kind as unknown would send people to fix dozens of correct references, with wrong suggestions, instead of the one broken file; saying nothing would let real mistakes pass. So the references are counted, reported once as not checked, and checked again once the file parses.",
    example: "# teams/teams.yaml\nid: team-devex\nname: [Developer Experience\n",
    fix: "Fix the file that does not parse (see its `yaml-syntax` or `unreadable-file` finding); the references to its kind are then checked as usual.",
    check: Some(check),
};

/// One finding per kind whose references could not all be checked (see
/// [`refs::unchecked`]), on the first file of that kind that does not parse.
fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    if cat.broken.is_empty() {
        return;
    }
    let mut counts: HashMap<Kind, usize> = HashMap::new();
    refs::each(cat, |kind, _, _, r| {
        if refs::unchecked(cat, kind, r) {
            *counts.entry(kind).or_insert(0) += 1;
        }
    });
    let mut kinds: Vec<(Kind, usize)> = counts.into_iter().collect();
    kinds.sort_by_key(|(k, _)| k.dir());
    for (kind, n) in kinds {
        let broken: Vec<FileId> = cat.broken_files(kind).collect();
        let Some(&first) = broken.first() else {
            continue;
        };
        let what = match broken.len() {
            1 => format!("{} does not parse", cat.path(first)),
            2 => format!("{} and 1 other file do not parse", cat.path(first)),
            k => format!("{} and {} other files do not parse", cat.path(first), k - 1),
        };
        let refs = if n == 1 { "reference" } else { "references" };
        let span = crate::model::Span {
            line: 1,
            col: 1,
            offset: 0,
            len: 0,
        };
        cx.emit(
            RuleId::UncheckedReferences,
            first,
            span,
            format!("{n} {refs} to {} not checked: {what}", kind.dir()),
        )
        .help = Some(format!(
            "fix this file first; references to {} are checked again once every file of that kind parses",
            kind.dir()
        ));
    }
}
