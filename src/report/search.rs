//! Search the whole catalog by id, name, summary, title and team.
//!
//! Every word of the query must appear (case-insensitive) in one of an
//! entity's searched fields. Results are ranked: the exact id first, then
//! ids that contain the query, then names and titles, then the rest; within
//! a rank by kind (the order of the format) and id.

use crate::catalog::Catalog;
use serde::Serialize;

/// At most this many characters of query are accepted.
pub const MAX_QUERY: usize = 200;

/// One entity that matched.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hit {
    /// capability, service, team, roadmap_item, deprecation, exception or request
    pub kind: &'static str,
    pub id: String,
    /// Its name or title (null when it has none).
    pub name: Option<String>,
    /// The owning or requesting team (null when the kind has none).
    pub team: Option<String>,
    /// The catalog file that holds it, relative to the root.
    pub file: String,
    /// Which fields matched, in the order id, name, title, summary, team.
    pub matched: Vec<&'static str>,
    #[serde(skip)]
    rank: u8,
}

/// The search as `platctl search --format json` prints it.
#[derive(Debug, Serialize)]
pub struct SearchView {
    pub version: u32,
    pub query: String,
    pub results: Vec<Hit>,
}

/// Why a query cannot be searched.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum QueryError {
    #[error("the query is empty: give a word to look for, e.g. `payments`")]
    Empty,
    #[error("the query is {0} characters long: at most {MAX_QUERY} are accepted")]
    TooLong(usize),
}

/// The searchable fields of one entity.
struct Entry<'a> {
    kind: &'static str,
    order: u8,
    id: &'a str,
    name: Option<&'a str>,
    title: Option<&'a str>,
    summary: Option<&'a str>,
    team: Option<&'a str>,
    file: &'a str,
}

fn entries(cat: &Catalog) -> Vec<Entry<'_>> {
    let mut v = Vec::new();
    for c in &cat.capabilities {
        v.push(Entry {
            kind: "capability",
            order: 0,
            id: &c.id.value,
            name: Some(&c.name.value),
            title: None,
            summary: Some(&c.summary.value),
            team: Some(&c.owner.value),
            file: cat.path(c.meta.file),
        });
    }
    for s in &cat.services {
        v.push(Entry {
            kind: "service",
            order: 1,
            id: &s.id.value,
            name: s.name.as_deref(),
            title: None,
            summary: s.description.as_deref(),
            team: Some(&s.team.value),
            file: cat.path(s.meta.file),
        });
    }
    for t in &cat.teams {
        v.push(Entry {
            kind: "team",
            order: 2,
            id: &t.id.value,
            name: Some(&t.name.value),
            title: None,
            summary: None,
            team: None,
            file: cat.path(t.meta.file),
        });
    }
    for q in &cat.roadmap {
        for i in &q.items {
            v.push(Entry {
                kind: "roadmap_item",
                order: 3,
                id: &i.id.value,
                name: None,
                title: Some(&i.title.value),
                summary: i.outcome.as_deref(),
                team: Some(&i.owner.value),
                file: cat.path(q.meta.file),
            });
        }
    }
    for d in &cat.deprecations {
        v.push(Entry {
            kind: "deprecation",
            order: 4,
            id: &d.id.value,
            name: None,
            title: None,
            summary: Some(&d.capability.value),
            team: None,
            file: cat.path(d.meta.file),
        });
    }
    for e in &cat.exceptions {
        v.push(Entry {
            kind: "exception",
            order: 5,
            id: &e.id.value,
            name: None,
            title: Some(&e.title.value),
            summary: Some(&e.reason),
            team: Some(&e.team.value),
            file: cat.path(e.meta.file),
        });
    }
    for r in &cat.intake {
        v.push(Entry {
            kind: "request",
            order: 6,
            id: &r.id.value,
            name: None,
            title: Some(&r.title.value),
            summary: Some(&r.problem.value),
            team: Some(&r.requester.team.value),
            file: cat.path(r.meta.file),
        });
    }
    v
}

/// Searches every kind of the catalog for `query`.
pub fn search(cat: &Catalog, query: &str) -> Result<SearchView, QueryError> {
    let q = query.trim();
    let len = q.chars().count();
    if len == 0 {
        return Err(QueryError::Empty);
    }
    if len > MAX_QUERY {
        return Err(QueryError::TooLong(len));
    }
    let lower = q.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let mut results: Vec<(u8, Hit)> = Vec::new();
    for e in entries(cat) {
        let fields: [(&'static str, Option<&str>); 5] = [
            ("id", Some(e.id)),
            ("name", e.name),
            ("title", e.title),
            ("summary", e.summary),
            ("team", e.team),
        ];
        let texts: Vec<(&'static str, String)> = fields
            .iter()
            .filter_map(|(k, v)| v.map(|v| (*k, v.to_lowercase())))
            .collect();
        let all_found = words
            .iter()
            .all(|w| texts.iter().any(|(_, t)| t.contains(w)));
        if !all_found {
            continue;
        }
        let matched: Vec<&'static str> = texts
            .iter()
            .filter(|(_, t)| words.iter().any(|w| t.contains(w)))
            .map(|(k, _)| *k)
            .collect();
        let id = e.id.to_lowercase();
        let rank = if id == lower {
            0
        } else if id.contains(&lower) {
            1
        } else if matched.iter().any(|m| *m == "name" || *m == "title") {
            2
        } else {
            3
        };
        results.push((
            e.order,
            Hit {
                kind: e.kind,
                id: e.id.to_string(),
                name: e.name.or(e.title).map(str::to_string),
                team: e.team.map(str::to_string),
                file: e.file.to_string(),
                matched,
                rank,
            },
        ));
    }
    results.sort_by(|(oa, a), (ob, b)| {
        (a.rank, *oa, &a.id, &a.file).cmp(&(b.rank, *ob, &b.id, &b.file))
    });
    Ok(SearchView {
        version: 1,
        query: q.to_string(),
        results: results.into_iter().map(|(_, h)| h).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testcat::catalog;

    fn cat() -> Catalog {
        catalog(&[
            (
                "teams/team-pay.yaml",
                "id: team-pay\nname: Payments\ntype: product\n",
            ),
            (
                "services/payments-api.yaml",
                "id: payments-api\nname: Payments API\nteam: team-pay\ntier: 1\n",
            ),
            (
                "capabilities/ci.yaml",
                "id: ci\nname: CI pipelines\nsummary: Build and test every payments commit\nowner: team-devex\nlifecycle: ga\n",
            ),
        ])
    }

    fn ids(v: &SearchView) -> Vec<(&str, &str)> {
        v.results.iter().map(|h| (h.kind, h.id.as_str())).collect()
    }

    #[test]
    fn ranks_exact_id_then_id_then_name_then_other_fields() {
        let c = cat();
        let v = search(&c, "payments").unwrap_or_else(|e| panic!("{e}"));
        // payments-api: id contains it (rank 1); team-pay: name (2); ci: summary (3).
        assert_eq!(
            ids(&v),
            vec![
                ("service", "payments-api"),
                ("team", "team-pay"),
                ("capability", "ci")
            ]
        );
        assert_eq!(v.results[0].matched, vec!["id", "name"]);
        assert_eq!(v.results[2].matched, vec!["summary"]);
        let v = search(&c, "  PAYMENTS-API ").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(v.query, "PAYMENTS-API");
        assert_eq!(ids(&v), vec![("service", "payments-api")]);
        assert_eq!(v.results[0].rank, 0);
    }

    #[test]
    fn every_word_must_match_somewhere() {
        let c = cat();
        let v = search(&c, "payments team-devex").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ids(&v), vec![("capability", "ci")]);
        assert_eq!(v.results[0].matched, vec!["summary", "team"]);
        let v = search(&c, "nothing-like-this").unwrap_or_else(|e| panic!("{e}"));
        assert!(v.results.is_empty());
    }

    #[test]
    fn a_services_description_is_its_summary() {
        let c = catalog(&[(
            "services/ledger.yaml",
            "id: ledger\nteam: team-pay\ntier: 2\ndescription: Double-entry book of every refund\n",
        )]);
        let v = search(&c, "REFUND").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ids(&v), vec![("service", "ledger")]);
        assert_eq!(v.results[0].matched, vec!["summary"]);
    }

    #[test]
    fn refuses_empty_and_long_queries() {
        let c = cat();
        assert_eq!(search(&c, " \t").err(), Some(QueryError::Empty));
        let long = "é".repeat(MAX_QUERY + 1);
        assert_eq!(search(&c, &long).err(), Some(QueryError::TooLong(201)));
        assert!(search(&c, &"é".repeat(MAX_QUERY)).is_ok());
    }
}
