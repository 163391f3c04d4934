//! What needs attention today, ranked: the platform PM's morning view.
//!
//! Pure: built from a loaded catalog, "today", an optional team and the KPI
//! snapshots the caller read from history. `platctl status` renders it; any
//! other front end (a server, a bot) calls [`build`] and gets the same view.
//!
//! Every window comes from the catalog's policy (`intake_triage_sla_days`,
//! `exception_warn_days`, `deprecation_warn_days`); nothing here is a
//! hard-coded number of days.

use crate::catalog::Catalog;
use crate::kpi::{self, Snapshots};
use crate::model::{
    ConsumerStatus, ExceptionState, ExceptionStatus, IntakeStatus, ItemStatus, Lifecycle, Period,
    Quarter,
};
use crate::report::deprecation_status::{self, DeprecationState};
use crate::report::readiness;
use chrono::NaiveDate;
use serde::Serialize;

/// How urgent an item is; the ranking's first key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Already late: a deadline passed, a gate fails.
    High,
    /// Comes due within the policy's window, or is off course.
    Medium,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::High => "high",
            Severity::Medium => "medium",
        }
    }
}

/// What kind of attention an item needs. The order is the order of the
/// sections in the Markdown post.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A request still `new` past the triage SLA.
    TriageOverdue,
    /// An approved exception whose end date passed.
    ExceptionExpired,
    /// An approved exception ending within `exception_warn_days`.
    ExceptionExpiring,
    /// A sunset passed with consumers left.
    SunsetOverdue,
    /// A sunset within `deprecation_warn_days` with consumers left.
    SunsetApproaching,
    /// A roadmap item of a quarter that has ended, still open.
    RoadmapOverdue,
    /// A roadmap item of the current quarter marked at-risk.
    RoadmapAtRisk,
    /// A KPI off its target this quarter.
    KpiOffTarget,
    /// A `ga` capability that fails its readiness checklist.
    GaNotReady,
    /// An active campaign past its due date, not complete.
    CampaignOverdue,
    /// An entity whose scorecard level is lower than at the previous
    /// quarter's end.
    ScorecardLevelDropped,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::TriageOverdue => "triage-overdue",
            Kind::ExceptionExpired => "exception-expired",
            Kind::ExceptionExpiring => "exception-expiring",
            Kind::SunsetOverdue => "sunset-overdue",
            Kind::SunsetApproaching => "sunset-approaching",
            Kind::RoadmapOverdue => "roadmap-overdue",
            Kind::RoadmapAtRisk => "roadmap-at-risk",
            Kind::KpiOffTarget => "kpi-off-target",
            Kind::GaNotReady => "ga-not-ready",
            Kind::CampaignOverdue => "campaign-overdue",
            Kind::ScorecardLevelDropped => "scorecard-level-dropped",
        }
    }

    /// The section heading of the weekly post.
    pub fn heading(self) -> &'static str {
        match self {
            Kind::TriageOverdue => "Requests past the triage SLA",
            Kind::ExceptionExpired => "Exceptions expired",
            Kind::ExceptionExpiring => "Exceptions expiring",
            Kind::SunsetOverdue => "Sunsets passed with consumers left",
            Kind::SunsetApproaching => "Sunsets approaching with consumers left",
            Kind::RoadmapOverdue => "Roadmap items overdue",
            Kind::RoadmapAtRisk => "Roadmap items at risk",
            Kind::KpiOffTarget => "KPIs off target",
            Kind::GaNotReady => "GA capabilities not ready",
            Kind::CampaignOverdue => "Campaigns overdue",
            Kind::ScorecardLevelDropped => "Scorecard levels that dropped this quarter",
        }
    }

    pub const ALL: &'static [Kind] = &[
        Kind::TriageOverdue,
        Kind::ExceptionExpired,
        Kind::ExceptionExpiring,
        Kind::SunsetOverdue,
        Kind::SunsetApproaching,
        Kind::RoadmapOverdue,
        Kind::RoadmapAtRisk,
        Kind::KpiOffTarget,
        Kind::GaNotReady,
        Kind::CampaignOverdue,
        Kind::ScorecardLevelDropped,
    ];
}

/// One thing that needs attention.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Attention {
    /// 1 is the most pressing.
    pub rank: usize,
    pub severity: Severity,
    pub kind: Kind,
    /// The entity's id (a request, an exception, a deprecation, a roadmap
    /// item, a KPI, a capability).
    pub id: String,
    /// What the catalog calls it (a title or a name), for people.
    pub title: String,
    /// One sentence: what is wrong and by how much.
    pub message: String,
    /// The team concerned (owner or requester), when there is one.
    pub team: Option<String>,
    /// The date that matters (a deadline, a sunset, the day filed).
    pub date: Option<NaiveDate>,
    /// Days from today to `date` (negative once passed).
    pub days: Option<i64>,
    /// The command that acts on it.
    pub next: String,
    /// For a KPI: its value and target (renderers say them as people read them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kpi: Option<KpiFigures>,
}

/// A KPI's figures behind a `kpi-off-target` item.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KpiFigures {
    pub period: String,
    pub value: Option<f64>,
    pub unit: crate::model::Unit,
    pub target: crate::kpi::registry::TargetView,
}

/// The policy windows the view applied.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Windows {
    pub intake_triage_sla_days: i64,
    pub exception_warn_days: i64,
    pub deprecation_warn_days: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Counts {
    pub high: usize,
    pub medium: usize,
    pub total: usize,
}

/// The whole view.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatusView {
    pub version: u32,
    pub catalog: String,
    pub as_of: NaiveDate,
    /// The quarter that holds today (roadmap at-risk items and KPIs are its).
    pub quarter: String,
    /// `--team`, when given.
    pub team: Option<String>,
    pub windows: Windows,
    /// KPIs are platform-wide: left out when the view is for one team.
    pub kpis_included: bool,
    pub counts: Counts,
    /// Ranked: severity, then the date that matters (soonest first), then
    /// kind, then id.
    pub items: Vec<Attention>,
}

/// What needs attention on `today`, for the whole platform or one team's
/// services and capabilities. `snapshots` are the past periods' catalogs that
/// the current quarter's snapshot KPIs compare with (empty outside git).
pub fn build(
    cat: &Catalog,
    today: NaiveDate,
    team: Option<&str>,
    snapshots: &Snapshots,
    previous: Option<&Catalog>,
) -> StatusView {
    let fy = cat.fy();
    let s = Scope {
        cat,
        today,
        team,
        policy: &cat.config.policy,
        fy,
        quarter: Quarter::of(today, fy),
    };
    let mut items: Vec<Attention> = Vec::new();
    triage_overdue(&s, &mut items);
    exceptions_due(&s, &mut items);
    sunsets_due(&s, &mut items);
    roadmap_late(&s, &mut items);
    kpis_off_target(&s, snapshots, &mut items);
    ga_not_ready(&s, &mut items);
    let (policy, quarter, kpis_included) = (s.policy, s.quarter, team.is_none());
    items.extend(campaigns_overdue(cat, today, team));
    if let Some(before) = previous {
        items.extend(levels_dropped(cat, before, today, team));
    }

    rank(&mut items);
    let high = items
        .iter()
        .filter(|i| i.severity == Severity::High)
        .count();
    StatusView {
        version: 1,
        catalog: cat.config.name.clone(),
        as_of: today,
        quarter: quarter.to_string(),
        team: team.map(str::to_string),
        windows: Windows {
            intake_triage_sla_days: policy.intake_triage_sla_days,
            exception_warn_days: policy.exception_warn_days,
            deprecation_warn_days: policy.deprecation_warn_days,
        },
        kpis_included,
        counts: Counts {
            high,
            medium: items.len() - high,
            total: items.len(),
        },
        items,
    }
}

/// Whose attention a status is for, and the catalog it reads.
#[derive(Clone, Copy)]
struct Scope<'a> {
    cat: &'a Catalog,
    today: NaiveDate,
    team: Option<&'a str>,
    policy: &'a crate::model::Policy,
    fy: u32,
    quarter: Quarter,
}

impl Scope<'_> {
    fn days(&self, d: NaiveDate) -> i64 {
        (d - self.today).num_days()
    }
    fn owner_of(&self, cap: &str) -> Option<String> {
        self.cat.capability(cap).map(|c| c.owner.value.clone())
    }
    fn service_team(&self, s: &str) -> Option<String> {
        self.cat.service(s).map(|x| x.team.value.clone())
    }
    /// Whether a team's item is in view (every item without `--team`).
    fn mine(&self, t: Option<&str>) -> bool {
        self.team.is_none_or(|want| t == Some(want))
    }
}

/// Requests past the triage SLA: the requester's team or the owner of the
/// capability they ask about.
fn triage_overdue(s: &Scope, items: &mut Vec<Attention>) {
    let Scope {
        cat,
        today,
        team,
        policy,
        ..
    } = *s;
    for r in &cat.intake {
        if r.status.value != IntakeStatus::New {
            continue;
        }
        let age = (today - r.created.value).num_days();
        let sla = policy.intake_triage_sla_days;
        if age <= sla {
            continue;
        }
        let cap_owner = r.capability.as_ref().and_then(|c| s.owner_of(&c.value));
        if !(s.mine(Some(&r.requester.team.value))
            || s.mine(cap_owner.as_deref()) && team.is_some())
        {
            continue;
        }
        let due = r.created.value + chrono::Duration::days(sla);
        items.push(Attention {
            rank: 0,
            severity: Severity::High,
            kind: Kind::TriageOverdue,
            id: r.id.value.clone(),
            title: r.title.value.clone(),
            message: format!(
                "new for {} (the triage SLA is {}), {} past it",
                plural(age, "day", "days"),
                plural(sla, "day", "days"),
                plural(age - sla, "day", "days")
            ),
            team: Some(r.requester.team.value.clone()),
            date: Some(due),
            days: Some(s.days(due)),
            kpi: None,
            next: format!("platctl intake triage {} --route …", r.id.value),
        });
    }
}

/// Exceptions expired or expiring: the asking team, the service's team,
/// or the owner of the standard waived.
fn exceptions_due(s: &Scope, items: &mut Vec<Attention>) {
    let Scope {
        cat, today, policy, ..
    } = *s;
    for e in &cat.exceptions {
        if e.status.value != ExceptionStatus::Approved {
            continue;
        }
        let state = e.state(today, policy.exception_warn_days);
        let kind = match state {
            ExceptionState::Expired => Kind::ExceptionExpired,
            ExceptionState::Expiring => Kind::ExceptionExpiring,
            _ => continue,
        };
        let svc_team = e.service.as_ref().and_then(|x| s.service_team(&x.value));
        let std_owner = e.standard_id().and_then(|c| s.owner_of(c));
        if !(s.mine(Some(&e.team.value))
            || s.mine(svc_team.as_deref())
            || s.mine(std_owner.as_deref()))
        {
            continue;
        }
        let left = s.days(e.expires.value);
        let (severity, message) = if kind == Kind::ExceptionExpired {
            (
                Severity::High,
                format!(
                    "waiver of {} expired on {} ({} ago): renew it or close it",
                    e.waived(),
                    e.expires.value,
                    plural(-left, "day", "days")
                ),
            )
        } else {
            (
                Severity::Medium,
                format!(
                    "waiver of {} expires on {} ({})",
                    e.waived(),
                    e.expires.value,
                    in_days(left)
                ),
            )
        };
        items.push(Attention {
            rank: 0,
            severity,
            kind,
            id: e.id.value.clone(),
            title: e.title.value.clone(),
            message,
            team: Some(e.team.value.clone()),
            date: Some(e.expires.value),
            days: Some(left),
            kpi: None,
            next: format!("platctl exception show {}", e.id.value),
        });
    }
}

/// Sunsets approaching (or passed) with consumers left: the owner of the
/// capability, or a team with a consumer still to move.
fn sunsets_due(s: &Scope, items: &mut Vec<Attention>) {
    let Scope {
        cat,
        today,
        team,
        policy,
        ..
    } = *s;
    for d in &cat.deprecations {
        if !d.is_open() || d.remaining() == 0 {
            continue;
        }
        let left = deprecation_status::days_to_sunset(d, today);
        let state = deprecation_status::state(d, today);
        let kind = if state == DeprecationState::Overdue {
            Kind::SunsetOverdue
        } else if left <= policy.deprecation_warn_days {
            Kind::SunsetApproaching
        } else {
            continue;
        };
        let remaining: Vec<&str> = d
            .consumers
            .iter()
            .filter(|c| {
                matches!(
                    c.status.value,
                    ConsumerStatus::Pending | ConsumerStatus::InProgress
                )
            })
            .map(|c| c.service.value.as_str())
            .collect();
        let cap_owner = s.owner_of(&d.capability.value);
        let consumer_teams: Vec<Option<String>> =
            remaining.iter().map(|x| s.service_team(x)).collect();
        if !(s.mine(cap_owner.as_deref()) || consumer_teams.iter().any(|t| s.mine(t.as_deref()))) {
            continue;
        }
        // With --team, a consumer team sees its own services left.
        let shown: Vec<&str> = match team {
            Some(t) if cap_owner.as_deref() != Some(t) => remaining
                .iter()
                .zip(&consumer_teams)
                .filter(|(_, ct)| ct.as_deref() == Some(t))
                .map(|(s, _)| *s)
                .collect(),
            _ => remaining.clone(),
        };
        let what = match &d.interface {
            Some(i) => format!("{} {}", d.capability.value, i.value),
            None => d.capability.value.clone(),
        };
        let (severity, when) = if kind == Kind::SunsetOverdue {
            (
                Severity::High,
                format!(
                    "sunset passed on {} ({} ago)",
                    d.sunset.value,
                    plural(-left, "day", "days")
                ),
            )
        } else {
            (
                Severity::Medium,
                format!("sunset on {} ({})", d.sunset.value, in_days(left)),
            )
        };
        items.push(Attention {
            rank: 0,
            severity,
            kind,
            id: d.id.value.clone(),
            title: what.clone(),
            message: format!(
                "{when} with {} left: {}",
                plural(shown.len() as i64, "consumer", "consumers"),
                shown.join(", ")
            ),
            team: cap_owner,
            date: Some(d.sunset.value),
            days: Some(left),
            kpi: None,
            next: format!("platctl deprecation show {}", d.id.value),
        });
    }
}

/// Roadmap items: open items of a quarter that has ended (overdue), and
/// at-risk items of the current quarter.
fn roadmap_late(s: &Scope, items: &mut Vec<Attention>) {
    let Scope {
        cat,
        today,
        fy,
        quarter,
        ..
    } = *s;
    for (q, it) in cat.items() {
        if !s.mine(Some(&it.owner.value)) {
            continue;
        }
        let qv = q.quarter.value;
        let open = crate::report::roadmap::is_open(it);
        let end = qv.end(fy);
        let (severity, kind, message) = if open && end < today {
            (
                Severity::High,
                Kind::RoadmapOverdue,
                format!(
                    "{qv} ended on {end} ({} ago) and the item is still {}: deliver it, slip it or drop it",
                    plural(-s.days(end), "day", "days"),
                    crate::report::roadmap::status_word(it.status.value)
                ),
            )
        } else if qv == quarter && it.status.value == ItemStatus::AtRisk {
            (
                Severity::Medium,
                Kind::RoadmapAtRisk,
                format!(
                    "at risk in {qv}, which ends on {end} ({})",
                    in_days(s.days(end))
                ),
            )
        } else {
            continue;
        };
        items.push(Attention {
            rank: 0,
            severity,
            kind,
            id: it.id.value.clone(),
            title: it.title.value.clone(),
            message,
            team: Some(it.owner.value.clone()),
            date: Some(end),
            days: Some(s.days(end)),
            kpi: None,
            next: if kind == Kind::RoadmapOverdue {
                format!("platctl roadmap item slip {} --to {}", it.id.value, quarter)
            } else {
                format!("platctl roadmap list --quarter {qv}")
            },
        });
    }
}

/// KPIs off target this quarter (platform-wide: not with --team).
fn kpis_off_target(s: &Scope, snapshots: &Snapshots, items: &mut Vec<Attention>) {
    let Scope {
        cat,
        today,
        team,
        quarter,
        ..
    } = *s;
    if team.is_none() {
        let defs = kpi::registry::for_catalog(cat);
        let ctx = kpi::Ctx::new(cat, today, snapshots);
        let period = Period::Quarter(quarter);
        for row in kpi::evaluate(&defs, &ctx, period) {
            if row.status != kpi::Status::OffTarget {
                continue;
            }
            items.push(Attention {
                rank: 0,
                severity: Severity::Medium,
                kind: Kind::KpiOffTarget,
                id: row.kpi.id.clone(),
                title: row.kpi.name.clone(),
                message: format!("in {period}"),
                kpi: Some(KpiFigures {
                    period: period.to_string(),
                    value: row.value,
                    unit: row.kpi.unit,
                    target: row.kpi.target_view(),
                }),
                team: None,
                date: None,
                days: None,
                next: format!("platctl kpi --period {period}"),
            });
        }
    }
}

/// GA capabilities that fail their readiness checklist.
fn ga_not_ready(s: &Scope, items: &mut Vec<Attention>) {
    let Scope { cat, today, .. } = *s;
    let ga: Vec<_> = cat
        .capabilities
        .iter()
        .filter(|c| c.lifecycle.value == Lifecycle::Ga && s.mine(Some(&c.owner.value)))
        .collect();
    if !ga.is_empty() {
        let diags = crate::lint::lint(cat, today, &crate::lint::Options::default());
        for c in ga {
            let r = readiness::readiness(cat, c, &diags);
            if !r.gate_fails {
                continue;
            }
            let missing: Vec<&str> = r.missing().collect();
            let errors = r
                .findings
                .iter()
                .filter(|f| f.level == crate::model::Level::Error)
                .count();
            let mut why = Vec::new();
            if !missing.is_empty() {
                why.push(format!("missing {}", missing.join(", ")));
            }
            if errors > 0 {
                why.push(plural(errors as i64, "lint error", "lint errors"));
            }
            items.push(Attention {
                rank: 0,
                severity: Severity::High,
                kind: Kind::GaNotReady,
                id: c.id.value.clone(),
                title: c.name.value.clone(),
                message: format!("ga but not ready: {}", why.join("; ")),
                team: Some(c.owner.value.clone()),
                date: None,
                days: None,
                kpi: None,
                next: format!("platctl capability readiness {}", c.id.value),
            });
        }
    }
}

/// Active campaigns past their due date with entities left; with a team,
/// the campaigns it owns or that still wait on one of its entities.
fn campaigns_overdue(cat: &Catalog, today: NaiveDate, team: Option<&str>) -> Vec<Attention> {
    let mut out = Vec::new();
    for c in &cat.campaigns {
        let p = crate::scorecard::campaign::progress(cat, c, today);
        if !crate::scorecard::campaign::overdue(c, p.as_ref(), today) {
            continue;
        }
        let Some(p) = p else { continue };
        let waits_on_team = |t: &str| p.left.iter().any(|l| l.team.as_deref() == Some(t));
        if let Some(t) = team {
            if c.owner.value != t && !waits_on_team(t) {
                continue;
            }
        }
        let left = p.in_scope - p.done;
        out.push(Attention {
            rank: 0,
            severity: Severity::High,
            kind: Kind::CampaignOverdue,
            id: c.id.value.clone(),
            title: c.name.value.clone(),
            message: format!(
                "due {}, {} of {} done, {} left",
                c.due.value,
                p.done,
                p.in_scope,
                plural(left as i64, "entity", "entities")
            ),
            team: Some(c.owner.value.clone()),
            date: Some(c.due.value),
            days: Some((c.due.value - today).num_days()),
            kpi: None,
            next: format!("platctl campaign show {}", c.id.value),
        });
    }
    out
}

/// Entities whose level on a scorecard is lower than in `before` (the
/// catalog at the previous quarter's end), judged on the same day, so only
/// a change to the files counts; with a team, that team's entities.
fn levels_dropped(
    cat: &Catalog,
    before: &Catalog,
    today: NaiveDate,
    team: Option<&str>,
) -> Vec<Attention> {
    crate::scorecard::level_drops(cat, before, today)
        .into_iter()
        .filter(|d| team.is_none_or(|t| d.team.as_deref() == Some(t)))
        .map(|d| Attention {
            rank: 0,
            severity: Severity::Medium,
            kind: Kind::ScorecardLevelDropped,
            title: d.entity.clone(),
            message: format!(
                "{} on scorecard `{}`, down from {} at the previous quarter's end",
                d.to, d.scorecard, d.from
            ),
            next: format!(
                "platctl scorecard check {} --scorecard {}",
                d.entity, d.scorecard
            ),
            id: d.entity,
            team: d.team,
            date: None,
            days: None,
            kpi: None,
        })
        .collect()
}

/// Orders items (severity, date soonest first with undated last, kind, id)
/// and numbers them from 1.
pub fn rank(items: &mut [Attention]) {
    items.sort_by(|a, b| {
        a.severity
            .cmp(&b.severity)
            .then_with(|| match (a.date, b.date) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
            .then_with(|| a.kind.cmp(&b.kind))
            .then_with(|| a.id.cmp(&b.id))
    });
    for (i, it) in items.iter_mut().enumerate() {
        it.rank = i + 1;
    }
}

/// "1 day", "4 days".
fn plural(n: i64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "today", "tomorrow", "in 8 days".
fn in_days(n: i64) -> String {
    match n {
        0 => "today".into(),
        1 => "tomorrow".into(),
        n => format!("in {n} days"),
    }
}

#[cfg(test)]
mod tests;
