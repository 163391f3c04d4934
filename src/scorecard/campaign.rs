//! Campaigns: progress, what is left, the burn-up, overdue.

use super::inputs::{entities, Inputs};
use crate::catalog::Catalog;
use crate::model::{Campaign, CampaignStatus};
use chrono::NaiveDate;
use serde::Serialize;

/// An entity in scope that is not done yet.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Left {
    pub id: String,
    pub team: Option<String>,
}

/// A campaign on one catalog and day.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Progress {
    pub in_scope: usize,
    pub done: usize,
    /// done / in scope; null when nothing is in scope.
    pub progress: Option<f64>,
    pub left: Vec<Left>,
}

/// One week's end of a burn-up.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct BurnPoint {
    pub date: NaiveDate,
    /// The commit read (null for the working tree, or without one).
    pub commit: Option<String>,
    pub in_scope: Option<usize>,
    pub done: Option<usize>,
    pub progress: Option<f64>,
    /// Why there is no value.
    pub note: Option<String>,
}

/// A burn-up point from one catalog state (none when there is no state to
/// read, `note` saying why).
pub fn burn_point(
    cat: Option<&Catalog>,
    c: &Campaign,
    day: NaiveDate,
    commit: Option<String>,
    note: Option<String>,
) -> BurnPoint {
    let p = cat.and_then(|k| progress(k, c, day));
    BurnPoint {
        date: day,
        commit,
        in_scope: p.as_ref().map(|p| p.in_scope),
        done: p.as_ref().map(|p| p.done),
        progress: p.as_ref().and_then(|p| p.progress),
        note: match (cat, &p) {
            (Some(_), Some(_)) => None,
            (Some(_), None) => Some(format!("scorecard `{}` did not exist", c.scorecard.value)),
            (None, _) => note,
        },
    }
}

/// Evaluates a campaign's rules on the entities in its scope: those its
/// scorecard scores and its `when` admits. An entity is done when each rule
/// passes (pass, exempt or skip) on the expression's result, whatever the
/// rule's `enable_on`. `None` when the scorecard does not exist.
pub fn progress(cat: &Catalog, c: &Campaign, today: NaiveDate) -> Option<Progress> {
    let sc = cat
        .scorecards
        .iter()
        .find(|s| s.id.value == c.scorecard.value)?;
    let compiled = super::compile(sc);
    let when = c.when.as_ref().map(|w| super::cel::compile(&w.value));
    let idx: Vec<Option<usize>> = c
        .rules
        .iter()
        .map(|r| sc.rules.iter().position(|x| x.id.value == r.value))
        .collect();
    let inp = Inputs::new(cat, today);
    let mut in_scope = 0;
    let mut done = 0;
    let mut left = Vec::new();
    for e in entities(cat, sc.applies_to) {
        let Some(s) = compiled.score_entity(&inp, &e) else {
            continue;
        };
        if let Some(w) = &when {
            let admitted = match w {
                Err(_) => false,
                Ok(w) => {
                    let owned = inp.owned_vars(&e);
                    let vars = inp.vars(&e, &owned);
                    super::cel::with_scope(&inp.shared, &vars, |scope| {
                        scope.eval(w) == super::cel::Eval::Bool(true)
                    })
                }
            };
            if !admitted {
                continue;
            }
        }
        in_scope += 1;
        let ok = idx
            .iter()
            .all(|i| i.and_then(|i| s.rules.get(i)).is_some_and(|r| r.done()));
        if ok {
            done += 1;
        } else {
            left.push(Left {
                id: s.id.clone(),
                team: s.team.clone(),
            });
        }
    }
    Some(Progress {
        in_scope,
        done,
        progress: (in_scope > 0).then(|| done as f64 / in_scope as f64),
        left,
    })
}

/// Active, past due, and not complete.
pub fn overdue(c: &Campaign, p: Option<&Progress>, today: NaiveDate) -> bool {
    c.status.value == CampaignStatus::Active
        && today > c.due.value
        && p.and_then(|p| p.progress).is_some_and(|x| x < 1.0)
}

/// The days of a burn-up: each week's end from `start` (start + 6, + 13,
/// …) before `min(today, due)`, then that day itself.
pub fn burnup_days(c: &Campaign, today: NaiveDate) -> Vec<NaiveDate> {
    let stop = today.min(c.due.value);
    let mut v = Vec::new();
    if stop < c.start.value {
        return v;
    }
    let mut d = c.start.value + chrono::Duration::days(6);
    while d < stop && v.len() < 520 {
        v.push(d);
        d += chrono::Duration::days(7);
    }
    v.push(stop);
    v
}

/// A campaign with its progress on one day (`campaign list`, `campaign show`).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub owner: String,
    pub scorecard: String,
    pub rules: Vec<String>,
    pub status: CampaignStatus,
    pub start: NaiveDate,
    pub due: NaiveDate,
    pub brief: Option<String>,
    /// Days to due (negative once passed).
    pub days_left: i64,
    /// null when the scorecard does not exist.
    pub in_scope: Option<usize>,
    pub done: Option<usize>,
    pub progress: Option<f64>,
    pub overdue: bool,
    pub left: Vec<Left>,
}

pub fn row(cat: &Catalog, c: &Campaign, today: NaiveDate) -> Row {
    let p: Option<Progress> = progress(cat, c, today);
    Row {
        id: c.id.value.clone(),
        name: c.name.value.clone(),
        owner: c.owner.value.clone(),
        scorecard: c.scorecard.value.clone(),
        rules: c.rules.iter().map(|r| r.value.clone()).collect(),
        status: c.status.value,
        start: c.start.value,
        due: c.due.value,
        brief: c.brief.clone(),
        days_left: (c.due.value - today).num_days(),
        overdue: overdue(c, p.as_ref(), today),
        in_scope: p.as_ref().map(|p| p.in_scope),
        done: p.as_ref().map(|p| p.done),
        progress: p.as_ref().and_then(|p| p.progress),
        left: p.map(|p| p.left).unwrap_or_default(),
    }
}

/// `campaign list`.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ListView {
    pub version: u32,
    pub as_of: NaiveDate,
    pub campaigns: Vec<Row>,
}

/// Every campaign, by id (the first of a duplicated id), on one day.
pub fn list_view(cat: &Catalog, today: NaiveDate) -> ListView {
    let mut cs: Vec<&Campaign> = cat.campaigns.iter().collect();
    cs.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    cs.dedup_by(|a, b| a.id.value == b.id.value);
    ListView {
        version: 1,
        as_of: today,
        campaigns: cs.iter().map(|c| row(cat, c, today)).collect(),
    }
}

/// `campaign show ID`: the campaign and its weekly burn-up.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ShowView {
    pub version: u32,
    pub as_of: NaiveDate,
    pub campaign: Row,
    pub burnup: Vec<BurnPoint>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn camp(start: &str, due: &str) -> Campaign {
        let d = |s: &str| {
            crate::model::Sp::new(
                crate::model::parse_date(s).unwrap_or_default(),
                Default::default(),
            )
        };
        Campaign {
            id: crate::model::Sp::new("c".into(), Default::default()),
            name: crate::model::Sp::new("C".into(), Default::default()),
            owner: crate::model::Sp::new("t".into(), Default::default()),
            scorecard: crate::model::Sp::new("s".into(), Default::default()),
            rules: vec![],
            when: None,
            start: d(start),
            due: d(due),
            status: crate::model::Sp::new(CampaignStatus::Active, Default::default()),
            brief: None,
            labels: Default::default(),
            meta: Default::default(),
        }
    }

    #[test]
    fn burnup_weeks_end_at_due_or_today() {
        let c = camp("2026-10-01", "2026-11-15");
        let today = crate::model::parse_date("2026-11-27").unwrap_or_default();
        let days: Vec<String> = burnup_days(&c, today)
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(
            days,
            [
                "2026-10-07",
                "2026-10-14",
                "2026-10-21",
                "2026-10-28",
                "2026-11-04",
                "2026-11-11",
                "2026-11-15"
            ]
        );
        let early = crate::model::parse_date("2026-10-10").unwrap_or_default();
        let days: Vec<String> = burnup_days(&c, early)
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(days, ["2026-10-07", "2026-10-10"]);
        let before = crate::model::parse_date("2026-09-01").unwrap_or_default();
        assert!(burnup_days(&c, before).is_empty());
    }

    #[test]
    fn overdue_needs_active_past_due_and_not_complete() {
        let c = camp("2026-10-01", "2026-11-15");
        let today = crate::model::parse_date("2026-11-27").unwrap_or_default();
        let half = Progress {
            in_scope: 2,
            done: 1,
            progress: Some(0.5),
            left: vec![],
        };
        let full = Progress {
            in_scope: 2,
            done: 2,
            progress: Some(1.0),
            left: vec![],
        };
        assert!(overdue(&c, Some(&half), today));
        assert!(!overdue(&c, Some(&full), today));
        let on_due = crate::model::parse_date("2026-11-15").unwrap_or_default();
        assert!(!overdue(&c, Some(&half), on_due));
        let mut done = c.clone();
        done.status.value = CampaignStatus::Done;
        assert!(!overdue(&done, Some(&half), today));
    }
}
