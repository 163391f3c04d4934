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
/// written. Returns the days written.
pub fn states(
    out: &mut Output,
    states: Vec<State>,
    current: &Arc<Catalog>,
    memo: &crate::scorecard::Memo,
    today: NaiveDate,
    with_history: bool,
) -> Result<Vec<NaiveDate>> {
    // States in date order: each catalog assembled and its scorecards
    // evaluated (on every core) while the state before is written, its
    // tables built and written to their files in parallel; the rows borrow
    // the catalog's text, and go with it.
    let mut sources: Vec<Option<crate::history::WorkingFiles>> = Vec::new();
    let mut jobs: Vec<(usize, NaiveDate)> = Vec::new();
    for (ix, s) in states.into_iter().enumerate() {
        match s {
            State::Past(files, days) => {
                sources.push(Some(files));
                jobs.extend(days.into_iter().map(|d| (ix, d)));
            }
            State::Now => {
                sources.push(None);
                jobs.push((ix, today));
            }
        }
    }
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
        let scored = tables::evaluate_scorecards(&cat, day, memo);
        Prepared { cat, day, scored }
    };
    let mut dated: Vec<NaiveDate> = Vec::new();
    let mut jobs = jobs.into_iter();
    let mut next = jobs.next().map(&mut prepare);
    while let Some(p) = next.take() {
        let day = p.day;
        let (written, prepared) = rayon::join(
            || {
                let r = out.state(&p, with_history);
                drop(p);
                r
            },
            || jobs.next().map(&mut prepare),
        );
        written?;
        dated.push(day);
        next = prepared;
    }
    Ok(dated)
}

/// A state to write: a past commit's files and the days it stands for, or
/// the catalog as it stands (today).
pub enum State {
    Past(crate::history::WorkingFiles, Vec<NaiveDate>),
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
        .filter_map(|(id, ds)| files.remove(&id).map(|f| State::Past(f, ds)))
        .collect()
}

/// A state ready to write: its catalog, its day and its scorecards' results.
pub struct Prepared {
    pub cat: Arc<Catalog>,
    pub day: NaiveDate,
    pub scored: Vec<Vec<crate::scorecard::Scored>>,
}

/// The table files being written, a sink per table, and the rows each got.
pub struct Output {
    files: Vec<TableFile>,
}

/// One table's file being written.
struct TableFile {
    pending: crate::store::atomic::PendingFile,
    sink: Sink<std::fs::File>,
    /// The table's name, key and columns (no rows).
    shape: Table<'static>,
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
                rows: 0,
            });
        }
        Ok(Output { files })
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
    /// when with history): each table built and written, tables in parallel.
    fn state(&mut self, p: &Prepared, with_history: bool) -> Result<()> {
        use rayon::prelude::*;
        let cat: &Catalog = &p.cat;
        let (levels, outcomes) = tables::scorecard_tables(cat, &p.scored);
        let prefix = with_history.then_some(p.day);
        self.files
            .par_iter_mut()
            .try_for_each(|f| match f.shape.name {
                n if n == levels.name => f.rows(&levels, prefix),
                n if n == outcomes.name => f.rows(&outcomes, prefix),
                n => match tables::build(n, cat, p.day) {
                    Some(t) => f.rows(&t, prefix),
                    None => Ok(()),
                },
            })
    }

    /// Finishes and puts every file in place; the tables' shapes with their
    /// row counts (rows left empty) and the total.
    pub fn finish(self) -> Result<(Vec<Counted>, usize)> {
        let mut out = Vec::new();
        let mut total = 0;
        for f in self.files {
            let name = f.shape.name;
            f.sink
                .finish()
                .map_err(|e| anyhow!("cannot write {name}: {e}"))?;
            f.pending
                .commit()
                .with_context(|| format!("cannot write the table {name}"))?;
            total += f.rows;
            out.push(Counted {
                table: f.shape,
                rows: f.rows,
            });
        }
        Ok((out, total))
    }
}
