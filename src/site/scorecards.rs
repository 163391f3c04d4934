//! The scorecard and campaign pages of the portal, and each entity's levels
//! as its own page shows them, from the same evaluation the `scorecard` and
//! `campaign` commands use.

use super::{paths, unique, Attention};
use crate::catalog::Catalog;
use crate::model::{Campaign, CampaignStatus, Scorecard, Subject};
use crate::scorecard::campaign::{overdue, progress, BurnPoint, Left};
use crate::scorecard::view::{
    check_card, show_view, CheckCard, ShowFilter, ShowView, SummaryView, TrendPoint,
};
use crate::scorecard::{compile, inputs::Inputs, rollup, summarize, Evaluation, Scored};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// A scorecard's page: what `scorecard show ID --format json` gives, and its page.
#[derive(Clone, Debug, Serialize)]
pub struct ScorecardPage {
    pub href: String,
    #[serde(flatten)]
    pub view: ShowView,
    /// Counts per level at the end of each of the last four quarters, from
    /// git history (empty outside git).
    pub trend: Vec<TrendPoint>,
}

/// Someone left on a campaign, with the page to go to.
#[derive(Clone, Debug, Serialize)]
pub struct LeftRow {
    #[serde(flatten)]
    pub left: Left,
    /// The entity's page (null when it has none).
    pub href: Option<String>,
    pub team_href: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct CampaignPage {
    pub id: String,
    pub href: String,
    pub name: String,
    pub owner: String,
    pub scorecard: String,
    /// The scorecard's page (null when it does not exist).
    pub scorecard_href: Option<String>,
    pub rules: Vec<String>,
    pub status: CampaignStatus,
    pub start: NaiveDate,
    pub due: NaiveDate,
    /// Days to due (negative once passed).
    pub days_left: i64,
    pub brief: Option<String>,
    /// null when the scorecard does not exist.
    pub in_scope: Option<usize>,
    pub done: Option<usize>,
    pub progress: Option<f64>,
    pub overdue: bool,
    pub left: Vec<LeftRow>,
    /// Progress at each week's end from its start, from git history (empty
    /// outside git).
    pub burnup: Vec<BurnPoint>,
}

/// A rule that some of a team's entities do not pass.
#[derive(Clone, Debug, Serialize)]
pub struct TeamFailing {
    pub rule: String,
    pub name: String,
    pub level: String,
    pub fix: Option<String>,
    /// How many of the team's entities (and its sub-teams') do not pass it.
    pub count: usize,
    /// The first of them (at most [`super::LIST_CUT`]), by id.
    pub entities: Vec<String>,
}

/// One scorecard's roll-up for a team (its entities and its sub-teams').
#[derive(Clone, Debug, Serialize)]
pub struct TeamCard {
    pub scorecard: String,
    pub name: String,
    pub href: String,
    pub applies_to: Subject,
    #[serde(flatten)]
    pub summary: SummaryView,
    /// Counted rules not passing, lowest level first, then in the
    /// scorecard's order: what the team must fix to move up.
    pub failing: Vec<TeamFailing>,
}

/// The counted rules that some of `es` do not pass.
fn team_failing(sc: &crate::model::Scorecard, es: &[&Scored]) -> Vec<TeamFailing> {
    let mut out: Vec<(usize, usize, TeamFailing)> = Vec::new();
    for (i, r) in sc.rules.iter().enumerate() {
        let Some(rank) = sc.level_rank(&r.level.value) else {
            continue;
        };
        let mut ids: Vec<&str> = es
            .iter()
            .filter(|e| {
                e.rules
                    .get(i)
                    .is_some_and(|res| res.counted(sc.unknown) && !res.outcome.passing())
            })
            .map(|e| e.id.as_str())
            .collect();
        if ids.is_empty() {
            continue;
        }
        ids.sort_unstable();
        let count = ids.len();
        out.push((
            rank,
            i,
            TeamFailing {
                rule: r.id.value.clone(),
                name: r.name.clone().unwrap_or_else(|| r.id.value.clone()),
                level: r.level.value.clone(),
                fix: r.fix.clone(),
                count,
                entities: ids
                    .into_iter()
                    .take(super::LIST_CUT)
                    .map(str::to_string)
                    .collect(),
            },
        ));
    }
    out.sort_by_key(|(rank, i, _)| (*rank, *i));
    out.into_iter().map(|(_, _, f)| f).collect()
}

/// Every scorecard-related piece of the site.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Scorecards {
    pub scorecards: Vec<ScorecardPage>,
    pub campaigns: Vec<CampaignPage>,
    /// By service id: its card on every scorecard of services.
    #[serde(skip)]
    pub services: BTreeMap<String, Vec<CheckCard>>,
    /// By capability id: its card on every scorecard of capabilities.
    #[serde(skip)]
    pub capabilities: BTreeMap<String, Vec<CheckCard>>,
    /// By team id: the roll-up of every scorecard with entities of the team.
    #[serde(skip)]
    pub teams: BTreeMap<String, Vec<TeamCard>>,
    /// By (kind, entity id): the active campaigns that still wait on it
    /// (indexes into `campaigns`).
    #[serde(skip)]
    pub left_on: BTreeMap<(Subject, String), Vec<usize>>,
    /// By team id: the active campaigns that wait on some of its entities,
    /// with those entities (indexes into `campaigns`, entity ids).
    #[serde(skip)]
    pub team_campaigns: BTreeMap<String, Vec<(usize, Vec<String>)>>,
}

fn entity_href(cat: &Catalog, subject: Subject, id: &str) -> Option<String> {
    match subject {
        Subject::Service => cat.service(id).map(|_| paths::service(id)),
        Subject::Capability => cat.capability(id).map(|_| paths::capability(id)),
        Subject::Team => cat.team(id).map(|_| paths::team(id)),
    }
}

/// What history says about scorecards and campaigns (both empty outside git).
#[derive(Clone, Debug, Default)]
pub struct History {
    /// By scorecard id: its trend points.
    pub trends: BTreeMap<String, Vec<TrendPoint>>,
    /// By campaign id: its burn-up.
    pub burnups: BTreeMap<String, Vec<BurnPoint>>,
}

pub fn build(cat: &Catalog, today: NaiveDate, mut past: History) -> Scorecards {
    let mut out = Scorecards::default();
    let inp = Inputs::new(cat, today);
    for sc in unique(&cat.scorecards, |s| &s.id.value) {
        let ev = compile(sc).evaluate(&inp);
        add_cards(&mut out, cat, sc, &ev);
        add_team_cards(&mut out, cat, sc, &ev);
        out.scorecards.push(ScorecardPage {
            href: paths::scorecard(&sc.id.value),
            view: show_view(cat, &ev, &ShowFilter::default()),
            trend: past.trends.remove(&sc.id.value).unwrap_or_default(),
        });
    }
    for c in unique(&cat.campaigns, |c| &c.id.value) {
        let burnup = past.burnups.remove(&c.id.value).unwrap_or_default();
        out.campaigns.push(campaign_page(cat, c, today, burnup));
    }
    index_campaigns(&mut out, cat);
    out
}

/// Every entity of the scorecard's kind gets a card, scored or not (the
/// first scorecard of an id wins).
fn add_cards(out: &mut Scorecards, cat: &Catalog, sc: &Scorecard, ev: &Evaluation) {
    let by_id: BTreeMap<&str, &Scored> = ev.entities.iter().map(|e| (e.id.as_str(), e)).collect();
    let ids: Vec<String> = match sc.applies_to {
        Subject::Service => cat.services.iter().map(|s| s.id.value.clone()).collect(),
        Subject::Capability => cat
            .capabilities
            .iter()
            .map(|c| c.id.value.clone())
            .collect(),
        Subject::Team => Vec::new(),
    };
    let target = match sc.applies_to {
        Subject::Service => &mut out.services,
        Subject::Capability => &mut out.capabilities,
        Subject::Team => return,
    };
    for id in ids {
        let card = check_card(sc, by_id.get(id.as_str()).copied(), None);
        let v = target.entry(id).or_default();
        if !v.iter().any(|c| c.scorecard == card.scorecard) {
            v.push(card);
        }
    }
}

/// Each team's roll-up of the scorecard (teams with no entity left out).
fn add_team_cards(out: &mut Scorecards, cat: &Catalog, sc: &Scorecard, ev: &Evaluation) {
    for (team, es) in rollup(cat, ev) {
        if es.is_empty() {
            continue;
        }
        let failing = team_failing(sc, &es);
        let s = summarize(sc, es.into_iter());
        out.teams.entry(team).or_default().push(TeamCard {
            scorecard: sc.id.value.clone(),
            name: sc.name.value.clone(),
            href: paths::scorecard(&sc.id.value),
            applies_to: sc.applies_to,
            summary: crate::scorecard::view::summary_view(sc, &s),
            failing,
        });
    }
}

fn campaign_page(
    cat: &Catalog,
    c: &Campaign,
    today: NaiveDate,
    burnup: Vec<BurnPoint>,
) -> CampaignPage {
    let p = progress(cat, c, today);
    let sc = cat
        .scorecards
        .iter()
        .find(|s| s.id.value == c.scorecard.value);
    let subject = sc.map(|s| s.applies_to);
    CampaignPage {
        id: c.id.value.clone(),
        href: paths::campaign(&c.id.value),
        name: c.name.value.clone(),
        owner: c.owner.value.clone(),
        scorecard: c.scorecard.value.clone(),
        scorecard_href: sc.map(|s| paths::scorecard(&s.id.value)),
        rules: c.rules.iter().map(|r| r.value.clone()).collect(),
        status: c.status.value,
        start: c.start.value,
        due: c.due.value,
        days_left: (c.due.value - today).num_days(),
        brief: c.brief.clone(),
        in_scope: p.as_ref().map(|p| p.in_scope),
        done: p.as_ref().map(|p| p.done),
        progress: p.as_ref().and_then(|p| p.progress),
        overdue: overdue(c, p.as_ref(), today),
        burnup,
        left: p
            .map(|p| p.left)
            .unwrap_or_default()
            .into_iter()
            .map(|l| LeftRow {
                href: subject.and_then(|s| entity_href(cat, s, &l.id)),
                team_href: l
                    .team
                    .as_deref()
                    .and_then(|t| cat.team(t).map(|_| paths::team(t))),
                left: l,
            })
            .collect(),
    }
}

/// Which active campaigns wait on each entity and on each team.
fn index_campaigns(out: &mut Scorecards, cat: &Catalog) {
    for (i, c) in out.campaigns.iter().enumerate() {
        let Some(subject) = cat
            .scorecards
            .iter()
            .find(|s| s.id.value == c.scorecard)
            .map(|s| s.applies_to)
        else {
            continue;
        };
        if c.status != CampaignStatus::Active {
            continue;
        }
        let mut by_team: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for l in &c.left {
            out.left_on
                .entry((subject, l.left.id.clone()))
                .or_default()
                .push(i);
            if let Some(t) = &l.left.team {
                by_team.entry(t).or_default().push(l.left.id.clone());
            }
        }
        for (t, ids) in by_team {
            out.team_campaigns
                .entry(t.to_string())
                .or_default()
                .push((i, ids));
        }
    }
}

/// Campaigns past due and not complete, for the home page.
pub fn attention(s: &Scorecards) -> Vec<Attention> {
    s.campaigns
        .iter()
        .filter(|c| c.overdue)
        .map(|c| Attention {
            kind: "campaign-overdue",
            id: c.id.clone(),
            href: c.href.clone(),
            text: format!(
                "{} passed its due date with {} left",
                c.name,
                super::plural(c.left.len(), "entity", "entities")
            ),
            date: Some(c.due),
            days: Some(c.days_left),
        })
        .collect()
}
