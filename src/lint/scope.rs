//! Which findings a `--changed-since` run reports: those in the files that
//! changed, and the references elsewhere that the change left dangling (a
//! deleted file's, or an id a changed file no longer declares).

use super::Diagnostic;
use crate::catalog::{parse, Catalog, Kind};
use crate::diag::RuleId;
use std::collections::HashSet;

/// The reference rules and the kind each one looks up.
const REFERENCE_RULES: &[(RuleId, Kind)] = &[
    (RuleId::UnknownTeam, Kind::Team),
    (RuleId::UnknownService, Kind::Service),
    (RuleId::UnknownCapability, Kind::Capability),
    (RuleId::UnknownRoadmapItem, Kind::Roadmap),
    (RuleId::UnknownIntake, Kind::Intake),
    (RuleId::UnknownException, Kind::Exception),
];

/// Ids that files declared at the revision (`before`: their text there) and
/// that nothing in the catalog declares any more.
pub fn removed_ids(cat: &Catalog, before: &[(String, Vec<u8>)]) -> HashSet<(Kind, String)> {
    let mut out = HashSet::new();
    for (path, bytes) in before {
        let Some(kind) = kind_of(path) else { continue };
        for (k, id) in parse::parse_file(kind, bytes).ids {
            if !cat.has_id(k, &id.value) {
                out.insert((k, id.value.clone()));
            }
        }
    }
    out
}

/// The kind of a catalog YAML file from its path relative to the root.
fn kind_of(path: &str) -> Option<Kind> {
    let (dir, rest) = path.split_once('/')?;
    let name = rest.rsplit('/').next().unwrap_or(rest);
    let yaml = name.ends_with(".yaml") || name.ends_with(".yml");
    (yaml && !name.starts_with('.'))
        .then(|| Kind::from_dir(dir))
        .flatten()
}

/// Whether a finding is a reference to one of the removed ids. The reference
/// rules name the missing id in backquotes in their message.
pub fn points_at(d: &Diagnostic, removed: &HashSet<(Kind, String)>) -> bool {
    let Some((_, kind)) = REFERENCE_RULES.iter().find(|(r, _)| *r == d.rule) else {
        return false;
    };
    removed
        .iter()
        .any(|(k, id)| k == kind && d.message.contains(&format!("`{id}`")))
}

/// Keeps the findings in `changed` files and the references the change left dangling.
pub fn retain_changed(
    cat: &Catalog,
    diags: &mut Vec<Diagnostic>,
    changed: &HashSet<String>,
    before: &[(String, Vec<u8>)],
) {
    let removed = removed_ids(cat, before);
    diags.retain(|d| changed.contains(cat.path(d.file)) || points_at(d, &removed));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FileId, Span};

    #[test]
    fn kinds_from_paths() {
        assert_eq!(kind_of("teams/team-a.yaml"), Some(Kind::Team));
        assert_eq!(kind_of("intake/2026/INT-7K3F9Q.yml"), Some(Kind::Intake));
        assert_eq!(kind_of("teams/README.md"), None);
        assert_eq!(kind_of("teams/.hidden.yaml"), None);
        assert_eq!(kind_of("platctl.yaml"), None);
        assert_eq!(kind_of("notes/a.yaml"), None);
    }

    #[test]
    fn references_to_removed_ids() {
        let removed: HashSet<(Kind, String)> = [(Kind::Team, "team-gone".to_string())]
            .into_iter()
            .collect();
        let d = |rule, msg: &str| Diagnostic::new(rule, FileId(0), Span::default(), msg);
        assert!(points_at(
            &d(RuleId::UnknownTeam, "owner `team-gone` is not a known team"),
            &removed
        ));
        assert!(!points_at(
            &d(
                RuleId::UnknownTeam,
                "owner `team-gone-2` is not a known team"
            ),
            &removed
        ));
        assert!(!points_at(
            &d(
                RuleId::UnknownCapability,
                "uses `team-gone` is not a known capability"
            ),
            &removed
        ));
        assert!(!points_at(&d(RuleId::Schema, "`team-gone`"), &removed));
    }
}
