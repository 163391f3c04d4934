//! What `intake list`, `intake show` and `intake similar` say, as data: the
//! renderers in `output::intake` lay it out as a table, CSV or text, and
//! JSON is these structs as they are.

use crate::catalog::Catalog;
use crate::intake::similar::{self, Doc, Match};
use crate::intake::{self as core, SortKey};
use crate::model::{Capability, Intake, IntakeStatus, Item, RoadmapQuarter};
use chrono::NaiveDate;
use serde::Serialize;

/// A request: its fields, plus where it is, its RICE and its age.
#[derive(Serialize)]
pub struct IntakeRow<'a> {
    #[serde(flatten)]
    pub request: &'a Intake,
    pub file: &'a str,
    pub rice: Option<f64>,
    pub age_days: i64,
}

fn row<'a>(cat: &'a Catalog, r: &'a Intake, today: NaiveDate) -> IntakeRow<'a> {
    IntakeRow {
        request: r,
        file: cat.path(r.meta.file),
        rice: r.rice(),
        age_days: core::age_days(r, today),
    }
}

fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// `intake list`, in the order asked for.
#[derive(Serialize)]
pub struct IntakeList<'a> {
    pub version: u32,
    pub as_of: String,
    pub requests: Vec<IntakeRow<'a>>,
}

/// Which requests a listing keeps, and in what order.
pub struct ListFilter<'f> {
    /// Only these statuses; empty: the open ones, or every one with `all`.
    pub statuses: &'f [String],
    pub all: bool,
    pub team: Option<&'f str>,
    /// Only these types; empty: all.
    pub types: &'f [String],
    pub sort: SortKey,
}

pub fn list<'a>(cat: &'a Catalog, today: NaiveDate, f: &ListFilter) -> IntakeList<'a> {
    let mut v: Vec<&Intake> = cat
        .intake
        .iter()
        .filter(|r| {
            if f.statuses.is_empty() {
                f.all || !r.status.value.is_final()
            } else {
                f.statuses.iter().any(|s| s == r.status.value.as_str())
            }
        })
        .filter(|r| f.team.is_none_or(|t| r.requester.team.value == t))
        .filter(|r| f.types.is_empty() || f.types.iter().any(|k| k == r.kind.as_str()))
        .collect();
    core::sort(&mut v, f.sort);
    IntakeList {
        version: 1,
        as_of: date(today),
        requests: v.into_iter().map(|r| row(cat, r, today)).collect(),
    }
}

/// A request like another one (or like a text), with its similarity score.
#[derive(Serialize)]
pub struct Candidate<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub status: &'a str,
    pub score: f64,
}

/// The requests found by [`similar::rank`], as candidates.
pub fn candidates<'a>(cat: &'a Catalog, m: &[Match]) -> Vec<Candidate<'a>> {
    m.iter()
        .filter_map(|m| cat.intake_req(&m.id))
        .zip(m)
        .map(|(r, m)| Candidate {
            id: &r.id.value,
            title: &r.title.value,
            status: r.status.value.as_str(),
            score: m.score,
        })
        .collect()
}

/// A request as the text of a similarity query.
pub fn query(r: &Intake) -> Doc<'_> {
    Doc {
        id: &r.id.value,
        title: &r.title.value,
        body: &r.problem.value,
        capability: r.capability.as_ref().map(|c| c.value.as_str()),
    }
}

/// `intake similar`.
#[derive(Serialize)]
pub struct SimilarView<'a> {
    pub version: u32,
    pub id: Option<&'a str>,
    pub text: Option<&'a str>,
    pub min_score: f64,
    pub similar: Vec<Candidate<'a>>,
}

/// The answer of `intake similar`: like request `id`, or like `text` when
/// no id is given.
pub fn similar_view<'a>(
    id: Option<&'a str>,
    text: Option<&'a str>,
    min_score: f64,
    similar: Vec<Candidate<'a>>,
) -> SimilarView<'a> {
    SimilarView {
        version: 1,
        id,
        text: text.filter(|_| id.is_none()),
        min_score,
        similar,
    }
}

/// A roadmap item or a request that a request points at, or that points at it.
#[derive(Serialize)]
pub struct Ref<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quarter: Option<String>,
}

fn item_ref<'a>((q, i): (&'a RoadmapQuarter, &'a Item)) -> Ref<'a> {
    Ref {
        id: &i.id.value,
        title: &i.title.value,
        status: i.status.value.to_string(),
        quarter: Some(q.quarter.value.to_string()),
    }
}

fn req_ref(x: &Intake) -> Ref<'_> {
    Ref {
        id: &x.id.value,
        title: &x.title.value,
        status: x.status.value.to_string(),
        quarter: None,
    }
}

/// The capability a request relates to.
#[derive(Serialize)]
pub struct CapRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub lifecycle: &'a str,
    pub owner: &'a str,
}

fn cap_ref(c: &Capability) -> CapRef<'_> {
    CapRef {
        id: &c.id.value,
        name: &c.name.value,
        lifecycle: c.lifecycle.value.as_str(),
        owner: &c.owner.value,
    }
}

/// The route a new request would likely take, and why.
#[derive(Serialize)]
pub struct RouteSuggestion {
    pub route: &'static str,
    pub reason: String,
}

/// `intake show`.
#[derive(Serialize)]
pub struct IntakeShow<'a> {
    pub version: u32,
    pub as_of: String,
    pub request: IntakeRow<'a>,
    pub capability: Option<CapRef<'a>>,
    pub roadmap_item: Option<Ref<'a>>,
    pub duplicate_of: Option<Ref<'a>>,
    pub duplicates: Vec<Ref<'a>>,
    /// Roadmap items that list this request.
    pub roadmap_items: Vec<Ref<'a>>,
    pub similar: Vec<Candidate<'a>>,
    pub suggested_route: Option<RouteSuggestion>,
    /// The requesting team's name, for people.
    #[serde(skip)]
    pub team_name: Option<&'a str>,
}

pub fn show<'a>(cat: &'a Catalog, r: &'a Intake, today: NaiveDate) -> IntakeShow<'a> {
    let mut tracing: Vec<_> = cat
        .items()
        .filter(|(_, i)| i.intake.iter().any(|x| x.value == r.id.value))
        .collect();
    tracing.sort_by(|a, b| a.1.id.value.cmp(&b.1.id.value));
    let sims = similar::rank(&core::documents(cat), &query(r), 3, similar::THRESHOLD);
    let suggestion = (r.status.value == IntakeStatus::New).then(|| core::suggest_route(cat, r));
    IntakeShow {
        version: 1,
        as_of: date(today),
        request: row(cat, r, today),
        capability: r
            .capability
            .as_ref()
            .and_then(|c| cat.capability(&c.value))
            .map(cap_ref),
        roadmap_item: r
            .roadmap_item
            .as_ref()
            .and_then(|i| cat.item(&i.value))
            .map(item_ref),
        duplicate_of: r
            .duplicate_of
            .as_ref()
            .and_then(|d| cat.intake_req(&d.value))
            .map(req_ref),
        duplicates: core::duplicates_of(cat, &r.id.value)
            .into_iter()
            .map(req_ref)
            .collect(),
        roadmap_items: tracing.into_iter().map(item_ref).collect(),
        similar: candidates(cat, &sims),
        suggested_route: suggestion.map(|(route, reason)| RouteSuggestion {
            route: route.as_str(),
            reason,
        }),
        team_name: cat
            .team(&r.requester.team.value)
            .map(|t| t.name.value.as_str()),
    }
}
