//! Writing the warehouse tables: the states of the catalog to export, each
//! prepared (assembled, scored) while the one before is written, and a file
//! per table being written.

use super::manifest::Counted;
use super::sink::Sink;
use super::{history, tables, Format, Prefix, Table};
use crate::catalog::Catalog;
use anyhow::{anyhow, Context, Result};
use chrono::NaiveDate;
use std::sync::Arc;

/// Writes every state's tables, in date order: each catalog assembled and
/// its scorecards evaluated (on every core) while the state before is
/// written. Gathers the values of the scorecard target KPIs `targets`
/// (scorecard ids) on each state, from the same results, where they stand
/// for the KPI's own evaluation, and gives them to `after` once every
/// state is prepared, with the snapshot KPIs of the past states written
/// (by commit, made with their capabilities table's adoption index): it
/// runs while the last state is written (the KPI
/// values need no table, and the scorecard target KPIs take the states'
/// values gathered, so no past catalog is assembled for them: measured
/// with history, the peak memory is the same). Returns the days written
/// and what `after` gave, and the files left out of each state's tables
/// ([`LeftOut`]). Tells `progress` of each state written. The last state
/// is not freed: meant for a command that ends after it.
#[allow(clippy::too_many_arguments)]
pub fn states<T: Send>(
    out: &mut Output,
    states: Vec<State>,
    current: &Arc<Catalog>,
    memo: &crate::scorecard::Memo,
    today: NaiveDate,
    with_history: bool,
    targets: &[String],
    progress: &dyn crate::history::Progress,
    after: impl FnOnce(&ScoredStates, crate::kpi::KnownStates) -> T + Send,
) -> Result<(Vec<NaiveDate>, T, LeftOut)> {
    // States in date order: each catalog assembled and its scorecards
    // evaluated (on every core) while the state before is written, its
    // tables built and written to their files in parallel; the rows borrow
    // the catalog's text, and go with it.
    let (mut sources, commits, jobs) = jobs_of(states, today);
    let settings = serde_json::to_value(&current.config).ok();
    // The catalog of the state last prepared (a commit that stands for
    // several days is assembled once).
    let mut held: Option<(usize, Arc<Catalog>)> = None;
    let mut prepare = |(ix, day): (usize, NaiveDate)| {
        let cat = match &held {
            Some((i, c)) if *i == ix => c.clone(),
            _ => {
                let c = match sources.get_mut(ix).and_then(Option::take) {
                    Some(files) => Arc::new(files.assemble()),
                    None => current.clone(),
                };
                held = Some((ix, c.clone()));
                c
            }
        };
        // A state's entities mostly reuse the previous state's results.
        memo.rotate();
        // Without history no other state is scored but the KPIs' past
        // ones, which meet only the target scorecards' results.
        let kept = (!with_history).then_some(targets);
        let scored = tables::evaluate_scorecards(&cat, day, memo, kept);
        let commit = commits.get(ix).cloned().flatten();
        let kpis = target_kpis(
            &cat,
            settings.as_ref(),
            day,
            commit.clone(),
            &scored,
            targets,
        );
        Prepared {
            cat,
            day,
            commit,
            scored,
            kpis,
        }
    };
    let mut dated: Vec<NaiveDate> = Vec::new();
    let mut left = LeftOut::new();
    let mut kpis = ScoredStates::new();
    // The snapshot KPIs of the past states written, for `after`.
    let mut known = crate::kpi::KnownStates::new();
    progress.phase(
        &format!(
            "writing the tables at {}",
            crate::output::fmt::plural(jobs.len(), "date", "dates")
        ),
        jobs.len(),
    );
    let mut jobs = jobs.into_iter();
    let mut next = jobs.next().map(&mut prepare);
    let (mut after, mut gave) = (Some(after), None);
    while let Some(p) = next.take() {
        let day = p.day;
        kpis.extend(p.kpis.iter().cloned());
        for path in p.cat.left_out() {
            left.entry(path.to_string()).or_default().push(day);
        }
        let last = jobs.len() == 0;
        let commit = p.commit.clone();
        let (written, prepared) = rayon::join(
            || {
                let r = out.state(&p, with_history);
                if last {
                    // Freeing the last state was the run's last wait, on
                    // one core; the process ends after it (the command's
                    // catalogs are left to the OS the same way).
                    std::mem::forget(p);
                } else {
                    drop(p);
                }
                r
            },
            || {
                if last {
                    gave = after.take().map(|f| f(&kpis, std::mem::take(&mut known)));
                    return None;
                }
                jobs.next().map(&mut prepare)
            },
        );
        if let (Some(c), Some(k)) = (commit, written?) {
            known.insert(c, k);
        }
        if let (false, Some(b)) = (last, &out.behind) {
            // The disk takes this state's rows while the next is computed.
            b.kick();
        }
        progress.done(1);
        dated.push(day);
        next = prepared;
    }
    match (gave, after) {
        (Some(g), _) => Ok((dated, g, left)),
        (None, Some(f)) => Ok((dated, f(&kpis, known), left)),
        (None, None) => Err(anyhow!("the KPI values were not computed")),
    }
}

/// A state's files to assemble; `None` for the catalog as it stands.
type Source = Option<crate::history::WorkingFiles>;
/// A state (its index) to write at a day.
type Job = (usize, NaiveDate);

/// The states' sources (`None`: the catalog as it stands) and commits, and
/// the jobs: a state's index and a day, one per day it stands for, in date
/// order.
fn jobs_of(states: Vec<State>, today: NaiveDate) -> (Vec<Source>, Vec<Option<String>>, Vec<Job>) {
    let mut sources: Vec<Source> = Vec::new();
    let mut commits: Vec<Option<String>> = Vec::new();
    let mut jobs: Vec<Job> = Vec::new();
    for (ix, s) in states.into_iter().enumerate() {
        match s {
            State::Past {
                files,
                commit,
                days,
            } => {
                sources.push(Some(files));
                commits.push(Some(commit));
                jobs.extend(days.into_iter().map(|d| (ix, d)));
            }
            State::Now => {
                sources.push(None);
                commits.push(None);
                jobs.push((ix, today));
            }
        }
    }
    (sources, commits, jobs)
}

/// The values of the scorecard target KPIs `ids` on a state, from its
/// scorecards' results (`scored`, in the catalog's order of scorecards).
/// A target KPI scores the first scorecard of its id over the entities of
/// the state's files with the settings of the catalog as it stands: the
/// results stand for that when the state has those settings, one scorecard
/// of the id, and no repeated id among the entities it applies to (which
/// one of a repeated id is scored depends on the order of files). Other
/// values are left to the KPI.
fn target_kpis(
    cat: &Catalog,
    settings: Option<&serde_json::Value>,
    day: NaiveDate,
    commit: Option<String>,
    scored: &[Vec<crate::scorecard::Scored>],
    ids: &[String],
) -> Vec<(crate::kpi::ScoredKey, crate::kpi::Computed)> {
    let same = commit.is_none()
        || (settings.is_some() && serde_json::to_value(&cat.config).ok().as_ref() == settings);
    let mut out = Vec::new();
    for id in ids {
        let c = match crate::kpi::scorecard_with_target(cat, id) {
            Err(missing) => missing,
            Ok(sc) => {
                let of_id = cat.scorecards.iter().filter(|s| s.id.value == *id).count();
                let ix = cat.scorecards.iter().position(|s| std::ptr::eq(s, sc));
                let distinct = match sc.applies_to {
                    crate::model::Subject::Service => cat.services.ids_distinct(),
                    crate::model::Subject::Capability => cat.capabilities.ids_distinct(),
                    crate::model::Subject::Team => cat.teams.ids_distinct(),
                };
                match ix.and_then(|i| scored.get(i)) {
                    Some(entities) if same && of_id == 1 && distinct => {
                        crate::kpi::target_computed(sc, entities, day, commit.clone())
                    }
                    _ => continue,
                }
            }
        };
        out.push(((id.clone(), day, commit.clone()), c));
    }
    out
}

/// The files whose entities are not in the tables (they could not be read
/// or parsed, or an entity lacks a required value), each with the days of
/// the states it was left out of, by path.
pub type LeftOut = std::collections::BTreeMap<String, Vec<NaiveDate>>;

/// Scorecard target KPI values by scorecard id, day and commit.
pub type ScoredStates = crate::kpi::ScoredStates;

/// Writes a state's scorecard levels and outcomes: row by row as they are
/// made when they come in key order (Parquet outcomes by slot, see
/// [`keyed_outcomes`]), else as tables sorted first.
fn scorecard_rows(
    levels: &mut TableFile,
    outcomes: &mut TableFile,
    cat: &Catalog,
    scored: &[Vec<crate::scorecard::Scored>],
    prefix: Prefix,
) -> Result<()> {
    let Some(order) = tables::streamed_order(cat, scored) else {
        let (lt, ot) = tables::scorecard_tables(cat, scored);
        levels.rows(&lt, prefix)?;
        return outcomes.rows(&ot, prefix);
    };
    let entity = tables::scored_cells;
    // The two files side by side: the longest piece of a state's writing
    // that is not split up, it set the pace while the other core waited.
    let (l, o) = rayon::join(
        || {
            tables::each_level_row(cat, scored, &order, entity, |r| levels.row(r, prefix))?;
            levels.end_part()
        },
        || {
            let name = outcomes.shape.name;
            let columns = outcomes.columns;
            match outcomes.sink.parquet() {
                Some(w) => {
                    let n = keyed_outcomes(w, columns, cat, scored, &order, prefix)
                        .map_err(|e| anyhow!("{name}: {e}"))?;
                    outcomes.rows += n;
                }
                None => tables::each_outcome_row(cat, scored, &order, entity, |r| {
                    outcomes.row(r, prefix)
                })?,
            }
            outcomes.end_part()
        },
    );
    l?;
    o
}

/// Writes the outcomes rows of the scorecards in `order` to a Parquet
/// file by slot, the bytes of writing them row by row: a scorecard, rule,
/// level and outcome each stand in a slot of their own, and an entity's id
/// in one slot while its rows last. Gives the number of rows.
fn keyed_outcomes<W: std::io::Write + Send>(
    w: &mut super::parquet::Writer<W>,
    columns: &[super::Column],
    cat: &Catalog,
    scored: &[Vec<crate::scorecard::Scored>],
    order: &[usize],
    prefix: Prefix,
) -> Result<usize, String> {
    let mut k = w.keyed(columns, prefix)?;
    // A slot for each rule of each scorecard.
    let stride = cat
        .scorecards
        .iter()
        .map(|s| s.rules.len())
        .max()
        .unwrap_or(0);
    // Rows, and entities (a slot each), so far.
    let (mut n, mut entities) = (0, 0);
    tables::each_outcome(cat, scored, order, |o| {
        let rows = o.rules.len();
        k.rows(rows, |row, col| match col {
            0 => Some((o.card, o.sc.id.value.as_str())),
            1 => Some((entities, o.e.id.as_str())),
            _ => {
                let (rule, outcome) = o.row(row)?;
                let at = o.card * stride + o.rules.get(row)?;
                Some(match col {
                    2 => (at, rule.id.value.as_str()),
                    3 => (at, rule.level.value.as_str()),
                    _ => (outcome as usize, outcome.as_str()),
                })
            }
        })?;
        n += rows;
        entities += 1;
        Ok::<(), String>(())
    })?;
    Ok(n)
}

/// A state to write: a past commit's files, its id and the days it stands
/// for, or the catalog as it stands (today).
pub enum State {
    Past {
        files: crate::history::WorkingFiles,
        commit: String,
        days: Vec<NaiveDate>,
    },
    Now,
}

/// The past days that have a state, by commit, in date order (a commit
/// stands for consecutive days: the last one on or before each).
pub fn past_states(read: crate::history::PastStates) -> Vec<State> {
    let crate::history::PastStates { days, mut files } = read;
    let mut out: Vec<(String, Vec<NaiveDate>)> = Vec::new();
    for (d, c) in days {
        let Ok(c) = c else { continue };
        match out.last_mut() {
            Some((id, ds)) if *id == c.id => ds.push(d),
            _ => out.push((c.id, vec![d])),
        }
    }
    out.into_iter()
        .filter_map(|(id, ds)| {
            files.remove(&id).map(|f| State::Past {
                files: f,
                commit: id,
                days: ds,
            })
        })
        .collect()
}

/// A state ready to write: its catalog, its day, its scorecards' results
/// and the scorecard target KPI values they give.
pub struct Prepared {
    pub cat: Arc<Catalog>,
    pub day: NaiveDate,
    /// The commit it was read from; `None` for the catalog as it stands.
    pub commit: Option<String>,
    pub scored: Vec<Vec<crate::scorecard::Scored>>,
    pub kpis: Vec<(crate::kpi::ScoredKey, crate::kpi::Computed)>,
}

/// The table files being written, a sink per table, and the rows each got.
pub struct Output {
    files: Vec<TableFile>,
    dir: std::path::PathBuf,
    /// Flushes the rows of each state written while the next is computed
    /// (with history: without, there is one state).
    behind: Option<crate::store::atomic::SyncBehind>,
}

/// One table's file being written.
struct TableFile {
    pending: crate::store::atomic::PendingFile,
    sink: Sink<std::fs::File>,
    /// The table's name, key and columns (no rows).
    shape: Table<'static>,
    /// The columns of its rows (`as_of` is not one).
    columns: &'static [super::Column],
    rows: usize,
}

impl TableFile {
    fn rows(&mut self, t: &Table, prefix: Prefix) -> Result<()> {
        self.sink
            .rows(t, prefix)
            .map_err(|e| anyhow!("{}: {e}", t.name))?;
        self.rows += t.rows.len();
        Ok(())
    }

    /// Appends one row to the part being written.
    fn row(&mut self, r: &[super::Cell], prefix: Prefix) -> Result<()> {
        self.sink
            .row(self.columns, r, prefix)
            .map_err(|e| anyhow!("{}: {e}", self.shape.name))?;
        self.rows += 1;
        Ok(())
    }

    fn end_part(&mut self) -> Result<()> {
        self.sink
            .end_part()
            .map_err(|e| anyhow!("{}: {e}", self.shape.name))
    }
}

impl Output {
    pub fn open(dir: &std::path::Path, format: Format, with_history: bool) -> Result<Output> {
        crate::store::atomic::ensure_dir(dir)
            .with_context(|| format!("cannot make the directory {}", dir.display()))?;
        let mut files = Vec::new();
        for spec in tables::specs() {
            let mut shape = Table::new(spec);
            if with_history && spec.snapshot {
                shape.columns = history::dated_columns(spec.columns);
                shape.key.insert(0, history::AS_OF.name);
            }
            let path = dir.join(format!("{}.{}", spec.name, format.extension()));
            let pending = crate::store::atomic::PendingFile::create(&path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            let sink = Sink::new(format, &shape.columns, pending.handle()?)
                .map_err(|e| anyhow!("cannot write {}: {e}", path.display()))?;
            files.push(TableFile {
                pending,
                sink,
                shape,
                columns: spec.columns,
                rows: 0,
            });
        }
        Ok(Output {
            files,
            dir: dir.to_path_buf(),
            behind: with_history.then(|| crate::store::atomic::SyncBehind::new(dir)),
        })
    }

    /// Appends a whole table's rows to its file.
    pub fn rows(&mut self, t: &Table, prefix: Prefix) -> Result<()> {
        self.files
            .iter_mut()
            .find(|f| f.shape.name == t.name)
            .ok_or_else(|| anyhow!("no file for table {}", t.name))?
            .rows(t, prefix)
    }

    /// Appends a state's snapshot tables on its day (with `as_of` first
    /// when with history): each table built and written, tables in
    /// parallel; the scorecards' rows go to their files as they are made.
    fn state(
        &mut self,
        p: &Prepared,
        with_history: bool,
    ) -> Result<Option<crate::kpi::derived::StateKpis>> {
        use rayon::prelude::*;
        let cat: &Catalog = &p.cat;
        let prefix = with_history.then_some(p.day);
        let (mut levels, mut outcomes, mut rest) = (None, None, Vec::new());
        for f in &mut self.files {
            match f.shape.name {
                n if n == tables::SCORECARD_LEVELS.name => levels = Some(f),
                n if n == tables::SCORECARD_OUTCOMES.name => outcomes = Some(f),
                _ => rest.push(f),
            }
        }
        // The services in id order, for the services and adoption tables.
        let by_id = tables::services_by_id(cat);
        // The scorecard rows first, on this thread: they are the longest
        // piece that is not split up, while the other tables are (a core
        // that comes free, from the KPIs or the next state, takes them).
        let (scored, built) = rayon::join(
            || match (levels, outcomes) {
                (Some(l), Some(o)) => scorecard_rows(l, o, cat, &p.scored, prefix),
                _ => Err(anyhow!("no file for the scorecard tables")),
            },
            || {
                // One adoption index for the capabilities table and a past
                // state's snapshot KPIs.
                let ix = crate::report::adoption::Index::new(&cat.services);
                let st = p.commit.as_ref().map(|_| {
                    crate::kpi::derived::state_kpis_with(&crate::kpi::State::of_catalog(cat), &ix)
                });
                rest.par_iter_mut().try_for_each(|f| {
                    // The largest of them row by row, as made (no table).
                    if f.shape.name == tables::ADOPTION.name {
                        tables::each_adoption_row(cat, &by_id, |r| f.row(r, prefix))?;
                        return f.end_part();
                    }
                    if f.shape.name == tables::SERVICES.name {
                        tables::each_service_row(&by_id, |r| f.row(r, prefix))?;
                        return f.end_part();
                    }
                    if f.shape.name == tables::CAPABILITIES.name {
                        return f.rows(&tables::capabilities_with(cat, &ix), prefix);
                    }
                    match tables::build(f.shape.name, cat, p.day) {
                        Some(t) => f.rows(&t, prefix),
                        None => Ok(()),
                    }
                })?;
                Ok::<_, anyhow::Error>(st)
            },
        );
        let st = built?;
        scored?;
        Ok(st)
    }

    /// Finishes every file (not in place yet); the tables' shapes with
    /// their row counts (rows left empty) and the total.
    pub fn finish(self) -> Result<Finished> {
        let mut counts = Vec::new();
        let mut pending = Vec::new();
        let mut total = 0;
        for f in self.files {
            let name = f.shape.name;
            f.sink
                .finish()
                .map_err(|e| anyhow!("cannot write {name}: {e}"))?;
            pending.push(f.pending);
            total += f.rows;
            counts.push(Counted {
                table: f.shape,
                rows: f.rows,
            });
        }
        Ok(Finished {
            counts,
            rows: total,
            pending,
            dir: self.dir,
            behind: self.behind,
        })
    }
}

/// The tables written, waiting to be put in place with their manifest.
pub struct Finished {
    pub counts: Vec<Counted>,
    pub rows: usize,
    pending: Vec<crate::store::atomic::PendingFile>,
    dir: std::path::PathBuf,
    behind: Option<crate::store::atomic::SyncBehind>,
}

impl Finished {
    /// Writes the manifest beside the tables and puts every file in place,
    /// waiting for the disk once for all of them.
    pub fn commit(mut self, manifest: &[u8]) -> Result<()> {
        use std::io::Write;
        // The flush under way ends before the one that puts files in place.
        drop(self.behind);
        let path = self.dir.join("manifest.json");
        let m = crate::store::atomic::PendingFile::create(&path)
            .and_then(|m| m.handle()?.write_all(manifest).map(|()| m))
            .with_context(|| format!("cannot write {}", path.display()))?;
        self.pending.push(m);
        crate::store::atomic::PendingFile::commit_all(self.pending)
            .with_context(|| format!("cannot put the tables in place in {}", self.dir.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::parquet::Writer;
    use crate::export::tables::SCORECARD_OUTCOMES;
    use crate::report::testcat::{catalog, date, service_scorecard as card, svc};

    /// The outcomes of `scored` written row by row, and by slot, to
    /// Parquet (after `prefix`): the bytes of each.
    fn both_ways(
        cat: &Catalog,
        scored: &[Vec<crate::scorecard::Scored>],
        prefix: Prefix,
    ) -> (Vec<u8>, Vec<u8>) {
        let Some(order) = tables::streamed_order(cat, scored) else {
            panic!("the scorecards' ids repeat")
        };
        let columns = SCORECARD_OUTCOMES.columns;
        let file = match prefix {
            Some(_) => history::dated_columns(columns),
            None => columns.to_vec(),
        };
        let (Ok(mut rows), Ok(mut keyed)) = (
            Writer::new(Vec::new(), &file),
            Writer::new(Vec::new(), &file),
        ) else {
            panic!("no writer")
        };
        let by_row = tables::each_outcome_row(cat, scored, &order, tables::scored_cells, |r| {
            rows.row(columns, r, prefix)
        });
        let n = keyed_outcomes(&mut keyed, columns, cat, scored, &order, prefix);
        let rules: usize = scored
            .iter()
            .zip(&cat.scorecards)
            .map(|(e, sc)| e.len() * sc.rules.len())
            .sum();
        assert_eq!((by_row, n), (Ok(()), Ok(rules)));
        match (rows.finish(), keyed.finish()) {
            (Ok(a), Ok(b)) => (a, b),
            (a, b) => panic!("{:?} {:?}", a.err(), b.err()),
        }
    }

    /// Two scorecards out of id order, rules out of id order over several
    /// levels, entities with different outcomes: written by slot, the
    /// outcomes are the bytes written row by row, with and without a date,
    /// and across a row group's end in the middle of an entity's rows.
    #[test]
    fn outcomes_by_slot_are_the_bytes_of_outcomes_row_by_row() {
        let three = "  - { id: z-last, level: silver, expr: \"size(uses) >= 2\" }\n  \
                     - { id: a-first, level: bronze, expr: \"size(uses) >= 1\" }\n  \
                     - { id: m-tier, level: bronze, expr: \"entity.tier == 1\" }\n";
        let one = "  - { id: only, level: bronze, expr: \"entity.tier == 2\" }\n";
        let (pa, ta) = svc("b-svc", "t1", 1, "active", "ci");
        let (pb, tb) = svc("a-svc", "t1", 2, "active", "ci, obs");
        let (pc, tc) = svc("c-svc", "t1", 3, "retired", "");
        let (zeta, alpha) = (card("zeta", three), card("alpha", one));
        let cat = catalog(&[
            ("teams/t1.yaml", "id: t1\nname: T1\n"),
            (&pa, &ta),
            (&pb, &tb),
            (&pc, &tc),
            ("scorecards/1.yaml", &zeta),
            ("scorecards/2.yaml", &alpha),
        ]);
        let memo = crate::scorecard::Memo::default();
        let day = date("2026-11-27");
        let scored = tables::evaluate_scorecards(&cat, day, &memo, None);
        let outcomes: std::collections::BTreeSet<&str> = scored
            .iter()
            .flatten()
            .flat_map(|e| e.rules.iter().map(|r| r.outcome.as_str()))
            .collect();
        assert!(outcomes.len() >= 2, "{outcomes:?}");
        for prefix in [None, Some(day)] {
            let (a, b) = both_ways(&cat, &scored, prefix);
            assert_eq!(a, b, "{prefix:?}");
        }
        // Over 100,000 rows, a row group's worth: alpha's 3 rows, then
        // 33,335 entities of zeta's 3 rules each; the group ends after the
        // first of an entity's rows, and the slots are numbered again.
        let mut many: Vec<Vec<crate::scorecard::Scored>> = scored.clone();
        let zeta_ix = cat.scorecards.iter().position(|s| s.id.value == "zeta");
        let Some(z) = zeta_ix else { panic!("no zeta") };
        let seed = scored[z].clone();
        many[z] = (0..33_335)
            .map(|i| {
                let mut e = seed[i % seed.len()].clone();
                e.id = format!("svc-{i:05}");
                e
            })
            .collect();
        let (a, b) = both_ways(&cat, &many, Some(day));
        assert_eq!(a, b);
        assert!(a.len() > 1000);
    }
}
