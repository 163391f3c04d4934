//! One function per kind of page.

use super::shell::{self, Frame};
use crate::model::Subject;
use crate::model::{ConsumerStatus, ExceptionState, IntakeStatus, Level, Lifecycle};
use crate::output::catalog_page::category_title;
use crate::output::fmt::{date, number, percent, percent_or_dash, plural};
use crate::output::html::{chip, link, tiles, Page, Tile, Tone};
use crate::report::catalog::CategoryRow;
use crate::report::deprecation_status::{BurnPoint, DeprecationState};
use crate::scorecard::view::{CheckCard, SummaryView, TrendPoint};
use crate::site::scorecards::{CampaignPage, ScorecardPage};
use crate::site::{
    paths, CapabilityView, DeprecationNote, DeprecationView, ExceptionNote, Finding, Ref,
    ServiceView, Site, TeamView, LIST_CUT, RECENT_DAYS,
};
use maud::{html, Markup, PreEscaped};

pub struct Cx<'a> {
    pub site: &'a Site,
    /// Ids that have a page, to link only to pages that exist.
    pub teams: std::collections::HashSet<&'a str>,
    pub services: std::collections::HashSet<&'a str>,
    /// The roadmap page the navigation points at, from the root.
    pub roadmap: Option<&'a str>,
}

impl Cx<'_> {
    fn frame<'b>(&'b self, root: &'b str, section: &'b str) -> Frame<'b> {
        Frame {
            site: &self.site.catalog,
            root,
            section,
            roadmap: self.roadmap,
            script: None,
        }
    }
    fn footer(&self) -> String {
        format!(
            "Built by platctl from the catalog “{}” as of {}. The data behind this page is in data/ beside it.",
            self.site.catalog,
            date(self.site.today)
        )
    }
    fn eyebrow(&self, what: &str) -> String {
        format!("{} · {what}", self.site.catalog)
    }
}

/// A standard page: masthead, body, footer.
fn std_page(
    cx: &Cx,
    root: &str,
    section: &str,
    what: &str,
    heading: &str,
    meta: Markup,
    body: Markup,
) -> String {
    let footer = cx.footer();
    let eyebrow = cx.eyebrow(what);
    let p = Page {
        title: &format!("{heading} — {}", cx.site.catalog),
        eyebrow: &eyebrow,
        heading,
        meta,
        footer: &footer,
    };
    shell::page(&cx.frame(root, section), Some(&p), p.title, body)
}

// ---------------------------------------------------------------------------
// Pieces.
// ---------------------------------------------------------------------------

/// A link to an entity's page, or its id as text when it has none.
fn rlink(r: &Ref, root: &str) -> Markup {
    match &r.href {
        Some(h) => {
            html! { a href=(format!("{root}{h}")) { (r.name) } @if r.name != r.id { " " span.id { (r.id) } } }
        }
        None => html! { span { (r.id) } " " span.muted.small { "(not in the catalog)" } },
    }
}

fn href(root: &str, h: &str) -> String {
    format!("{root}{h}")
}

/// A list of links, cut after [`LIST_CUT`] with the count of the rest.
fn ref_list(items: &[Ref], root: &str, data: &str, what: &str) -> Markup {
    html! {
        @if items.is_empty() {
            p.muted { "None." }
        } @else {
            ul.inline {
                @for r in items.iter().take(LIST_CUT) { li { (rlink(r, root)) } }
            }
            @if items.len() > LIST_CUT {
                p.cut {
                    "Showing " (LIST_CUT) " of " (items.len()) " " (what) "; "
                    (items.len() - LIST_CUT) " more in "
                    a href=(href(root, data)) { (data) } "."
                }
            }
        }
    }
}

fn lifecycle_tone(l: Lifecycle) -> Tone {
    match l {
        Lifecycle::Ga => Tone::Good,
        Lifecycle::Beta | Lifecycle::Experimental => Tone::Info,
        Lifecycle::Deprecated => Tone::Warn,
        Lifecycle::Proposed | Lifecycle::Retired => Tone::Neutral,
    }
}

fn dep_state_tone(s: DeprecationState) -> Tone {
    match s {
        DeprecationState::Overdue => Tone::Bad,
        DeprecationState::Migrating => Tone::Warn,
        DeprecationState::Upcoming => Tone::Info,
        DeprecationState::Completed => Tone::Good,
        DeprecationState::Cancelled => Tone::Neutral,
    }
}

fn exc_state_tone(s: ExceptionState) -> Tone {
    match s {
        ExceptionState::Expired => Tone::Bad,
        ExceptionState::Expiring => Tone::Warn,
        ExceptionState::Open => Tone::Info,
        ExceptionState::Requested => Tone::Neutral,
        ExceptionState::Rejected | ExceptionState::Revoked => Tone::Neutral,
    }
}

fn consumer_tone(s: ConsumerStatus) -> Tone {
    match s {
        ConsumerStatus::Migrated => Tone::Good,
        ConsumerStatus::InProgress => Tone::Info,
        ConsumerStatus::Pending => Tone::Warn,
        ConsumerStatus::Exempt => Tone::Neutral,
    }
}

/// "in 12 days", "today", "3 days ago".
fn days_text(d: i64) -> String {
    match d {
        0 => "today".into(),
        d if d > 0 => format!("in {}", plural(d as usize, "day", "days")),
        d => format!("{} ago", plural(d.unsigned_abs() as usize, "day", "days")),
    }
}

fn sunset_text(n: &DeprecationNote) -> String {
    format!(
        "sunset {} ({})",
        date(n.sunset),
        days_text(n.days_to_sunset)
    )
}

fn dep_line(n: &DeprecationNote, root: &str) -> Markup {
    html! {
        a href=(href(root, &n.href)) { (n.id) } " "
        (chip(n.state.as_str(), dep_state_tone(n.state))) " "
        @if let Some(i) = &n.interface { "interface " code { (i) } " · " }
        (sunset_text(n))
        @if let Some(r) = &n.replacement { " · move to " (rlink(r, root)) }
        @if let Some(g) = &n.migration_guide { " · " (link(g, "migration guide")) }
    }
}

fn exceptions_table(cx: &Cx, v: &[ExceptionNote], root: &str, with_team: bool) -> Markup {
    html! {
        @if v.is_empty() {
            p.muted { "None." }
        } @else {
            table.data {
                thead { tr {
                    th scope="col" { "Exception" } th scope="col" { "Waives" }
                    @if with_team { th scope="col" { "Team" } }
                    th scope="col" { "Service" } th scope="col" { "State" } th.num scope="col" { "Expires" }
                } }
                tbody {
                    @for e in v {
                        tr {
                            td { a href=(href(root, &e.href)) { (e.id) } div.small { (e.title) } }
                            td { code { (e.waived) } }
                            @if with_team { td { (team_link(cx, &e.team, root)) } }
                            td { @if let Some(s) = &e.service { (svc_link(cx, s, root)) } }
                            td { (chip(e.state.as_str(), exc_state_tone(e.state))) }
                            td.num { (date(e.expires)) @if let Some(d) = e.days_left { div.small.muted { (days_text(d)) } } }
                        }
                    }
                }
            }
        }
    }
}

fn team_link(cx: &Cx, id: &str, root: &str) -> Markup {
    if cx.teams.contains(id) {
        html! { a href=(href(root, &paths::team(id))) { (id) } }
    } else {
        html! { span { (id) } }
    }
}

fn svc_link(cx: &Cx, id: &str, root: &str) -> Markup {
    if cx.services.contains(id) {
        html! { a href=(href(root, &paths::service(id))) { (id) } }
    } else {
        html! { span { (id) } }
    }
}

fn findings_section(v: &[Finding]) -> Markup {
    html! {
        @if !v.is_empty() {
            h2 { "Catalog findings" }
            p.muted.small { "What " code { "platctl lint" } " says about this entry's file." }
            @for f in v {
                div class=(format!("callout finding {}", f.level.as_str())) {
                    (chip(f.level.as_str(), if f.level == Level::Error { Tone::Bad } else { Tone::Warn })) " "
                    code { (f.file) ":" (f.line) } " " (f.message) " " span.id { "[" (f.rule) "]" }
                }
            }
        }
    }
}

fn opt_link(url: Option<&str>, text: &str) -> Markup {
    match url {
        Some(u) => link(u, text),
        None => html! { span.muted { "—" } },
    }
}

// ---------------------------------------------------------------------------
// Home.
// ---------------------------------------------------------------------------

pub fn home(cx: &Cx) -> String {
    let h = &cx.site.home;
    let c = &h.counts;
    let body = html! {
        form.search-form role="search" action="search.html" method="get" {
            label for="home-q" { "Find a capability, service, team, request…" }
            input #home-q type="search" name="q";
            button type="submit" { "Search" }
        }
        (tiles(&home_tiles(c)))
        @if c.errors + c.warnings > 0 {
            p.callout.warn { "The catalog has " (plural(c.errors, "error", "errors")) " and " (plural(c.warnings, "warning", "warnings")) "; each is shown on the page of the entry it is about." }
        }
        (unreadable_entries(cx))
        (needs_attention(h))
        (what_changed(h))
        (around_the_site(h))
    };
    let meta = html! { "as of " (date(h.as_of)) };
    let footer = cx.footer();
    let p = Page {
        title: &format!("{} — platform portal", cx.site.catalog),
        eyebrow: "platform portal",
        heading: &cx.site.catalog,
        meta,
        footer: &footer,
    };
    shell::page(&cx.frame("", "home"), Some(&p), p.title, body)
}

fn home_tiles(c: &crate::site::Counts) -> [Tile<'_>; 6] {
    [
        Tile {
            label: "Capabilities",
            value: c.capabilities.to_string(),
            note: "in the catalog".into(),
            tone: Tone::Info,
        },
        Tile {
            label: "Services",
            value: c.active_services.to_string(),
            note: format!("active, of {}", c.services),
            tone: Tone::Neutral,
        },
        Tile {
            label: "Teams",
            value: c.teams.to_string(),
            note: String::new(),
            tone: Tone::Neutral,
        },
        Tile {
            label: "Open deprecations",
            value: c.open_deprecations.to_string(),
            note: "announced, migrating or overdue".into(),
            tone: if c.open_deprecations > 0 {
                Tone::Warn
            } else {
                Tone::Good
            },
        },
        Tile {
            label: "Live exceptions",
            value: c.live_exceptions.to_string(),
            note: "requested, open, expiring or expired".into(),
            tone: Tone::Neutral,
        },
        Tile {
            label: "Open requests",
            value: c.open_requests.to_string(),
            note: "new, triaged or accepted".into(),
            tone: Tone::Neutral,
        },
    ]
}

/// Files that declare an entry kept out of the catalog by their errors.
fn unreadable_entries(cx: &Cx) -> Markup {
    html! {
        @if !cx.site.unreadable.is_empty() {
            h2 { "Entries that could not be read" }
            p { "These files declare an entry but have errors that keep it out of the catalog until they are fixed." }
            ul.plain {
                @for u in &cx.site.unreadable {
                    li { (u.kind) " "
                        @if let Some(h) = &u.href { a href=(h) { (u.id) } } @else { code { (u.id) } }
                        " in " code { (u.file) } ": " (plural(u.findings.len(), "finding", "findings")) }
                }
            }
        }
    }
}

fn needs_attention(h: &crate::site::Home) -> Markup {
    html! {
        h2 { "Needs attention" }
        @if h.attention.is_empty() {
            p.muted { "Nothing: no sunset close or passed, no exception expiring, every KPI with a target on it, no campaign overdue." }
        } @else {
            @let soon = h.attention.iter().filter(|a| a.days.is_some_and(|d| d <= 7)).count();
            p { (plural(h.attention.len(), "item", "items")) "; " (soon) " of them due within 7 days or already past (this week's), soonest first." }
            table.data {
                thead { tr { th scope="col" { "What" } th scope="col" { "Id" } th scope="col" { "Detail" } th.num scope="col" { "When" } } }
                tbody {
                    @for a in &h.attention {
                        tr {
                            td { (chip(attention_label(a.kind), attention_tone(a.kind))) }
                            td.nowrap { a href=(a.href) { (a.id) } }
                            td { (a.text) }
                            td.num { @if let Some(d) = a.date { (date(d)) @if let Some(n) = a.days { div.small.muted { (days_text(n)) } } } }
                        }
                    }
                }
            }
        }
    }
}

/// What changed lately: counted by kind, breaking changes first.
fn what_changed(h: &crate::site::Home) -> Markup {
    let mut by_kind: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for ch in &h.recent.changes {
        *by_kind.entry(ch.kind.as_str()).or_default() += 1;
    }
    let mut shown: Vec<&crate::history::changelog::Change> = h.recent.changes.iter().collect();
    shown.sort_by_key(|c| !c.breaking);
    html! {
        @if (h.as_of - h.recent.since).num_days() == RECENT_DAYS {
            h2 { "What changed in the last " (RECENT_DAYS) " days" }
        } @else {
            h2 { "What changed since " (date(h.recent.since)) }
        }
        @if !h.recent.available {
            p.muted { "Not known: " (h.recent.reason.as_deref().unwrap_or("no history")) "." }
        } @else if h.recent.changes.is_empty() {
            p.muted { "No change to the catalog since " (date(h.recent.since)) "." }
        } @else {
            p.muted.small { "Since " (date(h.recent.since))
                @if let Some(c) = &h.recent.from_commit { " (commit " code { (c.get(..12).unwrap_or(c)) } ")" }
                ", from git history." }
            p { (plural(h.recent.changes.len(), "change", "changes")) ": "
                @for (i, (k, n)) in by_kind.iter().enumerate() { @if i > 0 { ", " } (n) " " (k) } "." }
            ul.plain {
                @for ch in shown.iter().take(LIST_CUT) {
                    li {
                        @if ch.breaking { (chip("breaking", Tone::Bad)) " " }
                        (chip(ch.kind.as_str(), Tone::Neutral)) " "
                        @if let Some(h) = entity_href(&ch.entity).filter(|_| ch.kind != crate::history::changelog::ChangeKind::Removed) { a href=(h) { (ch.entity) } } @else { code { (ch.entity) } }
                        " — " (ch.summary)
                    }
                }
            }
            @if shown.len() > LIST_CUT {
                p.cut { "Showing " (LIST_CUT) " of " (shown.len()) " changes (breaking ones first); " (shown.len() - LIST_CUT) " more in " a href="data/home.json" { "data/home.json" } "." }
            }
        }
    }
}

fn around_the_site(h: &crate::site::Home) -> Markup {
    html! {
        h2 { "Around the site" }
        ul.plain {
            li { a href="capabilities/index.html" { "The capability catalog" } " — what exists, by category and lifecycle" }
            li { a href="teams/index.html" { "Teams" } " — each team's services, migrations, exceptions and requests" }
            li { a href="deprecations/index.html" { "Deprecations" } " — what is going away, and who is left" }
            @for q in &h.quarters { li { a href=(paths::roadmap(q)) { "Roadmap " (q) } } }
            li { a href="kpis.html" { "KPIs" } " — how the platform is doing" }
            li { a href="radar.html" { "Tech radar" } }
            li { a href="scorecards/index.html" { "Scorecards" } " — levels, rules and campaigns" }
        }
    }
}

fn attention_label(kind: &str) -> &'static str {
    match kind {
        "sunset-soon" => "sunset soon",
        "sunset-passed" => "sunset passed",
        "exception-expiring" => "exception expiring",
        "exception-expired" => "exception expired",
        "kpi-off-target" => "KPI off target",
        "campaign-overdue" => "campaign overdue",
        _ => "attention",
    }
}

fn attention_tone(kind: &str) -> Tone {
    match kind {
        "sunset-passed" | "exception-expired" | "campaign-overdue" => Tone::Bad,
        "kpi-off-target" => Tone::Bad,
        _ => Tone::Warn,
    }
}

/// The page of a changelog entity (`capabilities/x` → `capabilities/x.html`).
fn entity_href(entity: &str) -> Option<String> {
    let (dir, id) = entity.split_once('/')?;
    Some(match dir {
        "capabilities" => paths::capability(id),
        "services" => paths::service(id),
        "teams" => paths::team(id),
        "deprecations" => paths::deprecation(id),
        "exceptions" => paths::exception(id),
        "intake" => paths::intake(id),
        "scorecards" => paths::scorecard(id),
        "campaigns" => paths::campaign(id),
        _ => return None,
    })
}

// ---------------------------------------------------------------------------
// Capabilities.
// ---------------------------------------------------------------------------

pub fn capabilities_index(cx: &Cx) -> String {
    let p = &cx.site.catalog_page;
    let views: std::collections::HashMap<&str, &CapabilityView> = cx
        .site
        .capabilities
        .iter()
        .map(|c| (c.capability.id.value.as_str(), c))
        .collect();
    let body = html! {
        p.lede { (plural(p.summary.capabilities, "capability", "capabilities")) ", "
            (p.summary.golden_path) " on the golden path, "
            (plural(p.summary.controls, "required control", "required controls"))
            ". Mean adoption of GA capabilities: " (percent_or_dash(p.summary.ga_mean_adoption)) "." }
        @for c in &p.categories {
            (category_section(c, &views))
        }
    };
    std_page(
        cx,
        "../",
        "capabilities",
        "capability catalog",
        "Capabilities",
        html! { "by category and lifecycle · as of " (date(cx.site.today)) },
        body,
    )
}

fn category_section(
    c: &CategoryRow,
    views: &std::collections::HashMap<&str, &CapabilityView>,
) -> Markup {
    html! {
        h2 { (category_title(c)) " " span.muted.small { "(" (c.capabilities.len()) ")" } }
        table.data {
            thead { tr { th scope="col" { "Capability" } th scope="col" { "Lifecycle" } th scope="col" { "Owner" } th scope="col" { "Summary" } th.num scope="col" { "Adoption" } } }
            tbody {
                @for id in &c.capabilities {
                    @if let Some(v) = views.get(id.as_str()) {
                        tr {
                            td.name { a href=(paths::stem(id) + ".html") { (v.capability.name.value) } div.id { (id) } }
                            td { (chip(v.capability.lifecycle.value.as_str(), lifecycle_tone(v.capability.lifecycle.value)))
                                @if v.capability.golden_path { " " (chip("golden path", Tone::Good)) } }
                            td { (rlink(&v.owner, "../")) }
                            td { (v.capability.summary.value) }
                            td.num { (percent_or_dash(v.adoption_rate)) div.small.muted { (v.adopters.len()) " of " (v.adopters.len() + v.not_adopted.len()) } }
                        }
                    }
                }
            }
        }
    }
}

pub fn capability(cx: &Cx, v: &CapabilityView) -> String {
    let c = &v.capability;
    let r = "../";
    let support = c.support.as_ref();
    let body = html! {
        p.lede { (c.summary.value) }
        dl.facts {
            dt { "Owner" } dd { (rlink(&v.owner, r)) }
            dt { "Support" } dd {
                @match support {
                    Some(s) => {
                        @if let Some(ch) = &s.channel { (ch) }
                        @if let Some(hh) = s.hours { " · " (if hh == crate::model::SupportHours::AllDay { "24×7" } else { "business hours" }) }
                        @if let Some(e) = &s.escalation { " · escalation " (e) }
                    }
                    None => span.muted { "not given" },
                }
            }
            dt { "Lifecycle" } dd { (chip(c.lifecycle.value.as_str(), lifecycle_tone(c.lifecycle.value)))
                @if c.golden_path { " " (chip("golden path", Tone::Good)) }
                @if c.control { " " (chip("required control", Tone::Info)) } }
            dt { "Category" } dd { (c.category.as_deref().unwrap_or("—")) }
            dt { "Docs" } dd { (opt_link(c.docs.as_deref(), "documentation")) }
            dt { "Runbook" } dd { (opt_link(c.runbook.as_deref(), "runbook")) }
            dt { "SLO" } dd {
                @match &c.slo {
                    Some(s) if s.availability.is_some() || s.latency_p99_ms.is_some() => {
                        @if let Some(a) = s.availability { (number(a)) "% availability" }
                        @if s.availability.is_some() && s.latency_p99_ms.is_some() { " · " }
                        @if let Some(l) = s.latency_p99_ms { "p99 ≤ " (number(l)) " ms" }
                    }
                    _ => span.muted { "none" },
                }
            }
            @if let Some(d) = c.security_review { dt { "Security review" } dd { (date(d)) } }
        }
        @if !c.interfaces.is_empty() {
            h2 { "Interfaces" }
            table.data {
                thead { tr { th scope="col" { "Name" } th scope="col" { "Kind" } th scope="col" { "Version" } } }
                tbody { @for i in &c.interfaces { tr { td { (i.name) } td { (i.kind.as_str()) } td { (i.version.as_deref().unwrap_or("—")) } } } }
            }
        }
        h2 { "Adoption" }
        p { (match v.adoption_rate {
                Some(rate) => format!("{} of {} eligible active services use it ({}).", v.adopters.len(), v.adopters.len() + v.not_adopted.len(), percent(rate)),
                None => "No active service is eligible.".to_string(),
            }) }
        h3 { "Adopters (" (v.adopters.len()) ")" }
        (ref_list(&v.adopters, r, "data/capabilities.json", "adopters"))
        h3 { "Eligible, not adopted yet (" (v.not_adopted.len()) ")" }
        (ref_list(&v.not_adopted, r, "data/capabilities.json", "services"))
        @if !v.ineligible_users.is_empty() {
            h3 { "Users that are not eligible (" (v.ineligible_users.len()) ")" }
            (ref_list(&v.ineligible_users, r, "data/capabilities.json", "services"))
        }
        @if !v.depends_on.is_empty() || !v.needed_by.is_empty() {
            h2 { "Dependencies" }
            p { "Depends on: " @if v.depends_on.is_empty() { span.muted { "nothing" } } @for (i, d) in v.depends_on.iter().enumerate() { @if i > 0 { ", " } (rlink(d, r)) } }
            p { "Needed by: " @if v.needed_by.is_empty() { span.muted { "nothing" } } @for (i, d) in v.needed_by.iter().enumerate() { @if i > 0 { ", " } (rlink(d, r)) } }
        }
        h2 { "Deprecations" }
        @if v.deprecations.is_empty() { p.muted { "None." } }
        ul.plain { @for d in &v.deprecations { li { (dep_line(d, r)) } } }
        h2 { "Exceptions" }
        (exceptions_table(cx, &v.exceptions, r, true))
        h2 { "On the roadmap" }
        @if v.roadmap_items.is_empty() { p.muted { "No roadmap item names it." } }
        ul.plain {
            @for it in &v.roadmap_items {
                li { a href=(href(r, &it.href)) { (it.quarter) } " · " (it.title) " " span.id { (it.id) } " "
                    (chip(it.status.as_str(), Tone::Neutral)) @if !it.committed { " " span.muted.small { "(stretch)" } } }
            }
        }
        h2 { "Scorecards" }
        (cards_section(cx, cx.site.scorecards.capabilities.get(&c.id.value), r))
        (left_on_section(cx, Subject::Capability, &c.id.value, r))
        (findings_section(&v.findings))
    };
    let meta = html! { code { (c.id.value) } " · as of " (date(cx.site.today)) };
    std_page(
        cx,
        r,
        "capabilities",
        "capability",
        &c.name.value,
        meta,
        body,
    )
}

// ---------------------------------------------------------------------------
// Services.
// ---------------------------------------------------------------------------

pub fn service(cx: &Cx, v: &ServiceView) -> String {
    let s = &v.service;
    let r = "../";
    let name = s.name.clone().unwrap_or_else(|| s.id.value.clone());
    let body = html! {
        @if let Some(d) = &s.description { p.lede { (d) } }
        @if !v.going_away.is_empty() {
            div.callout.warn {
                strong { "Going away: " } "this service uses " (plural(v.going_away.len(), "thing", "things")) " that will be removed."
                ul.plain { @for d in &v.going_away { li { (d.capability) " — " (dep_line(d, r)) } } }
            }
        }
        dl.facts {
            dt { "Team" } dd { (rlink(&v.team_ref, r)) }
            dt { "Tier" } dd { (s.tier) }
            dt { "Status" } dd { (s.status.as_str()) }
            @if let Some(x) = &s.system { dt { "System" } dd { (x.value) } }
            @if let Some(x) = &s.lifecycle { dt { "Lifecycle" } dd { (x.value) } }
            dt { "Repository" } dd { (opt_link(s.repo.as_ref().map(|x| x.value.as_str()), "repository")) }
            dt { "Docs" } dd { (opt_link(s.docs.as_ref().map(|x| x.value.as_str()), "documentation")) }
            dt { "Runbook" } dd { (opt_link(s.runbook.as_ref().map(|x| x.value.as_str()), "runbook")) }
            @if let Some(o) = &s.oncall { dt { "On call" } dd { (o) } }
        }
        h2 { "What it uses" }
        @if v.uses_rows.is_empty() { p.muted { "No capability." } } @else {
            table.data {
                thead { tr { th scope="col" { "Capability" } th scope="col" { "Lifecycle" } th scope="col" { "Version" } th scope="col" { "Since" } th scope="col" { "Going away" } } }
                tbody {
                    @for u in &v.uses_rows {
                        tr {
                            td { (rlink(&u.capability, r)) }
                            td { @if let Some(l) = u.lifecycle { (chip(l.as_str(), lifecycle_tone(l))) } }
                            td { (u.version.as_deref().unwrap_or("—")) }
                            td.nowrap { @if let Some(d) = u.since { (date(d)) } }
                            td {
                                @for d in &u.deprecations { div { (dep_line(d, r)) } }
                                @if let Some(m) = u.migration { div.small { "your migration: " (chip(m.as_str(), consumer_tone(m))) } }
                            }
                        }
                    }
                }
            }
        }
        h2 { "Exceptions" }
        (exceptions_table(cx, &v.exceptions, r, false))
        h2 { "Scorecards" }
        (cards_section(cx, cx.site.scorecards.services.get(&s.id.value), r))
        (left_on_section(cx, Subject::Service, &s.id.value, r))
        @if !s.facts.is_empty() {
            h2 { "Facts" }
            dl.facts { @for (k, f) in &s.facts { dt { code { (k) } } dd { (fact_text(f)) } } }
        }
        (findings_section(&v.findings))
    };
    let meta = html! { code { (s.id.value) } " · as of " (date(cx.site.today)) };
    std_page(cx, r, "", "service", &name, meta, body)
}

fn fact_text(f: &crate::model::Fact) -> String {
    match f {
        crate::model::Fact::Bool(b) => b.to_string(),
        crate::model::Fact::Int(i) => i.to_string(),
        crate::model::Fact::Float(x) => number(*x),
        crate::model::Fact::Text(t) => t.clone(),
    }
}

// ---------------------------------------------------------------------------
// Teams.
// ---------------------------------------------------------------------------

pub fn teams_index(cx: &Cx) -> String {
    let r = "../";
    let body = html! {
        table.data {
            thead { tr { th scope="col" { "Team" } th scope="col" { "Type" } th scope="col" { "Parent" } th.num scope="col" { "Services" } th.num scope="col" { "Capabilities" } th.num scope="col" { "Migrations" } th.num scope="col" { "Exceptions" } th.num scope="col" { "Open requests" } } }
            tbody {
                @for t in &cx.site.teams {
                    tr {
                        td.name { a href=(paths::stem(&t.team.id.value) + ".html") { (t.team.name.value) } div.id { (t.team.id.value) } }
                        td { (t.team.kind.as_str()) }
                        td { @if let Some(p) = &t.parent_ref { (rlink(p, r)) } }
                        td.num { (t.services.len()) }
                        td.num { (t.capabilities.len()) }
                        td.num { (t.migrations.len()) }
                        td.num { (t.exceptions.len()) }
                        td.num { (t.open_requests.len()) }
                    }
                }
            }
        }
    };
    std_page(
        cx,
        r,
        "teams",
        "teams",
        "Teams",
        html! { (plural(cx.site.teams.len(), "team", "teams")) " · as of " (date(cx.site.today)) },
        body,
    )
}

pub fn team(cx: &Cx, v: &TeamView) -> String {
    let t = &v.team;
    let r = "../";
    let body = html! {
        dl.facts {
            dt { "Type" } dd { (t.kind.as_str()) }
            @if let Some(c) = &t.contact { dt { "Contact" } dd { (c) } }
            @if let Some(p) = &v.parent_ref { dt { "Part of" } dd { (rlink(p, r)) } }
        }
        h2 { "What to do next" }
        @let failing_rules = cx.site.scorecards.teams.get(&t.id.value).is_some_and(|cs| cs.iter().any(|c| !c.failing.is_empty()))
            || cx.site.scorecards.team_campaigns.contains_key(&t.id.value);
        @if v.migrations.is_empty() && v.exceptions.is_empty() && v.open_requests.is_empty() && v.findings == 0 && !failing_rules {
            p.muted { "Nothing is waiting on this team." }
        }
        h3 { "Pending migrations (" (v.migrations.len()) ")" }
        @if v.migrations.is_empty() { p.muted { "None." } } @else {
            table.data {
                thead { tr { th scope="col" { "Service" } th scope="col" { "Moves off" } th scope="col" { "Status" } th.num scope="col" { "Sunset" } } }
                tbody {
                    @for m in &v.migrations {
                        tr {
                            td { (rlink(&m.service, r)) }
                            td { a href=(href(r, &m.deprecation.href)) { (m.deprecation.capability) } @if let Some(x) = &m.deprecation.replacement { div.small { "→ " (rlink(x, r)) } } }
                            td { (chip(m.status.as_str(), consumer_tone(m.status))) }
                            td.num { (date(m.deprecation.sunset)) div.small.muted { (days_text(m.deprecation.days_to_sunset)) } }
                        }
                    }
                }
            }
        }
        h3 { "Exceptions to renew or close (" (v.exceptions.len()) ")" }
        (exceptions_table(cx, &v.exceptions, r, false))
        h3 { "Open intake requests (" (v.open_requests.len()) ")" }
        @if v.open_requests.is_empty() { p.muted { "None." } } @else {
            table.data {
                thead { tr { th scope="col" { "Request" } th scope="col" { "Status" } th.num scope="col" { "RICE" } th.num scope="col" { "Age" } } }
                tbody {
                    @for q in &v.open_requests {
                        tr {
                            td { a href=(href(r, &q.href)) { (q.id) } div.small { (q.title) } }
                            td { (q.status.as_str()) }
                            td.num { (q.rice.map(number).unwrap_or_else(|| "—".into())) }
                            td.num { (q.age_days) " d" }
                        }
                    }
                }
            }
        }
        h3 { "Scorecards" }
        (team_cards_section(cx, &t.id.value, r))
        (team_campaigns_section(cx, &t.id.value, r))
        @if v.findings > 0 {
            h3 { "Catalog findings (" (v.findings) ")" }
            ul.plain { @for f in v.findings_list.iter().take(LIST_CUT) { li { (chip(f.level.as_str(), if f.level == Level::Error { Tone::Bad } else { Tone::Warn })) " " code { (f.file) ":" (f.line) } " " (f.message) } } }
            @if v.findings_list.len() > LIST_CUT { p.cut { (v.findings_list.len() - LIST_CUT) " more in " a href=(href(r, "data/teams.json")) { "data/teams.json" } "." } }
        }
        h2 { "Services (" (v.services.len()) ")" }
        (ref_list(&v.services, r, "data/teams.json", "services"))
        h2 { "Capabilities owned (" (v.capabilities.len()) ")" }
        (ref_list(&v.capabilities, r, "data/teams.json", "capabilities"))
        @if !v.sub_teams.is_empty() {
            h2 { "Sub-teams (" (v.sub_teams.len()) ")" }
            (ref_list(&v.sub_teams, r, "data/teams.json", "teams"))
        }
    };
    let meta = html! { code { (t.id.value) } " · as of " (date(cx.site.today)) };
    std_page(cx, r, "teams", "team", &t.name.value, meta, body)
}

// ---------------------------------------------------------------------------
// Deprecations.
// ---------------------------------------------------------------------------

pub fn deprecations_index(cx: &Cx) -> String {
    let r = "../";
    let body = html! {
        @if cx.site.deprecations.is_empty() { p.muted { "No deprecation." } } @else {
            table.data {
                thead { tr { th scope="col" { "Deprecation" } th scope="col" { "Capability" } th scope="col" { "State" } th.num scope="col" { "Progress" } th.num scope="col" { "Left" } th.num scope="col" { "Sunset" } th scope="col" { "Replacement" } } }
                tbody {
                    @for d in &cx.site.deprecations {
                        tr {
                            td { a href=(paths::stem(&d.note.id) + ".html") { (d.note.id) } }
                            td { (rlink(&d.capability_ref, r)) @if let Some(i) = &d.note.interface { div.small { "interface " (i) } } }
                            td { (chip(d.note.state.as_str(), dep_state_tone(d.note.state))) }
                            td.num { (percent(d.migration.progress)) }
                            td.num { (d.migration.remaining) }
                            td.num { (date(d.note.sunset)) div.small.muted { (days_text(d.note.days_to_sunset)) } }
                            td { @if let Some(x) = &d.note.replacement { (rlink(x, r)) } }
                        }
                    }
                }
            }
        }
    };
    std_page(
        cx,
        r,
        "deprecations",
        "deprecations",
        "Deprecations",
        html! { "what is going away · as of " (date(cx.site.today)) },
        body,
    )
}

pub fn deprecation(cx: &Cx, v: &DeprecationView) -> String {
    let r = "../";
    let m = &v.migration;
    let ts = [
        Tile {
            label: "Progress",
            value: percent(m.progress),
            note: format!("{} of {} migrated", m.migrated, m.consumer_count - m.exempt),
            tone: if m.remaining == 0 {
                Tone::Good
            } else {
                Tone::Info
            },
        },
        Tile {
            label: "Left to move",
            value: m.remaining.to_string(),
            note: format!("{} pending, {} in progress", m.pending, m.in_progress),
            tone: if m.remaining > 0 {
                Tone::Warn
            } else {
                Tone::Good
            },
        },
        Tile {
            label: "Sunset",
            value: date(v.note.sunset),
            note: days_text(v.note.days_to_sunset),
            tone: dep_state_tone(v.note.state),
        },
        Tile {
            label: "Exempt",
            value: m.exempt.to_string(),
            note: "under an exception".into(),
            tone: Tone::Neutral,
        },
    ];
    let left: Vec<&crate::site::ConsumerRow> = v
        .consumers
        .iter()
        .filter(|c| {
            matches!(
                c.status,
                ConsumerStatus::Pending | ConsumerStatus::InProgress
            )
        })
        .collect();
    let body = html! {
        (tiles(&ts))
        dl.facts {
            dt { "Capability" } dd { (rlink(&v.capability_ref, r)) @if let Some(i) = &v.note.interface { " · interface " code { (i) } } }
            dt { "State" } dd { (chip(v.note.state.as_str(), dep_state_tone(v.note.state))) " (status " (v.status.as_str()) ")" }
            dt { "Announced" } dd { (date(v.announced)) }
            dt { "Move to" } dd { @match &v.note.replacement { Some(x) => (rlink(x, r)), None => span.muted { "no replacement named" } } }
            dt { "Migration guide" } dd { (opt_link(v.note.migration_guide.as_deref(), "migration guide")) }
        }
        h2 { "Who is left (" (left.len()) ")" }
        @if left.is_empty() { p.muted { "Nobody." } } @else {
            table.data {
                thead { tr { th scope="col" { "Service" } th scope="col" { "Team" } th scope="col" { "Status" } } }
                tbody {
                    @for c in left.iter().take(LIST_CUT * 4) {
                        tr { td { (rlink(&c.service, r)) } td { @if let Some(t) = &c.team { (rlink(t, r)) } } td { (chip(c.status.as_str(), consumer_tone(c.status))) } }
                    }
                }
            }
            @if left.len() > LIST_CUT * 4 { p.cut { (left.len() - LIST_CUT * 4) " more in " a href=(href(r, "data/deprecations.json")) { "data/deprecations.json" } "." } }
        }
        h3 { "By team" }
        ul.plain { @for t in &m.remaining_by_team { li { (team_link(cx, &t.team, r)) ": " (t.services.len()) } } }
        h2 { "Burn-down" }
        (burn_down(&v.burn_down, cx.site.in_git))
        h2 { "Exceptions" }
        (exceptions_table(cx, &v.exceptions, r, true))
        h2 { "Every consumer (" (v.consumers.len()) ")" }
        p.small.muted { (v.consumers.iter().filter(|c| c.status == ConsumerStatus::Migrated).count()) " migrated, " (m.exempt) " exempt; the full list is in " a href=(href(r, "data/deprecations.json")) { "data/deprecations.json" } "." }
        (findings_section(&v.findings))
    };
    let meta = html! { code { (v.note.id) } " · as of " (date(cx.site.today)) };
    std_page(
        cx,
        r,
        "deprecations",
        "deprecation",
        &format!("{} sunset", v.capability_ref.name),
        meta,
        body,
    )
}

fn burn_down(pts: &[BurnPoint], in_git: bool) -> Markup {
    if pts.len() < 2 {
        return html! { p.muted { @if in_git { "Not enough history yet: the consumers have not changed since the deprecation was committed." } @else { "No git history: only today's numbers." } } };
    }
    let first = pts[0].date;
    let last = pts[pts.len() - 1].date;
    let top = pts
        .iter()
        .map(|p| p.remaining + p.migrated)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let series = |f: &dyn Fn(&BurnPoint) -> usize| -> Vec<(chrono::NaiveDate, Option<f64>)> {
        pts.iter().map(|p| (p.date, Some(f(p) as f64))).collect()
    };
    let title = format!(
        "Consumers left to migrate from {} to {}: {} then {}",
        date(first),
        date(last),
        pts[0].remaining,
        pts[pts.len() - 1].remaining
    );
    let chart = LineChart {
        title: &title,
        top,
        lines: vec![
            Line {
                points: series(&|p| p.remaining),
                color: "#cf222e",
                dashed: false,
                dots: None,
            },
            Line {
                points: series(&|p| p.migrated),
                color: "#1a7f37",
                dashed: true,
                dots: None,
            },
        ],
        ceiling: None,
    };
    html! {
        figure {
            (line_svg(&chart))
            figcaption { "Solid: left to migrate. Dashed: migrated. From git history, one point per change." }
        }
        table.data {
            thead { tr { th scope="col" { "Date" } th.num scope="col" { "Left" } th.num scope="col" { "Migrated" } th.num scope="col" { "Exempt" } } }
            tbody { @for p in pts { tr { td { (date(p.date)) } td.num { (p.remaining) } td.num { (p.migrated) } td.num { (p.exempt) } } } }
        }
    }
}

/// One line of a [`LineChart`]: dated values, a gap where one is missing.
struct Line<'a> {
    points: Vec<(chrono::NaiveDate, Option<f64>)>,
    color: &'a str,
    dashed: bool,
    /// A dot on each known value, with this text (per point) as its title.
    dots: Option<Vec<String>>,
}

/// The site's line chart (deprecation burn-downs, campaign burn-ups): time
/// left to right from the first point to the last, 0 to `top` upwards.
struct LineChart<'a> {
    title: &'a str,
    top: f64,
    lines: Vec<Line<'a>>,
    /// A labelled dotted line at `top` (e.g. "100%").
    ceiling: Option<&'a str>,
}

fn line_svg(c: &LineChart) -> Markup {
    const W: f64 = 600.0;
    const H: f64 = 140.0;
    const PAD: f64 = 24.0;
    let dates = || c.lines.iter().flat_map(|l| l.points.iter().map(|p| p.0));
    let (Some(first), Some(last)) = (dates().min(), dates().max()) else {
        return html! {};
    };
    let span = ((last - first).num_days()).max(1) as f64;
    let top = if c.top > 0.0 { c.top } else { 1.0 };
    let x = |d: chrono::NaiveDate| PAD + (W - 2.0 * PAD) * ((d - first).num_days() as f64) / span;
    let y = |v: f64| H - PAD - (H - 2.0 * PAD) * v / top;
    // Each line split into runs of known values.
    let runs = |l: &Line| -> Vec<String> {
        let mut out: Vec<Vec<String>> = vec![Vec::new()];
        for (d, v) in &l.points {
            match (v, out.last_mut()) {
                (Some(v), Some(r)) => r.push(format!("{:.1},{:.1}", x(*d), y(*v))),
                _ => out.push(Vec::new()),
            }
        }
        out.into_iter()
            .filter(|r| r.len() > 1)
            .map(|r| r.join(" "))
            .collect()
    };
    html! {
        svg viewBox=(format!("0 0 {W} {H}")) role="img" aria-label=(c.title) {
            title { (c.title) }
            line x1=(PAD) y1=(H - PAD) x2=(W - PAD) y2=(H - PAD) stroke="#8c959f" {}
            @if let Some(label) = c.ceiling {
                line x1=(PAD) y1=(format!("{:.1}", y(top))) x2=(W - PAD) y2=(format!("{:.1}", y(top))) stroke="#d8dee4" stroke-dasharray="2 3" {}
                text x=(PAD) y=(format!("{:.1}", y(top) - 4.0)) font-size="11" { (label) }
            }
            @for l in &c.lines {
                @for r in runs(l) {
                    @if l.dashed {
                        polyline points=(r) fill="none" stroke=(l.color) stroke-width="2" stroke-dasharray="5 3" {}
                    } @else {
                        polyline points=(r) fill="none" stroke=(l.color) stroke-width="2" {}
                    }
                }
                @if let Some(texts) = &l.dots {
                    @for ((d, v), t) in l.points.iter().zip(texts) {
                        @if let Some(v) = v {
                            circle cx=(format!("{:.1}", x(*d))) cy=(format!("{:.1}", y(*v))) r="3" fill=(l.color) { title { (t) } }
                        }
                    }
                }
            }
            text x=(PAD) y=(H - 6.0) font-size="11" { (date(first)) }
            text x=(W - PAD) y=(H - 6.0) font-size="11" text-anchor="end" { (date(last)) }
        }
    }
}

// ---------------------------------------------------------------------------
// Exceptions and intake.
// ---------------------------------------------------------------------------

pub fn exceptions_index(cx: &Cx) -> String {
    let r = "../";
    let v = &cx.site.exceptions;
    let body = html! {
        @if v.is_empty() { p.muted { "No exception." } } @else {
            table.data {
                thead { tr { th scope="col" { "Exception" } th scope="col" { "Waives" } th scope="col" { "Team" } th scope="col" { "Service" } th scope="col" { "State" } th.num scope="col" { "Expires" } } }
                tbody {
                    @for e in v {
                        tr id=(paths::stem(&e.id)) {
                            td { strong { (e.id) } div.small { (e.title) } }
                            td { code { (e.waived) } }
                            td { (team_link(cx, &e.team, r)) }
                            td { @if let Some(s) = &e.service { (svc_link(cx, s, r)) } }
                            td { (chip(e.state.as_str(), exc_state_tone(e.state))) }
                            td.num { (date(e.expires)) @if let Some(d) = e.days_left { div.small.muted { (days_text(d)) } } }
                        }
                    }
                }
            }
        }
    };
    std_page(
        cx,
        r,
        "exceptions",
        "exceptions",
        "Exceptions",
        html! { (plural(v.len(), "exception", "exceptions")) ", every state · as of " (date(cx.site.today)) },
        body,
    )
}

pub fn intake_index(cx: &Cx) -> String {
    let r = "../";
    let total: usize = cx.site.intake.iter().map(|g| g.requests.len()).sum();
    let body = html! {
        ul.inline { @for g in &cx.site.intake { li { a href=(format!("#{}", g.status.as_str())) { (g.status.as_str()) } " (" (g.requests.len()) ")" } } }
        @for g in &cx.site.intake {
            h2 id=(g.status.as_str()) { (status_title(g.status)) " (" (g.requests.len()) ")" }
            @if g.requests.is_empty() { p.muted { "None." } } @else {
                table.data {
                    thead { tr { th scope="col" { "Request" } th scope="col" { "Team" } th scope="col" { "Type" } th scope="col" { "Urgency" } th.num scope="col" { "RICE" } th.num scope="col" { "Age" } } }
                    tbody {
                        @for q in &g.requests {
                            tr id=(q.anchor) {
                                td { strong { (q.id) } div.small { (q.title) } @if let Some(c) = &q.capability { div.small { "about " (rlink(c, r)) } } }
                                td { (rlink(&q.team, r)) }
                                td { (q.kind.as_str()) }
                                td { (q.urgency.as_str()) }
                                td.num { (q.rice.map(number).unwrap_or_else(|| "—".into())) }
                                td.num { (q.age_days) " d" div.small.muted { "filed " (date(q.created)) } }
                            }
                        }
                    }
                }
            }
        }
    };
    std_page(
        cx,
        r,
        "intake",
        "intake",
        "Intake requests",
        html! { (plural(total, "request", "requests")) " by status · RICE = reach × impact × confidence ÷ effort · as of " (date(cx.site.today)) },
        body,
    )
}

fn status_title(s: IntakeStatus) -> &'static str {
    match s {
        IntakeStatus::New => "New",
        IntakeStatus::Triaged => "Triaged",
        IntakeStatus::Accepted => "Accepted",
        IntakeStatus::Declined => "Declined",
        IntakeStatus::Duplicate => "Duplicate",
        IntakeStatus::Done => "Done",
    }
}

// ---------------------------------------------------------------------------
// Reports: roadmap, KPIs, radar.
// ---------------------------------------------------------------------------

pub fn roadmap(cx: &Cx, rep: &crate::report::roadmap::RoadmapReport) -> String {
    let (head, body) = crate::output::roadmap_html::parts(rep);
    let others = html! {
        @if cx.site.roadmaps.len() > 1 {
            nav aria-label="Quarters" { ul.inline { @for q in &cx.site.roadmaps {
                li { @if q.quarter == rep.quarter { strong { (q.quarter) } } @else { a href=(paths::stem(&q.quarter) + ".html") { (q.quarter) } } }
            } } }
        }
        (body)
    };
    let p = Page {
        title: &head.title,
        eyebrow: &head.eyebrow,
        heading: &head.heading,
        meta: head.meta,
        footer: &head.footer,
    };
    shell::page(&cx.frame("../", "roadmap"), Some(&p), &head.title, others)
}

pub fn kpis(cx: &Cx) -> String {
    let d = &cx.site.kpis;
    let body = html! {
        div.kpi-board { (PreEscaped(crate::output::kpi_dashboard::sections(d))) }
        footer.footer { (cx.footer()) }
    };
    shell::page(
        &cx.frame("", "kpis"),
        None,
        &format!("KPIs {} — {}", d.period, cx.site.catalog),
        body,
    )
}

pub fn radar(cx: &Cx) -> String {
    let rd = &cx.site.radar;
    let body = html! {
        p { "Where each capability stands: " strong { "adopt" } " (GA), " strong { "trial" } " (beta), "
            strong { "assess" } " (experimental or proposed), " strong { "hold" } " (deprecated or retired)." }
        div.table-wrap {
            table.data.radar {
                thead { tr { th scope="col" { "Category" } @for ring in &rd.rings { th scope="col" { (ring.id) } } } }
                tbody {
                    @for row in &rd.rows {
                        tr {
                            th scope="row" { (row.category.as_deref().unwrap_or("uncategorized")) }
                            @for cell in &row.cells {
                                td { ul.plain { @for c in cell { li { @if let Some(h) = &c.href { a href=(h) { (c.name) } } } } } }
                            }
                        }
                    }
                }
            }
        }
    };
    std_page(
        cx,
        "",
        "radar",
        "tech radar",
        "Tech radar",
        html! { "capabilities by lifecycle and category · as of " (date(cx.site.today)) },
        body,
    )
}

// ---------------------------------------------------------------------------
// Search.
// ---------------------------------------------------------------------------

/// The index as JSON rows `[kind, id, name, summary, team, href]`, safe
/// inside a `<script>` element (no `<`, `>` or `&` left as such), its text
/// shown as the pages show it (a bidi override as `\u{202e}`): the page
/// holds no such character for [`crate::output::safe::in_page`] to change
/// inside the JSON, and a result reads as the page it leads to.
fn search_index(cx: &Cx) -> String {
    use crate::output::safe::term;
    let rows: Vec<[std::borrow::Cow<str>; 6]> = cx
        .site
        .search
        .iter()
        .map(|e| [e.kind, &e.id, &e.name, &e.summary, &e.team, &e.href].map(term))
        .collect();
    let s = serde_json::to_string(&rows).unwrap_or_else(|_| "[]".into());
    s.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

const SEARCH_JS: &str = r#"
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("search-index").textContent);
  var input = document.getElementById("q");
  var list = document.getElementById("results");
  var count = document.getElementById("count");
  var MAX = 200;
  function norm(s) { return String(s).toLowerCase(); }
  var hay = data.map(function (r) { return norm(r[1] + " " + r[2] + " " + r[3] + " " + r[4]); });
  function rank(r, q) {
    var id = norm(r[1]), name = norm(r[2]);
    if (id === q) return 0;
    if (id.indexOf(q) === 0) return 1;
    if (name.indexOf(q) !== -1) return 2;
    return 3;
  }
  function run(text) {
    var q = norm(text).trim();
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!q) { count.textContent = "Type a word: an id, a name, a team."; return; }
    var terms = q.split(/\s+/);
    var hits = [];
    for (var i = 0; i < data.length; i++) {
      var ok = true;
      for (var j = 0; j < terms.length; j++) { if (hay[i].indexOf(terms[j]) === -1) { ok = false; break; } }
      if (ok) hits.push(i);
    }
    hits.sort(function (a, b) { return rank(data[a], q) - rank(data[b], q) || (data[a][1] < data[b][1] ? -1 : data[a][1] > data[b][1] ? 1 : 0); });
    count.textContent = hits.length === 0 ? "No result for \u201c" + text.trim() + "\u201d."
      : hits.length + (hits.length === 1 ? " result" : " results") + " for \u201c" + text.trim() + "\u201d" + (hits.length > MAX ? " (the first " + MAX + " shown)." : ".");
    hits.slice(0, MAX).forEach(function (i) {
      var r = data[i];
      var li = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "chip neutral"; kind.textContent = r[0];
      var a = document.createElement("a");
      a.href = r[5]; a.textContent = r[2] || r[1];
      var id = document.createElement("span");
      id.className = "id"; id.textContent = " " + r[1];
      li.appendChild(kind); li.appendChild(document.createTextNode(" ")); li.appendChild(a); li.appendChild(id);
      var more = [r[3], r[4]].filter(function (x) { return x; }).join(" \u00b7 ");
      if (more) { var d = document.createElement("div"); d.className = "small muted"; d.textContent = more; li.appendChild(d); }
      list.appendChild(li);
    });
  }
  var params = new URLSearchParams(window.location.search);
  var initial = params.get("q") || "";
  input.value = initial;
  run(initial);
  input.addEventListener("input", function () { run(input.value); });
  document.getElementById("search-page-form").addEventListener("submit", function (e) {
    e.preventDefault();
    run(input.value);
    try { history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)); } catch (err) { /* file:// may refuse */ }
  });
}());
"#;

pub fn search(cx: &Cx) -> String {
    let body = html! {
        form.search-form #search-page-form role="search" action="search.html" method="get" {
            label for="q" { "Search the catalog" }
            input #q type="search" name="q" autocomplete="off";
            button type="submit" { "Search" }
        }
        p #count role="status" aria-live="polite" { "Search needs JavaScript; every other page works without it." }
        ul.plain #results {}
        script #search-index type="application/json" { (PreEscaped(search_index(cx))) }
        noscript { p.callout { "Search runs in your browser and needs JavaScript. The " a href="capabilities/index.html" { "capabilities" } " and " a href="teams/index.html" { "teams" } " indexes list everything without it." } }
    };
    let footer = cx.footer();
    let p = Page {
        title: &format!("Search — {}", cx.site.catalog),
        eyebrow: &cx.eyebrow("search"),
        heading: "Search",
        meta: html! { (cx.site.search.len()) " entries: capabilities, services, teams, deprecations, exceptions, requests, roadmap items" },
        footer: &footer,
    };
    let mut f = cx.frame("", "");
    f.script = Some(SEARCH_JS);
    shell::page(&f, Some(&p), p.title, body)
}

/// The page of an entry that could not be read: what is wrong with it.
pub fn unreadable(cx: &Cx, u: &crate::site::Unreadable) -> String {
    let body = html! {
        p.callout.bad { "This " (u.kind) " is declared in " code { (u.file) } " but could not be read: fix the errors below and it gets its full page." }
        (findings_section(&u.findings))
    };
    let section = match u.kind {
        "capability" => "capabilities",
        "team" => "teams",
        "deprecation" => "deprecations",
        _ => "",
    };
    std_page(
        cx,
        "../",
        section,
        u.kind,
        &u.id,
        html! { code { (u.id) } " · as of " (date(cx.site.today)) },
        body,
    )
}

// ---------------------------------------------------------------------------
// Scorecards and campaigns.
// ---------------------------------------------------------------------------

/// The page of a scored entity, from the root (none when it has no page).
fn scored_href(cx: &Cx, subject: Subject, id: &str) -> Option<String> {
    match subject {
        Subject::Service => cx.services.contains(id).then(|| paths::service(id)),
        Subject::Team => cx.teams.contains(id).then(|| paths::team(id)),
        Subject::Capability => cx
            .site
            .capabilities
            .iter()
            .any(|c| c.capability.id.value == id)
            .then(|| paths::capability(id)),
    }
}

fn level_tone(levels: &[String], level: &str) -> Tone {
    match levels.iter().position(|l| l == level) {
        None => Tone::Bad,
        Some(i) if i + 1 == levels.len() => Tone::Good,
        Some(_) => Tone::Info,
    }
}

fn distribution_text(s: &SummaryView) -> String {
    s.distribution
        .iter()
        .map(|d| format!("{} {}", d.level, d.count))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn distribution_table(s: &SummaryView) -> Markup {
    html! {
        table.data {
            thead { tr { th scope="col" { "Level" } th.num scope="col" { "Entities" } th.num scope="col" { "Share" } } }
            tbody {
                @for d in &s.distribution {
                    tr {
                        td { (d.level) }
                        td.num { (d.count) }
                        td.num { (percent_or_dash((s.scored > 0).then(|| d.count as f64 / s.scored as f64))) }
                    }
                }
            }
        }
    }
}

/// An entity's card on every scorecard of its kind (service and capability pages).
fn cards_section(cx: &Cx, cards: Option<&Vec<CheckCard>>, r: &str) -> Markup {
    let cards = cards.map(Vec::as_slice).unwrap_or_default();
    html! {
        @if cx.site.scorecards.scorecards.is_empty() {
            p.muted { "No scorecard in this catalog yet." }
        } @else if cards.is_empty() {
            p.muted { "No scorecard applies to it." }
        } @else {
            table.data {
                thead { tr { th scope="col" { "Scorecard" } th scope="col" { "Level" } th.num scope="col" { "Score" } th scope="col" { "Failing rules" } th scope="col" { "Next step" } } }
                tbody {
                    @for c in cards {
                        tr {
                            td { a href=(href(r, &paths::scorecard(&c.scorecard))) { (c.name) } div.id { (c.scorecard) } }
                            @if !c.scored {
                                td colspan="4" { span.muted { "Not scored: the scorecard does not apply to it." } }
                            } @else {
                                td { (chip(c.level.as_deref().unwrap_or("none"), if c.level.as_deref() == Some("none") { Tone::Bad } else { Tone::Info })) }
                                td.num { (percent_or_dash(c.score)) }
                                td {
                                    @let failing: Vec<_> = c.rules.iter().filter(|x| x.counted && !x.passing).collect();
                                    @if failing.is_empty() { span.muted { "None." } } @else {
                                        ul.plain { @for x in failing { li { code { (x.id) } " " (chip(x.outcome.as_str(), Tone::Bad)) " " span.small { (x.name) } } } }
                                    }
                                }
                                td {
                                    @match &c.next_step {
                                        None => { span.muted { "At the top level." } }
                                        Some(n) => {
                                            div { "To reach " strong { (n.level.as_deref().unwrap_or("")) } ":" }
                                            ul.plain { @for x in &n.rules { li { code { (x.rule) } @if let Some(f) = &x.fix { " — " span.small { (f) } } } } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The active campaigns that still wait on an entity (nothing when none).
fn left_on_section(cx: &Cx, subject: Subject, id: &str, r: &str) -> Markup {
    let s = &cx.site.scorecards;
    let Some(ix) = s.left_on.get(&(subject, id.to_string())) else {
        return html! {};
    };
    html! {
        h3 { "Campaigns that wait on it (" (ix.len()) ")" }
        ul.plain {
            @for c in ix.iter().filter_map(|i| s.campaigns.get(*i)) {
                li {
                    a href=(href(r, &c.href)) { (c.name) } " — pass "
                    @for (i, x) in c.rules.iter().enumerate() { @if i > 0 { ", " } code { (x) } }
                    " by " (date(c.due)) " (" (days_text(c.days_left)) ")"
                    @if c.overdue { " " (chip("overdue", Tone::Bad)) }
                }
            }
        }
    }
}

/// The active campaigns that wait on a team's entities, for its page.
fn team_campaigns_section(cx: &Cx, id: &str, r: &str) -> Markup {
    let s = &cx.site.scorecards;
    let rows = s
        .team_campaigns
        .get(id)
        .map(Vec::as_slice)
        .unwrap_or_default();
    html! {
        h3 { "Campaigns (" (rows.len()) ")" }
        @if rows.is_empty() { p.muted { "No active campaign waits on this team." } } @else {
            table.data {
                thead { tr { th scope="col" { "Campaign" } th scope="col" { "Rules" } th scope="col" { "Left" } th.num scope="col" { "Due" } } }
                tbody {
                    @for (i, ids) in rows {
                        @if let Some(c) = s.campaigns.get(*i) {
                            @let subject = cx.site.scorecards.scorecards.iter().find(|p| p.view.scorecard.id == c.scorecard).map(|p| p.view.scorecard.applies_to);
                            tr {
                                td { a href=(href(r, &c.href)) { (c.name) } div.id { (c.id) } }
                                td { @for (k, x) in c.rules.iter().enumerate() { @if k > 0 { ", " } code { (x) } } }
                                td {
                                    (ids.len()) ": "
                                    @for (k, e) in ids.iter().take(TEAM_FAILING_SHOWN).enumerate() {
                                        @if k > 0 { ", " }
                                        @match subject.and_then(|sj| scored_href(cx, sj, e)) { Some(x) => { a href=(href(r, &x)) { (e) } } None => { (e) } }
                                    }
                                    @if ids.len() > TEAM_FAILING_SHOWN { " and " (ids.len() - TEAM_FAILING_SHOWN) " more" }
                                }
                                td.num { (date(c.due)) div.small.muted { (days_text(c.days_left)) } @if c.overdue { " " (chip("overdue", Tone::Bad)) } }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A team's roll-up on every scorecard.
fn team_cards_section(cx: &Cx, id: &str, r: &str) -> Markup {
    let cards = cx
        .site
        .scorecards
        .teams
        .get(id)
        .map(Vec::as_slice)
        .unwrap_or_default();
    html! {
        @if cx.site.scorecards.scorecards.is_empty() {
            p.muted { "No scorecard in this catalog yet." }
        } @else if cards.is_empty() {
            p.muted { "No scored entity belongs to this team or its sub-teams." }
        } @else {
            table.data {
                thead { tr { th scope="col" { "Scorecard" } th.num scope="col" { "Scored" } th scope="col" { "Median" } th scope="col" { "By level" } } }
                tbody {
                    @for c in cards {
                        tr {
                            td { a href=(href(r, &c.href)) { (c.name) } div.id { (c.scorecard) } }
                            td.num { (c.summary.scored) }
                            td { (c.summary.median.as_deref().unwrap_or("—")) }
                            td { (distribution_text(&c.summary)) }
                        }
                    }
                }
            }
            @for c in cards.iter().filter(|c| !c.failing.is_empty()) {
                h4 { "Rules not passing on " (c.name) }
                table.data {
                    thead { tr { th scope="col" { "Rule" } th scope="col" { "Level" } th scope="col" { "Not passing" } th scope="col" { "Fix" } } }
                    tbody {
                        @for f in &c.failing {
                            tr {
                                td { code { (f.rule) } @if f.name != f.rule { div.small { (f.name) } } }
                                td { (f.level) }
                                td {
                                    (plural(f.count, c.applies_to.as_str(), &format!("{}s", c.applies_to.as_str()))) ": "
                                    @for (i, e) in f.entities.iter().take(TEAM_FAILING_SHOWN).enumerate() {
                                        @if i > 0 { ", " }
                                        @if let Some(x) = scored_href(cx, c.applies_to, e) { a href=(href(r, &x)) { (e) } } @else { (e) }
                                    }
                                    @if f.count > TEAM_FAILING_SHOWN { " and " (f.count - TEAM_FAILING_SHOWN) " more (" a href=(href(r, &c.href)) { "the scorecard's page" } ")" }
                                }
                                td { @if let Some(x) = &f.fix { (x) } @else { span.muted { "—" } } }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// How many of a team's entities a failing rule names on the team's page.
const TEAM_FAILING_SHOWN: usize = 10;

pub fn scorecards_index(cx: &Cx) -> String {
    let r = "../";
    let s = &cx.site.scorecards;
    let body = html! {
        @if s.scorecards.is_empty() { p.muted { "No scorecard in this catalog yet." } } @else {
            table.data {
                thead { tr { th scope="col" { "Scorecard" } th scope="col" { "Applies to" } th.num scope="col" { "Scored" } th scope="col" { "Median" } th scope="col" { "By level" } th scope="col" { "Target" } } }
                tbody {
                    @for p in &s.scorecards {
                        @let v = &p.view;
                        tr {
                            td.name { a href=(href(r, &p.href)) { (v.scorecard.name) } div.id { (v.scorecard.id) } }
                            td { (v.scorecard.applies_to.as_str()) }
                            td.num { (v.summary.scored) }
                            td { (v.summary.median.as_deref().unwrap_or("—")) }
                            td { (distribution_text(&v.summary)) }
                            td { @if let Some(t) = &v.target {
                                (percent(t.share)) " at " (t.level) " or above: " (percent_or_dash(t.value)) " "
                                @match t.met { Some(true) => (chip("met", Tone::Good)), Some(false) => (chip("not met", Tone::Bad)), None => {} }
                            } @else { span.muted { "—" } } }
                        }
                    }
                }
            }
        }
        h2 { "Campaigns" }
        @if s.campaigns.is_empty() { p.muted { "No campaign." } } @else {
            table.data {
                thead { tr { th scope="col" { "Campaign" } th scope="col" { "Status" } th.num scope="col" { "Progress" } th.num scope="col" { "Due" } } }
                tbody {
                    @for c in &s.campaigns {
                        tr {
                            td.name { a href=(href(r, &c.href)) { (c.name) } div.id { (c.id) } }
                            td { (c.status.as_str()) @if c.overdue { " " (chip("overdue", Tone::Bad)) } }
                            td.num { (percent_or_dash(c.progress)) }
                            td.num { (date(c.due)) div.small.muted { (days_text(c.days_left)) } }
                        }
                    }
                }
            }
        }
    };
    std_page(
        cx,
        r,
        "scorecards",
        "scorecards",
        "Scorecards",
        html! { (plural(s.scorecards.len(), "scorecard", "scorecards")) " · as of " (date(cx.site.today)) },
        body,
    )
}

pub fn scorecard(cx: &Cx, p: &ScorecardPage) -> String {
    let r = "../";
    let v = &p.view;
    let h = &v.scorecard;
    let rank = |l: &str| h.levels.iter().position(|x| x == l).map_or(0, |i| i + 1);
    let mut entities: Vec<_> = v.entities.iter().collect();
    entities.sort_by(|a, b| rank(&a.level).cmp(&rank(&b.level)).then(a.id.cmp(&b.id)));
    let body = html! {
        @if let Some(d) = &h.description { p.lede { (d) } }
        dl.facts {
            dt { "Applies to" } dd { (h.applies_to.as_str()) "s" }
            dt { "Owner" } dd { (team_link(cx, &h.owner, r)) }
            dt { "Levels" } dd { (h.levels.join(" → ")) }
            @if let Some(t) = &v.target {
                dt { "Target" } dd { (percent(t.share)) " at " (t.level) " or above; now " (percent_or_dash(t.value)) " "
                    @match t.met { Some(true) => (chip("met", Tone::Good)), Some(false) => (chip("not met", Tone::Bad)), None => {} } }
            }
        }
        h2 { "Distribution" }
        p { (plural(v.summary.scored, "entity", "entities")) " scored; median level " strong { (v.summary.median.as_deref().unwrap_or("—")) } "." }
        (distribution_table(&v.summary))
        h2 { "Trend" }
        (trend_section(&p.trend, &h.levels, cx.site.in_git))
        h2 { "Rules" }
        table.data {
            thead { tr { th scope="col" { "Rule" } th scope="col" { "Level" } th.num scope="col" { "Passing" } th.num scope="col" { "Pass rate" } } }
            tbody {
                @for x in &v.summary.rules {
                    tr {
                        td { code { (x.id) } div.small { (x.name) } @if let Some(d) = x.enable_on { div.small.muted { "enforced from " (date(d)) } } }
                        td { (x.level) }
                        td.num { (x.passing) " / " (x.counted) }
                        td.num { (percent_or_dash(x.pass_rate)) }
                    }
                }
            }
        }
        @let camps: Vec<&CampaignPage> = cx.site.scorecards.campaigns.iter().filter(|c| c.scorecard == h.id).collect();
        @if !camps.is_empty() {
            h2 { "Campaigns on its rules" }
            ul.plain {
                @for c in camps {
                    li { a href=(href(r, &c.href)) { (c.name) } " — " (c.status.as_str()) ", "
                        (percent_or_dash(c.progress)) " done, due " (date(c.due))
                        @if c.overdue { " " (chip("overdue", Tone::Bad)) } }
                }
            }
        }
        h2 { "By team" }
        @if v.teams.is_empty() { p.muted { "No scored entity has a team." } } @else {
            table.data {
                thead { tr { th scope="col" { "Team" } th.num scope="col" { "Scored" } th scope="col" { "Median" } th scope="col" { "By level" } } }
                tbody {
                    @for t in &v.teams {
                        tr {
                            td { (team_link(cx, &t.team, r)) }
                            td.num { (t.summary.scored) }
                            td { (t.summary.median.as_deref().unwrap_or("—")) }
                            td { (distribution_text(&t.summary)) }
                        }
                    }
                }
            }
        }
        h2 { "Entities (" (entities.len()) ")" }
        @if entities.is_empty() { p.muted { "None." } } @else {
            p.muted.small { "Lowest level first." }
            table.data {
                thead { tr { th scope="col" { "Entity" } th scope="col" { "Team" } th scope="col" { "Level" } th scope="col" { "Failing rules" } } }
                tbody {
                    @for e in entities.iter().take(LIST_CUT) {
                        tr {
                            td { @if let Some(x) = scored_href(cx, h.applies_to, &e.id) { a href=(href(r, &x)) { (e.id) } } @else { (e.id) } }
                            td { @if let Some(t) = &e.team { (team_link(cx, t, r)) } }
                            td { (chip(&e.level, level_tone(&h.levels, &e.level))) }
                            td { @if e.failing.is_empty() { span.muted { "None." } } @else {
                                @for (i, f) in e.failing.iter().enumerate() { @if i > 0 { ", " } code { (f.rule) } }
                            } }
                        }
                    }
                }
            }
            @if entities.len() > LIST_CUT {
                p.cut { "Showing " (LIST_CUT) " of " (entities.len()) " entities; " (entities.len() - LIST_CUT) " more in " a href=(href(r, "data/scorecards.json")) { "data/scorecards.json" } "." }
            }
        }
    };
    let meta = html! { code { (h.id) } " · as of " (date(cx.site.today)) };
    std_page(cx, r, "scorecards", "scorecard", &h.name, meta, body)
}

/// Counts per level at each quarter's end: the chart of `report scorecard`,
/// a sentence that says what it shows, and the same numbers as a table.
fn trend_section(points: &[TrendPoint], levels: &[String], in_git: bool) -> Markup {
    if points.is_empty() {
        return html! { p.muted { @if in_git { "No trend yet." } @else { "No trend: the catalog is not in a git repository, so its past levels cannot be read. Today's levels are above." } } };
    }
    let known: Vec<&TrendPoint> = points.iter().filter(|p| p.summary.is_some()).collect();
    let names: Vec<String> = std::iter::once("none".to_string())
        .chain(levels.iter().cloned())
        .collect();
    let median = |p: &TrendPoint| {
        p.summary
            .as_ref()
            .and_then(|s| s.median.clone())
            .unwrap_or_else(|| "—".into())
    };
    html! {
        p {
            "Entities at each level at the end of each of the last " (points.len()) " quarters (the current one as of today), read from git history. "
            @match (known.first(), known.last()) {
                (Some(a), Some(b)) if known.len() > 1 => {
                    "Median level " strong { (median(a)) } " at the end of " (a.period) ", " strong { (median(b)) } " in " (b.period) "."
                }
                _ => { "Only one quarter has data so far." }
            }
        }
        @if known.is_empty() {
            p.muted { "No quarter has data: the scorecard or the history is newer." }
        } @else {
            (crate::output::scorecard_report::legend(levels))
            figure { (crate::output::scorecard_report::trend_svg(points, levels.len())) }
        }
        div.table-wrap {
            table.data {
                caption.small.muted { "Entities per level at each quarter's end" }
                thead { tr {
                    th scope="col" { "Quarter" } th scope="col" { "Day read" }
                    @for l in &names { th.num scope="col" { (l) } }
                    th.num scope="col" { "Scored" }
                } }
                tbody {
                    @for p in points {
                        tr {
                            th scope="row" { (p.period) }
                            td { (date(p.date)) }
                            @match &p.summary {
                                Some(s) => {
                                    @for d in s.distribution.iter().take(names.len()) { td.num { (d.count) } }
                                    td.num { (s.scored) }
                                }
                                None => { td colspan=(names.len() + 1) { span.muted { "No data: " (p.note.as_deref().unwrap_or("nothing to read")) "." } } }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A campaign's progress at each week's end: a line, and the same numbers as a table.
fn burnup_section(c: &CampaignPage, in_git: bool) -> Markup {
    let pts = &c.burnup;
    if pts.is_empty() {
        return html! { p.muted {
            @if !in_git { "No burn-up: the catalog is not in a git repository, so past progress cannot be read. Today's progress is above." }
            @else { "No burn-up yet: the campaign starts on " (date(c.start)) "." }
        } };
    }
    let known: Vec<&crate::scorecard::campaign::BurnPoint> =
        pts.iter().filter(|p| p.progress.is_some()).collect();
    let texts: Vec<String> = pts
        .iter()
        .map(|p| format!("{}: {}", date(p.date), percent_or_dash(p.progress)))
        .collect();
    let title = match (known.first(), known.last()) {
        (Some(a), Some(b)) if known.len() == 1 => format!(
            "Share of entities done on {}: {}; no earlier week has data",
            date(b.date),
            percent_or_dash(a.progress)
        ),
        (Some(a), Some(b)) => format!(
            "Share of entities done at each week's end from {} to {}: {} then {}",
            date(a.date),
            date(b.date),
            percent_or_dash(a.progress),
            percent_or_dash(b.progress)
        ),
        _ => "No week has data".to_string(),
    };
    let chart = LineChart {
        title: &title,
        top: 1.0,
        lines: vec![Line {
            points: pts.iter().map(|p| (p.date, p.progress)).collect(),
            color: "#0969da",
            dashed: false,
            dots: Some(texts),
        }],
        ceiling: Some("100%"),
    };
    html! {
        p { (title) ", from git history (the last week ends today or on the due date)." }
        @if known.len() > 1 {
            figure {
                (line_svg(&chart))
                figcaption { "Progress (done / in scope) at each week's end." }
            }
        }
        div.table-wrap {
            table.data {
                caption.small.muted { "Progress at each week's end" }
                thead { tr { th scope="col" { "Week ending" } th.num scope="col" { "Done" } th.num scope="col" { "In scope" } th.num scope="col" { "Progress" } } }
                tbody {
                    @for p in pts {
                        tr {
                            th scope="row" { (date(p.date)) }
                            @match (p.done, p.in_scope) {
                                (Some(d), Some(n)) => { td.num { (d) } td.num { (n) } td.num { (percent_or_dash(p.progress)) } }
                                _ => { td colspan="3" { span.muted { "No data: " (p.note.as_deref().unwrap_or("nothing to read")) "." } } }
                            }
                        }
                    }
                }
            }
        }
    }
}

pub fn campaign(cx: &Cx, c: &CampaignPage) -> String {
    let r = "../";
    let body = html! {
        @if c.overdue {
            div.callout.warn { strong { "Overdue: " } "the due date has passed with " (plural(c.left.len(), "entity", "entities")) " left." }
        }
        @if let Some(b) = &c.brief { p.lede { (b) } }
        dl.facts {
            dt { "Owner" } dd { (team_link(cx, &c.owner, r)) }
            dt { "Scorecard" } dd { @if let Some(h) = &c.scorecard_href { a href=(href(r, h)) { (c.scorecard) } } @else { (c.scorecard) " " span.muted.small { "(not in the catalog)" } } }
            dt { "Rules" } dd { @for (i, x) in c.rules.iter().enumerate() { @if i > 0 { ", " } code { (x) } } }
            dt { "Status" } dd { (c.status.as_str()) @if c.overdue { " " (chip("overdue", Tone::Bad)) } }
            dt { "Start" } dd { (date(c.start)) }
            dt { "Due" } dd { (date(c.due)) " (" (days_text(c.days_left)) ")" }
        }
        h2 { "Progress" }
        @match (c.in_scope, c.done) {
            (Some(n), Some(d)) => { p { strong { (percent_or_dash(c.progress)) } " — " (d) " of " (plural(n, "entity", "entities")) " in scope done." } }
            _ => { p.muted { "Not known: the scorecard is not in the catalog." } }
        }
        h2 { "Burn-up" }
        (burnup_section(c, cx.site.in_git))
        h2 { "Who is left (" (c.left.len()) ")" }
        @if c.left.is_empty() { p.muted { "Nobody." } } @else {
            table.data {
                thead { tr { th scope="col" { "Entity" } th scope="col" { "Team" } } }
                tbody {
                    @for l in c.left.iter().take(LIST_CUT) {
                        tr {
                            td { @if let Some(h) = &l.href { a href=(href(r, h)) { (l.left.id) } } @else { (l.left.id) } }
                            td { @if let Some(t) = &l.left.team { (team_link(cx, t, r)) } @else { span.muted { "—" } } }
                        }
                    }
                }
            }
            @if c.left.len() > LIST_CUT {
                p.cut { "Showing " (LIST_CUT) " of " (c.left.len()) " entities; " (c.left.len() - LIST_CUT) " more in " a href=(href(r, "data/scorecards.json")) { "data/scorecards.json" } "." }
            }
        }
    };
    let meta = html! { code { (c.id) } " · as of " (date(cx.site.today)) };
    std_page(cx, r, "scorecards", "campaign", &c.name, meta, body)
}
