//! The portal rendered: every page of a [`Site`] as HTML, the data behind
//! them as JSON, and the stylesheet. Plain data in, files (relative path,
//! bytes) out; the command hands them to `store::tree` to write.
//!
//! Every link is relative and names a file, so the site works from any
//! sub-path and from `file://`. Every catalog text goes through maud's
//! escaping; only http, https and mailto URLs become links
//! ([`crate::output::html::link`]).

mod pages;
pub mod shell;

use crate::site::{paths, Site};
use rayon::prelude::*;
use serde::Serialize;

/// One output file: a path relative to the site's root, and its bytes.
pub type File = (String, Vec<u8>);

/// Every file of the site, sorted by path.
pub fn render(site: &Site) -> Vec<File> {
    let roadmap_nav = site
        .home
        .current_quarter
        .as_ref()
        .or(site.home.quarters.last())
        .map(|q| paths::roadmap(q));
    let cx = pages::Cx {
        site,
        teams: site
            .teams
            .iter()
            .map(|t| t.team.id.value.as_str())
            .collect(),
        services: site
            .services
            .iter()
            .map(|s| s.service.id.value.as_str())
            .collect(),
        roadmap: roadmap_nav.as_deref(),
    };
    let mut out: Vec<File> = vec![
        ("assets/site.css".into(), shell::stylesheet().into_bytes()),
        ("index.html".into(), pages::home(&cx).into_bytes()),
        (
            "capabilities/index.html".into(),
            pages::capabilities_index(&cx).into_bytes(),
        ),
        (
            "teams/index.html".into(),
            pages::teams_index(&cx).into_bytes(),
        ),
        (
            "deprecations/index.html".into(),
            pages::deprecations_index(&cx).into_bytes(),
        ),
        (
            "exceptions/index.html".into(),
            pages::exceptions_index(&cx).into_bytes(),
        ),
        (
            "intake/index.html".into(),
            pages::intake_index(&cx).into_bytes(),
        ),
        ("kpis.html".into(), pages::kpis(&cx).into_bytes()),
        ("radar.html".into(), pages::radar(&cx).into_bytes()),
        ("search.html".into(), pages::search(&cx).into_bytes()),
        (
            "scorecards/index.html".into(),
            pages::scorecards_index(&cx).into_bytes(),
        ),
    ];
    for p in &site.scorecards.scorecards {
        out.push((p.href.clone(), pages::scorecard(&cx, p).into_bytes()));
    }
    for c in &site.scorecards.campaigns {
        out.push((c.href.clone(), pages::campaign(&cx, c).into_bytes()));
    }
    out.extend(
        site.capabilities
            .par_iter()
            .map(|c| (c.href.clone(), pages::capability(&cx, c).into_bytes()))
            .collect::<Vec<_>>(),
    );
    out.extend(
        site.services
            .par_iter()
            .map(|s| (s.href.clone(), pages::service(&cx, s).into_bytes()))
            .collect::<Vec<_>>(),
    );
    out.extend(
        site.teams
            .par_iter()
            .map(|t| (t.href.clone(), pages::team(&cx, t).into_bytes()))
            .collect::<Vec<_>>(),
    );
    for u in &site.unreadable {
        if let Some(h) = &u.href {
            out.push((h.clone(), pages::unreadable(&cx, u).into_bytes()));
        }
    }
    for d in &site.deprecations {
        out.push((d.note.href.clone(), pages::deprecation(&cx, d).into_bytes()));
    }
    for r in &site.roadmaps {
        out.push((
            paths::roadmap(&r.quarter),
            pages::roadmap(&cx, r).into_bytes(),
        ));
        out.push((
            format!("data/roadmap-{}.json", paths::stem(&r.quarter)),
            json(r),
        ));
    }
    out.extend(data(site));
    out.sort_by(|a, b| a.0.cmp(&b.0));
    // Two ids may share a file name only through a bug; keep the first.
    out.dedup_by(|b, a| a.0 == b.0);
    out
}

/// Compact JSON with a trailing newline (the data of 10,000 services is
/// several times larger pretty-printed, and no person reads it raw).
fn json<T: Serialize + ?Sized>(v: &T) -> Vec<u8> {
    let mut s = serde_json::to_vec(v).unwrap_or_default();
    s.push(b'\n');
    s
}

#[derive(Serialize)]
struct Data<'a, T: Serialize + ?Sized> {
    version: u32,
    catalog: &'a str,
    as_of: chrono::NaiveDate,
    #[serde(flatten)]
    body: std::collections::BTreeMap<&'static str, &'a T>,
}

/// `data/scorecards.json`: every scorecard as `scorecard show` gives it, and
/// every campaign with who is left.
#[derive(Serialize)]
struct ScorecardData<'a> {
    version: u32,
    catalog: &'a str,
    as_of: chrono::NaiveDate,
    #[serde(flatten)]
    data: &'a crate::site::scorecards::Scorecards,
}

/// `data/*.json`: the data behind the pages, whole (lists are not cut).
fn data(site: &Site) -> Vec<File> {
    fn wrap<T: Serialize + ?Sized>(site: &Site, key: &'static str, body: &T) -> Vec<u8> {
        json(&Data {
            version: 1,
            catalog: &site.catalog,
            as_of: site.today,
            body: [(key, body)].into_iter().collect(),
        })
    }
    vec![
        ("data/home.json".into(), json(&site.home)),
        (
            "data/capabilities.json".into(),
            wrap(site, "capabilities", &site.capabilities),
        ),
        (
            "data/services.json".into(),
            wrap(site, "services", &site.services),
        ),
        ("data/teams.json".into(), wrap(site, "teams", &site.teams)),
        (
            "data/deprecations.json".into(),
            wrap(site, "deprecations", &site.deprecations),
        ),
        (
            "data/exceptions.json".into(),
            wrap(site, "exceptions", &site.exceptions),
        ),
        (
            "data/intake.json".into(),
            wrap(site, "groups", &site.intake),
        ),
        ("data/radar.json".into(), wrap(site, "radar", &site.radar)),
        (
            "data/search.json".into(),
            wrap(site, "entries", &site.search),
        ),
        ("data/kpis.json".into(), json(&site.kpis)),
        (
            "data/scorecards.json".into(),
            json(&ScorecardData {
                version: 1,
                catalog: &site.catalog,
                as_of: site.today,
                data: &site.scorecards,
            }),
        ),
        (
            "data/unreadable.json".into(),
            wrap(site, "unreadable", &site.unreadable),
        ),
        ("data/catalog.json".into(), json(&site.catalog_page)),
    ]
}
