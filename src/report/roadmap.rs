//! The quarterly roadmap report as data: did we deliver what we committed,
//! by theme; what is at risk and why; what changed in scope since the
//! quarter began; which requests each item answers.
//!
//! Predictability = committed items delivered by the quarter's last day ÷
//! committed items (docs/format.md; the KPI `roadmap-predictability`): a delivery
//! after the last day does not count, stretch items are shown but never
//! counted, and an item counts only for the quarter whose file lists it.

use super::scope::{Baseline, Scope, ScopeChange};
use crate::catalog::Catalog;
use crate::model::{str_enum, IntakeStatus, Item, ItemStatus, Quarter, RoadmapQuarter};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

str_enum!(Phase { NotStarted = "not-started", InProgress = "in-progress", Over = "over" });
str_enum!(Standing { OnTarget = "on-target", AboveTarget = "above-target", BelowTarget = "below-target", NoData = "no-data" });
str_enum!(RiskKind {
    DependencyLaterQuarter = "dependency-later-quarter",
    DependencySlipped = "dependency-slipped",
    DependencyDropped = "dependency-dropped",
    DependencyAtRisk = "dependency-at-risk",
    AtRisk = "at-risk",
    WithoutOutcome = "without-outcome",
    SlippedWithoutTarget = "slipped-without-target",
    OpenAfterQuarter = "open-after-quarter",
});

/// The predictability target range (inclusive).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Target {
    pub min: Option<f64>,
    pub max: Option<f64>,
}

impl Target {
    /// `platctl.yaml` `kpis.roadmap-predictability` when it gives a bound,
    /// else the registry's default (0.70..0.85).
    pub fn of(cat: &Catalog) -> Target {
        const ID: &str = "roadmap-predictability";
        if let Some(k) = cat
            .config
            .kpi(ID)
            .filter(|k| k.min.is_some() || k.max.is_some())
        {
            return Target {
                min: k.min,
                max: k.max,
            };
        }
        match crate::kpi::registry::find(ID).map(|k| k.target) {
            Some(crate::kpi::registry::Target::Range { min, max }) => Target { min, max },
            _ => Target::default(),
        }
    }

    /// Where a value stands: above the range is possible sandbagging, below it a miss.
    pub fn standing(self, v: Option<f64>) -> Standing {
        match v {
            None => Standing::NoData,
            Some(v) if self.min.is_some_and(|m| v < m) => Standing::BelowTarget,
            Some(v) if self.max.is_some_and(|m| v > m) => Standing::AboveTarget,
            Some(_) => Standing::OnTarget,
        }
    }
}

/// Delivered, with a `delivered` date on or before `end` (the quarter's last day).
pub fn delivered_by(it: &Item, end: NaiveDate) -> bool {
    it.status.value == ItemStatus::Delivered
        && it.delivered.as_ref().is_some_and(|d| d.value <= end)
}

/// Still to be done: planned, in progress or at risk.
pub fn is_open(it: &Item) -> bool {
    matches!(
        it.status.value,
        ItemStatus::Planned | ItemStatus::InProgress | ItemStatus::AtRisk
    )
}

/// A status as a sentence says it: "in progress", "at risk".
pub fn status_word(s: ItemStatus) -> &'static str {
    match s {
        ItemStatus::Planned => "planned",
        ItemStatus::InProgress => "in progress",
        ItemStatus::AtRisk => "at risk",
        ItemStatus::Delivered => "delivered",
        ItemStatus::Slipped => "slipped",
        ItemStatus::Dropped => "dropped",
    }
}

/// Counts over a set of items of one quarter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Tally {
    pub committed: usize,
    /// Committed items delivered by the quarter's last day.
    pub delivered: usize,
    /// Committed items still open (planned, in progress, at risk).
    pub open: usize,
    pub stretch: usize,
    pub stretch_delivered: usize,
}

impl Tally {
    pub fn of<'a>(items: impl IntoIterator<Item = &'a Item>, end: NaiveDate) -> Tally {
        let mut t = Tally::default();
        for it in items {
            let done = delivered_by(it, end);
            if it.is_committed() {
                t.committed += 1;
                t.delivered += usize::from(done);
                t.open += usize::from(is_open(it));
            } else {
                t.stretch += 1;
                t.stretch_delivered += usize::from(done);
            }
        }
        t
    }

    /// delivered ÷ committed; `None` when nothing is committed.
    pub fn predictability(&self) -> Option<f64> {
        (self.committed > 0).then(|| self.delivered as f64 / self.committed as f64)
    }

    /// The predictability if every open committed item lands in time.
    pub fn best_case(&self) -> Option<f64> {
        (self.committed > 0).then(|| (self.delivered + self.open) as f64 / self.committed as f64)
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct ThemeRow {
    /// `null` for the items that name no theme.
    pub id: Option<String>,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// Whether the quarter's file declares the theme (items may name one it does not).
    pub declared: bool,
    pub committed: usize,
    pub delivered: usize,
    pub open: usize,
    pub stretch: usize,
    pub stretch_delivered: usize,
    pub predictability: Option<f64>,
    pub standing: Standing,
    /// The theme's items, in file order.
    pub items: Vec<String>,
    /// Position in the file (declared themes first, then undeclared, then none).
    #[serde(skip)]
    pub order: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct ItemRow {
    #[serde(flatten)]
    pub item: Item,
    /// Delivered by the quarter's last day: what predictability counts.
    pub delivered_in_quarter: bool,
    /// Delivered, but after the quarter's last day (not counted).
    pub delivered_late: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capability_name: Option<String>,
    /// Requests it answers: its `intake` list and requests whose `roadmap_item` names it, sorted.
    pub requests: Vec<String>,
    #[serde(skip)]
    pub order: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RiskRow {
    pub kind: RiskKind,
    pub item: String,
    pub message: String,
    /// The other item involved (the dependency), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct RequestRow {
    pub id: String,
    /// `null` when the request is not in the catalog (a broken link).
    pub title: Option<String>,
    pub team: Option<String>,
    pub team_name: Option<String>,
    pub status: Option<IntakeStatus>,
    /// Items of this quarter that answer it.
    pub items: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct History {
    /// Whether the catalog is in a git repository with commits.
    pub in_git: bool,
    pub baseline: Option<Baseline>,
    /// The working tree holds edits to this quarter that are not committed.
    pub uncommitted: bool,
    /// A shallow clone: the baseline may lie in history that is missing.
    pub shallow: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct RoadmapReport {
    pub version: u32,
    pub catalog: String,
    pub quarter: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub fiscal_year_start_month: u32,
    pub as_of: NaiveDate,
    pub phase: Phase,
    pub predictability: Option<f64>,
    pub committed: usize,
    pub delivered: usize,
    pub open: usize,
    pub stretch: usize,
    pub stretch_delivered: usize,
    /// The predictability if every open committed item lands in time
    /// (`null` once the quarter is over, or when nothing is committed).
    pub best_case: Option<f64>,
    pub target: Target,
    pub standing: Standing,
    pub themes: Vec<ThemeRow>,
    pub items: Vec<ItemRow>,
    pub risks: Vec<RiskRow>,
    pub requests: Vec<RequestRow>,
    pub scope_changes: Vec<ScopeChange>,
    pub history: History,
}

impl RoadmapReport {
    /// Themes in the order the quarter's file gives them.
    pub fn themes_in_order(&self) -> Vec<&ThemeRow> {
        let mut v: Vec<&ThemeRow> = self.themes.iter().collect();
        v.sort_by_key(|t| t.order);
        v
    }

    pub fn item(&self, id: &str) -> Option<&ItemRow> {
        self.items.iter().find(|i| i.item.id.value == id)
    }

    /// Items in file order.
    pub fn items_in_order(&self) -> Vec<&ItemRow> {
        let mut v: Vec<&ItemRow> = self.items.iter().collect();
        v.sort_by_key(|i| i.order);
        v
    }
}

/// Builds the report for one quarter of the catalog. `scope` is `None`
/// outside git.
pub fn build(
    cat: &Catalog,
    rq: &RoadmapQuarter,
    today: NaiveDate,
    scope: Option<Scope>,
) -> RoadmapReport {
    let fy = cat.fy();
    let q = rq.quarter.value;
    let (start, end) = (q.start(fy), q.end(fy));
    let phase = if today < start {
        Phase::NotStarted
    } else if today > end {
        Phase::Over
    } else {
        Phase::InProgress
    };
    let target = Target::of(cat);
    let all = Tally::of(&rq.items, end);
    let predictability = all.predictability();

    let items: Vec<ItemRow> = rq
        .items
        .iter()
        .enumerate()
        .map(|(order, it)| item_row(cat, it, end, order))
        .collect();
    let themes = theme_rows(rq, end, target);
    let risks = risks(cat, q, phase, &rq.items);
    let requests = request_rows(cat, &items);
    let (scope_changes, history) = match scope {
        Some(s) => (
            s.changes,
            History {
                in_git: true,
                baseline: s.baseline,
                uncommitted: s.uncommitted,
                shallow: s.shallow,
            },
        ),
        None => (
            Vec::new(),
            History {
                in_git: false,
                baseline: None,
                uncommitted: false,
                shallow: false,
            },
        ),
    };
    let mut items = items;
    items.sort_by(|a, b| a.item.id.value.cmp(&b.item.id.value));
    RoadmapReport {
        version: 1,
        catalog: cat.config.name.clone(),
        quarter: q.to_string(),
        start,
        end,
        fiscal_year_start_month: fy,
        as_of: today,
        phase,
        predictability,
        committed: all.committed,
        delivered: all.delivered,
        open: all.open,
        stretch: all.stretch,
        stretch_delivered: all.stretch_delivered,
        best_case: if phase == Phase::Over {
            None
        } else {
            all.best_case()
        },
        target,
        standing: target.standing(predictability),
        themes,
        items,
        risks,
        requests,
        scope_changes,
        history,
    }
}

fn item_row(cat: &Catalog, it: &Item, end: NaiveDate, order: usize) -> ItemRow {
    let mut requests: BTreeSet<String> = it.intake.iter().map(|r| r.value.clone()).collect();
    requests.extend(
        cat.intake
            .iter()
            .filter(|r| {
                r.roadmap_item
                    .as_ref()
                    .is_some_and(|x| x.value == it.id.value)
            })
            .map(|r| r.id.value.clone()),
    );
    let in_q = delivered_by(it, end);
    ItemRow {
        item: it.clone(),
        delivered_in_quarter: in_q,
        delivered_late: it.status.value == ItemStatus::Delivered && !in_q && it.delivered.is_some(),
        owner_name: cat.team(&it.owner.value).map(|t| t.name.value.clone()),
        capability_name: it
            .capability
            .as_ref()
            .and_then(|c| cat.capability(&c.value))
            .map(|c| c.name.value.clone()),
        requests: requests.into_iter().collect(),
        order,
    }
}

/// One row per declared theme, then per theme named but not declared, then
/// one for the items without a theme (when there are any). Sorted by id,
/// the row without a theme last.
fn theme_rows(rq: &RoadmapQuarter, end: NaiveDate, target: Target) -> Vec<ThemeRow> {
    let mut keys: Vec<(Option<String>, String, Option<String>, bool)> = rq
        .themes
        .iter()
        .map(|t| {
            (
                Some(t.id.value.clone()),
                t.name.value.clone(),
                t.outcome.clone(),
                true,
            )
        })
        .collect();
    for it in &rq.items {
        let id = it.theme.as_ref().map(|t| t.value.clone());
        if id.is_some() && !keys.iter().any(|k| k.0 == id) {
            keys.push((id.clone(), id.unwrap_or_default(), None, false));
        }
    }
    if rq.items.iter().any(|it| it.theme.is_none()) {
        keys.push((None, "Without a theme".into(), None, false));
    }
    let mut rows: Vec<ThemeRow> = keys
        .into_iter()
        .enumerate()
        .map(|(order, (id, name, outcome, declared))| {
            let members: Vec<&Item> = rq
                .items
                .iter()
                .filter(|it| it.theme.as_ref().map(|t| &t.value) == id.as_ref())
                .collect();
            let t = Tally::of(members.iter().copied(), end);
            let predictability = t.predictability();
            ThemeRow {
                id,
                name,
                outcome,
                declared,
                committed: t.committed,
                delivered: t.delivered,
                open: t.open,
                stretch: t.stretch,
                stretch_delivered: t.stretch_delivered,
                predictability,
                standing: target.standing(predictability),
                items: members.iter().map(|it| it.id.value.clone()).collect(),
                order,
            }
        })
        .collect();
    rows.sort_by(|a, b| match (&a.id, &b.id) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    rows
}

/// Delivery risks, sorted by item, kind and dependency.
fn risks(cat: &Catalog, q: Quarter, phase: Phase, items: &[Item]) -> Vec<RiskRow> {
    let mut out = Vec::new();
    for it in items {
        let id = &it.id.value;
        let mut push = |kind, message: String, dep: Option<&str>| {
            out.push(RiskRow {
                kind,
                item: id.clone(),
                message,
                depends_on: dep.map(str::to_string),
            });
        };
        if is_open(it) {
            for dep in &it.depends_on {
                let Some((dq, di)) = cat.item(&dep.value) else {
                    continue;
                };
                let dq = dq.quarter.value;
                let d = &di.id.value;
                if dq > q {
                    push(
                        RiskKind::DependencyLaterQuarter,
                        format!("depends on {d}, which is planned for the later quarter {dq}"),
                        Some(d),
                    );
                    continue;
                }
                match di.status.value {
                    ItemStatus::Slipped => {
                        let to = di
                            .slipped_to
                            .as_ref()
                            .map(|s| format!(" to {}", s.value))
                            .unwrap_or_default();
                        push(
                            RiskKind::DependencySlipped,
                            format!("depends on {d}, which slipped{to}"),
                            Some(d),
                        );
                    }
                    ItemStatus::Dropped => push(
                        RiskKind::DependencyDropped,
                        format!("depends on {d}, which was dropped"),
                        Some(d),
                    ),
                    ItemStatus::AtRisk => push(
                        RiskKind::DependencyAtRisk,
                        format!("depends on {d}, which is at risk"),
                        Some(d),
                    ),
                    _ => {}
                }
            }
        }
        if it.status.value == ItemStatus::AtRisk {
            let what = if it.is_committed() {
                "committed item"
            } else {
                "stretch item"
            };
            push(
                RiskKind::AtRisk,
                format!("{what} marked at risk by its owner"),
                None,
            );
        }
        if it.is_committed() && it.outcome.is_none() && it.kpi.is_none() {
            push(RiskKind::WithoutOutcome, "committed item with neither an outcome nor a KPI: nobody can tell whether it worked".into(), None);
        }
        if it.status.value == ItemStatus::Slipped && it.slipped_to.is_none() {
            push(
                RiskKind::SlippedWithoutTarget,
                "slipped without slipped_to: no quarter says when it lands".into(),
                None,
            );
        }
        if phase == Phase::Over && is_open(it) {
            push(
                RiskKind::OpenAfterQuarter,
                format!("the quarter is over and the item is still {}: mark it delivered, slipped or dropped", status_word(it.status.value)),
                None,
            );
        }
    }
    out.sort_by(|a, b| (&a.item, a.kind, &a.depends_on).cmp(&(&b.item, b.kind, &b.depends_on)));
    out
}

fn request_rows(cat: &Catalog, items: &[ItemRow]) -> Vec<RequestRow> {
    let mut by_req: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut ordered: Vec<&ItemRow> = items.iter().collect();
    ordered.sort_by_key(|i| i.order);
    for it in ordered {
        for r in &it.requests {
            by_req.entry(r).or_default().push(it.item.id.value.clone());
        }
    }
    by_req
        .into_iter()
        .map(|(id, items)| {
            let r = cat.intake_req(id);
            let team = r.map(|r| r.requester.team.value.clone());
            RequestRow {
                id: id.to_string(),
                title: r.map(|r| r.title.value.clone()),
                team_name: team
                    .as_deref()
                    .and_then(|t| cat.team(t))
                    .map(|t| t.name.value.clone()),
                team,
                status: r.map(|r| r.status.value),
                items,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Commitment, Sp, Span};

    fn d(s: &str) -> NaiveDate {
        crate::model::parse_date(s).expect("date")
    }

    fn item(id: &str, commitment: Commitment, status: ItemStatus, delivered: Option<&str>) -> Item {
        let sp = |s: &str| Sp::new(s.to_string(), Span::default());
        Item {
            id: sp(id),
            title: sp(id),
            theme: None,
            owner: sp("team"),
            capability: None,
            commitment: Sp::new(commitment, Span::default()),
            status: Sp::new(status, Span::default()),
            effort: None,
            depends_on: vec![],
            intake: vec![],
            kpi: None,
            outcome: None,
            delivered: delivered.map(|x| Sp::new(d(x), Span::default())),
            slipped_to: None,
            labels: Default::default(),
            meta: Default::default(),
        }
    }

    use Commitment::{Committed as C, Stretch as S};
    use ItemStatus::*;

    #[test]
    fn a_delivery_the_day_after_the_quarter_does_not_count() {
        let end = d("2026-12-31");
        let items = [
            item("a", C, Delivered, Some("2026-12-31")), // last day: counts
            item("b", C, Delivered, Some("2027-01-01")), // the day after: does not
            item("c", C, InProgress, None),
            item("d", C, Slipped, None),
            item("e", C, Dropped, None),
            item("f", S, Delivered, Some("2026-11-01")), // stretch: shown, not counted
            item("g", C, AtRisk, None),
        ];
        let t = Tally::of(&items, end);
        assert_eq!(
            t,
            Tally {
                committed: 6,
                delivered: 1,
                open: 2,
                stretch: 1,
                stretch_delivered: 1
            }
        );
        assert_eq!(t.predictability(), Some(1.0 / 6.0));
        assert_eq!(t.best_case(), Some(3.0 / 6.0));
    }

    #[test]
    fn nothing_committed_has_no_predictability() {
        let t = Tally::of(
            &[item("s", S, Delivered, Some("2026-10-02"))],
            d("2026-12-31"),
        );
        assert_eq!(
            (t.committed, t.predictability(), t.best_case()),
            (0, None, None)
        );
    }

    #[test]
    fn target_range_is_inclusive_and_flags_both_sides() {
        let t = Target {
            min: Some(0.7),
            max: Some(0.85),
        };
        assert_eq!(t.standing(Some(0.7)), Standing::OnTarget);
        assert_eq!(t.standing(Some(0.85)), Standing::OnTarget);
        assert_eq!(t.standing(Some(0.69)), Standing::BelowTarget);
        assert_eq!(t.standing(Some(1.0)), Standing::AboveTarget);
        assert_eq!(t.standing(None), Standing::NoData);
        assert_eq!(
            Target {
                min: Some(0.7),
                max: None
            }
            .standing(Some(1.0)),
            Standing::OnTarget
        );
    }

    #[test]
    fn default_target_comes_from_the_registry_and_settings_override_it() {
        let mut cat = Catalog::default();
        assert_eq!(
            Target::of(&cat),
            Target {
                min: Some(0.70),
                max: Some(0.85)
            }
        );
        cat.config.kpis.push(crate::model::KpiSetting {
            name: None,
            currency: None,
            id: Sp::new("roadmap-predictability".into(), Span::default()),
            unit: None,
            better: None,
            min: Some(0.6),
            max: None,
        });
        assert_eq!(
            Target::of(&cat),
            Target {
                min: Some(0.6),
                max: None
            }
        );
    }
}
