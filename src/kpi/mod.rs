//! KPIs: the registry, derived computations over a catalog, observed series,
//! targets and status, for one period or a trend.
//!
//! Pure: the caller hands in the catalog as it stands, "today", and the
//! states at past periods' ends (parsed files read from history) that
//! [`history_periods`] asks for.

pub mod derived;
pub mod observed;
pub mod periods;
pub mod registry;
pub mod sources;
pub mod state;
pub mod stats;
pub mod status;
pub mod view;

pub use registry::{resolve, Group, Kpi, Measure, Source, Target};
pub use sources::{HistoryNote, Sources};
pub use state::State;
pub use status::Status;

use crate::catalog::Catalog;
use crate::history::NoState;
use crate::model::{Kind, Period, Unit};
use chrono::NaiveDate;
use derived::StateKpis;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

/// The kinds read from history for snapshot KPIs at past period ends: what
/// their registry entries read, and what scorecard target KPIs evaluate.
pub const SNAPSHOT_KINDS: &[Kind] = &[
    Kind::Team,
    Kind::Service,
    Kind::Capability,
    Kind::Deprecation,
    Kind::Exception,
    Kind::Metric,
    Kind::Scorecard,
];

/// A KPI's value for one period and the working behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Computed {
    pub value: Option<f64>,
    pub detail: Value,
    /// Why there is no value, when that is not plain "no data in the period".
    pub note: Option<String>,
}

impl Computed {
    pub fn new(value: Option<f64>, detail: Value) -> Computed {
        Computed {
            value,
            detail,
            note: None,
        }
    }
    fn missing(why: &str) -> Computed {
        Computed {
            value: None,
            detail: json!({}),
            note: Some(why.to_string()),
        }
    }
}

/// The catalog at a past period's last day, read from history: the parsed
/// files of the kinds snapshot KPIs read ([`State`]).
#[derive(Clone)]
pub struct Snapshot {
    pub files: crate::history::Files,
    /// The commit read (the last on or before the period's last day) and its date.
    pub commit: String,
    pub date: NaiveDate,
}

/// Snapshots by period; `Err(why)` where none could be read.
pub type Snapshots = BTreeMap<Period, Result<Snapshot, NoState>>;

/// Why a snapshot KPI has no value for a period: the state at its end was
/// not read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NotRead {
    #[error(transparent)]
    History(#[from] NoState),
    /// The period's commit is known, but its state was not computed.
    #[error("the catalog at commit {0} was not read")]
    Commit(String),
    /// No state was asked for the period.
    #[error("the catalog at the end of {0} was not read")]
    Period(Period),
}

/// What every computation reads.
pub struct Ctx<'a> {
    /// The catalog as it stands (the working tree, or `--rev`).
    pub current: &'a Catalog,
    pub today: NaiveDate,
    pub snapshots: &'a Snapshots,
    /// Values computed already, by KPI id and period: a trend asks for each
    /// period's value again as the next one's previous, adoption growth for
    /// adoption rates.
    memo: Mutex<HashMap<(String, Period), Arc<Computed>>>,
    /// The snapshot KPIs of each past state read, by commit: computed up
    /// front, states in parallel (each reads thousands of services).
    past: HashMap<String, StateKpis>,
    /// The snapshot KPIs of the catalog as it stands, when first asked.
    now: OnceLock<StateKpis>,
    /// Past states assembled for scorecard KPIs, by commit.
    past_catalogs: Mutex<HashMap<String, Arc<Catalog>>>,
    /// Scorecard results shared by every state: an entity unchanged since
    /// the previous period is not evaluated again.
    scorecard_memo: crate::scorecard::Memo,
    /// A caller's memo to use instead (export scores the same states for
    /// its tables): see [`Ctx::with_scorecard_memo`].
    scorecards: Option<&'a crate::scorecard::Memo>,
    /// Scorecard target values a caller computed on states it scored: see
    /// [`Ctx::with_scored_states`].
    scored: Option<&'a ScoredStates>,
}

/// Scorecard target KPI values a caller computed from its own results on
/// the states it scored (export scores every state it writes), by
/// scorecard id, day, and commit (`None`: the catalog as it stands).
pub type ScoredStates = HashMap<ScoredKey, Computed>;

/// The snapshot KPIs of past states a caller computed, by commit
/// ([`Ctx::knowing`]).
pub type KnownStates = HashMap<String, derived::StateKpis>;

/// A scorecard id, a day, and a commit (`None`: the catalog as it stands).
pub type ScoredKey = (String, NaiveDate, Option<String>);

impl<'a> Ctx<'a> {
    pub fn new(current: &'a Catalog, today: NaiveDate, snapshots: &'a Snapshots) -> Ctx<'a> {
        Ctx::knowing(current, today, snapshots, KnownStates::new())
    }

    /// Like [`Ctx::new`], with the snapshot KPIs of some past states
    /// computed by the caller on the same commits (an export, on the
    /// catalogs it assembled: the same entities in the same order).
    pub fn knowing(
        current: &'a Catalog,
        today: NaiveDate,
        snapshots: &'a Snapshots,
        known: KnownStates,
    ) -> Ctx<'a> {
        use rayon::prelude::*;
        // Months without a commit share one: compute each commit's state once.
        let mut distinct: Vec<&Snapshot> = snapshots.values().flatten().collect();
        distinct.sort_by(|a, b| a.commit.cmp(&b.commit));
        distinct.dedup_by(|a, b| a.commit == b.commit);
        let past = distinct
            .par_iter()
            .map(|s| {
                let mut k = match known.get(&s.commit) {
                    Some(k) => k.clone(),
                    None => derived::state_kpis(&State::of_files(&s.files)),
                };
                for c in [
                    &mut k.adoption_rate,
                    &mut k.security_control_coverage,
                    &mut k.deprecation_progress,
                ] {
                    if let Value::Object(m) = &mut c.detail {
                        m.insert("commit".into(), json!(s.commit));
                        m.insert("commit_date".into(), json!(s.date.to_string()));
                    }
                }
                (s.commit.clone(), k)
            })
            .collect();
        Ctx {
            current,
            today,
            snapshots,
            memo: Mutex::default(),
            past,
            now: OnceLock::new(),
            past_catalogs: Mutex::default(),
            scorecard_memo: crate::scorecard::Memo::default(),
            scorecards: None,
            scored: None,
        }
    }

    /// Takes scorecard target values from `scored` where it has them,
    /// rather than assembling those states and scoring them again.
    pub fn with_scored_states(mut self, scored: &'a ScoredStates) -> Ctx<'a> {
        self.scored = Some(scored);
        self
    }

    /// A scorecard target value the caller computed on that state.
    fn scored_state(&self, id: &str, day: NaiveDate, commit: Option<&str>) -> Option<Computed> {
        self.scored?
            .get(&(id.to_string(), day, commit.map(str::to_string)))
            .cloned()
    }

    /// Evaluates scorecards through `memo`, so that a caller scoring the
    /// same states afterwards (or before) evaluates each entity once.
    pub fn with_scorecard_memo(mut self, memo: &'a crate::scorecard::Memo) -> Ctx<'a> {
        self.scorecards = Some(memo);
        self
    }

    /// A value computed once. The lock is not held while computing (a KPI
    /// may ask for another); two threads computing the same value at once
    /// get equal values.
    fn memo(&self, id: &str, p: Period, f: impl FnOnce() -> Computed) -> Arc<Computed> {
        let key = (id.to_string(), p);
        let memo = || self.memo.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = memo().get(&key).cloned() {
            return c;
        }
        let c = Arc::new(f());
        memo().insert(key, c.clone());
        c
    }

    pub fn fy(&self) -> u32 {
        self.current.fy()
    }

    /// A past state assembled for scorecard KPIs, once per commit (built
    /// outside the lock, so that states can be assembled in parallel).
    fn past_catalog(&self, s: &Snapshot) -> Arc<Catalog> {
        let lock = || self.past_catalogs.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = lock().get(&s.commit) {
            return c.clone();
        }
        let c = Arc::new(crate::catalog::entities_only(
            &self.current.root,
            self.current.config.clone(),
            &s.files,
        ));
        lock().entry(s.commit.clone()).or_insert(c).clone()
    }

    /// Assembles, in parallel, the past states that scorecard KPIs of
    /// `periods` read (each period and the one before it), but those whose
    /// every scorecard value the caller gave (each then evaluated in period
    /// order, sharing one memo).
    fn prepare_scorecards(&self, kpis: &[Kpi], periods: &[Period]) {
        use rayon::prelude::*;
        let ids: Vec<&str> = scorecard_targets(kpis).collect();
        if ids.is_empty() {
            return;
        }
        let fy = self.fy();
        let read = |p: &Period| periods.iter().any(|q| q == p || q.prev() == *p);
        let mut distinct: Vec<&Snapshot> = self
            .snapshots
            .iter()
            .filter(|(p, _)| read(p))
            .filter_map(|(p, s)| {
                let s = s.as_ref().ok()?;
                let given = ids
                    .iter()
                    .all(|id| self.scored_state(id, p.end(fy), Some(&s.commit)).is_some());
                (!given).then_some(s)
            })
            .collect();
        distinct.sort_by(|a, b| a.commit.cmp(&b.commit));
        distinct.dedup_by(|a, b| a.commit == b.commit);
        distinct.par_iter().for_each(|s| {
            self.past_catalog(s);
        });
    }

    /// The snapshot KPIs of the catalog at the period's end: as it stands
    /// for a period that has not ended before today, else the state read
    /// from history.
    fn state(&self, p: Period) -> Result<&StateKpis, NotRead> {
        if !is_past(p, self.today, self.fy()) {
            return Ok(self
                .now
                .get_or_init(|| derived::state_kpis(&State::of_catalog(self.current))));
        }
        match self.snapshots.get(&p) {
            Some(Ok(s)) => self
                .past
                .get(&s.commit)
                .ok_or_else(|| NotRead::Commit(s.commit.clone())),
            Some(Err(why)) => Err(why.clone().into()),
            None => Err(NotRead::Period(p)),
        }
    }
}

/// A period that ended before today: its snapshot KPIs come from history.
pub fn is_past(p: Period, today: NaiveDate, fy: u32) -> bool {
    p.end(fy) < today
}

/// The past periods whose end state the given periods need (each one, the
/// one before for `previous`, and the one before that for adoption growth's
/// previous), sorted.
pub fn history_periods(periods: &[Period], today: NaiveDate, fy: u32) -> Vec<Period> {
    let mut v: Vec<Period> = periods
        .iter()
        .flat_map(|p| [*p, p.prev(), p.prev().prev()])
        .filter(|p| is_past(*p, today, fy))
        .collect();
    v.sort();
    v.dedup();
    v
}

/// A snapshot KPI: computed on the catalog at the period's end.
pub(crate) fn on_state(ctx: &Ctx, p: Period, pick: fn(&StateKpis) -> &Computed) -> Computed {
    match ctx.state(p) {
        Err(why) => Computed::missing(&why.to_string()),
        Ok(k) => pick(k).clone(),
    }
}

/// The scorecards whose target KPIs are among `kpis`, by id.
pub fn scorecard_targets(kpis: &[Kpi]) -> impl Iterator<Item = &str> {
    kpis.iter().filter_map(|k| match &k.measure {
        Measure::Scorecard(id) => Some(id.as_str()),
        _ => None,
    })
}

/// One KPI for one period.
pub fn compute(kpi: &Kpi, ctx: &Ctx, p: Period) -> Arc<Computed> {
    ctx.memo(&kpi.id, p, || compute_now(kpi, ctx, p))
}

fn compute_now(kpi: &Kpi, ctx: &Ctx, p: Period) -> Computed {
    match &kpi.measure {
        Measure::Builtin(def) => (def.compute)(ctx, p),
        Measure::Metrics => {
            observed::observed(ctx.current, &kpi.id, p, ctx.fy(), observed::Months::Mean)
        }
        Measure::Scorecard(id) => scorecard_target(ctx, p, id),
    }
}

/// A scorecard's target KPI: the share of its scored entities at the
/// target level or above, on the catalog at the period's end (as it stands
/// for the current period), evaluated on that day.
fn scorecard_target(ctx: &Ctx, p: Period, id: &str) -> Computed {
    let fy = ctx.fy();
    if !is_past(p, ctx.today, fy) {
        if let Some(c) = ctx.scored_state(id, ctx.today, None) {
            return c;
        }
        return scorecard_on(ctx, ctx.current, id, ctx.today, None);
    }
    let (cat, day): (Arc<Catalog>, NaiveDate) = {
        match ctx.snapshots.get(&p) {
            Some(Ok(s)) => {
                if let Some(c) = ctx.scored_state(id, p.end(fy), Some(&s.commit)) {
                    return c;
                }
                (ctx.past_catalog(s), p.end(fy))
            }
            Some(Err(why)) => return Computed::missing(&why.to_string()),
            None => return Computed::missing(&NotRead::Period(p).to_string()),
        }
    };
    let commit = ctx
        .snapshots
        .get(&p)
        .and_then(|s| s.as_ref().ok())
        .map(|s| s.commit.clone());
    scorecard_on(ctx, &cat, id, day, commit)
}

fn scorecard_on(
    ctx: &Ctx,
    cat: &Catalog,
    id: &str,
    day: NaiveDate,
    commit: Option<String>,
) -> Computed {
    let sc = match scorecard_with_target(cat, id) {
        Ok(sc) => sc,
        Err(missing) => return missing,
    };
    let inp = crate::scorecard::inputs::Inputs::new(cat, day);
    let ev = crate::scorecard::compile(sc)
        .evaluate_memo(&inp, ctx.scorecards.unwrap_or(&ctx.scorecard_memo));
    target_computed(sc, &ev.entities, day, commit)
}

/// The scorecard a target KPI reads on a catalog (the first of its id), or
/// the KPI's value when there is none or it has no target.
pub fn scorecard_with_target<'c>(
    cat: &'c Catalog,
    id: &str,
) -> Result<&'c crate::model::Scorecard, Computed> {
    let Some(sc) = cat.scorecards.iter().find(|s| s.id.value == id) else {
        return Err(Computed::missing(&format!(
            "scorecard `{id}` did not exist then"
        )));
    };
    if sc.target.is_none() {
        return Err(Computed::missing(&format!(
            "scorecard `{id}` had no target then"
        )));
    }
    Ok(sc)
}

/// A scorecard target KPI's value from the scorecard's scored entities on
/// `day` (at `commit`, for a state read from history).
pub fn target_computed(
    sc: &crate::model::Scorecard,
    entities: &[crate::scorecard::Scored],
    day: NaiveDate,
    commit: Option<String>,
) -> Computed {
    let Some(t) = &sc.target else {
        return Computed::missing(&format!("scorecard `{}` had no target then", sc.id.value));
    };
    let rank = sc.level_rank(&t.level.value);
    let value = rank.and_then(|l| crate::scorecard::share_of(entities, l));
    let at = rank.map(|l| {
        entities
            .iter()
            .filter(|e| e.level.is_some_and(|x| x >= l))
            .count()
    });
    let mut detail = json!({
        "scorecard": sc.id.value,
        "level": t.level.value,
        "scored": entities.len(),
        "at_or_above": at,
        "date": day.to_string(),
    });
    if let (Some(c), Value::Object(m)) = (commit, &mut detail) {
        m.insert("commit".into(), json!(c));
    }
    Computed::new(value, detail)
}

pub(crate) fn adoption_rate(ctx: &Ctx, p: Period) -> Arc<Computed> {
    ctx.memo("adoption-rate", p, || {
        on_state(ctx, p, |k| &k.adoption_rate)
    })
}

/// Adoption rate of the period minus that of the period before.
pub(crate) fn adoption_growth(ctx: &Ctx, p: Period) -> Computed {
    let now = adoption_rate(ctx, p);
    let before = adoption_rate(ctx, p.prev());
    let value = match (now.value, before.value) {
        (Some(a), Some(b)) => Some(a - b),
        _ => None,
    };
    // Either reason names its own date.
    let note = now.note.clone().or_else(|| before.note.clone());
    Computed {
        value,
        detail: json!({"rate": now.value, "previous_rate": before.value, "previous_period": p.prev().to_string()}),
        note,
    }
}

/// A KPI's row for one period: value, previous, change and status.
#[derive(Clone, Debug)]
pub struct Row<'k> {
    pub kpi: &'k Kpi,
    pub period: Period,
    pub value: Option<f64>,
    pub previous: Option<f64>,
    /// value − previous.
    pub change: Option<f64>,
    pub status: Status,
    /// The computation behind the value (its `detail` shows the working);
    /// shared with the memo, not copied: details can list hundreds of entities.
    pub computed: Arc<Computed>,
    pub note: Option<String>,
    pub previous_note: Option<String>,
}

fn row<'k>(kpi: &'k Kpi, p: Period, cur: Arc<Computed>, prev: &Computed) -> Row<'k> {
    let change = match (cur.value, prev.value) {
        // Scores are defined rounded to two decimals: so is their change.
        (Some(a), Some(b)) if kpi.unit == Unit::Score => Some(((a - b) * 100.0).round() / 100.0),
        (Some(a), Some(b)) => Some(a - b),
        _ => None,
    };
    Row {
        kpi,
        period: p,
        value: cur.value,
        previous: prev.value,
        change,
        status: status::status(kpi.target, kpi.better, cur.value, prev.value),
        note: cur.note.clone(),
        previous_note: prev.note.clone(),
        computed: cur,
    }
}

impl Row<'_> {
    /// The working behind the value.
    pub fn detail(&self) -> &Value {
        &self.computed.detail
    }
}

/// Every KPI for one period, in the registry's order (KPIs computed in parallel).
pub fn evaluate<'k>(kpis: &'k [Kpi], ctx: &Ctx, p: Period) -> Vec<Row<'k>> {
    use rayon::prelude::*;
    kpis.par_iter()
        .map(|k| row(k, p, compute(k, ctx, p), &compute(k, ctx, p.prev())))
        .collect()
}

/// Every KPI for each of consecutive periods: KPI by KPI (registry order),
/// then period by period (KPIs computed in parallel).
pub fn trend<'k>(kpis: &'k [Kpi], ctx: &Ctx, periods: &[Period]) -> Vec<Row<'k>> {
    use rayon::prelude::*;
    ctx.prepare_scorecards(kpis, periods);
    kpis.par_iter()
        .flat_map_iter(|k| {
            periods
                .iter()
                .map(move |&p| row(k, p, compute(k, ctx, p), &compute(k, ctx, p.prev())))
        })
        .collect()
}

/// The most periods a trend covers.
pub const MAX_TREND_PERIODS: usize = 240;

/// Periods from `since` to `until`, both included, of `since`'s kind.
pub fn periods_between(since: Period, until: Period) -> Vec<Period> {
    let mut v = Vec::new();
    let mut p = since;
    while p <= until && v.len() < MAX_TREND_PERIODS {
        v.push(p);
        p = p.next();
    }
    v
}
