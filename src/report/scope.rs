//! Scope changes of a quarter since it began, from versions of the roadmap
//! read out of git history by the caller.
//!
//! The baseline is the quarter as planned: its state at the last commit on
//! or before the quarter's first day, or, when the quarter was not yet in
//! the catalog then, at the first commit that has it. Every later version
//! (first-parent, oldest first, then the working tree) is compared with the
//! one before it: an item that appears was `added`, one that disappears was
//! `removed`, a stretch item made committed was `recommitted`, and a
//! committed item made stretch was `decommitted` (a change of its own: it
//! lowers the bar that predictability is measured against).

use crate::catalog::decode::Entity;
use crate::catalog::{parse, Kind};
use crate::model::{Commitment, Quarter};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// An item as one version of the roadmap had it.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemState {
    pub title: Option<String>,
    /// `None` when the item did not decode in that version (kept, not guessed).
    pub commitment: Option<Commitment>,
}

/// What one version of the catalog holds for the quarter.
#[derive(Clone, Debug, PartialEq)]
pub enum QuarterState {
    /// No roadmap file holds the quarter.
    Absent,
    /// A roadmap file could not be read as a quarter (syntax error...): the
    /// state is unknown, and the previous one is carried over.
    Unreadable,
    /// The quarter's items by id.
    Present(BTreeMap<String, ItemState>),
}

/// One version: a commit, or the working tree (`commit: None`).
#[derive(Clone, Debug)]
pub struct Version {
    pub commit: Option<String>,
    pub date: NaiveDate,
    pub state: QuarterState,
}

/// What one roadmap file holds: each quarter in it with its items. A file
/// that yields no quarter at all (broken YAML, an invalid `quarter`) gives
/// `None`.
pub fn quarters_in(bytes: &[u8]) -> Option<Vec<(Quarter, BTreeMap<String, ItemState>)>> {
    let pf = parse::parse_file(Kind::Roadmap, bytes);
    let mut out = Vec::new();
    for e in &pf.entities {
        let Entity::Roadmap(q) = e else { continue };
        let mut items = BTreeMap::new();
        for it in &q.items {
            items.insert(
                it.id.value.clone(),
                ItemState {
                    title: Some(it.title.value.clone()),
                    commitment: Some(it.commitment.value),
                },
            );
        }
        out.push((q.quarter.value, items));
    }
    if out.is_empty() {
        return None;
    }
    // Items that did not decode still exist in that version: keep their ids
    // (a one-file-one-quarter catalog puts them in its only quarter).
    if out.len() == 1 {
        if let Some((_, items)) = out.first_mut() {
            for (k, id) in &pf.ids {
                if *k == Kind::Roadmap {
                    items.entry(id.value.clone()).or_insert(ItemState {
                        title: None,
                        commitment: None,
                    });
                }
            }
        }
    }
    Some(out)
}

/// The quarter's state in a version made of several roadmap files (each the
/// result of [`quarters_in`]).
pub fn state_of<'a>(
    files: impl IntoIterator<Item = &'a Option<Vec<(Quarter, BTreeMap<String, ItemState>)>>>,
    q: Quarter,
) -> QuarterState {
    let mut found: Option<BTreeMap<String, ItemState>> = None;
    let mut broken = false;
    for f in files {
        match f {
            None => broken = true,
            Some(qs) => {
                for (fq, items) in qs {
                    if *fq == q {
                        found
                            .get_or_insert_with(BTreeMap::new)
                            .extend(items.iter().map(|(k, v)| (k.clone(), v.clone())));
                    }
                }
            }
        }
    }
    match found {
        Some(items) => QuarterState::Present(items),
        None if broken => QuarterState::Unreadable,
        None => QuarterState::Absent,
    }
}

crate::model::str_enum!(Change { Added = "added", Removed = "removed", Recommitted = "recommitted", Decommitted = "decommitted" });

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScopeChange {
    pub item: String,
    pub change: Change,
    /// The commit that made the change; `null` for an uncommitted edit in the working tree.
    pub commit: Option<String>,
    /// The commit's date (committer time); the as-of date for the working tree.
    pub date: NaiveDate,
    /// The item's title as of the change (a removed item is no longer in the catalog).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Baseline {
    pub commit: String,
    pub date: NaiveDate,
    /// Whether the baseline is the first commit that has the quarter, made
    /// after the quarter began (no commit on or before its first day had it).
    pub after_start: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Scope {
    pub baseline: Option<Baseline>,
    pub changes: Vec<ScopeChange>,
    /// The working tree differs from the last commit for this quarter.
    pub uncommitted: bool,
    /// The repository is a shallow clone: older history is missing (set by
    /// the caller, which knows the repository).
    pub shallow: bool,
}

/// Scope changes after the baseline. `versions` are oldest first; the
/// working tree, if given, is last (with `commit: None`). Changes are in the
/// order they happened, then by item id.
pub fn changes(versions: &[Version], start: NaiveDate) -> Scope {
    let committed = versions.iter().filter(|v| v.commit.is_some()).count();
    let has = |v: &Version| matches!(v.state, QuarterState::Present(_));
    // The last commit on or before the first day, if it has the quarter;
    // otherwise the first commit after it that does.
    let before = versions[..committed].iter().rposition(|v| v.date <= start);
    let base = match before {
        Some(i) if has(&versions[i]) => Some((i, false)),
        _ => {
            let from = before.map_or(0, |i| i + 1);
            versions[..committed]
                .iter()
                .skip(from)
                .position(has)
                .map(|j| (from + j, true))
        }
    };
    let Some((b, after_start)) = base else {
        return Scope::default();
    };
    let mut scope = Scope {
        baseline: versions[b].commit.clone().map(|commit| Baseline {
            commit,
            date: versions[b].date,
            after_start,
        }),
        ..Default::default()
    };
    let empty = BTreeMap::new();
    let mut prev: &BTreeMap<String, ItemState> = match &versions[b].state {
        QuarterState::Present(m) => m,
        _ => &empty,
    };
    for v in &versions[b + 1..] {
        let cur = match &v.state {
            QuarterState::Present(m) => m,
            QuarterState::Absent => &empty,
            QuarterState::Unreadable => continue,
        };
        let mut here = Vec::new();
        let mut push = |item: &str, change: Change, title: Option<String>| {
            here.push(ScopeChange {
                item: item.to_string(),
                change,
                commit: v.commit.clone(),
                date: v.date,
                title,
            });
        };
        for (id, now) in cur {
            match prev.get(id) {
                None => push(id, Change::Added, now.title.clone()),
                Some(was) => match (was.commitment, now.commitment) {
                    (Some(Commitment::Stretch), Some(Commitment::Committed)) => {
                        push(id, Change::Recommitted, now.title.clone())
                    }
                    (Some(Commitment::Committed), Some(Commitment::Stretch)) => {
                        push(id, Change::Decommitted, now.title.clone())
                    }
                    _ => {}
                },
            }
        }
        for (id, was) in prev {
            if !cur.contains_key(id) {
                push(id, Change::Removed, was.title.clone());
            }
        }
        // Within one version, by item id.
        here.sort_by(|a, b| a.item.cmp(&b.item));
        scope.changes.extend(here);
        if v.commit.is_none() && prev != cur {
            scope.uncommitted = true;
        }
        prev = cur;
    }
    scope
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::model::parse_date(s).expect("date")
    }

    fn st(items: &[(&str, Commitment)]) -> QuarterState {
        QuarterState::Present(
            items
                .iter()
                .map(|(id, c)| {
                    (
                        (*id).to_string(),
                        ItemState {
                            title: Some(format!("T {id}")),
                            commitment: Some(*c),
                        },
                    )
                })
                .collect(),
        )
    }

    fn v(commit: &str, date: &str, state: QuarterState) -> Version {
        Version {
            commit: (!commit.is_empty()).then(|| commit.to_string()),
            date: d(date),
            state,
        }
    }

    use Commitment::{Committed as C, Stretch as S};

    #[test]
    fn baseline_is_the_last_commit_on_or_before_the_first_day() {
        let vs = [
            v("a", "2026-09-20", st(&[("x", C)])),
            v("b", "2026-10-01", st(&[("x", C), ("y", S)])),
            v("c", "2026-10-15", st(&[("x", C), ("y", C), ("z", C)])),
            v("d", "2026-11-02", st(&[("y", C), ("z", S)])),
        ];
        let s = changes(&vs, d("2026-10-01"));
        assert_eq!(
            s.baseline,
            Some(Baseline {
                commit: "b".into(),
                date: d("2026-10-01"),
                after_start: false
            })
        );
        let got: Vec<(&str, Change, &str)> = s
            .changes
            .iter()
            .map(|c| (c.item.as_str(), c.change, c.commit.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            got,
            [
                ("y", Change::Recommitted, "c"),
                ("z", Change::Added, "c"),
                ("x", Change::Removed, "d"),
                ("z", Change::Decommitted, "d")
            ]
        );
        assert_eq!(s.changes[2].title.as_deref(), Some("T x"));
        assert!(!s.uncommitted);
    }

    #[test]
    fn a_quarter_written_after_it_began_is_measured_from_its_first_commit() {
        let vs = [
            v("a", "2026-09-01", QuarterState::Absent),
            v("b", "2026-10-03", st(&[("x", C)])),
            v("c", "2026-10-09", st(&[("x", C), ("y", C)])),
        ];
        let s = changes(&vs, d("2026-10-01"));
        assert_eq!(
            s.baseline,
            Some(Baseline {
                commit: "b".into(),
                date: d("2026-10-03"),
                after_start: true
            })
        );
        assert_eq!(s.changes.len(), 1);
        assert_eq!(
            (s.changes[0].item.as_str(), s.changes[0].change),
            ("y", Change::Added)
        );
    }

    #[test]
    fn unreadable_versions_are_skipped_and_a_deleted_file_removes_everything() {
        let vs = [
            v("a", "2026-09-01", st(&[("x", C)])),
            v("b", "2026-10-05", QuarterState::Unreadable),
            v("c", "2026-10-06", st(&[("x", C)])),
            v("d", "2026-10-07", QuarterState::Absent),
        ];
        let s = changes(&vs, d("2026-10-01"));
        assert_eq!(s.changes.len(), 1);
        assert_eq!(
            (s.changes[0].change, s.changes[0].commit.as_deref()),
            (Change::Removed, Some("d"))
        );
    }

    #[test]
    fn the_working_tree_comes_last_and_is_flagged() {
        let vs = [
            v("a", "2026-09-01", st(&[("x", C)])),
            v("", "2026-11-27", st(&[("x", C), ("w", S)])),
        ];
        let s = changes(&vs, d("2026-10-01"));
        assert!(s.uncommitted);
        assert_eq!(s.changes[0].commit, None);
        assert_eq!(s.changes[0].date, d("2026-11-27"));
    }

    #[test]
    fn no_history_means_no_baseline_and_no_changes() {
        assert_eq!(changes(&[], d("2026-10-01")), Scope::default());
        let only_wt = [v("", "2026-11-27", st(&[("x", C)]))];
        assert_eq!(changes(&only_wt, d("2026-10-01")), Scope::default());
    }

    #[test]
    fn reads_a_roadmap_file_and_keeps_items_that_do_not_decode() {
        let yaml = b"quarter: 2026-Q4\nitems:\n  - id: a\n    title: A\n    owner: t\n    status: planned\n    commitment: stretch\n  - id: b\n    title: B\n    owner: t\n    status: nonsense\n";
        let qs = quarters_in(yaml).expect("a quarter");
        assert_eq!(qs.len(), 1);
        let q = qs[0].0;
        let items = qs[0].1.clone();
        assert_eq!(q.to_string(), "2026-Q4");
        assert_eq!(items.get("a").and_then(|i| i.commitment), Some(S));
        assert_eq!(
            items.get("b"),
            Some(&ItemState {
                title: None,
                commitment: None
            })
        );
        assert_eq!(quarters_in(b"quarter: [\n"), None);
        let files = [Some(qs.clone()), None];
        assert!(matches!(state_of(&files, q), QuarterState::Present(_)));
        assert_eq!(state_of(&files, q.next()), QuarterState::Unreadable);
        assert_eq!(state_of(&[Some(qs)], q.next()), QuarterState::Absent);
    }
}
