//! Scorecards and campaigns: compile each CEL expression once, evaluate it
//! on every entity a scorecard applies to, and turn outcomes into levels,
//! scores, next steps, summaries and roll-ups. Pure: a catalog and a day
//! in, plain data out.

pub mod campaign;
pub mod cel;
pub mod inputs;
pub mod view;

use crate::catalog::Catalog;
use crate::model::{Exception, ScoreRule, Scorecard, Subject, UnknownPolicy};
use chrono::NaiveDate;
use inputs::{EntityRef, EntryHashes, Inputs, OwnedVars};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// What one rule gave for one entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Pass,
    Fail,
    Exempt,
    Skip,
    Pending,
    Unknown,
    Error,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::Exempt => "exempt",
            Outcome::Skip => "skip",
            Outcome::Pending => "pending",
            Outcome::Unknown => "unknown",
            Outcome::Error => "error",
        }
    }

    /// Passing: `pass` or `exempt`.
    pub fn passing(self) -> bool {
        matches!(self, Outcome::Pass | Outcome::Exempt)
    }
}

/// A compiled rule: its expressions, and the rank of its level.
pub struct CompiledRule {
    pub expr: Result<cel::Expr, cel::ExprError>,
    pub applies_when: Option<Result<cel::Expr, cel::ExprError>>,
    /// The index of its level in `levels`; `None` when the level is not one
    /// (a lint error: the rule then counts nowhere).
    pub rank: Option<usize>,
}

/// A scorecard with every expression compiled once.
pub struct Compiled<'a> {
    pub sc: &'a Scorecard,
    pub when: Option<Result<cel::Expr, cel::ExprError>>,
    pub rules: Vec<CompiledRule>,
    /// `scorecard/rule` of each rule, as exceptions name them.
    rule_refs: Vec<String>,
    /// The variables its expressions read: what the memo of a trend must
    /// compare between two states.
    reads: inputs::Reads,
    /// How the expressions read `capabilities`: by key only, a memo
    /// keeps what they read of the entries read rather than depending on
    /// every capability.
    caps_by_key: cel::ByKey,
    /// Whether a rule has `enable_on`: its results then depend on the
    /// day they are finished on, which a memo's key leaves out.
    dated: bool,
}

pub fn compile(sc: &Scorecard) -> Compiled<'_> {
    let when = sc.when.as_ref().map(|w| cel::compile(&w.value));
    let rules: Vec<CompiledRule> = sc
        .rules
        .iter()
        .map(|r| CompiledRule {
            expr: cel::compile(&r.expr.value),
            applies_when: r.applies_when.as_ref().map(|w| cel::compile(&w.value)),
            rank: sc.level_rank(&r.level.value),
        })
        .collect();
    let exprs: Vec<&cel::Expr> = when
        .iter()
        .chain(
            rules
                .iter()
                .flat_map(|r| std::iter::once(&r.expr).chain(r.applies_when.as_ref())),
        )
        .filter_map(|x| x.as_ref().ok())
        .collect();
    let reads = inputs::Reads::of(|var| exprs.iter().any(|e| e.reads(var)));
    let caps_by_key = exprs.iter().fold(cel::ByKey::Fields(Vec::new()), |a, e| {
        a.and(e.by_key("capabilities"))
    });
    Compiled {
        sc,
        when,
        rule_refs: sc
            .rules
            .iter()
            .map(|r| format!("{}/{}", sc.id.value, r.id.value))
            .collect(),
        rules,
        reads,
        caps_by_key,
        dated: sc.rules.iter().any(|r| r.enable_on.is_some()),
    }
}

/// One rule's result for one entity.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleResult {
    pub outcome: Outcome,
    /// For a pending rule: the outcome it would have.
    pub would: Option<Outcome>,
    /// Why: the key without data, or the error.
    pub detail: Option<String>,
    /// The exception that exempts the entity.
    pub exception: Option<String>,
}

impl RuleResult {
    /// Whether it counts, under the scorecard's `unknown` setting.
    pub fn counted(&self, policy: UnknownPolicy) -> bool {
        match self.outcome {
            Outcome::Skip | Outcome::Pending => false,
            Outcome::Unknown => policy == UnknownPolicy::Block,
            _ => true,
        }
    }

    /// Passing whatever `enable_on` says (what campaigns judge): pass,
    /// exempt or skip, or a pending rule that would be one of those.
    pub fn done(&self) -> bool {
        let o = if self.outcome == Outcome::Pending {
            self.would.unwrap_or(Outcome::Fail)
        } else {
            self.outcome
        };
        matches!(o, Outcome::Pass | Outcome::Exempt | Outcome::Skip)
    }
}

/// One entity's results on one scorecard.
#[derive(Clone, Debug)]
pub struct Scored {
    pub subject: Subject,
    /// Index in the catalog's list of its kind.
    pub ix: usize,
    pub id: String,
    pub team: Option<String>,
    /// The index of its level; `None` below the first.
    pub level: Option<usize>,
    /// Passing weight over counted weight; `None` when nothing counts.
    pub score: Option<f64>,
    /// One per rule of the scorecard, in its order (shared by the states
    /// of a trend where they are the same).
    pub rules: std::sync::Arc<[RuleResult]>,
    /// Their outcomes, kept beside them ([`Scored::outcome`]).
    packed: Option<Packed>,
}

impl Scored {
    /// The outcome of rule `i` (in the scorecard's order).
    pub fn outcome(&self, i: usize) -> Option<Outcome> {
        match self.packed {
            Some(p) if i < self.rules.len() => p.get(i),
            _ => self.rules.get(i).map(|r| r.outcome),
        }
    }
}

/// The outcomes of up to [`Packed::MAX`] rules, 3 bits each in rule order.
/// The outcomes table of a history export reads every entity's outcomes in
/// every state, while its results lie wherever their evaluation (in any
/// earlier state) left them in memory: reading them there cost more than
/// writing the rows. Made once with the results, and kept with them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Packed(u64);

impl Packed {
    const MAX: usize = 21;
    /// Every outcome, in the order of their declaration (their codes).
    const ALL: [Outcome; 7] = [
        Outcome::Pass,
        Outcome::Fail,
        Outcome::Exempt,
        Outcome::Skip,
        Outcome::Pending,
        Outcome::Unknown,
        Outcome::Error,
    ];

    /// `None` for more than [`Packed::MAX`] results.
    fn of(results: &[RuleResult]) -> Option<Packed> {
        if results.len() > Self::MAX {
            return None;
        }
        let bits = results
            .iter()
            .enumerate()
            .fold(0u64, |v, (i, r)| v | (r.outcome as u64) << (3 * i));
        Some(Packed(bits))
    }

    fn get(self, i: usize) -> Option<Outcome> {
        if i >= Self::MAX {
            return None;
        }
        Self::ALL.get(((self.0 >> (3 * i)) & 7) as usize).copied()
    }
}

/// The outcome of each rule on the entities a scorecard admits.
pub struct Evaluation<'a> {
    pub sc: &'a Scorecard,
    pub today: NaiveDate,
    /// The scored entities, by id.
    pub entities: Vec<Scored>,
}

fn base_outcome(e: cel::Eval) -> (Outcome, Option<String>) {
    match e {
        cel::Eval::Bool(true) => (Outcome::Pass, None),
        cel::Eval::Bool(false) => (Outcome::Fail, None),
        cel::Eval::NoData(k) => (Outcome::Unknown, Some(format!("no data: {k}"))),
        cel::Eval::Error(m) => (Outcome::Error, Some(m)),
    }
}

fn compile_error(what: &str, e: &cel::ExprError) -> String {
    format!("{what} does not compile: {}", e.message)
}

/// What a rule's expressions gave for one entity, before the day decides
/// (exemptions, `enable_on`): the part a trend can reuse between states.
#[derive(Clone, Debug, PartialEq)]
pub struct RawRule {
    skip: bool,
    /// `applies_when` failed: its outcome (unknown or error).
    pre: Option<(Outcome, Option<String>)>,
    expr: Option<(Outcome, Option<String>)>,
}

/// Runs a rule's expressions: `applies_when`, then (unless skipped) `expr`.
pub fn raw_rule(cr: &CompiledRule, scope: &cel::Scope) -> RawRule {
    match &cr.applies_when {
        None => {}
        Some(Err(e)) => {
            return RawRule {
                skip: false,
                pre: Some((Outcome::Error, Some(compile_error("applies_when", e)))),
                expr: None,
            }
        }
        Some(Ok(w)) => match scope.eval(w) {
            cel::Eval::Bool(false) => {
                return RawRule {
                    skip: true,
                    pre: None,
                    expr: None,
                }
            }
            cel::Eval::Bool(true) => {}
            other => {
                let (o, d) = base_outcome(other);
                return RawRule {
                    skip: false,
                    pre: Some((o, d.map(|d| format!("applies_when: {d}")))),
                    expr: None,
                };
            }
        },
    }
    let expr = match &cr.expr {
        Err(e) => (Outcome::Error, Some(compile_error("expr", e))),
        Ok(x) => base_outcome(scope.eval(x)),
    };
    RawRule {
        skip: false,
        pre: None,
        expr: Some(expr),
    }
}

/// The outcome on `today`: skip, then pending (with what it would give),
/// then exempt, then the expression's result.
pub fn finish(
    rule: &ScoreRule,
    raw: &RawRule,
    exempt: Option<&Exception>,
    today: NaiveDate,
) -> RuleResult {
    if raw.skip {
        return RuleResult {
            outcome: Outcome::Skip,
            would: None,
            detail: None,
            exception: None,
        };
    }
    let (outcome, detail, exception) = match (&raw.pre, exempt) {
        (Some((o, d)), _) => (*o, d.clone(), None),
        (None, Some(x)) => (Outcome::Exempt, None, Some(x.id.value.clone())),
        (None, None) => {
            let (o, d) = raw.expr.clone().unwrap_or((Outcome::Error, None));
            (o, d, None)
        }
    };
    if rule.enable_on.as_ref().is_some_and(|d| d.value > today) {
        RuleResult {
            outcome: Outcome::Pending,
            would: Some(outcome),
            detail,
            exception,
        }
    } else {
        RuleResult {
            outcome,
            would: None,
            detail,
            exception,
        }
    }
}

/// The result of one rule, from its expressions' results.
pub fn rule_result(
    rule: &ScoreRule,
    cr: &CompiledRule,
    scope: &cel::Scope,
    exempt: Option<&Exception>,
    today: NaiveDate,
) -> RuleResult {
    finish(rule, &raw_rule(cr, scope), exempt, today)
}

/// Expression results kept between the states of a trend (or between the
/// periods of a KPI trend), by a fingerprint of everything an entity's
/// expressions read ([`Inputs::fingerprint`]) and of the scorecard itself:
/// an entity whose inputs did not change between two states is not
/// evaluated again, whatever its kind. One memo may serve several
/// scorecards (the fingerprint holds the scorecard's id and text).
pub struct Memo {
    /// The results by fingerprint, spread over shards by the
    /// fingerprint's low bits: every core looks results up at once, and
    /// behind one lock they took turns (and slept) thousands of times a
    /// history export.
    shards: Box<[std::sync::Mutex<Generations>]>,
    /// Entities evaluated (not found) through it.
    evaluated: std::sync::atomic::AtomicUsize,
}

/// Shards of a [`Memo`] (a power of two).
const SHARDS: usize = 64;

/// One shard's results: of this generation, of the one before (moved
/// back when met again), and pinned ([`Memo::pin`]).
#[derive(Default)]
struct Generations {
    map: Held,
    /// The results kept before the last [`Memo::rotate`].
    old: Held,
    /// Results kept through every [`Memo::rotate`] until met again.
    pinned: Held,
}

impl Default for Memo {
    fn default() -> Memo {
        Memo {
            shards: (0..SHARDS).map(|_| Default::default()).collect(),
            evaluated: std::sync::atomic::AtomicUsize::new(0),
        }
    }
}

/// Results by fingerprint.
type Held = crate::hash::Map<u64, std::sync::Arc<Kept>>;

/// An entity's expression results (`None`: `when` did not admit it), and
/// for a scorecard that reads `capabilities`, the entries they read and
/// what those held ([`Inputs::caps_hash`]): the results hold in another
/// state only while those entries hold the same.
struct Kept {
    raw: Option<std::sync::Arc<Vec<RawRule>>>,
    caps: Option<(cel::KeyReads, u64)>,
    /// The results, level and score they give where nothing else has a
    /// say (no exception names the entity, no rule has `enable_on`): made
    /// once for every state that meets them.
    finished: std::sync::OnceLock<Finished>,
}

/// An entity's rule results with the level and score they give.
#[derive(Clone)]
struct Finished {
    rules: std::sync::Arc<[RuleResult]>,
    packed: Option<Packed>,
    level: Option<usize>,
    score: Option<f64>,
}

impl Kept {
    fn holds(&self, inp: &Inputs, by: &cel::ByKey, pre: Option<&EntryHashes>) -> bool {
        self.caps
            .as_ref()
            .is_none_or(|(reads, h)| inp.caps_hash(reads, by, pre) == *h)
    }
}

impl Memo {
    /// The shard holding `key`.
    fn shard(&self, key: u64) -> std::sync::MutexGuard<'_, Generations> {
        // Fingerprints are hashes: their low bits spread evenly.
        let i = (key as usize) & (SHARDS - 1);
        self.shards[i].lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Every shard in turn.
    fn each_shard(&self, mut f: impl FnMut(&mut Generations)) {
        for s in self.shards.iter() {
            f(&mut s.lock().unwrap_or_else(|p| p.into_inner()));
        }
    }

    /// Starts a new generation: results not met again since the one
    /// before are dropped (states read in date order need the previous
    /// state's results only).
    pub fn rotate(&self) {
        self.each_shard(|g| g.old = std::mem::take(&mut g.map));
    }

    /// How many entities were evaluated through it, their results not
    /// found.
    pub fn evaluated(&self) -> usize {
        self.evaluated.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Keeps every result so far until it is met again, whatever
    /// [`Memo::rotate`] does meanwhile: results of other dates that states
    /// read in date order meet later (the KPIs' scorecards, evaluated on
    /// every state before the tables are).
    pub fn pin(&self) {
        self.each_shard(|g| {
            let (map, old) = (std::mem::take(&mut g.map), std::mem::take(&mut g.old));
            g.pinned.extend(old);
            g.pinned.extend(map);
        });
    }

    /// The results kept for `key`, moved into this generation when they
    /// were kept in another.
    fn get(&self, key: u64) -> Option<std::sync::Arc<Kept>> {
        let mut g = self.shard(key);
        if let Some(k) = g.map.get(&key) {
            return Some(k.clone());
        }
        let k = match g.old.remove(&key) {
            Some(k) => k,
            None => g.pinned.remove(&key)?,
        };
        g.map.insert(key, k.clone());
        Some(k)
    }

    fn insert(&self, key: u64, r: std::sync::Arc<Kept>) {
        // A result this replaces is freed after the lock is let go.
        let replaced = self.shard(key).map.insert(key, r);
        drop(replaced);
    }
}

/// The level of an entity: the highest level whose counted rules, and
/// those of every level below, all pass (`None` below the first).
pub fn level_of(
    ranks: &[Option<usize>],
    results: &[RuleResult],
    levels: usize,
    policy: UnknownPolicy,
) -> Option<usize> {
    let mut level = None;
    for l in 0..levels {
        let ok = ranks
            .iter()
            .zip(results)
            .filter(|(r, res)| **r == Some(l) && res.counted(policy))
            .all(|(_, res)| res.outcome.passing());
        if ok {
            level = Some(l);
        } else {
            break;
        }
    }
    level
}

/// Passing weight over counted weight; `None` when no rule counts.
pub fn score_of(
    rules: &[ScoreRule],
    ranks: &[Option<usize>],
    results: &[RuleResult],
    policy: UnknownPolicy,
) -> Option<f64> {
    let (mut pass, mut all) = (0u64, 0u64);
    for ((rule, rank), res) in rules.iter().zip(ranks).zip(results) {
        if rank.is_none() || !res.counted(policy) {
            continue;
        }
        all += u64::from(rule.weight);
        if res.outcome.passing() {
            pass += u64::from(rule.weight);
        }
    }
    (all > 0).then(|| pass as f64 / all as f64)
}

impl<'a> Compiled<'a> {
    /// Whether every expression compiled.
    pub fn admits(&self, scope: &cel::Scope) -> bool {
        match &self.when {
            None => true,
            Some(Ok(w)) => scope.eval(w) == cel::Eval::Bool(true),
            Some(Err(_)) => false,
        }
    }

    fn ranks(&self) -> Vec<Option<usize>> {
        self.rules.iter().map(|r| r.rank).collect()
    }

    /// Evaluates one entity; `None` when `when` does not admit it.
    pub fn score_entity(&self, inp: &Inputs, e: &EntityRef) -> Option<Scored> {
        self.score_entity_memo(inp, e, None, &Entity::default())
    }

    fn raw_of(&self, inp: &Inputs, e: &EntityRef, owned: &OwnedVars) -> Option<Vec<RawRule>> {
        let vars = inp.vars(e, owned);
        cel::with_scope(&inp.shared, &vars, |scope| self.run(scope))
    }

    fn run(&self, scope: &cel::Scope) -> Option<Vec<RawRule>> {
        if !self.admits(scope) {
            return None;
        }
        Some(self.rules.iter().map(|cr| raw_rule(cr, scope)).collect())
    }

    /// An entity's results to keep in a memo: for a scorecard that reads
    /// `capabilities`, with the entries its expressions read.
    fn kept_of(
        &self,
        inp: &Inputs,
        e: &EntityRef,
        owned: &OwnedVars,
        pre: Option<&EntryHashes>,
    ) -> Kept {
        let by = &self.caps_by_key;
        if !self.reads.capabilities || *by == cel::ByKey::Not {
            let caps = self.reads.capabilities.then(|| {
                (
                    cel::KeyReads::All,
                    inp.caps_hash(&cel::KeyReads::All, by, pre),
                )
            });
            return Kept {
                raw: self.raw_of(inp, e, owned).map(std::sync::Arc::new),
                caps,
                finished: std::sync::OnceLock::new(),
            };
        }
        let vars = inp.vars(e, owned);
        let log = cel::KeyLog::default();
        let raw = cel::with_logged_scope(&inp.shared, &vars, &log, |scope| self.run(scope));
        let reads = log.reads();
        let h = inp.caps_hash(&reads, by, pre);
        Kept {
            raw: raw.map(std::sync::Arc::new),
            caps: Some((reads, h)),
            finished: std::sync::OnceLock::new(),
        }
    }

    /// Scores one entity, through `memo` (with the scorecard's salt and
    /// its [`Inputs::entry_hashes`]) when given; `shared` holds what the
    /// entity's other scorecards built of it (its values, the hash of its
    /// file) for this one to reuse.
    fn score_entity_memo(
        &self,
        inp: &Inputs,
        e: &EntityRef,
        memo: Option<(&Memo, u64, Option<&EntryHashes>)>,
        shared: &Entity,
    ) -> Option<Scored> {
        let sc = self.sc;
        let owned = || shared.vars.get_or_init(|| inp.owned_vars(e));
        let kept: Option<std::sync::Arc<Kept>> = memo.and_then(|(m, salt, pre)| {
            let own = (*shared.own.get_or_init(|| inp.own_hash(e)))?;
            let key = inp.fingerprint_from(own, e, &self.reads, salt);
            Some(
                match m.get(key).filter(|k| k.holds(inp, &self.caps_by_key, pre)) {
                    Some(k) => k,
                    None => {
                        m.evaluated
                            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let k = std::sync::Arc::new(self.kept_of(inp, e, owned(), pre));
                        m.insert(key, k.clone());
                        k
                    }
                },
            )
        });
        let named = inp.exceptions_of(e);
        let finish_all = |raw: &[RawRule]| {
            let results: std::sync::Arc<[RuleResult]> = sc
                .rules
                .iter()
                .zip(raw.iter())
                .zip(&self.rule_refs)
                .map(|((rule, raw), rref)| {
                    let exempt = if named.is_empty() {
                        None
                    } else {
                        inp.exempt(e, rref)
                    };
                    finish(rule, raw, exempt, inp.today)
                })
                .collect();
            let ranks = self.ranks();
            Finished {
                level: level_of(&ranks, &results, sc.levels.len(), sc.unknown),
                score: score_of(&sc.rules, &ranks, &results, sc.unknown),
                packed: Packed::of(&results),
                rules: results,
            }
        };
        let done = match kept {
            None => finish_all(&self.raw_of(inp, e, owned())?),
            Some(k) => {
                let raw = k.raw.as_ref()?;
                // Exemptions and `enable_on` depend on the state's day and
                // exceptions, which the memo's key leaves out.
                if named.is_empty() && !self.dated {
                    k.finished.get_or_init(|| finish_all(raw)).clone()
                } else {
                    finish_all(raw)
                }
            }
        };
        Some(Scored {
            subject: e.subject,
            ix: e.ix,
            id: e.id.to_string(),
            team: e.team.map(str::to_string),
            level: done.level,
            score: done.score,
            rules: done.rules,
            packed: done.packed,
        })
    }

    /// Like [`Compiled::evaluate`], reusing the results of entities whose
    /// inputs are unchanged since a state evaluated with the same memo.
    pub fn evaluate_memo(&self, inp: &Inputs, memo: &Memo) -> Evaluation<'a> {
        use rayon::prelude::*;
        let (salt, pre) = self.through(inp);
        let through = Some((memo, salt, pre.as_ref()));
        let ents = inputs::entities(inp.cat, self.sc.applies_to);
        let entities: Vec<Scored> = ents
            .par_iter()
            .filter_map(|e| self.score_entity_memo(inp, e, through, &Entity::default()))
            .collect();
        Evaluation {
            sc: self.sc,
            today: inp.today,
            entities,
        }
    }

    /// What every entity's results depend on besides its own inputs: the
    /// scorecard's text and id, the settings that shape what expressions
    /// read (fiscal year, exception warning days), and the day when an
    /// expression reads `today`. Exemptions and `enable_on` are applied
    /// after the memo, on each state's own day.
    /// What its entities are scored through on `inp`'s catalog and day.
    fn through<'i>(&self, inp: &Inputs<'i>) -> Through<'i> {
        (self.salt(inp), inp.entry_hashes(&self.caps_by_key))
    }

    fn salt(&self, inp: &Inputs) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = crate::hash::fingerprint();
        let text = inp.cat.text(self.sc.meta.file);
        if text.is_empty() {
            // A catalog built in memory: its fields (and where they stand).
            format!("{:?}", self.sc).hash(&mut h);
        } else {
            text.hash(&mut h);
        }
        self.sc.id.value.hash(&mut h);
        inp.cat.fy().hash(&mut h);
        inp.cat.config.policy.exception_warn_days.hash(&mut h);
        if self.reads.today {
            inp.today.hash(&mut h);
        }
        h.finish()
    }

    /// Evaluates every entity the scorecard applies to.
    pub fn evaluate(&self, inp: &Inputs) -> Evaluation<'a> {
        use rayon::prelude::*;
        let ents = inputs::entities(inp.cat, self.sc.applies_to);
        let entities: Vec<Scored> = ents
            .par_iter()
            .filter_map(|e| self.score_entity(inp, e))
            .collect();
        Evaluation {
            sc: self.sc,
            today: inp.today,
            entities,
        }
    }
}

/// What the scorecards of one entity share while it is scored: its values
/// (built by the first scorecard that evaluates it) and the hash of its
/// own file (`None` inside: the catalog holds no text for it).
#[derive(Default)]
struct Entity {
    vars: std::cell::OnceCell<OwnedVars>,
    own: std::cell::OnceCell<Option<u64>>,
}

/// What a scorecard's entities are scored through: its salt and its
/// capability entry hashes ([`Inputs::entry_hashes`]).
type Through<'a> = (u64, Option<EntryHashes<'a>>);

/// Every scorecard of `cards` evaluated, through `memo` those `kept` says
/// (the others' results would never be met again), their scored entities
/// in the order of `cards` (each as [`Compiled::evaluate_memo`] gives
/// them). The scorecards over one kind go over its entities together, so
/// that an entity's values are built, and its file hashed, once for all
/// of them rather than once per scorecard.
pub fn evaluate_all_memo(
    cards: &[Compiled],
    inp: &Inputs,
    memo: &Memo,
    kept: impl Fn(&Scorecard) -> bool,
) -> Vec<Vec<Scored>> {
    use rayon::prelude::*;
    let mut out: Vec<Vec<Scored>> = cards.iter().map(|_| Vec::new()).collect();
    for subject in [Subject::Service, Subject::Capability, Subject::Team] {
        // Each scorecard's salt and entry hashes, when its results are kept.
        let of: Vec<(usize, Option<Through>)> = cards
            .iter()
            .enumerate()
            .filter(|(_, c)| c.sc.applies_to == subject)
            .map(|(i, c)| (i, kept(c.sc).then(|| c.through(inp))))
            .collect();
        if of.is_empty() {
            continue;
        }
        let ents = inputs::entities(inp.cat, subject);
        // Each entity's results on every scorecard of the kind, one after
        // the other (no list per entity to make and free).
        let per: Vec<Option<Scored>> = ents
            .par_iter()
            .flat_map_iter(|e| {
                let shared = Entity::default();
                of.iter().map(move |(i, through)| {
                    let through = through.as_ref().map(|(s, pre)| (memo, *s, pre.as_ref()));
                    cards
                        .get(*i)
                        .and_then(|c| c.score_entity_memo(inp, e, through, &shared))
                })
            })
            .collect();
        for (s, &(i, _)) in per.into_iter().zip(of.iter().cycle()) {
            if let (Some(s), Some(v)) = (s, out.get_mut(i)) {
                v.push(s);
            }
        }
    }
    out
}

/// Compiles and evaluates one scorecard on a catalog and day.
pub fn evaluate<'a>(cat: &'a Catalog, sc: &'a Scorecard, today: NaiveDate) -> Evaluation<'a> {
    let inp = Inputs::new(cat, today);
    compile(sc).evaluate(&inp)
}

/// Like [`evaluate`], through a memo shared with other evaluations.
pub fn evaluate_memo<'a>(
    cat: &'a Catalog,
    sc: &'a Scorecard,
    today: NaiveDate,
    memo: &Memo,
) -> Evaluation<'a> {
    let inp = Inputs::new(cat, today);
    compile(sc).evaluate_memo(&inp, memo)
}

/// The counted rules at the level above `level` that are not passing.
pub fn next_step(sc: &Scorecard, s: &Scored) -> Vec<usize> {
    let target = s.level.map_or(0, |l| l + 1);
    if target >= sc.levels.len() {
        return Vec::new();
    }
    sc.rules
        .iter()
        .enumerate()
        .filter(|(i, r)| {
            sc.level_rank(&r.level.value) == Some(target)
                && s.rules[*i].counted(sc.unknown)
                && !s.rules[*i].outcome.passing()
        })
        .map(|(i, _)| i)
        .collect()
}

/// Counts over a set of scored entities.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub scored: usize,
    /// `counts[0]` at none, `counts[i + 1]` at level i.
    pub counts: Vec<usize>,
    /// The median level: `None` for no entity, `Some(None)` for none.
    pub median: Option<Option<usize>>,
    /// Share of scored entities above none.
    pub progress: Option<f64>,
    /// Per rule: (passing, counted).
    pub rules: Vec<(usize, usize)>,
}

/// The summary of some entities of one scorecard.
pub fn summarize<'s>(sc: &Scorecard, ents: impl Iterator<Item = &'s Scored>) -> Summary {
    let mut counts = vec![0usize; sc.levels.len() + 1];
    let mut rules = vec![(0usize, 0usize); sc.rules.len()];
    let mut ranks: Vec<usize> = Vec::new();
    let ranked: Vec<bool> = sc
        .rules
        .iter()
        .map(|r| sc.level_rank(&r.level.value).is_some())
        .collect();
    for e in ents {
        let r = e.level.map_or(0, |l| l + 1);
        if let Some(c) = counts.get_mut(r) {
            *c += 1;
        }
        ranks.push(r);
        for (i, res) in e.rules.iter().enumerate() {
            if ranked.get(i) == Some(&true) && res.counted(sc.unknown) {
                if let Some(x) = rules.get_mut(i) {
                    x.1 += 1;
                    if res.outcome.passing() {
                        x.0 += 1;
                    }
                }
            }
        }
    }
    ranks.sort_unstable();
    let scored = ranks.len();
    let median = (scored > 0).then(|| {
        let r = ranks[(scored - 1) / 2];
        r.checked_sub(1)
    });
    let above = scored - counts[0];
    Summary {
        scored,
        counts,
        median,
        progress: (scored > 0).then(|| above as f64 / scored as f64),
        rules,
    }
}

/// The share of scored entities at `level` or above; `None` without entities.
pub fn share_at_or_above(ev: &Evaluation, level: usize) -> Option<f64> {
    share_of(&ev.entities, level)
}

/// The share of `entities` at `level` or above; `None` without entities.
pub fn share_of(entities: &[Scored], level: usize) -> Option<f64> {
    let n = entities.len();
    (n > 0).then(|| {
        entities
            .iter()
            .filter(|e| e.level.is_some_and(|l| l >= level))
            .count() as f64
            / n as f64
    })
}

/// The target KPI's value: the share at `target.level` or above.
pub fn target_value(ev: &Evaluation) -> Option<f64> {
    let t = ev.sc.target.as_ref()?;
    let l = ev.sc.level_rank(&t.level.value)?;
    share_at_or_above(ev, l)
}

/// Each team with the entities of it and of every team below it (through
/// `parent`), by team id. A team in a cycle stops at the first repeat.
pub fn rollup<'e>(cat: &Catalog, ev: &'e Evaluation) -> BTreeMap<String, Vec<&'e Scored>> {
    let parent: HashMap<&str, &str> = cat
        .teams
        .iter()
        .filter_map(|t| {
            t.parent
                .as_ref()
                .map(|p| (t.id.value.as_str(), p.value.as_str()))
        })
        .collect();
    let mut out: BTreeMap<String, Vec<&Scored>> = BTreeMap::new();
    for t in &cat.teams {
        out.entry(t.id.value.clone()).or_default();
    }
    for e in &ev.entities {
        let Some(mut t) = e.team.as_deref() else {
            continue;
        };
        let mut seen = HashSet::new();
        loop {
            if !seen.insert(t) {
                break;
            }
            out.entry(t.to_string()).or_default().push(e);
            match parent.get(t) {
                Some(p) => t = p,
                None => break,
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;

/// An entity whose level on a scorecard is lower now than in an earlier
/// state of the catalog (both judged on the same day).
pub struct LevelDrop {
    pub scorecard: String,
    pub subject: Subject,
    /// Index of the entity in `now`'s list of its kind.
    pub ix: usize,
    pub entity: String,
    pub team: Option<String>,
    pub from: String,
    pub to: String,
}

/// Every level that dropped between `before` and `now`, scorecard by
/// scorecard in `now`'s order. Levels compare by rank in the current
/// scorecard's `levels`, `none` lowest; an entity or scorecard that did not
/// exist before has nothing to drop from.
pub fn level_drops(now: &Catalog, before: &Catalog, today: NaiveDate) -> Vec<LevelDrop> {
    let mut out = Vec::new();
    for sc in &now.scorecards {
        let Some(old) = before.scorecards.iter().find(|s| s.id.value == sc.id.value) else {
            continue;
        };
        let ev_now = evaluate(now, sc, today);
        let ev_old = evaluate(before, old, today);
        let old_levels: std::collections::HashMap<&str, Option<usize>> = ev_old
            .entities
            .iter()
            .map(|e| (e.id.as_str(), e.level))
            .collect();
        for e in &ev_now.entities {
            let Some(was) = old_levels.get(e.id.as_str()) else {
                continue;
            };
            let name_old = view::level_name(old, *was);
            let rank_now = e.level.map_or(0, |l| l + 1);
            let rank_old = match was {
                None => 0,
                Some(_) => sc.level_rank(&name_old).map_or(0, |l| l + 1),
            };
            if rank_now < rank_old {
                out.push(LevelDrop {
                    scorecard: sc.id.value.clone(),
                    subject: e.subject,
                    ix: e.ix,
                    entity: e.id.clone(),
                    team: e.team.clone(),
                    from: name_old,
                    to: view::level_name(sc, e.level),
                });
            }
        }
    }
    out
}
