//! What snapshot KPIs read: the services, capabilities and deprecations of
//! the catalog at a period's end. Borrowed, never copied: from the catalog
//! as it stands, or straight from the cached parses of a past commit (a
//! trend reads many commits; assembling a whole catalog for each was most
//! of the cost of reading history).

use crate::catalog::decode::Entity;
use crate::catalog::{Catalog, ParsedFile};
use crate::model::{Capability, Deprecation, Service};
use std::sync::Arc;

/// The entities of one state of the catalog, in file order.
pub struct State<'a> {
    pub services: Vec<&'a Service>,
    pub capabilities: Vec<&'a Capability>,
    pub deprecations: Vec<&'a Deprecation>,
}

impl<'a> State<'a> {
    /// The catalog as assembled.
    pub fn of_catalog(c: &'a Catalog) -> State<'a> {
        State {
            services: c.services.iter().collect(),
            capabilities: c.capabilities.iter().collect(),
            deprecations: c.deprecations.iter().collect(),
        }
    }

    /// Parsed files (sorted by path, as a catalog assembles them): the same
    /// entities in the same order as the catalog they would make.
    pub fn of_files(files: &'a [Arc<ParsedFile>]) -> State<'a> {
        let mut st = State {
            services: Vec::new(),
            capabilities: Vec::new(),
            deprecations: Vec::new(),
        };
        for e in files.iter().flat_map(|f| &f.entities) {
            match e {
                Entity::Service(s) => st.services.push(s),
                Entity::Capability(c) => st.capabilities.push(c),
                Entity::Deprecation(d) => st.deprecations.push(d),
                _ => {}
            }
        }
        st
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::parse::parse_file;
    use crate::catalog::Kind;

    #[test]
    fn files_give_what_the_assembled_catalog_holds() {
        let files = [
            ("capabilities/ci.yaml", Kind::Capability, "id: ci\nname: CI\nsummary: s\nowner: t\nlifecycle: ga\n"),
            ("deprecations/old.yaml", Kind::Deprecation, "id: old\ncapability: ci\nannounced: 2026-01-01\nsunset: 2026-12-01\nstatus: announced\n"),
            ("services/a.yaml", Kind::Service, "id: a\nteam: t\ntier: 1\n---\nid: b\nteam: t\ntier: 2\n"),
        ];
        let cat =
            crate::history::catalog_of(&files.iter().map(|(p, _, t)| (*p, *t)).collect::<Vec<_>>());
        let parsed: Vec<Arc<ParsedFile>> = files
            .iter()
            .map(|(_, k, t)| Arc::new(parse_file(*k, t.as_bytes())))
            .collect();
        let (a, b) = (State::of_catalog(&cat), State::of_files(&parsed));
        let ids = |st: &State| {
            (
                st.services
                    .iter()
                    .map(|s| s.id.value.clone())
                    .collect::<Vec<_>>(),
                st.capabilities
                    .iter()
                    .map(|c| c.id.value.clone())
                    .collect::<Vec<_>>(),
                st.deprecations
                    .iter()
                    .map(|d| d.id.value.clone())
                    .collect::<Vec<_>>(),
            )
        };
        assert_eq!(ids(&a), ids(&b));
        assert_eq!(ids(&b).0, vec!["a", "b"]);
        assert_eq!(ids(&b).2.len(), 1);
    }
}
