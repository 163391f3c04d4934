//! What expressions read: each entity's values, built from a catalog on a
//! day. Values that many entities share are built once.

use super::cel::{self, Value};
use crate::catalog::Catalog;
use crate::hash::Map as HashMap;
use crate::model::{Capability, Exception, Quarter, Service, Subject, Team};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One scored entity: its kind, index in the catalog's list, id and team.
#[derive(Clone, Copy, Debug)]
pub struct EntityRef<'a> {
    pub subject: Subject,
    pub ix: usize,
    pub id: &'a str,
    pub team: Option<&'a str>,
}

/// The entities a scorecard over `subject` looks at, in id order.
pub fn entities(cat: &Catalog, subject: Subject) -> Vec<EntityRef<'_>> {
    let mut v: Vec<EntityRef> = match subject {
        Subject::Service => cat
            .services
            .iter()
            .enumerate()
            .map(|(ix, s)| EntityRef {
                subject,
                ix,
                id: &s.id.value,
                team: Some(&s.team.value),
            })
            .collect(),
        Subject::Capability => cat
            .capabilities
            .iter()
            .enumerate()
            .map(|(ix, c)| EntityRef {
                subject,
                ix,
                id: &c.id.value,
                team: Some(&c.owner.value),
            })
            .collect(),
        Subject::Team => cat
            .teams
            .iter()
            .enumerate()
            .map(|(ix, t)| EntityRef {
                subject,
                ix,
                id: &t.id.value,
                team: Some(&t.id.value),
            })
            .collect(),
    };
    // Files named by their ids come in id order already: one pass tells.
    // Otherwise on every core: a history export sorts ten thousand of them
    // a state, before its scoring can start.
    let order = |a: &EntityRef, b: &EntityRef| a.id.cmp(b.id).then(a.ix.cmp(&b.ix));
    // (An unstable sort: the index makes every key distinct.)
    if !v.is_sorted_by(|a, b| order(a, b).is_le()) {
        use rayon::slice::ParallelSliceMut;
        v.par_sort_unstable_by(order);
    }
    // A repeated id is a lint error; the first one is scored.
    v.dedup_by(|a, b| a.id == b.id);
    v
}

fn hash_of(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = crate::hash::fingerprint();
    s.hash(&mut h);
    h.finish()
}

/// The value expressions read of `x`: its JSON's (built directly when
/// [`cel::to_value`] can).
fn json_of<T: Serialize>(x: &T) -> Value {
    if let Some(v) = cel::to_value(x) {
        return v;
    }
    match serde_json::to_value(x) {
        Ok(v) => cel::from_json(&v),
        Err(_) => cel::map([]),
    }
}

/// Which variables a scorecard's expressions read (`entity` and `facts`,
/// from the entity's own file, always count).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reads {
    pub uses: bool,
    pub team: bool,
    pub services: bool,
    pub capabilities: bool,
    pub exceptions: bool,
    pub metrics: bool,
    pub today: bool,
}

impl Reads {
    /// From a test of whether some expression names a variable.
    pub fn of(names: impl Fn(&str) -> bool) -> Reads {
        Reads {
            uses: names("uses"),
            team: names("team"),
            services: names("services"),
            capabilities: names("capabilities"),
            exceptions: names("exceptions"),
            metrics: names("metrics"),
            today: names("today"),
        }
    }
}

/// Everything the entities of one catalog share on one day.
pub struct Inputs<'a> {
    pub cat: &'a Catalog,
    pub today: NaiveDate,
    pub shared: cel::Shared,
    quarter: Quarter,
    /// A hash of every capability file (the `capabilities` variable).
    caps_gen: u64,
    /// A hash of the files of each capability id (one entry of `capabilities`).
    cap_texts: HashMap<&'a str, u64>,
    /// A hash of each field of each entry of `capabilities`, by field
    /// name in order.
    cap_fields: HashMap<&'a str, FieldHashes>,
    team_ix: HashMap<&'a str, usize>,
    team_vals: Vec<Value>,
    /// A hash of each team's file, by index (the `team` variable's part
    /// of a fingerprint).
    team_texts: Vec<u64>,
    empty_list: Value,
    empty_map: Value,
    /// Exceptions by (kind, id) they name.
    exceptions: HashMap<Subject, HashMap<&'a str, Vec<&'a Exception>>>,
    /// Scoped metric series by (kind, id), by KPI.
    metrics: HashMap<Subject, HashMap<&'a str, BTreeMap<&'a str, Vec<&'a crate::model::Metric>>>>,
    /// The active services of each team and of each capability, made
    /// when a team or capability is first scored (most scorecards are
    /// over services, which read neither).
    active: std::sync::OnceLock<ActiveServices<'a>>,
}

impl<'a> Inputs<'a> {
    pub fn new(cat: &'a Catalog, today: NaiveDate) -> Inputs<'a> {
        // The capabilities' values and the teams' on two cores: a history
        // export makes them for every state before scoring it.
        let ((capabilities, cap_fields), (team_vals, team_texts)) = rayon::join(
            || capability_values(cat),
            || {
                let vals: Vec<Value> = cat.teams.iter().map(json_of).collect();
                let texts: Vec<u64> = cat
                    .teams
                    .iter()
                    .map(|t| hash_of(cat.text(t.meta.file)))
                    .collect();
                (vals, texts)
            },
        );
        let mut team_ix = HashMap::default();
        for (i, t) in cat.teams.iter().enumerate() {
            team_ix.entry(t.id.value.as_str()).or_insert(i);
        }
        Inputs {
            cat,
            today,
            shared: cel::Shared {
                capabilities,
                today: cel::string(today.to_string()),
            },
            quarter: Quarter::of(today, cat.fy()),
            caps_gen: capability_files_hash(cat),
            cap_texts: capability_texts_hash(cat),
            cap_fields,
            team_ix,
            team_vals,
            team_texts,
            empty_list: cel::list(Vec::new()),
            empty_map: cel::map([]),
            exceptions: exceptions_by_entity(cat),
            metrics: metrics_by_entity(cat),
            active: std::sync::OnceLock::new(),
        }
    }

    /// The exceptions that name an entity.
    pub fn exceptions_of(&self, e: &EntityRef<'_>) -> &[&'a Exception] {
        self.exceptions
            .get(&e.subject)
            .and_then(|m| m.get(e.id))
            .map_or(&[], |v| v.as_slice())
    }

    /// Whether an open exception waives `scorecard/rule` for the entity.
    pub fn exempt(&self, e: &EntityRef, rule_ref: &str) -> Option<&'a Exception> {
        self.exceptions_of(e).iter().copied().find(|x| {
            x.rule.as_ref().is_some_and(|r| r.value == rule_ref) && x.is_open_on(self.today)
        })
    }

    /// What the entries of `capabilities` that expressions read hold: a
    /// hash of which are absent, and of the fields `by` names of the others
    /// (of their files when they read entries whole); of every capability
    /// file when they read the whole map. Part of an entity's inputs that
    /// [`Inputs::fingerprint`] leaves out, since only running the
    /// expressions tells which entries they read.
    /// `pre`: the hash of each entry's fields, when [`Inputs::entry_hashes`]
    /// made them for `by` (the same values, made once a state rather than
    /// once an entity).
    pub fn caps_hash(
        &self,
        reads: &cel::KeyReads,
        by: &cel::ByKey,
        pre: Option<&EntryHashes<'_>>,
    ) -> u64 {
        use std::hash::{Hash, Hasher};
        let keys = match (reads, by) {
            (cel::KeyReads::Keys(keys), cel::ByKey::Entries | cel::ByKey::Fields(_)) => keys,
            _ => return self.caps_gen,
        };
        // The keys themselves are not hashed: the hash is only ever
        // compared with one made of the same keys (kept beside it).
        let mut h = crate::hash::fingerprint();
        for k in keys {
            let entry = match (by, pre) {
                (cel::ByKey::Fields(_), Some(pre)) => pre.get(k.as_str()).copied(),
                (cel::ByKey::Fields(names), None) => self
                    .cap_fields
                    .get(k.as_str())
                    .map(|f| fields_hash(f, names)),
                _ => None,
            };
            match entry {
                Some(x) => {
                    true.hash(&mut h);
                    x.hash(&mut h);
                }
                None => self.cap_texts.get(k.as_str()).hash(&mut h),
            }
        }
        h.finish()
    }

    /// The hash of the fields `by` names of each entry of `capabilities`,
    /// for [`Inputs::caps_hash`]; `None` unless it reads by field.
    pub fn entry_hashes(&self, by: &cel::ByKey) -> Option<EntryHashes<'a>> {
        let cel::ByKey::Fields(names) = by else {
            return None;
        };
        Some(
            self.cap_fields
                .iter()
                .map(|(k, f)| (*k, fields_hash(f, names)))
                .collect(),
        )
    }

    /// A fingerprint of everything an entity's expressions read but the
    /// entries of `capabilities` ([`Inputs::caps_hash`]), mixed
    /// with `salt` (the scorecard and the settings): the text of its own
    /// file (`entity`, `facts`), and of what `reads` says the expressions
    /// name: its team's file (`team`); the exceptions that name it with their state on the
    /// day (`exceptions`); the values of the metric series that name it in
    /// the day's quarter (`metrics`); for a capability the active services
    /// that use it, for a team its active services' files (`uses`,
    /// `services`). Two states with equal fingerprints give the entity
    /// equal expression results. `None` when the catalog holds no text for
    /// the entity's file (built in memory): it is then always evaluated.
    pub fn fingerprint(&self, e: &EntityRef, reads: &Reads, salt: u64) -> Option<u64> {
        self.own_hash(e)
            .map(|own| self.fingerprint_from(own, e, reads, salt))
    }

    /// A hash of an entity's kind, id and own file's text: the part of its
    /// [`Inputs::fingerprint`] every scorecard shares (hashed once when
    /// several score it). `None` when the catalog holds no text for it.
    pub fn own_hash(&self, e: &EntityRef) -> Option<u64> {
        use std::hash::{Hash, Hasher};
        let cat = self.cat;
        let own = match e.subject {
            Subject::Service => cat.services.get(e.ix)?.meta.file,
            Subject::Capability => cat.capabilities.get(e.ix)?.meta.file,
            Subject::Team => cat.teams.get(e.ix)?.meta.file,
        };
        let text = cat.text(own);
        if text.is_empty() {
            return None;
        }
        let mut h = crate::hash::fingerprint();
        e.subject.hash(&mut h);
        e.id.hash(&mut h);
        text.hash(&mut h);
        Some(h.finish())
    }

    /// [`Inputs::fingerprint`] from the entity's [`Inputs::own_hash`].
    pub fn fingerprint_from(&self, own: u64, e: &EntityRef, reads: &Reads, salt: u64) -> u64 {
        use std::hash::{Hash, Hasher};
        let cat = self.cat;
        let mut h = crate::hash::fingerprint();
        salt.hash(&mut h);
        own.hash(&mut h);
        if reads.team {
            match e.team.and_then(|t| self.team_ix.get(t)) {
                Some(&i) => self.team_texts.get(i).hash(&mut h),
                None => 0u8.hash(&mut h),
            }
        }
        match e.subject {
            Subject::Service => {}
            Subject::Capability if reads.uses => {
                let users = self.cap_users().get(e.id);
                users.map_or(0, BTreeSet::len).hash(&mut h);
                for u in users.into_iter().flatten() {
                    u.hash(&mut h);
                }
            }
            Subject::Capability => {}
            Subject::Team if reads.uses || reads.services => {
                let svcs = self
                    .team_services()
                    .get(e.id)
                    .map_or(&[][..], Vec::as_slice);
                svcs.len().hash(&mut h);
                for s in svcs {
                    s.id.value.hash(&mut h);
                    cat.text(s.meta.file).hash(&mut h);
                }
            }
            Subject::Team => {}
        }
        if reads.exceptions {
            let named = self.exceptions_of(e);
            named.len().hash(&mut h);
            for x in named {
                cat.text(x.meta.file).hash(&mut h);
                x.state(self.today, cat.config.policy.exception_warn_days)
                    .as_str()
                    .hash(&mut h);
            }
        }
        if reads.metrics {
            if let Some(m) = self.metrics.get(&e.subject).and_then(|m| m.get(e.id)) {
                m.len().hash(&mut h);
                for (kpi, series) in m {
                    kpi.hash(&mut h);
                    crate::kpi::observed::scoped_quarter_value(
                        kpi,
                        series.iter().copied(),
                        self.quarter,
                        cat.fy(),
                    )
                    .map(f64::to_bits)
                    .hash(&mut h);
                }
            }
        }
        h.finish()
    }

    fn active(&self) -> &ActiveServices<'a> {
        self.active.get_or_init(|| active_services(self.cat))
    }

    /// Active services of each team.
    fn team_services(&self) -> &HashMap<&'a str, Vec<&'a Service>> {
        &self.active().0
    }

    /// Active services using each capability.
    fn cap_users(&self) -> &HashMap<&'a str, BTreeSet<&'a str>> {
        &self.active().1
    }

    fn team_val(&self, id: Option<&str>) -> &Value {
        id.and_then(|t| self.team_ix.get(t))
            .and_then(|i| self.team_vals.get(*i))
            .unwrap_or(&self.empty_map)
    }

    /// The values an entity's expressions read.
    pub fn owned_vars(&self, e: &EntityRef) -> OwnedVars {
        let cat = self.cat;
        let (entity, uses, services, facts) = match e.subject {
            Subject::Service => {
                let s: &Service = &cat.services[e.ix];
                let uses = s
                    .uses
                    .iter()
                    .map(|u| cel::string(u.capability.value.clone()))
                    .collect();
                let facts = cel::tracked(
                    "facts",
                    s.facts.iter().map(|(k, v)| (k.clone(), json_of(v))),
                );
                (json_of(s), cel::list(uses), None, facts)
            }
            Subject::Capability => {
                let c: &Capability = &cat.capabilities[e.ix];
                let uses = self
                    .cap_users()
                    .get(c.id.value.as_str())
                    .map(|s| s.iter().map(|x| cel::string(x.to_string())).collect())
                    .unwrap_or_default();
                (json_of(c), cel::list(uses), None, cel::tracked("facts", []))
            }
            Subject::Team => {
                let t: &Team = &cat.teams[e.ix];
                let svcs = self
                    .team_services()
                    .get(t.id.value.as_str())
                    .map_or(&[][..], |v| v.as_slice());
                let caps: BTreeSet<&str> = svcs
                    .iter()
                    .flat_map(|s| s.uses.iter().map(|u| u.capability.value.as_str()))
                    .collect();
                (
                    json_of(t),
                    cel::list(caps.iter().map(|c| cel::string(c.to_string())).collect()),
                    Some(cel::list(svcs.iter().map(|s| json_of(*s)).collect())),
                    cel::tracked("facts", []),
                )
            }
        };
        let exceptions = cel::list(
            self.exceptions_of(e)
                .iter()
                .map(|x| {
                    let mut j = serde_json::to_value(x).unwrap_or_default();
                    if let Some(o) = j.as_object_mut() {
                        o.insert(
                            "state".into(),
                            serde_json::Value::String(
                                x.state(self.today, cat.config.policy.exception_warn_days)
                                    .as_str()
                                    .into(),
                            ),
                        );
                    }
                    cel::from_json(&j)
                })
                .collect(),
        );
        let metrics = cel::tracked(
            "metrics",
            self.metrics
                .get(&e.subject)
                .and_then(|m| m.get(e.id))
                .into_iter()
                .flatten()
                .filter_map(|(kpi, series)| {
                    crate::kpi::observed::scoped_quarter_value(
                        kpi,
                        series.iter().copied(),
                        self.quarter,
                        cat.fy(),
                    )
                    .map(|v| {
                        let v: Value = if v.fract() == 0.0 && v.abs() < 9e15 {
                            Box::new(cel_int(v as i64))
                        } else {
                            Box::new(cel_double(v))
                        };
                        (kpi.to_string(), v)
                    })
                }),
        );
        OwnedVars {
            entity,
            uses,
            services,
            exceptions,
            metrics,
            facts,
        }
    }

    /// Borrows owned values into the shape expressions read.
    pub fn vars<'v>(&'v self, e: &EntityRef, o: &'v OwnedVars) -> cel::Vars<'v> {
        cel::Vars {
            entity: &o.entity,
            uses: &o.uses,
            team: self.team_val(e.team),
            services: o.services.as_ref().unwrap_or(&self.empty_list),
            exceptions: &o.exceptions,
            metrics: &o.metrics,
            facts: &o.facts,
        }
    }
}

fn cel_int(i: i64) -> ::cel::common::types::CelInt {
    i.into()
}

fn cel_double(f: f64) -> ::cel::common::types::CelDouble {
    f.into()
}

/// The values built for one entity.
pub struct OwnedVars {
    entity: Value,
    uses: Value,
    services: Option<Value>,
    exceptions: Value,
    metrics: Value,
    facts: Value,
}

/// The active services of each team, and the active services using each capability.
type ActiveServices<'a> = (
    HashMap<&'a str, Vec<&'a Service>>,
    HashMap<&'a str, BTreeSet<&'a str>>,
);

/// Scoped metric series by (kind, id), by KPI.
type MetricsByEntity<'a> =
    HashMap<Subject, HashMap<&'a str, BTreeMap<&'a str, Vec<&'a crate::model::Metric>>>>;

/// A hash of each field of one entry of `capabilities`, by name in order.
type FieldHashes = Vec<(String, u64)>;

/// Each entry of `capabilities` by id: the hash of the fields a scorecard
/// reads of it ([`Inputs::entry_hashes`]).
pub type EntryHashes<'a> = crate::hash::Map<&'a str, u64>;

/// The hash of the fields `names` (sorted) of an entry.
fn fields_hash(fields: &FieldHashes, names: &[String]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = crate::hash::fingerprint();
    // Both in name order: one walk, no lookup per name.
    let mut fields = fields.iter().peekable();
    for n in names {
        while fields.next_if(|(f, _)| f < n).is_some() {}
        fields.next_if(|(f, _)| f == n).map(|(_, v)| v).hash(&mut h);
    }
    h.finish()
}

/// The `capabilities` variable (each capability as a value, by id), and a hash
/// of each field of each of its entries.
fn capability_values(cat: &Catalog) -> (Value, HashMap<&str, FieldHashes>) {
    let cap_json: Vec<serde_json::Value> = cat
        .capabilities
        .iter()
        .map(|c| serde_json::to_value(c).unwrap_or_else(|_| serde_json::json!({})))
        .collect();
    let capabilities = cel::map(
        cat.capabilities
            .iter()
            .zip(&cap_json)
            .map(|(c, j)| (c.id.value.clone(), cel::from_json(j))),
    );
    // (A later entry of a repeated id replaces the earlier, as in the map.)
    let cap_fields = cat
        .capabilities
        .iter()
        .zip(&cap_json)
        .map(|(c, j)| {
            let mut fields: FieldHashes = j
                .as_object()
                .into_iter()
                .flatten()
                .map(|(k, v)| (k.clone(), hash_of(&v.to_string())))
                .collect();
            fields.sort_unstable();
            (c.id.value.as_str(), fields)
        })
        .collect();
    (capabilities, cap_fields)
}

/// A hash of every capability file.
fn capability_files_hash(cat: &Catalog) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = crate::hash::fingerprint();
    for c in &cat.capabilities {
        cat.text(c.meta.file).hash(&mut h);
    }
    h.finish()
}

/// A hash of the files of each capability id.
fn capability_texts_hash(cat: &Catalog) -> HashMap<&str, u64> {
    use std::hash::{Hash, Hasher};
    let mut by_id: HashMap<&str, crate::hash::Fingerprint> = HashMap::default();
    for c in &cat.capabilities {
        cat.text(c.meta.file).hash(
            by_id
                .entry(c.id.value.as_str())
                .or_insert_with(crate::hash::fingerprint),
        );
    }
    by_id.into_iter().map(|(k, h)| (k, h.finish())).collect()
}

/// The exceptions by the kind and id of the entity they name.
fn exceptions_by_entity(cat: &Catalog) -> HashMap<Subject, HashMap<&str, Vec<&Exception>>> {
    let mut exceptions: HashMap<Subject, HashMap<&str, Vec<&Exception>>> = HashMap::default();
    for e in &cat.exceptions {
        if let Some(s) = &e.service {
            exceptions
                .entry(Subject::Service)
                .or_default()
                .entry(&s.value)
                .or_default()
                .push(e);
        } else if let Some(c) = &e.capability {
            exceptions
                .entry(Subject::Capability)
                .or_default()
                .entry(&c.value)
                .or_default()
                .push(e);
        } else {
            exceptions
                .entry(Subject::Team)
                .or_default()
                .entry(&e.team.value)
                .or_default()
                .push(e);
        }
    }
    exceptions
}

/// The metric series scoped to a service or capability, by entity and KPI.
fn metrics_by_entity(cat: &Catalog) -> MetricsByEntity<'_> {
    let mut metrics: HashMap<Subject, HashMap<&str, BTreeMap<&str, Vec<&crate::model::Metric>>>> =
        HashMap::default();
    for m in &cat.metrics {
        let key = match (&m.service, &m.capability) {
            (Some(s), _) => (Subject::Service, s.value.as_str()),
            (None, Some(c)) => (Subject::Capability, c.value.as_str()),
            (None, None) => continue,
        };
        metrics
            .entry(key.0)
            .or_default()
            .entry(key.1)
            .or_default()
            .entry(&m.kpi.value)
            .or_default()
            .push(m);
    }
    metrics
}

/// The active services of each team (by id), and the active services using
/// each capability.
fn active_services(cat: &Catalog) -> ActiveServices<'_> {
    let mut team_services: HashMap<&str, Vec<&Service>> = HashMap::default();
    let mut cap_users: HashMap<&str, BTreeSet<&str>> = HashMap::default();
    for s in cat.services.iter().filter(|s| s.is_active()) {
        team_services.entry(&s.team.value).or_default().push(s);
        for u in &s.uses {
            cap_users
                .entry(&u.capability.value)
                .or_default()
                .insert(&s.id.value);
        }
    }
    for v in team_services.values_mut() {
        v.sort_by(|a, b| a.id.value.cmp(&b.id.value));
    }
    (team_services, cap_users)
}
