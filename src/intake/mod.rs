//! Intake requests as data: filtering and ordering a listing, age, the route
//! a triager would likely pick, duplicate candidates, and the text of a new
//! request file. Pure: "today" is a parameter, nothing is printed or written.

pub mod draft;
pub mod similar;

use crate::catalog::Catalog;
use crate::model::{Intake, IntakeType, Route};
use chrono::NaiveDate;

/// Days from `created` to `today` (negative when created is in the future).
pub fn age_days(r: &Intake, today: NaiveDate) -> i64 {
    (today - r.created.value).num_days()
}

/// How a listing is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    /// Highest RICE first; requests without effort (no RICE) last.
    Rice,
    /// Oldest first: the triage queue's order.
    Created,
    /// Most urgent first.
    Urgency,
    Id,
}

/// Orders requests by `key`, ties broken by id.
pub fn sort(v: &mut [&Intake], key: SortKey) {
    v.sort_by(|a, b| {
        let primary = match key {
            SortKey::Rice => match (a.rice(), b.rice()) {
                (Some(x), Some(y)) => y.total_cmp(&x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            },
            SortKey::Created => a.created.value.cmp(&b.created.value),
            SortKey::Urgency => b.urgency.rank().cmp(&a.urgency.rank()),
            SortKey::Id => std::cmp::Ordering::Equal,
        };
        primary.then_with(|| a.id.value.cmp(&b.id.value))
    });
}

/// The route a triager would most likely choose, and why.
///
/// A docs request goes to docs; a support question about a capability the
/// catalog has goes to support; something only one team needs that relates to
/// no capability is custom work (not a platform feature); the rest goes to
/// the backlog.
pub fn suggest_route(cat: &Catalog, r: &Intake) -> (Route, String) {
    let cap = r
        .capability
        .as_ref()
        .filter(|c| cat.capability(&c.value).is_some());
    if r.kind == IntakeType::Docs {
        return (Route::Docs, "it asks for documentation (type docs)".into());
    }
    if let (IntakeType::Support, Some(c)) = (r.kind, cap) {
        return (
            Route::Support,
            format!(
                "a support question about an existing capability (`{}`)",
                c.value
            ),
        );
    }
    if r.reach <= 1 && r.capability.is_none() {
        return (
            Route::Custom,
            "it reaches one team and relates to no capability: custom work, not a platform feature"
                .into(),
        );
    }
    (
        Route::Backlog,
        "it affects the platform's offer: weigh it on the backlog with its RICE score".into(),
    )
}

/// Every request that says it duplicates `id`, sorted by id.
pub fn duplicates_of<'a>(cat: &'a Catalog, id: &str) -> Vec<&'a Intake> {
    let mut v: Vec<&Intake> = cat
        .intake
        .iter()
        .filter(|r| r.duplicate_of.as_ref().is_some_and(|d| d.value == id))
        .collect();
    v.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    v
}

/// Requests of the catalog as documents for [`similar::rank`].
pub fn documents(cat: &Catalog) -> Vec<similar::Doc<'_>> {
    cat.intake
        .iter()
        .map(|r| similar::Doc {
            id: &r.id.value,
            title: &r.title.value,
            body: &r.problem.value,
            capability: r.capability.as_ref().map(|c| c.value.as_str()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{assemble, parse::parse_file, Kind, Parsed};
    use std::sync::Arc;

    fn cat(files: &[(&str, Kind, &str)]) -> Catalog {
        let mut v: Vec<Parsed> = files
            .iter()
            .map(|(p, k, t)| Parsed {
                path: p.to_string(),
                kind: Some(*k),
                result: Ok(Arc::new(parse_file(*k, t.as_bytes()))),
            })
            .collect();
        v.push(Parsed {
            path: "platctl.yaml".into(),
            kind: Some(Kind::Config),
            result: Ok(Arc::new(parse_file(Kind::Config, b"version: 1\n"))),
        });
        assemble(std::path::Path::new("/x"), v, &[])
    }

    fn req(id: &str, extra: &str) -> String {
        format!(
            "id: {id}\ntitle: T\nrequester:\n  team: t\ncreated: 2026-01-01\nproblem: p\n{extra}"
        )
    }

    #[test]
    fn routes_follow_the_rules() {
        let c = cat(&[
            (
                "capabilities/ci.yaml",
                Kind::Capability,
                "id: ci\nname: CI\nsummary: s\nowner: t\nlifecycle: beta\n",
            ),
            (
                "intake/a.yaml",
                Kind::Intake,
                &req("INT-00000A", "type: docs\nreach: 1\n"),
            ),
            (
                "intake/b.yaml",
                Kind::Intake,
                &req("INT-00000B", "type: support\ncapability: ci\n"),
            ),
            (
                "intake/c.yaml",
                Kind::Intake,
                &req("INT-00000C", "type: capability\nreach: 1\n"),
            ),
            (
                "intake/d.yaml",
                Kind::Intake,
                &req("INT-00000D", "type: capability\nreach: 4\n"),
            ),
            (
                "intake/e.yaml",
                Kind::Intake,
                &req("INT-00000E", "type: support\nreach: 1\ncapability: nope\n"),
            ),
        ]);
        let route = |id: &str| cat_route(&c, id);
        assert_eq!(route("INT-00000A"), Route::Docs);
        assert_eq!(route("INT-00000B"), Route::Support);
        assert_eq!(route("INT-00000C"), Route::Custom);
        assert_eq!(route("INT-00000D"), Route::Backlog);
        // Names a capability the catalog does not have: not support, and not custom either.
        assert_eq!(route("INT-00000E"), Route::Backlog);
    }

    fn cat_route(c: &Catalog, id: &str) -> Route {
        c.intake_req(id)
            .map(|r| suggest_route(c, r).0)
            .unwrap_or(Route::Backlog)
    }

    #[test]
    fn sorting_by_rice_puts_missing_effort_last() {
        let c = cat(&[
            (
                "intake/a.yaml",
                Kind::Intake,
                &req(
                    "INT-00000A",
                    "reach: 2\nimpact: 1\nconfidence: 1\neffort: 4\nurgency: low\n",
                ),
            ),
            (
                "intake/b.yaml",
                Kind::Intake,
                &req(
                    "INT-00000B",
                    "reach: 2\nimpact: 2\nconfidence: 1\neffort: 1\nurgency: critical\n",
                ),
            ),
            (
                "intake/c.yaml",
                Kind::Intake,
                &req("INT-00000C", "urgency: high\n"),
            ),
        ]);
        let ids = |key| {
            let mut v: Vec<&Intake> = c.intake.iter().collect();
            sort(&mut v, key);
            v.iter().map(|r| r.id.value.clone()).collect::<Vec<_>>()
        };
        assert_eq!(
            ids(SortKey::Rice),
            ["INT-00000B", "INT-00000A", "INT-00000C"]
        );
        assert_eq!(
            ids(SortKey::Urgency),
            ["INT-00000B", "INT-00000C", "INT-00000A"]
        );
        assert_eq!(
            ids(SortKey::Created),
            ["INT-00000A", "INT-00000B", "INT-00000C"]
        );
        let r = c
            .intake_req("INT-00000B")
            .map(|r| age_days(r, NaiveDate::from_ymd_opt(2026, 1, 11).unwrap_or_default()));
        assert_eq!(r, Some(10));
    }
}
