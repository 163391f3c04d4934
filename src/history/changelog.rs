//! What changed in the catalog between two states, as a reader would say it.
//! Pure: two catalogs and their dates in, changes out.

use crate::catalog::Catalog;
use crate::model::*;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// The kinds of change, in the order release notes list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChangeKind {
    Added,
    Removed,
    LifecycleChanged,
    InterfaceVersionChanged,
    OwnerChanged,
    DeprecationAnnounced,
    SunsetMoved,
    DeprecationCompleted,
    DeprecationCancelled,
    ExceptionGranted,
    ExceptionExpired,
    ExceptionRevoked,
    RoadmapItemAdded,
    RoadmapItemDelivered,
    RoadmapItemSlipped,
    RoadmapItemDropped,
}

impl ChangeKind {
    pub const ALL: &'static [ChangeKind] = &[
        ChangeKind::Added,
        ChangeKind::Removed,
        ChangeKind::LifecycleChanged,
        ChangeKind::InterfaceVersionChanged,
        ChangeKind::OwnerChanged,
        ChangeKind::DeprecationAnnounced,
        ChangeKind::SunsetMoved,
        ChangeKind::DeprecationCompleted,
        ChangeKind::DeprecationCancelled,
        ChangeKind::ExceptionGranted,
        ChangeKind::ExceptionExpired,
        ChangeKind::ExceptionRevoked,
        ChangeKind::RoadmapItemAdded,
        ChangeKind::RoadmapItemDelivered,
        ChangeKind::RoadmapItemSlipped,
        ChangeKind::RoadmapItemDropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::LifecycleChanged => "lifecycle-changed",
            ChangeKind::InterfaceVersionChanged => "interface-version-changed",
            ChangeKind::OwnerChanged => "owner-changed",
            ChangeKind::DeprecationAnnounced => "deprecation-announced",
            ChangeKind::SunsetMoved => "sunset-moved",
            ChangeKind::DeprecationCompleted => "deprecation-completed",
            ChangeKind::DeprecationCancelled => "deprecation-cancelled",
            ChangeKind::ExceptionGranted => "exception-granted",
            ChangeKind::ExceptionExpired => "exception-expired",
            ChangeKind::ExceptionRevoked => "exception-revoked",
            ChangeKind::RoadmapItemAdded => "roadmap-item-added",
            ChangeKind::RoadmapItemDelivered => "roadmap-item-delivered",
            ChangeKind::RoadmapItemSlipped => "roadmap-item-slipped",
            ChangeKind::RoadmapItemDropped => "roadmap-item-dropped",
        }
    }

    /// A heading for release notes.
    pub fn title(self) -> &'static str {
        match self {
            ChangeKind::Added => "Added",
            ChangeKind::Removed => "Removed",
            ChangeKind::LifecycleChanged => "Lifecycle changes",
            ChangeKind::InterfaceVersionChanged => "Interface versions",
            ChangeKind::OwnerChanged => "New owners",
            ChangeKind::DeprecationAnnounced => "Deprecations announced",
            ChangeKind::SunsetMoved => "Sunsets moved",
            ChangeKind::DeprecationCompleted => "Deprecations completed",
            ChangeKind::DeprecationCancelled => "Deprecations cancelled",
            ChangeKind::ExceptionGranted => "Exceptions granted",
            ChangeKind::ExceptionExpired => "Exceptions expired",
            ChangeKind::ExceptionRevoked => "Exceptions revoked",
            ChangeKind::RoadmapItemAdded => "Roadmap items added",
            ChangeKind::RoadmapItemDelivered => "Roadmap items delivered",
            ChangeKind::RoadmapItemSlipped => "Roadmap items slipped",
            ChangeKind::RoadmapItemDropped => "Roadmap items dropped",
        }
    }
}

impl serde::Serialize for ChangeKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One end of the comparison.
#[derive(Debug, Clone, serde::Serialize)]
pub struct End {
    /// The full commit id; null for the working tree.
    pub commit: Option<String>,
    /// What the user named (a tag, a branch, `HEAD`, "working tree").
    pub label: String,
    pub date: String,
}

/// One change: what, to which entity (`<directory>/<id>`), said as a sentence.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    pub kind: ChangeKind,
    pub entity: String,
    pub summary: String,
    pub breaking: bool,
}

fn change(kind: ChangeKind, dir: &str, id: &str, summary: String, breaking: bool) -> Change {
    Change {
        kind,
        entity: format!("{dir}/{id}"),
        summary,
        breaking,
    }
}

/// The sentence's first letter in upper case.
fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Entities by id (the first of a repeated id, as the catalog's index does).
fn by_id<T>(v: &[T], id: impl Fn(&T) -> &str) -> BTreeMap<&str, &T> {
    let mut m = BTreeMap::new();
    for x in v {
        m.entry(id(x)).or_insert(x);
    }
    m
}

/// Pairs of (old, new) over the union of ids, sorted by id.
fn pairs<'a, T>(
    old: &BTreeMap<&'a str, &'a T>,
    new: &BTreeMap<&'a str, &'a T>,
) -> Vec<(&'a str, Option<&'a T>, Option<&'a T>)> {
    let ids: BTreeSet<&str> = old.keys().chain(new.keys()).copied().collect();
    ids.into_iter()
        .map(|id| (id, old.get(id).copied(), new.get(id).copied()))
        .collect()
}

/// "Name (`id`)", or "`id`" when the name is the id.
fn named(name: &str, id: &str) -> String {
    if name.trim().is_empty() || name == id {
        format!("`{id}`")
    } else {
        format!("{name} (`{id}`)")
    }
}

/// The changes from `old` (a state on `old_day`) to `new` (on `new_day`),
/// sorted by entity, then kind.
pub fn diff(old: &Catalog, new: &Catalog, old_day: NaiveDate, new_day: NaiveDate) -> Vec<Change> {
    let mut out = Vec::new();
    capabilities(old, new, &mut out);
    services(old, new, &mut out);
    teams(old, new, &mut out);
    deprecations(old, new, &mut out);
    exceptions(old, new, old_day, new_day, &mut out);
    roadmap(old, new, &mut out);
    scorecards(old, new, &mut out);
    out.sort_by(|a, b| (&a.entity, a.kind, &a.summary).cmp(&(&b.entity, b.kind, &b.summary)));
    out
}

/// Interface versions by interface name ("" for an unversioned one).
fn versions(c: &Capability) -> BTreeMap<&str, BTreeSet<&str>> {
    let mut m: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for i in &c.interfaces {
        m.entry(i.name.as_str())
            .or_default()
            .insert(i.version.as_deref().unwrap_or(""));
    }
    m
}

fn list(v: &BTreeSet<&str>) -> String {
    v.iter()
        .map(|x| {
            if x.is_empty() {
                "unversioned".to_string()
            } else {
                (*x).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn capabilities(old: &Catalog, new: &Catalog, out: &mut Vec<Change>) {
    const DIR: &str = "capabilities";
    let (o, n) = (
        by_id(&old.capabilities, |c| &c.id.value),
        by_id(&new.capabilities, |c| &c.id.value),
    );
    for (id, a, b) in pairs(&o, &n) {
        match (a, b) {
            (None, Some(b)) => out.push(change(
                ChangeKind::Added,
                DIR,
                id,
                format!(
                    "Capability {} was added as {}, owned by {}.",
                    named(&b.name.value, id),
                    b.lifecycle.value,
                    b.owner.value
                ),
                false,
            )),
            (Some(a), None) => out.push(change(
                ChangeKind::Removed,
                DIR,
                id,
                format!(
                    "Capability {} was removed from the catalog (it was {}).",
                    named(&a.name.value, id),
                    a.lifecycle.value
                ),
                true,
            )),
            (Some(a), Some(b)) => {
                let who = named(&b.name.value, id);
                if a.lifecycle.value != b.lifecycle.value {
                    let retired = b.lifecycle.value == Lifecycle::Retired;
                    let s = if retired {
                        format!(
                            "Capability {who} was retired (it was {}).",
                            a.lifecycle.value
                        )
                    } else {
                        format!(
                            "Capability {who} moved from {} to {}.",
                            a.lifecycle.value, b.lifecycle.value
                        )
                    };
                    out.push(change(ChangeKind::LifecycleChanged, DIR, id, s, retired));
                }
                interfaces(a, b, &who, id, out);
                if a.owner.value != b.owner.value {
                    out.push(change(
                        ChangeKind::OwnerChanged,
                        DIR,
                        id,
                        format!(
                            "Capability {who} is now owned by {} (it was {}).",
                            b.owner.value, a.owner.value
                        ),
                        false,
                    ));
                }
            }
            (None, None) => {}
        }
    }
}

fn interfaces(a: &Capability, b: &Capability, who: &str, id: &str, out: &mut Vec<Change>) {
    let (va, vb) = (versions(a), versions(b));
    let names: BTreeSet<&str> = va.keys().chain(vb.keys()).copied().collect();
    let empty = BTreeSet::new();
    for name in names {
        let (x, y) = (
            va.get(name).unwrap_or(&empty),
            vb.get(name).unwrap_or(&empty),
        );
        if x == y {
            continue;
        }
        let gone: BTreeSet<&str> = x.difference(y).copied().collect();
        let new: BTreeSet<&str> = y.difference(x).copied().collect();
        let s = if y.is_empty() {
            format!(
                "Capability {who} no longer offers interface {name} ({}).",
                list(x)
            )
        } else if x.is_empty() {
            format!(
                "Capability {who} now offers interface {name} ({}).",
                list(y)
            )
        } else if gone.is_empty() {
            format!(
                "Capability {who} now also offers interface {name} {}.",
                list(&new)
            )
        } else if new.is_empty() {
            format!(
                "Capability {who} dropped interface {name} {} (still offers {}).",
                list(&gone),
                list(y)
            )
        } else {
            format!(
                "Capability {who} moved interface {name} from {} to {}.",
                list(&gone),
                list(&new)
            )
        };
        out.push(change(
            ChangeKind::InterfaceVersionChanged,
            "capabilities",
            id,
            s,
            !gone.is_empty(),
        ));
    }
}

fn services(old: &Catalog, new: &Catalog, out: &mut Vec<Change>) {
    const DIR: &str = "services";
    let (o, n) = (
        by_id(&old.services, |s| &s.id.value),
        by_id(&new.services, |s| &s.id.value),
    );
    let name = |s: &Service| named(s.name.as_deref().unwrap_or(""), &s.id.value);
    for (id, a, b) in pairs(&o, &n) {
        match (a, b) {
            (None, Some(b)) => out.push(change(
                ChangeKind::Added,
                DIR,
                id,
                format!("Service {} of {} was added.", name(b), b.team.value),
                false,
            )),
            (Some(a), None) => out.push(change(
                ChangeKind::Removed,
                DIR,
                id,
                format!(
                    "Service {} of {} was removed from the catalog.",
                    name(a),
                    a.team.value
                ),
                false,
            )),
            (Some(a), Some(b)) => {
                if a.status != b.status {
                    let s = match b.status {
                        ServiceStatus::Retired => format!("Service {} was retired.", name(b)),
                        ServiceStatus::Active => format!("Service {} is active again.", name(b)),
                    };
                    out.push(change(ChangeKind::LifecycleChanged, DIR, id, s, false));
                }
                if a.team.value != b.team.value {
                    out.push(change(
                        ChangeKind::OwnerChanged,
                        DIR,
                        id,
                        format!(
                            "Service {} moved from {} to {}.",
                            name(b),
                            a.team.value,
                            b.team.value
                        ),
                        false,
                    ));
                }
            }
            (None, None) => {}
        }
    }
}

fn teams(old: &Catalog, new: &Catalog, out: &mut Vec<Change>) {
    const DIR: &str = "teams";
    let (o, n) = (
        by_id(&old.teams, |t| &t.id.value),
        by_id(&new.teams, |t| &t.id.value),
    );
    for (id, a, b) in pairs(&o, &n) {
        match (a, b) {
            (None, Some(b)) => out.push(change(
                ChangeKind::Added,
                DIR,
                id,
                format!("Team {} joined the catalog.", named(&b.name.value, id)),
                false,
            )),
            (Some(a), None) => out.push(change(
                ChangeKind::Removed,
                DIR,
                id,
                format!("Team {} left the catalog.", named(&a.name.value, id)),
                false,
            )),
            _ => {}
        }
    }
}

/// Scorecards and campaigns that appeared or went away.
fn scorecards(old: &Catalog, new: &Catalog, out: &mut Vec<Change>) {
    let (o, n) = (
        by_id(&old.scorecards, |s| &s.id.value),
        by_id(&new.scorecards, |s| &s.id.value),
    );
    for (id, a, b) in pairs(&o, &n) {
        match (a, b) {
            (None, Some(b)) => out.push(change(
                ChangeKind::Added,
                "scorecards",
                id,
                format!(
                    "Scorecard {} was added for every {}, owned by {}.",
                    named(&b.name.value, id),
                    b.applies_to.as_str(),
                    b.owner.value
                ),
                false,
            )),
            (Some(a), None) => out.push(change(
                ChangeKind::Removed,
                "scorecards",
                id,
                format!("Scorecard {} was removed.", named(&a.name.value, id)),
                false,
            )),
            _ => {}
        }
    }
    let (o, n) = (
        by_id(&old.campaigns, |c| &c.id.value),
        by_id(&new.campaigns, |c| &c.id.value),
    );
    for (id, a, b) in pairs(&o, &n) {
        match (a, b) {
            (None, Some(b)) => out.push(change(
                ChangeKind::Added,
                "campaigns",
                id,
                format!(
                    "Campaign {} was added on scorecard `{}`, due {}, owned by {}.",
                    named(&b.name.value, id),
                    b.scorecard.value,
                    b.due.value,
                    b.owner.value
                ),
                false,
            )),
            (Some(a), None) => out.push(change(
                ChangeKind::Removed,
                "campaigns",
                id,
                format!("Campaign {} was removed.", named(&a.name.value, id)),
                false,
            )),
            _ => {}
        }
    }
}

/// A capability as a sentence names it, from whichever state knows it.
fn cap_name(old: &Catalog, new: &Catalog, id: &str) -> String {
    match new.capability(id).or_else(|| old.capability(id)) {
        Some(c) => named(&c.name.value, id),
        None => format!("`{id}`"),
    }
}

/// "Legacy auth (`legacy-auth`)" or "interface v1 of Legacy auth (`legacy-auth`)".
fn deprecated_thing(d: &Deprecation, old: &Catalog, new: &Catalog) -> String {
    let cap = cap_name(old, new, &d.capability.value);
    match &d.interface {
        Some(i) => format!("interface {} of {cap}", i.value),
        None => cap,
    }
}

fn deprecations(old: &Catalog, new: &Catalog, out: &mut Vec<Change>) {
    const DIR: &str = "deprecations";
    let (o, n) = (
        by_id(&old.deprecations, |d| &d.id.value),
        by_id(&new.deprecations, |d| &d.id.value),
    );
    for (id, a, b) in pairs(&o, &n) {
        match (a, b) {
            (None, Some(b)) => {
                let repl = b
                    .replacement
                    .as_ref()
                    .map(|r| format!("; move to {}", cap_name(old, new, &r.value)))
                    .unwrap_or_default();
                out.push(change(
                    ChangeKind::DeprecationAnnounced,
                    DIR,
                    id,
                    format!(
                        "{} is deprecated, announced {}: it goes away after {}{repl}.",
                        upper_first(&deprecated_thing(b, old, new)),
                        b.announced.value,
                        b.sunset.value
                    ),
                    false,
                ));
                status_change(None, b, id, &deprecated_thing(b, old, new), out);
            }
            (Some(a), None) => out.push(change(
                ChangeKind::Removed,
                DIR,
                id,
                format!(
                    "The deprecation of {} (`{id}`) was removed from the catalog.",
                    deprecated_thing(a, old, new)
                ),
                false,
            )),
            (Some(a), Some(b)) => {
                if a.sunset.value != b.sunset.value {
                    let earlier = b.sunset.value < a.sunset.value;
                    let how = if earlier {
                        "brought forward"
                    } else {
                        "pushed back"
                    };
                    out.push(change(
                        ChangeKind::SunsetMoved,
                        DIR,
                        id,
                        format!(
                            "The sunset of {} was {how} from {} to {}.",
                            deprecated_thing(b, old, new),
                            a.sunset.value,
                            b.sunset.value
                        ),
                        earlier,
                    ));
                }
                status_change(Some(a), b, id, &deprecated_thing(b, old, new), out);
            }
            (None, None) => {}
        }
    }
}

fn status_change(
    a: Option<&Deprecation>,
    b: &Deprecation,
    id: &str,
    thing: &str,
    out: &mut Vec<Change>,
) {
    if a.is_some_and(|a| a.status.value == b.status.value) {
        return;
    }
    match b.status.value {
        DeprecationStatus::Completed => out.push(change(
            ChangeKind::DeprecationCompleted,
            "deprecations",
            id,
            format!("The deprecation of {thing} is complete: every consumer has moved."),
            false,
        )),
        DeprecationStatus::Cancelled => out.push(change(
            ChangeKind::DeprecationCancelled,
            "deprecations",
            id,
            format!("The deprecation of {thing} was cancelled: it stays."),
            false,
        )),
        _ => {}
    }
}

fn expired_on(e: &Exception, day: NaiveDate) -> bool {
    e.status.value == ExceptionStatus::Approved && e.expires.value < day
}

fn exceptions(
    old: &Catalog,
    new: &Catalog,
    old_day: NaiveDate,
    new_day: NaiveDate,
    out: &mut Vec<Change>,
) {
    const DIR: &str = "exceptions";
    let (o, n) = (
        by_id(&old.exceptions, |e| &e.id.value),
        by_id(&new.exceptions, |e| &e.id.value),
    );
    for (id, a, b) in pairs(&o, &n) {
        let Some(b) = b else {
            if a.is_some() {
                out.push(change(
                    ChangeKind::Removed,
                    DIR,
                    id,
                    format!("Exception `{id}` was removed from the catalog."),
                    false,
                ));
            }
            continue;
        };
        let was = a.map(|a| a.status.value);
        let whose = match &b.service {
            Some(s) => format!("`{}` of {}", s.value, b.team.value),
            None => b.team.value.clone(),
        };
        if b.status.value == ExceptionStatus::Approved && was != Some(ExceptionStatus::Approved) {
            out.push(change(
                ChangeKind::ExceptionGranted,
                DIR,
                id,
                format!(
                    "Exception `{id}` lets {whose} skip {} until {}: {}.",
                    cap_name(old, new, b.waived()),
                    b.expires.value,
                    b.title.value.trim_end_matches('.')
                ),
                false,
            ));
        }
        if expired_on(b, new_day) && !a.is_some_and(|a| expired_on(a, old_day)) {
            out.push(change(
                ChangeKind::ExceptionExpired,
                DIR,
                id,
                format!(
                    "Exception `{id}` for {whose} on {} expired on {}.",
                    cap_name(old, new, b.waived()),
                    b.expires.value
                ),
                false,
            ));
        }
        if b.status.value == ExceptionStatus::Revoked
            && was.is_some_and(|w| w != ExceptionStatus::Revoked)
        {
            out.push(change(
                ChangeKind::ExceptionRevoked,
                DIR,
                id,
                format!(
                    "Exception `{id}` for {whose} on {} was revoked.",
                    cap_name(old, new, b.waived())
                ),
                false,
            ));
        }
    }
}

fn roadmap(old: &Catalog, new: &Catalog, out: &mut Vec<Change>) {
    const DIR: &str = "roadmap";
    let items = |c: &Catalog| {
        let mut m: BTreeMap<String, (Quarter, Item)> = BTreeMap::new();
        for (q, i) in c.items() {
            m.entry(i.id.value.clone())
                .or_insert((q.quarter.value, i.clone()));
        }
        m
    };
    let (o, n) = (items(old), items(new));
    let ids: BTreeSet<&String> = o.keys().chain(n.keys()).collect();
    for id in ids {
        let (a, b) = (o.get(id), n.get(id));
        let Some((q, b)) = b else {
            if let Some((q, a)) = a {
                out.push(change(
                    ChangeKind::Removed,
                    DIR,
                    id,
                    format!(
                        "Roadmap item {} was taken off the {q} roadmap.",
                        named(&a.title.value, id)
                    ),
                    false,
                ));
            }
            continue;
        };
        let who = named(&b.title.value, id);
        if a.is_none() {
            out.push(change(
                ChangeKind::RoadmapItemAdded,
                DIR,
                id,
                format!(
                    "Roadmap item {who} was added to {q} ({}, owned by {}).",
                    b.commitment.value, b.owner.value
                ),
                false,
            ));
        }
        let was = a.map(|(_, a)| a.status.value);
        if was == Some(b.status.value) {
            continue;
        }
        match b.status.value {
            ItemStatus::Delivered => {
                let on = b
                    .delivered
                    .as_ref()
                    .map(|d| format!(" on {}", d.value))
                    .unwrap_or_default();
                out.push(change(
                    ChangeKind::RoadmapItemDelivered,
                    DIR,
                    id,
                    format!("Roadmap item {who} of {q} was delivered{on}."),
                    false,
                ));
            }
            ItemStatus::Slipped => {
                let to = b
                    .slipped_to
                    .as_ref()
                    .map(|t| format!(" to {}", t.value))
                    .unwrap_or_default();
                out.push(change(
                    ChangeKind::RoadmapItemSlipped,
                    DIR,
                    id,
                    format!("Roadmap item {who} slipped from {q}{to}."),
                    false,
                ));
            }
            ItemStatus::Dropped => out.push(change(
                ChangeKind::RoadmapItemDropped,
                DIR,
                id,
                format!("Roadmap item {who} was dropped from {q}."),
                false,
            )),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::catalog_of as cat;

    fn day(s: &str) -> NaiveDate {
        parse_date(s).unwrap_or(NaiveDate::MIN)
    }

    const CAP: &str = "id: c\nname: C\nsummary: s\nowner: t\nlifecycle: beta\n";
    const DEP: &str = "id: d\ncapability: c\nannounced: 2026-01-01\nsunset: 2026-12-31\nstatus: migrating\nconsumers: []\n";

    fn diff_of(a: &[(&str, &str)], b: &[(&str, &str)]) -> Vec<(ChangeKind, bool, String)> {
        diff(&cat(a), &cat(b), day("2026-07-01"), day("2026-09-01"))
            .into_iter()
            .map(|c| (c.kind, c.breaking, c.summary))
            .collect()
    }

    #[test]
    fn moving_forward_is_not_breaking() {
        let later = DEP.replace("2026-12-31", "2027-03-31");
        let d = diff_of(
            &[("capabilities/c.yaml", CAP), ("deprecations/d.yaml", DEP)],
            &[
                ("capabilities/c.yaml", CAP),
                ("deprecations/d.yaml", &later),
            ],
        );
        assert_eq!(
            d,
            [(
                ChangeKind::SunsetMoved,
                false,
                "The sunset of C (`c`) was pushed back from 2026-12-31 to 2027-03-31.".to_string()
            )]
        );

        let ga = CAP.replace("beta", "ga");
        let d = diff_of(
            &[("capabilities/c.yaml", CAP)],
            &[("capabilities/c.yaml", &ga)],
        );
        assert_eq!(
            d,
            [(
                ChangeKind::LifecycleChanged,
                false,
                "Capability C (`c`) moved from beta to ga.".to_string()
            )]
        );
    }

    #[test]
    fn interface_versions_added_or_removed() {
        let v = |vs: &[&str]| {
            let list: String = vs
                .iter()
                .map(|v| format!("  - name: api\n    kind: api\n    version: {v}\n"))
                .collect();
            format!("{CAP}interfaces:\n{list}")
        };
        let (one, two) = (v(&["v1"]), v(&["v1", "v2"]));
        let d = diff_of(
            &[("capabilities/c.yaml", &one)],
            &[("capabilities/c.yaml", &two)],
        );
        assert_eq!(
            d,
            [(
                ChangeKind::InterfaceVersionChanged,
                false,
                "Capability C (`c`) now also offers interface api v2.".to_string()
            )]
        );
        let d = diff_of(
            &[("capabilities/c.yaml", &two)],
            &[("capabilities/c.yaml", &one)],
        );
        assert_eq!(
            d,
            [(
                ChangeKind::InterfaceVersionChanged,
                true,
                "Capability C (`c`) dropped interface api v2 (still offers v1).".to_string()
            )]
        );
        let d = diff_of(
            &[("capabilities/c.yaml", &one)],
            &[("capabilities/c.yaml", CAP)],
        );
        assert_eq!(
            d,
            [(
                ChangeKind::InterfaceVersionChanged,
                true,
                "Capability C (`c`) no longer offers interface api (v1).".to_string()
            )]
        );
    }

    #[test]
    fn an_exception_already_expired_at_the_start_is_not_news() {
        let e = "id: EXC-000001\ntitle: T\nstandard: c\nteam: t\nreason: r\nrisk: low\nrequested: 2026-01-01\nstatus: approved\napproved_by: S\ngranted: 2026-02-01\nexpires: 2026-03-01\n";
        assert_eq!(
            diff_of(
                &[("exceptions/EXC-000001.yaml", e)],
                &[("exceptions/EXC-000001.yaml", e)]
            ),
            []
        );
        // New to the catalog and already expired: both are said.
        let kinds: Vec<ChangeKind> = diff_of(&[], &[("exceptions/EXC-000001.yaml", e)])
            .into_iter()
            .map(|c| c.0)
            .collect();
        assert_eq!(
            kinds,
            [ChangeKind::ExceptionGranted, ChangeKind::ExceptionExpired]
        );
    }

    #[test]
    fn the_same_catalog_has_no_changes() {
        let files = [("capabilities/c.yaml", CAP), ("deprecations/d.yaml", DEP)];
        assert_eq!(diff_of(&files, &files), []);
    }
}
