//! What a command computing KPIs reads: the catalog as it stands (the
//! working tree, or a revision) and its git history, opened once; the
//! catalog at the end of every past period it needs, read through one blob
//! cache. Pure of the terminal: the caller shows progress and timings.

use super::{history_periods, Snapshot, Snapshots, SNAPSHOT_KINDS};
use crate::catalog::Catalog;
use crate::history::{CommitInfo, History, NoHistory, Opened, Progress, WorkingFiles};
use crate::model::{Config, Period};
use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;
use std::path::Path;
use std::sync::Arc;

/// The catalog as it stands and its history.
pub struct Sources {
    /// The settings of the catalog as it stands.
    pub config: Config,
    /// The catalog as it stands; an empty placeholder while `parsed` holds
    /// its files, which are assembled once history is read.
    current: Arc<Catalog>,
    parsed: Option<WorkingFiles>,
    pub history: Opened,
    /// The commit `--rev` named.
    pub rev: Option<String>,
}

/// A revision whose commit holds no catalog.
#[derive(Debug, thiserror::Error)]
#[error("--rev {rev}: commit {short} has no platctl.yaml where the catalog is")]
pub struct NoCatalogAt {
    pub rev: String,
    pub short: String,
}

/// Whether past states could be read, and why not.
#[derive(Clone, Debug, Serialize)]
pub struct HistoryNote {
    pub available: bool,
    pub reason: Option<String>,
}

/// How reading history went, for `-v`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HistoryStats {
    pub trees_read: usize,
    pub hits: usize,
    pub misses: usize,
    pub hit_rate: f64,
    pub parsed_versions: usize,
}

impl Sources {
    /// Opens the catalog at `root` (the working tree, or `rev`) and its
    /// history. In git, the working tree is parsed through the blob cache by
    /// `parse` (the caller may show a spinner meanwhile), so that snapshots
    /// reuse its parses, and assembled while history is read; outside git,
    /// `load` loads it.
    pub fn open(
        root: &Path,
        rev: Option<&str>,
        parse: impl FnOnce(&mut History) -> Result<WorkingFiles>,
        load: impl FnOnce() -> Result<Catalog>,
    ) -> Result<Sources> {
        let mut history = History::open(root, rev)?;
        let (current, parsed, rev) = match (&mut history, rev) {
            (Ok(h), Some(r)) => {
                let tip: CommitInfo = h.tip().clone();
                let cat = h.catalog_at(&tip)?.ok_or_else(|| NoCatalogAt {
                    rev: r.to_string(),
                    short: tip.short().to_string(),
                })?;
                (cat, None, Some(tip.id))
            }
            (Ok(h), None) => (Arc::default(), Some(parse(h)?), None),
            (Err(_), _) => (Arc::new(load()?), None, None),
        };
        let config = match &parsed {
            Some(w) => w.config(),
            None => current.config.clone(),
        };
        Ok(Sources {
            config,
            current,
            parsed,
            history,
            rev,
        })
    }

    /// Files read and entities declared, as opened.
    pub fn loaded(&self) -> (usize, usize) {
        match &self.parsed {
            Some(w) => w.counts(),
            None => (self.current.files_read(), self.current.entity_count),
        }
    }

    /// The catalog as it stands (assembled now if it is not yet).
    pub fn current(&mut self) -> Arc<Catalog> {
        if let Some(w) = self.parsed.take() {
            self.current = Arc::new(w.assemble());
        }
        self.current.clone()
    }

    /// The past periods whose end state KPIs of `periods` read, when there
    /// is a history to read them from.
    pub fn states_to_read(&self, periods: &[Period], today: NaiveDate) -> usize {
        match &self.history {
            Ok(_) => history_periods(periods, today, self.config.fiscal_year_start_month).len(),
            Err(_) => 0,
        }
    }

    /// Reads the catalog at the end of every past period the given periods
    /// need (each distinct commit once), assembling the catalog as it stands
    /// meanwhile on another core.
    pub fn snapshots(
        &mut self,
        periods: &[Period],
        today: NaiveDate,
        progress: &dyn Progress,
    ) -> Result<Snapshots> {
        let fy = self.config.fiscal_year_start_month;
        let need = history_periods(periods, today, fy);
        let mut snaps = Snapshots::new();
        if let Err(why) = &self.history {
            for p in need {
                snaps.insert(p, Err(why.clone().into()));
            }
            return Ok(snaps);
        }
        let days: Vec<_> = need.iter().map(|p| p.end(fy)).collect();
        let Some(states) = self.read_history(|h| h.files_on(&days, SNAPSHOT_KINDS, progress))
        else {
            return Ok(snaps);
        };
        for (p, c) in need.into_iter().zip(states?) {
            snaps.insert(
                p,
                c.map(|(commit, files)| Snapshot {
                    files,
                    date: commit.date(),
                    commit: commit.id,
                }),
            );
        }
        Ok(snaps)
    }

    /// Runs `read` on the history while the catalog as it stands is
    /// assembled (sequential work) on another core; `None` without history.
    pub fn read_history<T: Send>(
        &mut self,
        read: impl FnOnce(&mut History) -> T + Send,
    ) -> Option<T> {
        let h = self.history.as_mut().ok()?;
        let parsed = self.parsed.take();
        let (cat, r) = rayon::join(|| parsed.map(WorkingFiles::assemble), || read(h));
        if let Some(cat) = cat {
            self.current = Arc::new(cat);
        }
        Some(r)
    }

    /// Whether past states could be read, and why not.
    pub fn history_note(&self) -> HistoryNote {
        HistoryNote {
            available: self.history.is_ok(),
            reason: self.history.as_ref().err().map(ToString::to_string),
        }
    }

    /// How reading history went; `None` outside git.
    pub fn history_stats(&self) -> Option<HistoryStats> {
        let h = self.history.as_ref().ok()?;
        let s = h.stats();
        Some(HistoryStats {
            trees_read: h.trees_read(),
            hits: s.hits,
            misses: s.misses,
            hit_rate: s.hit_rate(),
            parsed_versions: h.parsed_versions(),
        })
    }

    /// Lets go of the history (its blob cache can be large), returning it.
    pub fn close_history(&mut self) -> Opened {
        std::mem::replace(&mut self.history, Err(NoHistory::Closed))
    }
}
