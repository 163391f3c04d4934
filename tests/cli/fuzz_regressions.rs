//! Replays the fuzz seeds and every input that once broke a fuzz target
//! through the same path: for `catalog_file` parse, decode, assemble, every
//! lint rule; for `scorecard_expr` an expression run directly and through
//! the interpreter, which must agree; for `standards_file` a scorecard or
//! campaign in a small catalog, linted, listed and exported; for
//! `import_file` another catalog's file imported, written and read back.

use std::path::Path;

#[path = "../../fuzz/demo.rs"]
mod demo;

#[path = "../../fuzz/catalog_file.rs"]
mod catalog_file;

#[path = "../../fuzz/standards_file.rs"]
mod standards_file;

#[path = "../../fuzz/import_file.rs"]
mod import_file;

/// Replays the seeds of target `name` (`fuzz/corpus/NAME/seed-*`: the
/// fuzzer adds its own finds beside them) and every input that once broke
/// it (the files in `fuzz/REGRESSIONS`) through `run`; at least `least` of
/// them. A failing input is named before its panic goes on (unwinding
/// resumes at once, so no state it left half done is looked at).
fn replay(name: &str, regressions: &str, least: usize, run: impl Fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for dir in [format!("corpus/{name}"), regressions.to_string()] {
        for e in std::fs::read_dir(root.join(&dir))
            .expect("fuzz dir")
            .flatten()
        {
            let file = e.file_name().to_string_lossy().into_owned();
            let seed = file.starts_with("seed-") || dir == regressions;
            if e.path().is_dir() || file.starts_with('.') || file.ends_with(".md") || !seed {
                continue;
            }
            let data = std::fs::read(e.path()).expect("read");
            if let Err(p) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&data))) {
                eprintln!("fuzz input {} broke {name}", e.path().display());
                std::panic::resume_unwind(p);
            }
            n += 1;
        }
    }
    assert!(n >= least, "only {n} inputs of {name} replayed");
}

#[test]
fn seeds_and_past_crashes_run_clean() {
    replay("catalog_file", "regressions", 30, catalog_file::run);
}

#[test]
fn expression_seeds_and_past_crashes_agree() {
    replay("scorecard_expr", "regressions/scorecard_expr", 20, |data| {
        if let Err(why) = platctl::scorecard::cel::differential_on_samples(data) {
            panic!("{why}");
        }
    });
}

#[test]
fn standards_seeds_and_past_crashes_run_clean() {
    replay(
        "standards_file",
        "regressions/standards_file",
        6,
        standards_file::run,
    );
}

#[test]
fn import_seeds_and_past_crashes_read_back_whole() {
    replay(
        "import_file",
        "regressions/import_file",
        12,
        import_file::run,
    );
}
