//! Loading a catalog: walk a directory (or a git tree), parse each file once
//! in parallel, and assemble a typed [`Catalog`] with indexes.

pub mod config;
pub mod decode;
pub mod error;

pub mod kinds;
pub mod load;
pub mod parse;
pub mod table;
pub mod yaml;

pub use crate::model::Kind;
pub use error::LoadError;
pub use load::{find_root, RootError};
pub use parse::ParsedFile;
pub use table::Table;

use crate::diag::{Diagnostic, RuleId};
use crate::model::*;
use decode::Entity;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A file as read from disk or from a git tree.
pub struct RawFile {
    pub path: String,
    pub kind: Option<Kind>,
    pub bytes: Result<Vec<u8>, LoadError>,
}

/// A stand-in entity ([`parse::StandIn`]) in its file, with the list slot
/// and index of what its document kept without stand-ins, if anything.
pub type PlacedStandIn = (FileId, Option<(usize, usize)>, parse::StandIn);

/// One file of the catalog.
#[derive(Clone)]
pub struct SourceFile {
    /// Relative to the catalog root, `/` separators.
    pub path: String,
    pub kind: Option<Kind>,
    pub text: std::sync::Arc<str>,
    /// Whether the file was read (false for refused files).
    pub read: bool,
}

/// An id declared somewhere, valid entity or not.
#[derive(Clone)]
pub struct Declared {
    pub kind: Kind,
    pub id: Arc<Id>,
    pub file: FileId,
}

#[derive(Default, Clone)]
pub struct Catalog {
    pub root: PathBuf,
    pub config: Config,
    pub files: Vec<SourceFile>,
    pub teams: Table<Team>,
    pub services: Table<Service>,
    pub capabilities: Table<Capability>,
    pub roadmap: Table<RoadmapQuarter>,
    pub deprecations: Table<Deprecation>,
    pub exceptions: Table<Exception>,
    pub intake: Table<Intake>,
    pub metrics: Table<Metric>,
    pub surveys: Table<Survey>,
    pub scorecards: Table<Scorecard>,
    pub campaigns: Table<Campaign>,
    pub declared: Vec<Declared>,
    /// Findings made while loading (syntax, schema, unreadable files...).
    pub findings: Vec<Diagnostic>,
    /// Number of entities (documents that declared one; roadmap items count).
    pub entity_count: usize,
    /// Files of a kind that could not be read or parsed, in path order:
    /// the ids they declare are unknown.
    pub broken: Vec<(Kind, FileId)>,
    /// Entities not kept for a missing or invalid required value, with
    /// stand-ins, and the place in their list of what their document kept
    /// without them: lint checks their other fields ([`Catalog::with_stand_ins`]).
    pub stand_ins: Vec<PlacedStandIn>,
    /// The first of each kind and id in `declared` ([`Catalog::declared_key`]).
    ids: table::FirstIndex,
    item_ix: HashMap<String, (usize, usize)>,
}

/// The catalog's per-kind work, written once over every table.
macro_rules! catalog_tables {
    ($($v:ident, $dir:literal, $noun:literal, $ty:ident, $table:ident;)*) => {
        /// The number of entity tables, one per kind directory.
        const TABLES: usize = [$(Kind::$v),*].len();

        impl Catalog {
            /// Adds a copy of a parsed entity, placed in file `fid`.
            fn push_copy(&mut self, e: &Entity, fid: FileId) {
                match e {
                    $(Entity::$v(x) => self.$table.push_copy(x, fid),)*
                }
            }

            /// Sizes each table (by slot, see [`Kind::slot`]).
            fn reserve_tables(&mut self, n: &[usize; TABLES]) {
                $(self.$table.reserve(n[Kind::$v.slot().unwrap_or_default()]);)*
            }

            /// The length of each table, by slot.
            fn lens(&self) -> [usize; TABLES] {
                [$(self.$table.len()),*]
            }

            /// Moves the last entity of the table at `slot` to index `i`,
            /// dropping the one that stood there.
            fn replace_with_last(&mut self, slot: usize, i: usize) {
                $(if Kind::$v.slot() == Some(slot) {
                    self.$table.replace_with_last(i);
                })*
            }

            /// Indexes every table by id.
            fn index_tables(&mut self) {
                $(self.$table.index();)*
            }
        }
    };
}
crate::model::kind::for_each_kind!(catalog_tables);

impl Default for Config {
    fn default() -> Self {
        Config::with_name("catalog")
    }
}

/// A file ready for assembly: its path and kind and what parsing made of it.
pub struct Parsed {
    pub path: String,
    pub kind: Option<Kind>,
    pub result: Result<Arc<ParsedFile>, LoadError>,
}

/// Parses raw files in parallel.
pub fn parse_all(files: Vec<RawFile>) -> Vec<Parsed> {
    use rayon::prelude::*;
    files
        .into_par_iter()
        .map(|f| Parsed {
            result: f
                .bytes
                .map(|b| Arc::new(parse::parse_file(f.kind.unwrap_or(Kind::Config), &b))),
            path: f.path,
            kind: f.kind,
        })
        .collect()
}

/// Loads the catalog at `root` from disk.
pub fn load_dir(root: &Path) -> std::io::Result<Catalog> {
    let w = load::walk(root)?;
    let raw = load::read_all(&w);
    let parsed = parse_all(raw);
    let unknown: Vec<(String, String)> = w.unknown_dirs;
    Ok(assemble(root, parsed, &unknown))
}

fn dir_name(root: &Path) -> String {
    root.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "catalog".into())
}

/// Builds the catalog from parsed files (from disk or from a git tree).
pub fn assemble(root: &Path, mut files: Vec<Parsed>, unknown_dirs: &[(String, String)]) -> Catalog {
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let mut c = Catalog {
        root: root.to_path_buf(),
        ..Default::default()
    };
    c.reserve(&files);
    let mut config_doc = None;
    let mut config_file = None;
    for p in files {
        let fid = FileId(c.files.len() as u32);
        let (text, read) = match &p.result {
            Ok(pf) => (pf.text.clone(), true),
            Err(_) => (std::sync::Arc::from(""), false),
        };
        // The path moves to the catalog: each state of a history export
        // assembles its own list of files.
        c.files.push(SourceFile {
            path: p.path,
            kind: p.kind,
            text,
            read,
        });
        let pf = match p.result {
            Ok(pf) => pf,
            Err(why) => {
                if let Some(k) = p.kind.filter(|k| *k != Kind::Config) {
                    c.broken.push((k, fid));
                }
                let span = Span {
                    line: 1,
                    col: 1,
                    offset: 0,
                    len: 0,
                };
                let path = c.files.last().map_or("", |f| f.path.as_str());
                let message = format!("{path} {why}");
                c.findings
                    .push(Diagnostic::new(RuleId::UnreadableFile, fid, span, message));
                continue;
            }
        };
        c.findings.extend(pf.diags.iter().cloned().map(|mut d| {
            d.file = fid;
            d
        }));
        if pf.broken {
            if let Some(k) = p.kind.filter(|k| *k != Kind::Config) {
                c.broken.push((k, fid));
            }
        }
        if p.kind == Some(Kind::Config) {
            config_doc = pf.config_doc.clone();
            config_file = Some((fid, pf.text.clone()));
            continue;
        }
        c.entity_count += pf.documents;
        for (k, id) in &pf.ids {
            c.declared.push(Declared {
                kind: *k,
                id: id.clone(),
                file: fid,
            });
        }
        // Where this file's entities start in each list: only a file with
        // stand-ins needs it, to place one over the entity it replaces.
        let before = (!pf.stand_ins.is_empty()).then(|| c.lens());
        for e in &pf.entities {
            c.push_copy(e, fid);
        }
        if let Some(before) = before {
            // Each entity's list and its place among the file's entities
            // of that list, in one pass: counted again for each stand-in,
            // a file of 40,000 documents took seconds.
            let mut seen = [0usize; TABLES];
            let places: Vec<(usize, usize)> = pf
                .entities
                .iter()
                .map(|e| {
                    let slot = e.slot();
                    let n = seen.get(slot).copied().unwrap_or_default();
                    if let Some(x) = seen.get_mut(slot) {
                        *x += 1;
                    }
                    (slot, n)
                })
                .collect();
            for si in &pf.stand_ins {
                let at = si
                    .replaces
                    .and_then(|i| places.get(i))
                    .map(|&(slot, earlier)| (slot, before[slot] + earlier));
                c.stand_ins.push((fid, at, si.clone()));
            }
        }
    }
    for (dir, first) in unknown_dirs {
        c.unknown_directory(dir, first);
    }
    // Settings after the rest: they decode against the rule and KPI registries.
    let (config, diags) = settings(root, config_file, config_doc.as_ref());
    c.config = config;
    c.findings.extend(diags);
    c.index();
    c
}

/// Decodes `platctl.yaml` (its file id and text, and its document).
fn settings(
    root: &Path,
    file: Option<(FileId, Arc<str>)>,
    doc: Option<&yaml::Node>,
) -> (Config, Vec<Diagnostic>) {
    let name = dir_name(root);
    let (fid, text) = file.unwrap_or((FileId(0), Arc::from("")));
    let mut d = decode::Dec::new(&text, fid);
    let rule_ids: Vec<&str> = RuleId::ALL.iter().map(|r| r.as_str()).collect();
    let config = config::decode(
        &mut d,
        doc,
        &name,
        &|id| RuleId::parse(id).is_some(),
        &rule_ids,
        crate::model::BUILTIN_KPIS,
    );
    (config, d.diags)
}

/// The settings among parsed files, before (or without) assembling the
/// catalog they make: the same [`Config`] that [`assemble`] would give.
pub fn config_of(root: &Path, files: &[Parsed]) -> Config {
    let pf = files
        .iter()
        .filter(|p| p.kind == Some(Kind::Config))
        .filter_map(|p| p.result.as_ref().ok())
        .next_back();
    let file = pf.map(|pf| (FileId(0), pf.text.clone()));
    settings(root, file, pf.and_then(|pf| pf.config_doc.as_ref())).0
}

impl Catalog {
    /// Records a directory that holds YAML files but is not a kind, with a
    /// finding on the first of them.
    fn unknown_directory(&mut self, dir: &str, first: &str) {
        let c = self;
        let fid = FileId(c.files.len() as u32);
        c.files.push(SourceFile {
            path: first.to_string(),
            kind: None,
            text: std::sync::Arc::from(""),
            read: false,
        });
        let help = crate::suggest::did_you_mean(dir, Kind::DIRS.iter().map(|k| k.dir()))
            .unwrap_or_else(|| {
                format!(
                    "kind directories are: {}",
                    Kind::DIRS
                        .iter()
                        .map(|k| k.dir())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            });
        c.findings.push(
        Diagnostic::new(RuleId::UnknownDirectory, fid, Span { line: 1, col: 1, offset: 0, len: 0 }, format!("directory `{dir}/` holds YAML files but is not a kind of the catalog; they are not checked"))
            .help(help),
    );
    }

    /// Sizes every list once: growing vectors of large entities one push at
    /// a time was most of the cost of assembling a snapshot.
    fn reserve(&mut self, files: &[Parsed]) {
        let mut n = [0usize; TABLES];
        for pf in files.iter().filter_map(|p| p.result.as_ref().ok()) {
            for e in &pf.entities {
                n[e.slot()] += 1;
            }
        }
        self.files.reserve(files.len());
        self.reserve_tables(&n);
    }

    /// The catalog as lint sees it to check what an entity's invalid
    /// required value would otherwise hide: every entity not kept for one,
    /// with its `low` or `high` stand-ins. `None` when there is none.
    pub fn with_stand_ins(&self, high: bool) -> Option<Catalog> {
        if self.stand_ins.is_empty() {
            return None;
        }
        let mut c = self.clone();
        c.stand_ins.clear();
        for (fid, at, si) in &self.stand_ins {
            let e = if high { &si.high } else { &si.low };
            c.push_copy(e, *fid);
            if let Some((slot, i)) = at {
                if *slot == e.slot() {
                    c.replace_with_last(*slot, *i);
                }
            }
        }
        c.index();
        Some(c)
    }

    fn index(&mut self) {
        let declared = &self.declared;
        self.ids
            .build(declared.len(), |i| Catalog::declared_key(declared, i));
        // First occurrence wins; duplicates are a finding of their own.
        self.index_tables();
        self.item_ix.clear();
        for (qi, q) in self.roadmap.iter().enumerate() {
            for (ii, it) in q.items.iter().enumerate() {
                self.item_ix.entry(it.id.value.clone()).or_insert((qi, ii));
            }
        }
    }

    /// Whether an id of a kind is declared anywhere (even by an invalid entity).
    pub fn has_id(&self, kind: Kind, id: &str) -> bool {
        let declared = &self.declared;
        let found = self
            .ids
            .find((kind, id), |i| Catalog::declared_key(declared, i));
        found.is_some()
    }

    /// The kind and id of the `i`th declared id: what `ids` indexes.
    fn declared_key(declared: &[Declared], i: usize) -> Option<(Kind, &str)> {
        declared.get(i).map(|d| (d.kind, d.id.value.as_str()))
    }

    /// The files of a kind that could not be read or parsed.
    pub fn broken_files(&self, kind: Kind) -> impl Iterator<Item = FileId> + '_ {
        self.broken
            .iter()
            .filter(move |(k, _)| *k == kind)
            .map(|(_, f)| *f)
    }

    /// Every declared id of a kind, sorted, for "did you mean".
    pub fn ids_of(&self, kind: Kind) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .declared
            .iter()
            .filter(|d| d.kind == kind)
            .map(|d| d.id.value.as_str())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    pub fn team(&self, id: &str) -> Option<&Team> {
        self.teams.by_id(id)
    }
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.by_id(id)
    }
    pub fn capability(&self, id: &str) -> Option<&Capability> {
        self.capabilities.by_id(id)
    }
    pub fn intake_req(&self, id: &str) -> Option<&Intake> {
        self.intake.by_id(id)
    }
    pub fn exception(&self, id: &str) -> Option<&Exception> {
        self.exceptions.by_id(id)
    }
    pub fn deprecation(&self, id: &str) -> Option<&Deprecation> {
        self.deprecations.by_id(id)
    }
    /// A roadmap item and its quarter.
    pub fn item(&self, id: &str) -> Option<(&RoadmapQuarter, &Item)> {
        self.item_ix
            .get(id)
            .map(|&(q, i)| (&self.roadmap[q], &self.roadmap[q].items[i]))
    }
    pub fn quarter(&self, q: Quarter) -> Option<&RoadmapQuarter> {
        self.roadmap.iter().find(|r| r.quarter.value == q)
    }

    /// The files whose entities are not in the catalog's tables, in path
    /// order: files of a kind that could not be read or parsed, and files
    /// with an entity left out for a missing or invalid required value.
    pub fn left_out(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .broken
            .iter()
            .map(|(_, f)| *f)
            .chain(self.stand_ins.iter().map(|(f, _, _)| *f))
            .map(|f| self.path(f))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    pub fn path(&self, f: FileId) -> &str {
        self.files.get(f.0 as usize).map_or("", |f| f.path.as_str())
    }
    pub fn text(&self, f: FileId) -> &str {
        self.files.get(f.0 as usize).map_or("", |f| &f.text)
    }
    /// Files that were read.
    pub fn files_read(&self) -> usize {
        self.files.iter().filter(|f| f.read).count()
    }
    /// All roadmap items with their quarter.
    pub fn items(&self) -> impl Iterator<Item = (&RoadmapQuarter, &Item)> {
        self.roadmap
            .iter()
            .flat_map(|q| q.items.iter().map(move |i| (q, i)))
    }
    pub fn fy(&self) -> u32 {
        self.config.fiscal_year_start_month
    }
}

/// The entities of parsed files as a catalog with the given settings, for
/// computations that read entities only (file texts but no paths, no
/// findings): a scorecard's target KPI on a state read from history.
pub fn entities_only(root: &Path, config: Config, files: &[Arc<ParsedFile>]) -> Catalog {
    let mut c = Catalog {
        root: root.to_path_buf(),
        config,
        ..Default::default()
    };
    c.files.reserve(files.len());
    for pf in files {
        // Each file keeps its text (shared, not copied): what a scorecard
        // trend fingerprints to tell which entities changed between states.
        let fid = FileId(c.files.len() as u32);
        c.files.push(SourceFile {
            path: String::new(),
            kind: None,
            text: pf.text.clone(),
            read: true,
        });
        for e in &pf.entities {
            c.push_copy(e, fid);
        }
        for (k, id) in &pf.ids {
            c.declared.push(Declared {
                kind: *k,
                id: id.clone(),
                file: fid,
            });
        }
    }
    c.index();
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two catalogs assembled from one parse of a service's file and of a
    /// request's (the states of a history export) share their fields, each
    /// with the entity placed in its own file list.
    #[test]
    fn catalogs_from_one_parse_share_entities_fields() {
        let parse = |kind, text: &str| Arc::new(parse::parse_file(kind, text.as_bytes()));
        let service = parse(Kind::Service, "id: a\nteam: t\n");
        let request = parse(
            Kind::Intake,
            "id: INT-7K3F9Q\ntitle: T\nrequester: {team: t}\ncreated: 2026-01-01\nproblem: P\n",
        );
        let other = parse(Kind::Service, "id: 0\nteam: t\n");
        let file = |path: &str, kind, pf: &Arc<ParsedFile>| Parsed {
            path: path.into(),
            kind: Some(kind),
            result: Ok(pf.clone()),
        };
        let root = Path::new("/c");
        let one = assemble(
            root,
            vec![
                file("intake/INT-7K3F9Q.yaml", Kind::Intake, &request),
                file("services/a.yaml", Kind::Service, &service),
            ],
            &[],
        );
        let two = assemble(
            root,
            vec![
                file("intake/INT-7K3F9Q.yaml", Kind::Intake, &request),
                file("services/0.yaml", Kind::Service, &other),
                file("services/a.yaml", Kind::Service, &service),
            ],
            &[],
        );
        let (Some(a1), Some(a2)) = (one.services.by_id("a"), two.services.by_id("a")) else {
            panic!("service a not in both catalogs")
        };
        assert!(a1.shares_fields_with(a2));
        assert_eq!(one.files[a1.meta.file.0 as usize].path, "services/a.yaml");
        assert_eq!(two.files[a2.meta.file.0 as usize].path, "services/a.yaml");
        assert_ne!(a1.meta.file, a2.meta.file);
        let (Some(r1), Some(r2)) = (
            one.intake.by_id("INT-7K3F9Q"),
            two.intake.by_id("INT-7K3F9Q"),
        ) else {
            panic!("the request is not in both catalogs")
        };
        assert!(r1.shares_fields_with(r2));
        assert_eq!(r1.title.value, "T");
        // The ids they declare, too.
        let declared = |c: &Catalog| {
            c.declared
                .iter()
                .find(|d| d.id.value == "INT-7K3F9Q")
                .map(|d| d.id.clone())
        };
        let (Some(d1), Some(d2)) = (declared(&one), declared(&two)) else {
            panic!("the request's id is not declared in both catalogs")
        };
        assert!(Arc::ptr_eq(&d1, &d2));
    }

    /// The files left out of a catalog's tables: one that does not parse
    /// and one whose service lacks its team, each once, in path order; a
    /// file that is fine is not among them.
    #[test]
    fn left_out_names_broken_files_and_files_with_stand_ins() {
        let file = |path: &str, text: &str| Parsed {
            path: path.into(),
            kind: Some(Kind::Service),
            result: Ok(Arc::new(parse::parse_file(Kind::Service, text.as_bytes()))),
        };
        let cat = assemble(
            Path::new("/c"),
            vec![
                file("services/z-broken.yaml", "id: z\nteam: [x\n"),
                file("services/a-ok.yaml", "id: a\nteam: t\n"),
                file("services/m-noteam.yaml", "id: m\n---\nid: n\n"),
            ],
            &[],
        );
        assert_eq!(
            cat.left_out(),
            ["services/m-noteam.yaml", "services/z-broken.yaml"]
        );
        assert!(cat.services.by_id("a").is_some());
        assert!(cat.services.by_id("m").is_none());
    }

    /// Lookups by id find the first entity of an id in file order, for
    /// every id of a catalog, and nothing for an id it does not hold.
    #[test]
    fn by_id_finds_the_first_of_each_id() {
        let files: Vec<Parsed> = (0..300)
            .map(|i| {
                let text = format!("id: s{}\nteam: t{i}\n", i % 200);
                Parsed {
                    path: format!("services/s{i:03}.yaml"),
                    kind: Some(Kind::Service),
                    result: Ok(Arc::new(parse::parse_file(Kind::Service, text.as_bytes()))),
                }
            })
            .collect();
        let cat = assemble(Path::new("/c"), files, &[]);
        for i in 0..200 {
            let s = cat.services.by_id(&format!("s{i}"));
            assert_eq!(
                s.map(|s| s.team.value.as_str()),
                Some(format!("t{i}").as_str())
            );
        }
        assert!(cat.services.by_id("s200").is_none());
        assert!(cat.services.by_id("").is_none());
        assert!(cat.teams.by_id("s1").is_none());
        // Declared ids, by kind: each once.
        assert!((0..200).all(|i| cat.has_id(Kind::Service, &format!("s{i}"))));
        assert!(!cat.has_id(Kind::Service, "s200"));
        assert!(!cat.has_id(Kind::Team, "s1"));
        let ids = cat.ids_of(Kind::Service);
        assert_eq!((ids.len(), ids.first().copied()), (200, Some("s0")));
        assert!(cat.ids_of(Kind::Team).is_empty());
    }

    /// `kpi` reads the settings before it assembles the catalog: both ways
    /// must give the same settings, here on the demo catalog's and on ones
    /// with a fiscal year, targets, and an unreadable platctl.yaml.
    #[test]
    fn config_of_agrees_with_assemble() {
        let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog");
        let settings = [
            std::fs::read(demo.join("platctl.yaml")).unwrap_or_default(),
            b"version: 1\nname: X\nfiscal_year_start_month: 7\nkpis:\n  adoption-rate: {min: 0.5}\n".to_vec(),
            b"version: 1\nname: [broken\n".to_vec(),
            vec![0xff, 0xfe],
        ];
        for bytes in settings {
            let files = vec![
                Parsed {
                    path: "services/a.yaml".into(),
                    kind: Some(Kind::Service),
                    result: Ok(Arc::new(parse::parse_file(
                        Kind::Service,
                        b"id: a\nteam: t\n",
                    ))),
                },
                Parsed {
                    path: "platctl.yaml".into(),
                    kind: Some(Kind::Config),
                    result: Ok(Arc::new(parse::parse_file(Kind::Config, &bytes))),
                },
            ];
            let early = config_of(&demo, &files);
            if bytes.starts_with(b"version: 1\nname: X") {
                assert_eq!(early.fiscal_year_start_month, 7);
            }
            let early = format!("{early:?}");
            let late = format!("{:?}", assemble(&demo, files, &[]).config);
            assert_eq!(early, late);
        }
    }
}
