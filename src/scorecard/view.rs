//! Views of scorecard results, as the commands, reports and other tools
//! show them (`Serialize`; JSON shapes in docs/scorecards.md).

use super::{next_step, rollup, summarize, Evaluation, Outcome, Scored, Summary};
use crate::catalog::Catalog;
use crate::model::{Scorecard, Subject};
use chrono::NaiveDate;
use serde::Serialize;

/// A level's name, or "none" below the first.
pub fn level_name(sc: &Scorecard, l: Option<usize>) -> String {
    l.and_then(|i| sc.levels.get(i))
        .map_or_else(|| "none".to_string(), |s| s.value.clone())
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct LevelCount {
    pub level: String,
    pub count: usize,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct RuleStat {
    pub id: String,
    pub name: String,
    pub level: String,
    pub category: Option<String>,
    pub weight: u32,
    pub enable_on: Option<NaiveDate>,
    pub passing: usize,
    pub counted: usize,
    /// passing / counted; null when nothing counts.
    pub pass_rate: Option<f64>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct SummaryView {
    pub scored: usize,
    /// "none" first, then each level, lowest first.
    pub distribution: Vec<LevelCount>,
    /// null when nothing is scored.
    pub median: Option<String>,
    pub progress: Option<f64>,
    pub rules: Vec<RuleStat>,
}

pub fn summary_view(sc: &Scorecard, s: &Summary) -> SummaryView {
    let mut distribution = vec![LevelCount {
        level: "none".into(),
        count: s.counts.first().copied().unwrap_or(0),
    }];
    for (i, l) in sc.levels.iter().enumerate() {
        distribution.push(LevelCount {
            level: l.value.clone(),
            count: s.counts.get(i + 1).copied().unwrap_or(0),
        });
    }
    SummaryView {
        scored: s.scored,
        distribution,
        median: s.median.map(|m| level_name(sc, m)),
        progress: s.progress,
        rules: sc
            .rules
            .iter()
            .zip(s.rules.iter())
            .map(|(r, (p, c))| RuleStat {
                id: r.id.value.clone(),
                name: r.title().to_string(),
                level: r.level.value.clone(),
                category: r.category.as_ref().map(|c| c.value.clone()),
                weight: r.weight,
                enable_on: r.enable_on.as_ref().map(|d| d.value),
                passing: *p,
                counted: *c,
                pass_rate: (*c > 0).then(|| *p as f64 / *c as f64),
            })
            .collect(),
    }
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct TargetView {
    pub level: String,
    pub share: f64,
    /// The share of scored entities at the level or above (null: none scored).
    pub value: Option<f64>,
    /// null when there is no value.
    pub met: Option<bool>,
}

pub fn target_view(ev: &Evaluation) -> Option<TargetView> {
    let t = ev.sc.target.as_ref()?;
    let value = super::target_value(ev);
    Some(TargetView {
        level: t.level.value.clone(),
        share: t.share,
        value,
        met: value.map(|v| v >= t.share),
    })
}

/// One scorecard in `scorecard list`.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ScorecardRow {
    pub id: String,
    pub name: String,
    pub applies_to: Subject,
    pub owner: String,
    pub levels: Vec<String>,
    #[serde(flatten)]
    pub summary: SummaryView,
    pub target: Option<TargetView>,
}

pub fn scorecard_row(ev: &Evaluation) -> ScorecardRow {
    let sc = ev.sc;
    let s = summarize(sc, ev.entities.iter());
    ScorecardRow {
        id: sc.id.value.clone(),
        name: sc.name.value.clone(),
        applies_to: sc.applies_to,
        owner: sc.owner.value.clone(),
        levels: sc.levels.iter().map(|l| l.value.clone()).collect(),
        summary: summary_view(sc, &s),
        target: target_view(ev),
    }
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ListView {
    pub version: u32,
    pub as_of: NaiveDate,
    pub scorecards: Vec<ScorecardRow>,
}

/// A counted rule that is not passing.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Failing {
    pub rule: String,
    pub level: String,
    pub outcome: Outcome,
    pub detail: Option<String>,
    pub fix: Option<String>,
}

/// One entity in `scorecard show`.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct EntityRow {
    pub id: String,
    pub team: Option<String>,
    pub level: String,
    pub score: Option<f64>,
    /// Every counted rule that is not passing: fail, unknown or error.
    pub failing: Vec<Failing>,
    /// The level above this one, null at the top.
    pub next_level: Option<String>,
    /// The rules that stand between the entity and the next level.
    pub next_step: Vec<String>,
}

fn failing(sc: &Scorecard, e: &Scored) -> Vec<Failing> {
    sc.rules
        .iter()
        .zip(e.rules.iter())
        .filter(|(r, res)| {
            sc.level_rank(&r.level.value).is_some()
                && res.counted(sc.unknown)
                && !res.outcome.passing()
        })
        .map(|(r, res)| Failing {
            rule: r.id.value.clone(),
            level: r.level.value.clone(),
            outcome: res.outcome,
            detail: res.detail.clone(),
            fix: r.fix.clone(),
        })
        .collect()
}

fn next_level(sc: &Scorecard, l: Option<usize>) -> Option<String> {
    let n = l.map_or(0, |i| i + 1);
    sc.levels.get(n).map(|s| s.value.clone())
}

pub fn entity_row(sc: &Scorecard, e: &Scored) -> EntityRow {
    EntityRow {
        id: e.id.clone(),
        team: e.team.clone(),
        level: level_name(sc, e.level),
        score: e.score,
        failing: failing(sc, e),
        next_level: next_level(sc, e.level),
        next_step: next_step(sc, e)
            .into_iter()
            .map(|i| sc.rules[i].id.value.clone())
            .collect(),
    }
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct TeamRollup {
    pub team: String,
    #[serde(flatten)]
    pub summary: SummaryView,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ScorecardHead {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub owner: String,
    pub applies_to: Subject,
    pub levels: Vec<String>,
    pub unknown: crate::model::UnknownPolicy,
}

pub fn head(sc: &Scorecard) -> ScorecardHead {
    ScorecardHead {
        id: sc.id.value.clone(),
        name: sc.name.value.clone(),
        description: sc.description.clone(),
        owner: sc.owner.value.clone(),
        applies_to: sc.applies_to,
        levels: sc.levels.iter().map(|l| l.value.clone()).collect(),
        unknown: sc.unknown,
    }
}

/// `scorecard show ID`.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ShowView {
    pub version: u32,
    pub as_of: NaiveDate,
    pub scorecard: ScorecardHead,
    /// Over the entities shown.
    pub summary: SummaryView,
    pub target: Option<TargetView>,
    pub entities: Vec<EntityRow>,
    /// Each team with its own and its sub-teams' entities (those shown).
    pub teams: Vec<TeamRollup>,
}

/// Filters of `scorecard show`.
#[derive(Clone, Debug, Default)]
pub struct ShowFilter {
    /// Entities of this team and the teams below it.
    pub team: Option<String>,
    /// Entities at this level ("none" for below the first).
    pub level: Option<String>,
}

pub fn show_view(cat: &Catalog, ev: &Evaluation, f: &ShowFilter) -> ShowView {
    let sc = ev.sc;
    let teams = rollup(cat, ev);
    let in_team: Option<Vec<&str>> = f.team.as_ref().map(|t| {
        teams
            .get(t)
            .map(|v| v.iter().map(|e| e.id.as_str()).collect())
            .unwrap_or_default()
    });
    let shown: Vec<&Scored> = ev
        .entities
        .iter()
        .filter(|e| {
            in_team
                .as_ref()
                .is_none_or(|ids| ids.contains(&e.id.as_str()))
        })
        .filter(|e| {
            f.level
                .as_ref()
                .is_none_or(|l| *l == level_name(sc, e.level))
        })
        .collect();
    let shown_ids: std::collections::HashSet<&str> = shown.iter().map(|e| e.id.as_str()).collect();
    let summary = summarize(sc, shown.iter().copied());
    let teams = teams
        .iter()
        .filter(|(t, _)| {
            f.team
                .as_ref()
                .is_none_or(|want| want == *t || in_team.is_some())
        })
        .map(|(t, es)| {
            let es: Vec<&Scored> = es
                .iter()
                .copied()
                .filter(|e| shown_ids.contains(e.id.as_str()))
                .collect();
            (t, es)
        })
        .filter(|(_, es)| !es.is_empty())
        .map(|(t, es)| TeamRollup {
            team: t.clone(),
            summary: summary_view(sc, &summarize(sc, es.into_iter())),
        })
        .collect();
    ShowView {
        version: 1,
        as_of: ev.today,
        scorecard: head(sc),
        summary: summary_view(sc, &summary),
        target: target_view(ev),
        entities: shown.iter().map(|e| entity_row(sc, e)).collect(),
        teams,
    }
}

/// One rule's result in `scorecard check`.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct RuleView {
    pub id: String,
    pub name: String,
    pub level: String,
    pub category: Option<String>,
    pub weight: u32,
    pub outcome: Outcome,
    /// For a pending rule, the outcome it would have.
    pub would: Option<Outcome>,
    pub counted: bool,
    pub passing: bool,
    pub enable_on: Option<NaiveDate>,
    pub detail: Option<String>,
    /// The exception that exempts the entity.
    pub exception: Option<String>,
    pub fix: Option<String>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct NextStep {
    /// The level the step reaches; null at the top level.
    pub level: Option<String>,
    pub rules: Vec<Failing>,
}

/// One entity on one scorecard.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct CheckCard {
    pub scorecard: String,
    pub name: String,
    /// Whether the scorecard's `when` admits the entity.
    pub scored: bool,
    /// null when not scored.
    pub level: Option<String>,
    pub score: Option<f64>,
    pub min_level: Option<String>,
    /// Whether `min_level` is reached (null without it, or when not scored).
    pub reached: Option<bool>,
    pub rules: Vec<RuleView>,
    pub next_step: Option<NextStep>,
}

/// `scorecard check ENTITY`.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct CheckView {
    pub version: u32,
    pub as_of: NaiveDate,
    pub entity: String,
    pub kind: Option<Subject>,
    pub scorecards: Vec<CheckCard>,
    /// False when a `min_level` is not reached on some scorecard.
    pub ok: bool,
}

/// Why an entity cannot be checked.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum CheckError {
    #[error("no service, capability or team `{0}` in the catalog")]
    NoEntity(String),
    #[error("no scorecard `{0}` in the catalog")]
    NoScorecard(String),
    #[error("no scorecard applies to {0} `{1}`")]
    NoneApplies(&'static str, String),
    #[error("level `{0}` is not a level of {1}")]
    NoSuchLevel(String, String),
}

fn find_entity<'c>(
    cat: &'c Catalog,
    subject: Subject,
    id: &str,
) -> Option<super::inputs::EntityRef<'c>> {
    super::inputs::entities(cat, subject)
        .into_iter()
        .find(|e| e.id == id)
}

pub fn check_card(sc: &Scorecard, s: Option<&Scored>, min_level: Option<&str>) -> CheckCard {
    let min_rank = min_level.and_then(|m| sc.level_rank(m));
    let Some(s) = s else {
        return CheckCard {
            scorecard: sc.id.value.clone(),
            name: sc.name.value.clone(),
            scored: false,
            level: None,
            score: None,
            min_level: min_level.map(str::to_string),
            reached: None,
            rules: Vec::new(),
            next_step: None,
        };
    };
    let rules = sc
        .rules
        .iter()
        .zip(s.rules.iter())
        .map(|(r, res)| RuleView {
            id: r.id.value.clone(),
            name: r.title().to_string(),
            level: r.level.value.clone(),
            category: r.category.as_ref().map(|c| c.value.clone()),
            weight: r.weight,
            outcome: res.outcome,
            would: res.would,
            counted: sc.level_rank(&r.level.value).is_some() && res.counted(sc.unknown),
            passing: res.outcome.passing(),
            enable_on: r.enable_on.as_ref().map(|d| d.value),
            detail: res.detail.clone(),
            exception: res.exception.clone(),
            fix: r.fix.clone(),
        })
        .collect();
    let step = next_step(sc, s);
    let nl = next_level(sc, s.level);
    CheckCard {
        scorecard: sc.id.value.clone(),
        name: sc.name.value.clone(),
        scored: true,
        level: Some(level_name(sc, s.level)),
        score: s.score,
        min_level: min_level.map(str::to_string),
        reached: min_rank.map(|m| s.level.is_some_and(|l| l >= m)),
        rules,
        next_step: nl.map(|level| NextStep {
            level: Some(level),
            rules: step
                .iter()
                .map(|i| {
                    let (r, res) = (&sc.rules[*i], &s.rules[*i]);
                    Failing {
                        rule: r.id.value.clone(),
                        level: r.level.value.clone(),
                        outcome: res.outcome,
                        detail: res.detail.clone(),
                        fix: r.fix.clone(),
                    }
                })
                .collect(),
        }),
    }
}

/// Checks one entity (a service, capability or team id) against every
/// scorecard that applies to its kind, or the one named; with `min_level`,
/// says whether it is reached. What `scorecard check --format json` prints.
pub fn check_entity(
    cat: &Catalog,
    today: NaiveDate,
    entity: &str,
    scorecard: Option<&str>,
    min_level: Option<&str>,
) -> Result<CheckView, CheckError> {
    let cards: Vec<&Scorecard> = match scorecard {
        Some(id) => vec![cat
            .scorecards
            .iter()
            .find(|s| s.id.value == id)
            .ok_or_else(|| CheckError::NoScorecard(id.to_string()))?],
        None => {
            let mut v: Vec<&Scorecard> = cat.scorecards.iter().collect();
            v.sort_by(|a, b| a.id.value.cmp(&b.id.value));
            v.dedup_by(|a, b| a.id.value == b.id.value);
            v
        }
    };
    let kind = [Subject::Service, Subject::Capability, Subject::Team]
        .into_iter()
        .find(|k| find_entity(cat, *k, entity).is_some());
    let Some(kind) = kind else {
        return Err(CheckError::NoEntity(entity.to_string()));
    };
    let cards: Vec<&Scorecard> = cards.into_iter().filter(|s| s.applies_to == kind).collect();
    if cards.is_empty() {
        return Err(CheckError::NoneApplies(kind.as_str(), entity.to_string()));
    }
    if let Some(m) = min_level {
        if scorecard.is_some() || !cards.iter().any(|s| s.level_rank(m).is_some()) {
            if let Some(sc) = cards.iter().find(|s| s.level_rank(m).is_none()) {
                return Err(CheckError::NoSuchLevel(
                    m.to_string(),
                    format!(
                        "scorecard `{}` (its levels: {})",
                        sc.id.value,
                        sc.levels
                            .iter()
                            .map(|l| l.value.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
        }
    }
    let inp = super::inputs::Inputs::new(cat, today);
    let Some(er) = find_entity(cat, kind, entity) else {
        return Err(CheckError::NoEntity(entity.to_string()));
    };
    let out: Vec<CheckCard> = cards
        .iter()
        .map(|sc| {
            let c = super::compile(sc);
            let s = c.score_entity(&inp, &er);
            // A level other scorecards have does not apply to this one.
            let m = min_level.filter(|m| sc.level_rank(m).is_some());
            check_card(sc, s.as_ref(), m)
        })
        .collect();
    let ok = out.iter().all(|c| c.reached != Some(false));
    Ok(CheckView {
        version: 1,
        as_of: today,
        entity: entity.to_string(),
        kind: Some(kind),
        scorecards: out,
        ok,
    })
}

/// One period end of a trend.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct TrendPoint {
    pub period: String,
    /// The day evaluated: the period's end, or today for the current one.
    pub date: NaiveDate,
    /// The commit read (null for the working tree or without history).
    pub commit: Option<String>,
    /// null when there is no state to read (before the history, or the
    /// scorecard did not exist yet).
    pub summary: Option<SummaryView>,
    pub target_value: Option<f64>,
    /// Why there is no summary.
    pub note: Option<String>,
}

/// `scorecard show ID --trend`.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct TrendView {
    pub version: u32,
    pub as_of: NaiveDate,
    pub scorecard: ScorecardHead,
    pub every: String,
    pub points: Vec<TrendPoint>,
}

/// A trend point from one catalog state on one day.
pub fn trend_point(
    cat: Option<&Catalog>,
    id: &str,
    period: String,
    date: NaiveDate,
    commit: Option<String>,
    why_none: Option<String>,
    memo: &super::Memo,
) -> TrendPoint {
    let sc = cat.and_then(|c| c.scorecards.iter().find(|s| s.id.value == id));
    match (cat, sc) {
        (Some(cat), Some(sc)) => {
            let inp = super::inputs::Inputs::new(cat, date);
            let ev = super::compile(sc).evaluate_memo(&inp, memo);
            let s = summarize(sc, ev.entities.iter());
            TrendPoint {
                period,
                date,
                commit,
                summary: Some(summary_view(sc, &s)),
                target_value: super::target_value(&ev),
                note: None,
            }
        }
        (Some(_), None) => TrendPoint {
            period,
            date,
            commit,
            summary: None,
            target_value: None,
            note: Some(format!("scorecard `{id}` did not exist yet")),
        },
        (None, _) => TrendPoint {
            period,
            date,
            commit,
            summary: None,
            target_value: None,
            note: why_none,
        },
    }
}

/// One scorecard in `report scorecard`.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ReportCard {
    pub scorecard: ScorecardHead,
    pub summary: SummaryView,
    pub target: Option<TargetView>,
    /// Roll-up by team (each with the teams below it).
    pub teams: Vec<TeamRollup>,
    /// Counts per level at each quarter's end, from history.
    pub trend: Vec<TrendPoint>,
    /// Why each entity is at its level.
    pub entities: Vec<EntityRow>,
}

/// `report scorecard [ID]`.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ReportView {
    pub version: u32,
    pub catalog: String,
    pub as_of: NaiveDate,
    pub scorecards: Vec<ReportCard>,
}

pub fn report_card(cat: &Catalog, ev: &Evaluation, trend: Vec<TrendPoint>) -> ReportCard {
    let v = show_view(cat, ev, &ShowFilter::default());
    ReportCard {
        scorecard: v.scorecard,
        summary: v.summary,
        target: v.target,
        teams: v.teams,
        trend,
        entities: v.entities,
    }
}

/// `scorecard list`: every scorecard, by id (the first of a duplicated id),
/// evaluated on one catalog and day.
pub fn list_view(cat: &Catalog, today: NaiveDate) -> ListView {
    let inp = super::inputs::Inputs::new(cat, today);
    let mut cards: Vec<&Scorecard> = cat.scorecards.iter().collect();
    cards.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    cards.dedup_by(|a, b| a.id.value == b.id.value);
    ListView {
        version: 1,
        as_of: today,
        scorecards: cards
            .into_iter()
            .map(|sc| scorecard_row(&super::compile(sc).evaluate(&inp)))
            .collect(),
    }
}
