//! What the catalog already holds, for resolving references, and what a
//! mapping asked of it.
//!
//! A mapping reads the catalog only through [`Known`]. After a write, the
//! import cache needs the mapping a rerun would make against the catalog as
//! written; when every answer the first mapping got is the same there
//! ([`Known::answers_alike`]), that mapping is the same and is not made
//! again. Teams, capabilities, interfaces and capability fields are asked
//! one by one and logged (all teams at once, for a mapping that reads them
//! whole); the `ga` policy is read whole, so it must be equal.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

#[derive(Debug, Default)]
pub struct Known {
    teams: HashSet<String>,
    capabilities: HashSet<String>,
    /// Interface name -> capability id.
    interfaces: HashMap<String, String>,
    /// Top-level fields each existing capability has (for `ga` readiness).
    capability_keys: HashMap<String, Vec<String>>,
    /// The fields a `ga` capability must have (`policy.ga_requires`).
    ga_requires: Vec<String>,
    /// Shared with the catalogs derived from this one ([`Known::with_teams`]).
    asked: Arc<Mutex<Asked>>,
}

/// What was asked: team ids (or all teams), capability ids, interface
/// names, and (capability id, field) pairs.
#[derive(Clone, Debug, Default)]
struct Asked {
    teams: HashSet<String>,
    all_teams: bool,
    capabilities: HashSet<String>,
    interfaces: HashSet<String>,
    capability_keys: HashSet<(String, String)>,
}

impl Known {
    pub fn of(cat: &crate::catalog::Catalog) -> Known {
        let mut interfaces = HashMap::new();
        for c in &cat.capabilities {
            for i in &c.interfaces {
                interfaces
                    .entry(i.name.clone())
                    .or_insert_with(|| c.id.value.clone());
            }
        }
        Known {
            teams: cat.teams.iter().map(|t| t.id.value.clone()).collect(),
            capabilities: cat
                .capabilities
                .iter()
                .map(|c| c.id.value.clone())
                .collect(),
            interfaces,
            capability_keys: cat
                .capabilities
                .iter()
                .map(|c| (c.id.value.clone(), c.keys.clone()))
                .collect(),
            ga_requires: cat
                .config
                .policy
                .ga_requires
                .iter()
                .map(|r| r.value.clone())
                .collect(),
            asked: Arc::default(),
        }
    }

    fn asked(&self) -> std::sync::MutexGuard<'_, Asked> {
        // A panic while logging leaves a log that is only longer: still sound.
        self.asked
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Whether the catalog has the team `id`.
    pub fn has_team(&self, id: &str) -> bool {
        let mut a = self.asked();
        if !a.all_teams {
            note(&mut a.teams, id);
        }
        self.teams.contains(id)
    }

    /// Every team id of the catalog.
    pub fn teams(&self) -> HashSet<String> {
        self.asked().all_teams = true;
        self.teams.clone()
    }

    /// Whether the catalog has the capability `id`.
    pub fn has_capability(&self, id: &str) -> bool {
        note(&mut self.asked().capabilities, id);
        self.capabilities.contains(id)
    }

    /// The capability that provides the interface `name`.
    pub fn interface(&self, name: &str) -> Option<String> {
        note(&mut self.asked().interfaces, name);
        self.interfaces.get(name).cloned()
    }

    /// Whether the existing capability `id` has the top-level field `key`.
    pub fn capability_has(&self, id: &str, key: &str) -> bool {
        self.asked()
            .capability_keys
            .insert((id.to_string(), key.to_string()));
        self.has_key(id, key)
    }

    fn has_key(&self, id: &str, key: &str) -> bool {
        self.capability_keys
            .get(id)
            .is_some_and(|keys| keys.iter().any(|k| k == key))
    }

    pub fn ga_requires(&self) -> &[String] {
        &self.ga_requires
    }

    /// This catalog with `teams` as its teams. Every team counts as asked,
    /// and what is asked of the new one is asked of this one.
    pub fn with_teams(&self, teams: HashSet<String>) -> Known {
        self.asked().all_teams = true;
        Known {
            teams,
            capabilities: self.capabilities.clone(),
            interfaces: self.interfaces.clone(),
            capability_keys: self.capability_keys.clone(),
            ga_requires: self.ga_requires.clone(),
            asked: Arc::clone(&self.asked),
        }
    }

    /// Whether `other` answers everything asked of `self` so far as `self`
    /// did: then a mapping made against `self` is the one `other` gives.
    pub fn answers_alike(&self, other: &Known) -> bool {
        let a = self.asked().clone();
        let teams = if a.all_teams {
            self.teams == other.teams
        } else {
            a.teams
                .iter()
                .all(|t| self.teams.contains(t) == other.teams.contains(t))
        };
        teams
            && a.capabilities
                .iter()
                .all(|c| self.capabilities.contains(c) == other.capabilities.contains(c))
            && a.interfaces
                .iter()
                .all(|i| self.interfaces.get(i) == other.interfaces.get(i))
            && a.capability_keys
                .iter()
                .all(|(c, k)| self.has_key(c, k) == other.has_key(c, k))
            && self.ga_requires == other.ga_requires
    }
}

fn note(set: &mut HashSet<String>, item: &str) {
    if !set.contains(item) {
        set.insert(item.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(teams: &[&str]) -> Known {
        Known {
            teams: teams.iter().map(|t| (*t).to_string()).collect(),
            ..Known::default()
        }
    }

    #[test]
    fn only_the_teams_asked_about_must_answer_alike() {
        let before = known(&["a"]);
        let after = known(&["a", "b"]);
        assert!(before.answers_alike(&after), "nothing asked yet");
        assert!(before.has_team("a"));
        assert!(before.answers_alike(&after), "a is in both");
        assert!(!before.has_team("b"));
        assert!(!before.answers_alike(&after), "b was missing, now is there");
        assert!(after.answers_alike(&before), "after asked nothing");
        assert!(after.has_team("b"));
        assert!(!after.answers_alike(&before));
    }

    #[test]
    fn all_teams_read_must_be_equal() {
        let before = known(&["a"]);
        let _ = before.teams();
        assert!(!before.answers_alike(&known(&["a", "b"])));
        assert!(before.answers_alike(&known(&["a"])));
        let base = known(&["a"]);
        let derived = base.with_teams(["a".to_string()].into());
        assert!(!derived.answers_alike(&known(&["a", "b"])));
        assert!(!base.answers_alike(&known(&["a", "b"])));
        // What is asked of the derived catalog is asked of its base.
        let b = known(&[]);
        let d = b.with_teams(HashSet::new());
        assert!(!d.has_capability("c"));
        let mut after = known(&[]);
        after.capabilities.insert("c".into());
        assert!(!b.answers_alike(&after));
    }

    #[test]
    fn capabilities_interfaces_and_fields_asked_must_answer_alike() {
        let before = known(&[]);
        let mut after = known(&[]);
        after.capabilities.insert("c".into());
        after.interfaces.insert("api".into(), "c".into());
        after
            .capability_keys
            .insert("c".into(), vec!["docs".into()]);
        assert!(before.answers_alike(&after), "nothing asked");
        assert!(!before.has_capability("d"));
        assert!(before.interface("other").is_none());
        assert!(!before.capability_has("d", "docs"));
        assert!(before.answers_alike(&after), "asked only what is alike");
        let b = known(&[]);
        assert!(!b.has_capability("c"));
        assert!(!b.answers_alike(&after), "c asked, now there");
        let b = known(&[]);
        assert!(b.interface("api").is_none());
        assert!(!b.answers_alike(&after), "api asked, now provided");
        let b = known(&[]);
        assert!(!b.capability_has("c", "runbook"));
        assert!(b.answers_alike(&after), "c has no runbook either way");
        assert!(!b.capability_has("c", "docs"));
        assert!(!b.answers_alike(&after), "c's docs asked, now there");
    }

    #[test]
    fn the_ga_policy_is_read_whole() {
        let before = known(&[]);
        let mut after = known(&[]);
        after.ga_requires.push("docs".into());
        assert!(!before.answers_alike(&after));
    }
}
