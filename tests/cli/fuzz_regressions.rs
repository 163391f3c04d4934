//! Replays the fuzz seeds and every input that once broke a fuzz target
//! through the same path: for `catalog_file` parse, decode, assemble, every
//! lint rule; for `scorecard_expr` an expression run directly and through
//! the interpreter, which must agree; for `standards_file` a scorecard or
//! campaign in a small catalog, linted, listed and exported; for
//! `import_file` another catalog's file imported, written and read back.

use platctl::catalog::{self, Kind, Parsed};
use std::path::Path;
use std::sync::Arc;

const KINDS: &[(Kind, &str)] = &[
    (Kind::Team, "teams/x.yaml"),
    (Kind::Service, "services/x.yaml"),
    (Kind::Capability, "capabilities/x.yaml"),
    (Kind::Roadmap, "roadmap/2026-Q4.yaml"),
    (Kind::Deprecation, "deprecations/x.yaml"),
    (Kind::Exception, "exceptions/x.yaml"),
    (Kind::Intake, "intake/x.yaml"),
    (Kind::Metric, "metrics/x.yaml"),
    (Kind::Survey, "surveys/x.yaml"),
    (Kind::Config, "platctl.yaml"),
];

/// The body of fuzz/fuzz_targets/catalog_file.rs.
fn run(data: &[u8]) {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let (kind, path) = KINDS[sel as usize % KINDS.len()];
    let parsed = |kind: Kind, path: &str, bytes: &[u8]| Parsed {
        path: path.into(),
        kind: Some(kind),
        result: Ok(Arc::new(catalog::parse::parse_file(kind, bytes))),
    };
    let mut files = vec![parsed(kind, path, rest)];
    if kind != Kind::Config {
        files.push(parsed(Kind::Config, "platctl.yaml", b"version: 1\n"));
    }
    let cat = catalog::assemble(Path::new("/fuzz"), files, &[]);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default();
    let _ = platctl::lint::lint(&cat, today, &Default::default());
}

#[test]
fn seeds_and_past_crashes_run_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for dir in ["corpus/catalog_file", "regressions"] {
        for e in std::fs::read_dir(root.join(dir))
            .expect("fuzz dir")
            .flatten()
        {
            let name = e.file_name().to_string_lossy().into_owned();
            if e.path().is_dir()
                || name.ends_with(".md")
                || !(name.starts_with("seed-") || dir == "regressions")
            {
                continue;
            }
            run(&std::fs::read(e.path()).expect("read"));
            n += 1;
        }
    }
    assert!(n >= 30, "only {n} inputs replayed");
}

#[test]
fn expression_seeds_and_past_crashes_agree() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for dir in ["corpus/scorecard_expr", "regressions/scorecard_expr"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            // Seeds only of the corpus: the fuzzer adds its own finds there.
            let name = e.file_name().to_string_lossy().into_owned();
            if dir.starts_with("corpus") && !name.starts_with("seed-") {
                continue;
            }
            let data = std::fs::read(e.path()).expect("read");
            if let Err(why) = platctl::scorecard::cel::differential_on_samples(&data) {
                panic!("{}: {why}", e.path().display());
            }
            n += 1;
        }
    }
    assert!(n >= 20, "only {n} inputs replayed");
}

#[path = "../../fuzz/demo.rs"]
mod demo;

#[path = "../../fuzz/standards_file.rs"]
mod standards_file;

#[path = "../../fuzz/import_file.rs"]
mod import_file;

/// Replays the seeds of target `name` and the inputs that once broke it
/// through `run`; at least `least` of them.
fn replay(name: &str, least: usize, run: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for dir in [format!("corpus/{name}"), format!("regressions/{name}")] {
        for e in std::fs::read_dir(root.join(&dir))
            .expect("fuzz dir")
            .flatten()
        {
            // Seeds only of the corpus: the fuzzer adds its own finds there.
            let file = e.file_name().to_string_lossy().into_owned();
            if file.starts_with('.') || (dir.starts_with("corpus") && !file.starts_with("seed-")) {
                continue;
            }
            run(&std::fs::read(e.path()).expect("read"));
            n += 1;
        }
    }
    assert!(n >= least, "only {n} inputs of {name} replayed");
}

#[test]
fn standards_seeds_and_past_crashes_run_clean() {
    replay("standards_file", 6, standards_file::run);
}

#[test]
fn import_seeds_and_past_crashes_read_back_whole() {
    replay("import_file", 12, import_file::run);
}
