//! The portal: every page of the static site as data (Serialize views), built
//! from the catalog, its lint findings and what history said. Pure: the
//! caller reads git and the clock; `output::site` renders the views; the
//! command hands the files to `store::tree` to write.

pub mod paths;
pub mod scorecards;

use crate::catalog::Catalog;
use crate::history::changelog::Change;
use crate::lint::Diagnostic;
use crate::model::*;
use crate::report::catalog::CatalogPage;
use crate::report::deprecation_status::{self as dep_status, BurnPoint, DeprecationState};
use crate::report::kpi::Dashboard;
use crate::report::roadmap::RoadmapReport;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// How many entries of a long list a page shows; the rest is in `data/`.
pub const LIST_CUT: usize = 50;

/// The window of "what changed lately", in days.
pub const RECENT_DAYS: i64 = 30;

/// What changed in the catalog over the last [`RECENT_DAYS`] days, from git.
#[derive(Clone, Debug, Serialize)]
pub struct Recent {
    pub since: NaiveDate,
    /// Whether history could be read.
    pub available: bool,
    /// Why not, when it could not.
    pub reason: Option<String>,
    /// The commit compared against (the last one on or before `since`).
    pub from_commit: Option<String>,
    pub changes: Vec<Change>,
}

/// Everything the site is built from besides the catalog itself.
pub struct Input<'a> {
    pub cat: &'a Catalog,
    pub today: NaiveDate,
    /// The catalog's lint findings (at their final level).
    pub findings: &'a [Diagnostic],
    pub recent: Recent,
    /// One report per quarter of the roadmap, in quarter order.
    pub roadmaps: Vec<RoadmapReport>,
    pub kpis: Dashboard,
    /// Burn-downs by deprecation id (empty outside git).
    pub burn_downs: BTreeMap<String, Vec<BurnPoint>>,
    /// Whether burn-downs were read from git.
    pub in_git: bool,
    /// Scorecard trends and campaign burn-ups (empty outside git).
    pub scorecard_history: scorecards::History,
}

/// A link to another entity: its id, a name to show and its page (`null`
/// when the id names nothing in the catalog).
#[derive(Clone, Debug, Serialize)]
pub struct Ref {
    pub id: String,
    pub name: String,
    pub href: Option<String>,
}

/// A lint finding shown on an entity's page.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    pub rule: String,
    pub level: Level,
    pub file: String,
    pub line: u32,
    pub message: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Counts {
    pub capabilities: usize,
    pub services: usize,
    pub active_services: usize,
    pub teams: usize,
    pub open_deprecations: usize,
    pub live_exceptions: usize,
    pub open_requests: usize,
    pub roadmap_items: usize,
    pub errors: usize,
    pub warnings: usize,
}

/// One thing that needs attention, named by its id.
#[derive(Clone, Debug, Serialize)]
pub struct Attention {
    /// sunset-soon | sunset-passed | exception-expiring | exception-expired | kpi-off-target | campaign-overdue
    pub kind: &'static str,
    pub id: String,
    pub href: String,
    pub text: String,
    /// The date it is about (sunset, expiry), when there is one.
    pub date: Option<NaiveDate>,
    /// Days from today to `date` (negative once passed).
    pub days: Option<i64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Home {
    pub version: u32,
    pub catalog: String,
    pub as_of: NaiveDate,
    pub counts: Counts,
    pub attention: Vec<Attention>,
    pub recent: Recent,
    /// The roadmap quarter that holds today, if planned.
    pub current_quarter: Option<String>,
    pub quarters: Vec<String>,
}

/// A deprecation as another page mentions it.
#[derive(Clone, Debug, Serialize)]
pub struct DeprecationNote {
    pub id: String,
    pub href: String,
    pub capability: String,
    pub interface: Option<String>,
    pub sunset: NaiveDate,
    pub days_to_sunset: i64,
    pub state: DeprecationState,
    pub replacement: Option<Ref>,
    pub migration_guide: Option<String>,
}

/// An exception as another page mentions it.
#[derive(Clone, Debug, Serialize)]
pub struct ExceptionNote {
    pub id: String,
    pub href: String,
    pub title: String,
    pub waived: String,
    pub team: String,
    pub service: Option<String>,
    pub status: ExceptionStatus,
    pub state: ExceptionState,
    pub expires: NaiveDate,
    pub days_left: Option<i64>,
}

/// A roadmap item as a capability's page lists it.
#[derive(Clone, Debug, Serialize)]
pub struct ItemNote {
    pub id: String,
    pub title: String,
    pub quarter: String,
    pub href: String,
    pub status: ItemStatus,
    pub committed: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct CapabilityView {
    #[serde(flatten)]
    pub capability: Capability,
    pub href: String,
    pub owner: Ref,
    pub adoption_rate: Option<f64>,
    /// Eligible active services that use it, sorted (in JSON: their ids).
    #[serde(serialize_with = "ids")]
    pub adopters: Vec<Ref>,
    /// Eligible active services that do not use it, sorted (cut on the page;
    /// in JSON: every id).
    #[serde(serialize_with = "ids")]
    pub not_adopted: Vec<Ref>,
    /// Active services that use it without being eligible (in JSON: their ids).
    #[serde(serialize_with = "ids")]
    pub ineligible_users: Vec<Ref>,
    pub depends_on: Vec<Ref>,
    pub needed_by: Vec<Ref>,
    pub deprecations: Vec<DeprecationNote>,
    pub exceptions: Vec<ExceptionNote>,
    pub roadmap_items: Vec<ItemNote>,
    pub findings: Vec<Finding>,
}

/// One capability a service uses, and whether it is going away.
#[derive(Clone, Debug, Serialize)]
pub struct UseRow {
    pub capability: Ref,
    pub lifecycle: Option<Lifecycle>,
    pub version: Option<String>,
    pub since: Option<NaiveDate>,
    /// Open deprecations of it that this service is a consumer of (or, with
    /// no consumer list entry, that cover what it uses).
    pub deprecations: Vec<DeprecationNote>,
    /// Its own migration status where the deprecation lists it.
    pub migration: Option<ConsumerStatus>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ServiceView {
    #[serde(flatten)]
    pub service: Service,
    pub href: String,
    pub team_ref: Ref,
    pub uses_rows: Vec<UseRow>,
    /// What it uses that is going away, soonest sunset first.
    pub going_away: Vec<DeprecationNote>,
    pub exceptions: Vec<ExceptionNote>,
    pub findings: Vec<Finding>,
}

/// A service's move off a deprecated capability, as its team's page lists it.
#[derive(Clone, Debug, Serialize)]
pub struct MigrationRow {
    pub service: Ref,
    pub deprecation: DeprecationNote,
    pub status: ConsumerStatus,
}

/// An intake request as a team's page lists it.
#[derive(Clone, Debug, Serialize)]
pub struct RequestNote {
    pub id: String,
    pub href: String,
    pub title: String,
    pub status: IntakeStatus,
    pub rice: Option<f64>,
    pub age_days: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct TeamView {
    #[serde(flatten)]
    pub team: Team,
    pub href: String,
    pub parent_ref: Option<Ref>,
    pub sub_teams: Vec<Ref>,
    pub services: Vec<Ref>,
    pub capabilities: Vec<Ref>,
    /// Pending and in-progress migrations of its services, soonest sunset first.
    pub migrations: Vec<MigrationRow>,
    /// Its exceptions that still call for attention, soonest expiry first.
    pub exceptions: Vec<ExceptionNote>,
    /// Its requests that are not closed, oldest first.
    pub open_requests: Vec<RequestNote>,
    /// Errors and warnings in its own file and its services' files.
    pub findings: usize,
    pub findings_list: Vec<Finding>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ConsumerRow {
    pub service: Ref,
    pub team: Option<Ref>,
    pub status: ConsumerStatus,
    pub exception: Option<ExceptionNote>,
}

#[derive(Clone, Debug, Serialize)]
pub struct DeprecationView {
    #[serde(flatten)]
    pub note: DeprecationNote,
    pub capability_ref: Ref,
    pub status: DeprecationStatus,
    pub announced: NaiveDate,
    pub migration: dep_status::Migration,
    pub consumers: Vec<ConsumerRow>,
    pub exceptions: Vec<ExceptionNote>,
    pub burn_down: Vec<BurnPoint>,
    pub findings: Vec<Finding>,
}

#[derive(Clone, Debug, Serialize)]
pub struct IntakeRow {
    pub id: String,
    pub anchor: String,
    pub title: String,
    pub team: Ref,
    pub kind: IntakeType,
    pub urgency: Urgency,
    pub status: IntakeStatus,
    pub capability: Option<Ref>,
    pub created: NaiveDate,
    pub resolved: Option<NaiveDate>,
    pub rice: Option<f64>,
    pub age_days: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct IntakeGroup {
    pub status: IntakeStatus,
    /// Highest RICE first (none last), then oldest.
    pub requests: Vec<IntakeRow>,
}

/// A cell of the radar: the capabilities of a category in a ring.
#[derive(Clone, Debug, Serialize)]
pub struct RadarRing {
    /// adopt | trial | assess | hold
    pub id: &'static str,
    pub lifecycles: &'static [Lifecycle],
}

#[derive(Clone, Debug, Serialize)]
pub struct RadarRow {
    /// `null` for capabilities without a category.
    pub category: Option<String>,
    /// One list per ring, in ring order.
    pub cells: Vec<Vec<Ref>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Radar {
    pub rings: Vec<RadarRing>,
    pub rows: Vec<RadarRow>,
}

/// The rings of the radar, from what to use to what to leave.
pub const RINGS: &[(&str, &[Lifecycle])] = &[
    ("adopt", &[Lifecycle::Ga]),
    ("trial", &[Lifecycle::Beta]),
    ("assess", &[Lifecycle::Experimental, Lifecycle::Proposed]),
    ("hold", &[Lifecycle::Deprecated, Lifecycle::Retired]),
];

/// One entry of the search index.
#[derive(Clone, Debug, Serialize)]
pub struct SearchEntry {
    /// capability | service | team | deprecation | exception | request | roadmap-item | scorecard | campaign
    pub kind: &'static str,
    pub id: String,
    pub name: String,
    pub summary: String,
    pub team: String,
    pub href: String,
}

/// An entry whose file declares an id but that could not be read whole
/// (a schema error): it still gets its page, with the findings.
#[derive(Clone, Debug, Serialize)]
pub struct Unreadable {
    /// capability | service | team | deprecation | exception | request
    pub kind: &'static str,
    pub id: String,
    /// Its own page, for the kinds that have one.
    pub href: Option<String>,
    pub file: String,
    pub findings: Vec<Finding>,
}

/// Every page's data.
pub struct Site {
    pub unreadable: Vec<Unreadable>,
    pub catalog: String,
    pub today: NaiveDate,
    pub home: Home,
    pub catalog_page: CatalogPage,
    pub capabilities: Vec<CapabilityView>,
    pub services: Vec<ServiceView>,
    pub teams: Vec<TeamView>,
    pub deprecations: Vec<DeprecationView>,
    pub exceptions: Vec<ExceptionNote>,
    pub intake: Vec<IntakeGroup>,
    pub roadmaps: Vec<RoadmapReport>,
    pub kpis: Dashboard,
    pub radar: Radar,
    pub search: Vec<SearchEntry>,
    /// Scorecards, campaigns and each entity's levels.
    pub scorecards: scorecards::Scorecards,
    pub in_git: bool,
}

/// Entities by id, first of a repeated id (as every index does), sorted.
fn unique<T>(v: &[T], id: impl Fn(&T) -> &str) -> Vec<&T> {
    let mut seen: BTreeMap<&str, &T> = BTreeMap::new();
    for x in v {
        seen.entry(id(x)).or_insert(x);
    }
    seen.into_values().collect()
}

struct Ctx<'a> {
    cat: &'a Catalog,
    today: NaiveDate,
    warn_exc: i64,
    findings_by_file: HashMap<FileId, Vec<&'a Diagnostic>>,
}

impl<'a> Ctx<'a> {
    fn capability_ref(&self, id: &str) -> Ref {
        match self.cat.capability(id) {
            Some(c) => Ref {
                id: id.to_string(),
                name: c.name.value.clone(),
                href: Some(paths::capability(id)),
            },
            None => missing(id),
        }
    }
    fn service_ref(&self, id: &str) -> Ref {
        match self.cat.service(id) {
            Some(s) => Ref {
                id: id.to_string(),
                name: s.name.clone().unwrap_or_else(|| id.to_string()),
                href: Some(paths::service(id)),
            },
            None => missing(id),
        }
    }
    fn team_ref(&self, id: &str) -> Ref {
        match self.cat.team(id) {
            Some(t) => Ref {
                id: id.to_string(),
                name: t.name.value.clone(),
                href: Some(paths::team(id)),
            },
            None => missing(id),
        }
    }
    fn findings(&self, file: FileId) -> Vec<Finding> {
        self.findings_by_file
            .get(&file)
            .map(|v| {
                v.iter()
                    .map(|d| Finding {
                        rule: d.rule.to_string(),
                        level: d.level,
                        file: self.cat.path(d.file).to_string(),
                        line: d.span.line,
                        message: d.message.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
    fn deprecation_note(&self, d: &Deprecation) -> DeprecationNote {
        DeprecationNote {
            id: d.id.value.clone(),
            href: paths::deprecation(&d.id.value),
            capability: d.capability.value.clone(),
            interface: d.interface.as_ref().map(|i| i.value.clone()),
            sunset: d.sunset.value,
            days_to_sunset: dep_status::days_to_sunset(d, self.today),
            state: dep_status::state(d, self.today),
            replacement: d
                .replacement
                .as_ref()
                .map(|r| self.capability_ref(&r.value)),
            migration_guide: d.migration_guide.clone(),
        }
    }
    fn exception_note(&self, e: &Exception) -> ExceptionNote {
        ExceptionNote {
            id: e.id.value.clone(),
            href: paths::exception(&e.id.value),
            title: e.title.value.clone(),
            waived: e.waived().to_string(),
            team: e.team.value.clone(),
            service: e.service.as_ref().map(|s| s.value.clone()),
            status: e.status.value,
            state: e.state(self.today, self.warn_exc),
            expires: e.expires.value,
            days_left: crate::report::exception_status::days_left(e, self.today),
        }
    }
}

/// Long lists of services in JSON: ids only (a service's page is
/// `services/<id>.html`, its data in `data/services.json`).
fn ids<S: serde::Serializer>(v: &[Ref], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(v.iter().map(|r| &r.id))
}

fn missing(id: &str) -> Ref {
    Ref {
        id: id.to_string(),
        name: id.to_string(),
        href: None,
    }
}

fn by_name(a: &Ref, b: &Ref) -> std::cmp::Ordering {
    a.id.cmp(&b.id)
}

/// Builds every page's data.
pub fn build(mut input: Input) -> Site {
    let cat = input.cat;
    let today = input.today;
    let mut findings_by_file: HashMap<FileId, Vec<&Diagnostic>> = HashMap::new();
    for d in input.findings {
        findings_by_file.entry(d.file).or_default().push(d);
    }
    let cx = Ctx {
        cat,
        today,
        warn_exc: cat.config.policy.exception_warn_days,
        findings_by_file,
    };
    let caps = unique(&cat.capabilities, |c| &c.id.value);
    let services = unique(&cat.services, |s| &s.id.value);
    let teams = unique(&cat.teams, |t| &t.id.value);
    let deps = unique(&cat.deprecations, |d| &d.id.value);
    let excs = unique(&cat.exceptions, |e| &e.id.value);
    let reqs = unique(&cat.intake, |r| &r.id.value);

    // Open deprecations by capability; consumer status by (deprecation, service).
    let mut open_deps: HashMap<&str, Vec<&Deprecation>> = HashMap::new();
    for d in deps.iter().filter(|d| d.is_open()) {
        open_deps.entry(&d.capability.value).or_default().push(d);
    }
    let mut consumer_of: HashMap<(&str, &str), ConsumerStatus> = HashMap::new();
    for d in &deps {
        for c in &d.consumers {
            consumer_of
                .entry((&d.id.value, &c.service.value))
                .or_insert(c.status.value);
        }
    }
    let exceptions: Vec<ExceptionNote> = excs.iter().map(|e| cx.exception_note(e)).collect();

    let capabilities = build_capabilities(&cx, &caps, &services, &deps, &excs);
    let services_v = build_services(&cx, &services, &open_deps, &consumer_of, &excs);
    let teams_v = build_teams(&cx, &teams, &services_v, &caps, &excs, &reqs);
    let deprecations = build_deprecations(&cx, &deps, &excs, &input.burn_downs);
    let intake = build_intake(&cx, &reqs);
    let radar = build_radar(&caps);
    let past = std::mem::take(&mut input.scorecard_history);
    let scorecards = scorecards::build(cat, today, past);
    let mut home = build_home(&cx, &input, &deprecations, &exceptions, &teams, &reqs);
    home.attention.extend(scorecards::attention(&scorecards));
    sort_attention(&mut home.attention);
    let unreadable = build_unreadable(&cx);
    let mut search = build_search(
        &cx,
        &capabilities,
        &services_v,
        &teams_v,
        &deprecations,
        &exceptions,
        &reqs,
    );
    search.extend(search_scorecards(&cx, &scorecards));
    Site {
        unreadable,
        catalog: cat.config.name.clone(),
        today,
        home,
        catalog_page: crate::report::catalog::build(cat, today),
        capabilities,
        services: services_v,
        teams: teams_v,
        deprecations,
        exceptions,
        intake,
        roadmaps: input.roadmaps,
        kpis: input.kpis,
        radar,
        search,
        scorecards,
        in_git: input.in_git,
    }
}

fn build_capabilities(
    cx: &Ctx,
    caps: &[&Capability],
    services: &[&Service],
    deps: &[&Deprecation],
    excs: &[&Exception],
) -> Vec<CapabilityView> {
    let mut needed_by: HashMap<&str, Vec<&str>> = HashMap::new();
    for c in caps {
        for d in &c.depends_on {
            needed_by.entry(&d.value).or_default().push(&c.id.value);
        }
    }
    let mut items: HashMap<&str, Vec<ItemNote>> = HashMap::new();
    for (q, it) in cx.cat.items() {
        if let Some(c) = &it.capability {
            let quarter = q.quarter.value.to_string();
            items.entry(&c.value).or_default().push(ItemNote {
                id: it.id.value.clone(),
                title: it.title.value.clone(),
                href: paths::roadmap(&quarter),
                quarter,
                status: it.status.value,
                committed: it.is_committed(),
            });
        }
    }
    caps.iter()
        .map(|c| {
            let id = c.id.value.as_str();
            let (mut adopters, mut not_adopted, mut ineligible) =
                (Vec::new(), Vec::new(), Vec::new());
            for s in services.iter().filter(|s| s.is_active()) {
                let uses = s.use_of(id).is_some();
                let eligible = c.is_eligible(s);
                let r = || Ref {
                    id: s.id.value.clone(),
                    name: s.name.clone().unwrap_or_else(|| s.id.value.clone()),
                    href: Some(paths::service(&s.id.value)),
                };
                match (eligible, uses) {
                    (true, true) => adopters.push(r()),
                    (true, false) => not_adopted.push(r()),
                    (false, true) => ineligible.push(r()),
                    (false, false) => {}
                }
            }
            let eligible = adopters.len() + not_adopted.len();
            let mut needed: Vec<Ref> = needed_by
                .get(id)
                .map(|v| v.iter().map(|x| cx.capability_ref(x)).collect())
                .unwrap_or_default();
            needed.sort_by(by_name);
            let mut its = items.remove(id).unwrap_or_default();
            its.sort_by(|a, b| a.quarter.cmp(&b.quarter).then(a.id.cmp(&b.id)));
            CapabilityView {
                capability: (*c).clone(),
                href: paths::capability(id),
                owner: cx.team_ref(&c.owner.value),
                adoption_rate: (eligible > 0).then(|| adopters.len() as f64 / eligible as f64),
                adopters,
                not_adopted,
                ineligible_users: ineligible,
                depends_on: c
                    .depends_on
                    .iter()
                    .map(|d| cx.capability_ref(&d.value))
                    .collect(),
                needed_by: needed,
                deprecations: deps
                    .iter()
                    .filter(|d| d.capability.value == id)
                    .map(|d| cx.deprecation_note(d))
                    .collect(),
                exceptions: excs
                    .iter()
                    .filter(|e| {
                        e.waives_standard(id)
                            || e.capability.as_ref().is_some_and(|x| x.value == id)
                    })
                    .map(|e| cx.exception_note(e))
                    .collect(),
                roadmap_items: its,
                findings: cx.findings(c.meta.file),
            }
        })
        .collect()
}

fn build_services(
    cx: &Ctx,
    services: &[&Service],
    open_deps: &HashMap<&str, Vec<&Deprecation>>,
    consumer_of: &HashMap<(&str, &str), ConsumerStatus>,
    excs: &[&Exception],
) -> Vec<ServiceView> {
    let mut exc_by_service: HashMap<&str, Vec<&Exception>> = HashMap::new();
    for e in excs {
        if let Some(s) = &e.service {
            exc_by_service.entry(&s.value).or_default().push(e);
        }
    }
    services
        .iter()
        .map(|s| {
            let sid = s.id.value.as_str();
            let mut going_away = Vec::new();
            let uses_rows = s
                .uses
                .iter()
                .map(|u| {
                    let cap = cx.cat.capability(&u.capability.value);
                    let mut notes = Vec::new();
                    let mut migration = None;
                    for d in open_deps
                        .get(u.capability.value.as_str())
                        .into_iter()
                        .flatten()
                    {
                        let listed = consumer_of.get(&(d.id.value.as_str(), sid)).copied();
                        let covers = match &d.interface {
                            None => true,
                            Some(i) => u.version.as_ref().is_some_and(|v| v.value == i.value),
                        };
                        if listed.is_some() || covers {
                            migration = migration.or(listed);
                            notes.push(cx.deprecation_note(d));
                        }
                    }
                    going_away.extend(notes.iter().cloned());
                    UseRow {
                        capability: cx.capability_ref(&u.capability.value),
                        lifecycle: cap.map(|c| c.lifecycle.value),
                        version: u.version.as_ref().map(|v| v.value.clone()),
                        since: u.since,
                        deprecations: notes,
                        migration,
                    }
                })
                .collect();
            going_away.sort_by(|a, b| a.sunset.cmp(&b.sunset).then(a.id.cmp(&b.id)));
            going_away.dedup_by(|a, b| a.id == b.id);
            ServiceView {
                service: (*s).clone(),
                href: paths::service(sid),
                team_ref: cx.team_ref(&s.team.value),
                uses_rows,
                going_away,
                exceptions: exc_by_service
                    .get(sid)
                    .map(|v| v.iter().map(|e| cx.exception_note(e)).collect())
                    .unwrap_or_default(),
                findings: cx.findings(s.meta.file),
            }
        })
        .collect()
}

fn build_teams(
    cx: &Ctx,
    teams: &[&Team],
    services: &[ServiceView],
    caps: &[&Capability],
    excs: &[&Exception],
    reqs: &[&Intake],
) -> Vec<TeamView> {
    let mut svc_by_team: HashMap<&str, Vec<&ServiceView>> = HashMap::new();
    for s in services {
        svc_by_team
            .entry(&s.service.team.value)
            .or_default()
            .push(s);
    }
    teams
        .iter()
        .map(|t| {
            let tid = t.id.value.as_str();
            let own = svc_by_team.get(tid).cloned().unwrap_or_default();
            let mut migrations: Vec<MigrationRow> = Vec::new();
            let mut findings_list = cx.findings(t.meta.file);
            for s in &own {
                for u in &s.uses_rows {
                    if let (Some(st), Some(d)) = (u.migration, u.deprecations.first()) {
                        if matches!(st, ConsumerStatus::Pending | ConsumerStatus::InProgress) {
                            migrations.push(MigrationRow {
                                service: cx.service_ref(&s.service.id.value),
                                deprecation: d.clone(),
                                status: st,
                            });
                        }
                    }
                }
                findings_list.extend(s.findings.iter().cloned());
            }
            migrations.sort_by(|a, b| {
                a.deprecation
                    .sunset
                    .cmp(&b.deprecation.sunset)
                    .then(a.service.id.cmp(&b.service.id))
            });
            let mut exceptions: Vec<ExceptionNote> = excs
                .iter()
                .filter(|e| e.team.value == tid)
                .map(|e| cx.exception_note(e))
                .filter(|e| crate::report::exception_status::is_live(e.state))
                .collect();
            exceptions.sort_by(|a, b| a.expires.cmp(&b.expires).then(a.id.cmp(&b.id)));
            let mut open_requests: Vec<RequestNote> = reqs
                .iter()
                .filter(|r| r.requester.team.value == tid && !r.status.value.is_final())
                .map(|r| RequestNote {
                    id: r.id.value.clone(),
                    href: paths::intake(&r.id.value),
                    title: r.title.value.clone(),
                    status: r.status.value,
                    rice: r.rice(),
                    age_days: crate::intake::age_days(r, cx.today),
                })
                .collect();
            open_requests.sort_by(|a, b| b.age_days.cmp(&a.age_days).then(a.id.cmp(&b.id)));
            let mut sub: Vec<Ref> = teams
                .iter()
                .filter(|x| x.parent.as_ref().is_some_and(|p| p.value == tid))
                .map(|x| cx.team_ref(&x.id.value))
                .collect();
            sub.sort_by(by_name);
            TeamView {
                team: (*t).clone(),
                href: paths::team(tid),
                parent_ref: t.parent.as_ref().map(|p| cx.team_ref(&p.value)),
                sub_teams: sub,
                services: own
                    .iter()
                    .map(|s| cx.service_ref(&s.service.id.value))
                    .collect(),
                capabilities: caps
                    .iter()
                    .filter(|c| c.owner.value == tid)
                    .map(|c| cx.capability_ref(&c.id.value))
                    .collect(),
                migrations,
                exceptions,
                open_requests,
                findings: findings_list.len(),
                findings_list,
            }
        })
        .collect()
}

fn build_deprecations(
    cx: &Ctx,
    deps: &[&Deprecation],
    excs: &[&Exception],
    burns: &BTreeMap<String, Vec<BurnPoint>>,
) -> Vec<DeprecationView> {
    deps.iter()
        .map(|d| {
            let did = d.id.value.as_str();
            let consumers = d
                .consumers
                .iter()
                .map(|c| ConsumerRow {
                    service: cx.service_ref(&c.service.value),
                    team: cx
                        .cat
                        .service(&c.service.value)
                        .map(|s| cx.team_ref(&s.team.value)),
                    status: c.status.value,
                    exception: c
                        .exception
                        .as_ref()
                        .and_then(|e| cx.cat.exception(&e.value))
                        .map(|e| cx.exception_note(e)),
                })
                .collect();
            let exceptions = excs
                .iter()
                .filter(|e| {
                    e.waives_standard(&d.capability.value)
                        || d.consumers
                            .iter()
                            .any(|c| c.exception.as_ref().is_some_and(|x| x.value == e.id.value))
                })
                .map(|e| cx.exception_note(e))
                .collect();
            DeprecationView {
                note: cx.deprecation_note(d),
                capability_ref: cx.capability_ref(&d.capability.value),
                status: d.status.value,
                announced: d.announced.value,
                migration: dep_status::migration(cx.cat, d, cx.today),
                consumers,
                exceptions,
                burn_down: burns.get(did).cloned().unwrap_or_default(),
                findings: cx.findings(d.meta.file),
            }
        })
        .collect()
}

/// Every status in the order a request moves through them.
pub const INTAKE_ORDER: &[IntakeStatus] = &[
    IntakeStatus::New,
    IntakeStatus::Triaged,
    IntakeStatus::Accepted,
    IntakeStatus::Done,
    IntakeStatus::Declined,
    IntakeStatus::Duplicate,
];

fn build_intake(cx: &Ctx, reqs: &[&Intake]) -> Vec<IntakeGroup> {
    INTAKE_ORDER
        .iter()
        .map(|st| {
            let mut rows: Vec<IntakeRow> = reqs
                .iter()
                .filter(|r| r.status.value == *st)
                .map(|r| IntakeRow {
                    id: r.id.value.clone(),
                    anchor: paths::stem(&r.id.value),
                    title: r.title.value.clone(),
                    team: cx.team_ref(&r.requester.team.value),
                    kind: r.kind,
                    urgency: r.urgency,
                    status: r.status.value,
                    capability: r.capability.as_ref().map(|c| cx.capability_ref(&c.value)),
                    created: r.created.value,
                    resolved: r.resolved.as_ref().map(|x| x.value),
                    rice: r.rice(),
                    age_days: crate::intake::age_days(r, cx.today),
                })
                .collect();
            rows.sort_by(|a, b| {
                let ra = a.rice.unwrap_or(f64::NEG_INFINITY);
                let rb = b.rice.unwrap_or(f64::NEG_INFINITY);
                rb.total_cmp(&ra)
                    .then(a.created.cmp(&b.created))
                    .then(a.id.cmp(&b.id))
            });
            IntakeGroup {
                status: *st,
                requests: rows,
            }
        })
        .collect()
}

fn build_radar(caps: &[&Capability]) -> Radar {
    let mut rows: BTreeMap<(bool, Option<String>), Vec<Vec<Ref>>> = BTreeMap::new();
    for c in caps {
        let Some(ring) = RINGS
            .iter()
            .position(|(_, ls)| ls.contains(&c.lifecycle.value))
        else {
            continue;
        };
        let cells = rows
            .entry((c.category.is_none(), c.category.clone()))
            .or_insert_with(|| vec![Vec::new(); RINGS.len()]);
        if let Some(cell) = cells.get_mut(ring) {
            cell.push(Ref {
                id: c.id.value.clone(),
                name: c.name.value.clone(),
                href: Some(paths::capability(&c.id.value)),
            });
        }
    }
    Radar {
        rings: RINGS
            .iter()
            .map(|(id, ls)| RadarRing { id, lifecycles: ls })
            .collect(),
        rows: rows
            .into_iter()
            .map(|((_, category), mut cells)| {
                for c in &mut cells {
                    c.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
                }
                RadarRow { category, cells }
            })
            .collect(),
    }
}

fn build_home(
    cx: &Ctx,
    input: &Input,
    deps: &[DeprecationView],
    excs: &[ExceptionNote],
    teams: &[&Team],
    reqs: &[&Intake],
) -> Home {
    let cat = cx.cat;
    let mut attention = deprecation_attention(deps, cat.config.policy.deprecation_warn_days);
    attention.extend(exception_attention(excs));
    attention.extend(kpi_attention(input));
    sort_attention(&mut attention);
    let q = Quarter::of(cx.today, cat.fy());
    let quarters: Vec<String> = input.roadmaps.iter().map(|r| r.quarter.clone()).collect();
    let current_quarter = quarters.iter().find(|x| **x == q.to_string()).cloned();
    Home {
        version: 1,
        catalog: cat.config.name.clone(),
        as_of: cx.today,
        counts: home_counts(cx, input, deps, excs, teams, reqs),
        attention,
        recent: input.recent.clone(),
        current_quarter,
        quarters,
    }
}

/// Deprecations past their sunset, and open ones within `warn_days` of it.
fn deprecation_attention(deps: &[DeprecationView], warn_days: i64) -> Vec<Attention> {
    let mut attention = Vec::new();
    for d in deps {
        let n = &d.note;
        let open = matches!(
            n.state,
            DeprecationState::Upcoming | DeprecationState::Migrating
        );
        if n.state == DeprecationState::Overdue {
            attention.push(Attention {
                kind: "sunset-passed",
                id: n.id.clone(),
                href: n.href.clone(),
                text: format!(
                    "{} passed its sunset with {} still to migrate",
                    n.capability,
                    plural(d.migration.remaining, "consumer", "consumers")
                ),
                date: Some(n.sunset),
                days: Some(n.days_to_sunset),
            });
        } else if open && (0..=warn_days).contains(&n.days_to_sunset) {
            attention.push(Attention {
                kind: "sunset-soon",
                id: n.id.clone(),
                href: n.href.clone(),
                text: format!(
                    "{} sunsets in {} ({} still to migrate)",
                    n.capability,
                    plural(n.days_to_sunset as usize, "day", "days"),
                    d.migration.remaining
                ),
                date: Some(n.sunset),
                days: Some(n.days_to_sunset),
            });
        }
    }
    attention
}

/// Exceptions about to expire, and expired ones still approved.
fn exception_attention(excs: &[ExceptionNote]) -> Vec<Attention> {
    let mut attention = Vec::new();
    for e in excs {
        let (kind, text) = match e.state {
            ExceptionState::Expiring => (
                "exception-expiring",
                format!(
                    "{} expires in {}",
                    e.title,
                    plural(e.days_left.unwrap_or(0).max(0) as usize, "day", "days")
                ),
            ),
            ExceptionState::Expired => (
                "exception-expired",
                format!("{} expired but is still approved", e.title),
            ),
            _ => continue,
        };
        attention.push(Attention {
            kind,
            id: e.id.clone(),
            href: e.href.clone(),
            text,
            date: Some(e.expires),
            days: e.days_left,
        });
    }
    attention
}

/// KPIs off target this period.
fn kpi_attention(input: &Input) -> Vec<Attention> {
    let mut attention = Vec::new();
    for g in &input.kpis.groups {
        for k in g.kpis.iter().filter(|k| k.status == "off-target") {
            attention.push(Attention {
                kind: "kpi-off-target",
                id: k.id.clone(),
                href: format!("kpis.html#kpi-{}", paths::stem(&k.id)),
                text: format!("{} is off target for {}", k.name, input.kpis.period),
                date: None,
                days: None,
            });
        }
    }
    attention
}

/// The home page's tiles: how many of each, open or live, and lint's counts.
fn home_counts(
    cx: &Ctx,
    input: &Input,
    deps: &[DeprecationView],
    excs: &[ExceptionNote],
    teams: &[&Team],
    reqs: &[&Intake],
) -> Counts {
    let cat = cx.cat;
    let (errors, warnings) = crate::lint::counts(input.findings);
    Counts {
        capabilities: unique(&cat.capabilities, |c| &c.id.value).len(),
        services: unique(&cat.services, |s| &s.id.value).len(),
        active_services: unique(&cat.services, |s| &s.id.value)
            .iter()
            .filter(|s| s.is_active())
            .count(),
        teams: teams.len(),
        open_deprecations: deps
            .iter()
            .filter(|d| {
                d.note.state != DeprecationState::Completed
                    && d.note.state != DeprecationState::Cancelled
            })
            .count(),
        live_exceptions: excs
            .iter()
            .filter(|e| crate::report::exception_status::is_live(e.state))
            .count(),
        open_requests: reqs.iter().filter(|r| !r.status.value.is_final()).count(),
        roadmap_items: cat.items().count(),
        errors,
        warnings,
    }
}

/// Dated items soonest (most overdue) first, then the KPIs by id.
fn sort_attention(attention: &mut [Attention]) {
    attention.sort_by(|a, b| {
        a.date
            .is_none()
            .cmp(&b.date.is_none())
            .then(a.date.cmp(&b.date))
            .then(a.id.cmp(&b.id))
            .then(a.kind.cmp(b.kind))
    });
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn build_search(
    cx: &Ctx,
    caps: &[CapabilityView],
    services: &[ServiceView],
    teams: &[TeamView],
    deps: &[DeprecationView],
    excs: &[ExceptionNote],
    reqs: &[&Intake],
) -> Vec<SearchEntry> {
    let team_name = |id: &str| {
        cx.cat
            .team(id)
            .map_or(id.to_string(), |t| t.name.value.clone())
    };
    let mut v = Vec::new();
    for c in caps {
        v.push(SearchEntry {
            kind: "capability",
            id: c.capability.id.value.clone(),
            name: c.capability.name.value.clone(),
            summary: c.capability.summary.value.clone(),
            team: team_name(&c.capability.owner.value),
            href: c.href.clone(),
        });
    }
    for s in services {
        v.push(SearchEntry {
            kind: "service",
            id: s.service.id.value.clone(),
            name: s.service.name.clone().unwrap_or_default(),
            summary: s.service.description.clone().unwrap_or_default(),
            team: team_name(&s.service.team.value),
            href: s.href.clone(),
        });
    }
    for t in teams {
        v.push(SearchEntry {
            kind: "team",
            id: t.team.id.value.clone(),
            name: t.team.name.value.clone(),
            summary: t.team.contact.clone().unwrap_or_default(),
            team: t.team.name.value.clone(),
            href: t.href.clone(),
        });
    }
    for d in deps {
        v.push(SearchEntry {
            kind: "deprecation",
            id: d.note.id.clone(),
            name: format!("{} sunset", d.capability_ref.name),
            summary: format!("sunset {}", d.note.sunset),
            team: String::new(),
            href: d.note.href.clone(),
        });
    }
    for e in excs {
        v.push(SearchEntry {
            kind: "exception",
            id: e.id.clone(),
            name: e.title.clone(),
            summary: format!("waives {}", e.waived),
            team: team_name(&e.team),
            href: e.href.clone(),
        });
    }
    for r in reqs {
        v.push(SearchEntry {
            kind: "request",
            id: r.id.value.clone(),
            name: r.title.value.clone(),
            summary: r.problem.value.clone(),
            team: team_name(&r.requester.team.value),
            href: paths::intake(&r.id.value),
        });
    }
    for (q, it) in cx.cat.items() {
        let quarter = q.quarter.value.to_string();
        v.push(SearchEntry {
            kind: "roadmap-item",
            id: it.id.value.clone(),
            name: it.title.value.clone(),
            summary: it.outcome.clone().unwrap_or_default(),
            team: team_name(&it.owner.value),
            href: paths::roadmap(&quarter),
        });
    }
    v
}

/// Scorecards and campaigns in the search index.
fn search_scorecards(cx: &Ctx, cards: &scorecards::Scorecards) -> Vec<SearchEntry> {
    let team_name = |id: &str| {
        cx.cat
            .team(id)
            .map_or(id.to_string(), |t| t.name.value.clone())
    };
    let mut v = Vec::new();
    for p in &cards.scorecards {
        let h = &p.view.scorecard;
        v.push(SearchEntry {
            kind: "scorecard",
            id: h.id.clone(),
            name: h.name.clone(),
            summary: h.description.clone().unwrap_or_else(|| {
                format!(
                    "levels {} for each {}",
                    h.levels.join(", "),
                    h.applies_to.as_str()
                )
            }),
            team: team_name(&h.owner),
            href: p.href.clone(),
        });
    }
    for c in &cards.campaigns {
        v.push(SearchEntry {
            kind: "campaign",
            id: c.id.clone(),
            name: c.name.clone(),
            summary: c
                .brief
                .clone()
                .unwrap_or_else(|| format!("rules of {} due {}", c.scorecard, c.due)),
            team: team_name(&c.owner),
            href: c.href.clone(),
        });
    }
    v
}

/// Ids declared in files whose entity could not be read, first declaration of each.
fn build_unreadable(cx: &Ctx) -> Vec<Unreadable> {
    use crate::catalog::Kind;
    let mut seen: std::collections::BTreeSet<(&str, String)> = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for d in &cx.cat.declared {
        let id = d.id.value.as_str();
        let (kind, href, known) = match d.kind {
            Kind::Capability => (
                "capability",
                Some(paths::capability(id)),
                cx.cat.capability(id).is_some(),
            ),
            Kind::Service => (
                "service",
                Some(paths::service(id)),
                cx.cat.service(id).is_some(),
            ),
            Kind::Team => ("team", Some(paths::team(id)), cx.cat.team(id).is_some()),
            Kind::Deprecation => (
                "deprecation",
                Some(paths::deprecation(id)),
                cx.cat.deprecation(id).is_some(),
            ),
            Kind::Exception => ("exception", None, cx.cat.exception(id).is_some()),
            Kind::Intake => ("request", None, cx.cat.intake_req(id).is_some()),
            _ => continue,
        };
        if known || !seen.insert((kind, id.to_string())) {
            continue;
        }
        out.push(Unreadable {
            kind,
            id: id.to_string(),
            href,
            file: cx.cat.path(d.file).to_string(),
            findings: cx.findings(d.file),
        });
    }
    // A file whose id itself is broken declares nothing: its page is named
    // after the file.
    let mut has_entry: std::collections::HashSet<FileId> =
        cx.cat.declared.iter().map(|d| d.file).collect();
    has_entry.extend(cx.cat.capabilities.iter().map(|x| x.meta.file));
    has_entry.extend(cx.cat.services.iter().map(|x| x.meta.file));
    has_entry.extend(cx.cat.teams.iter().map(|x| x.meta.file));
    has_entry.extend(cx.cat.deprecations.iter().map(|x| x.meta.file));
    for (i, f) in cx.cat.files.iter().enumerate() {
        let fid = FileId(i as u32);
        let kind = match f.kind {
            Some(Kind::Capability) => "capability",
            Some(Kind::Service) => "service",
            Some(Kind::Team) => "team",
            Some(Kind::Deprecation) => "deprecation",
            _ => continue,
        };
        if has_entry.contains(&fid) {
            continue;
        }
        let findings = cx.findings(fid);
        if findings.iter().all(|d| d.level != Level::Error) {
            continue;
        }
        let stem = f
            .path
            .rsplit('/')
            .next()
            .unwrap_or(&f.path)
            .trim_end_matches(".yaml")
            .trim_end_matches(".yml")
            .to_string();
        let taken = match kind {
            "capability" => cx.cat.capability(&stem).is_some(),
            "service" => cx.cat.service(&stem).is_some(),
            "team" => cx.cat.team(&stem).is_some(),
            _ => cx.cat.deprecation(&stem).is_some(),
        };
        if taken || !seen.insert((kind, stem.clone())) {
            continue;
        }
        let href = match kind {
            "capability" => paths::capability(&stem),
            "service" => paths::service(&stem),
            "team" => paths::team(&stem),
            _ => paths::deprecation(&stem),
        };
        out.push(Unreadable {
            kind,
            id: stem,
            href: Some(href),
            file: f.path.clone(),
            findings,
        });
    }
    out.sort_by(|a, b| a.kind.cmp(b.kind).then(a.id.cmp(&b.id)));
    out
}

#[cfg(test)]
mod tests;
