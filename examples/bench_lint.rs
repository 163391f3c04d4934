//! Times each phase of `platctl lint` on a catalog, best of N runs:
//!
//!     cargo run --release --example gen_catalog -- /tmp/cat10k --services 10000
//!     cargo run --release --example bench_lint -- /tmp/cat10k [RUNS]
//!
//! Reports walk, read, parse, assemble and rule times, and the total.
// A developer tool, not the product: it writes files and unwraps freely.
#![allow(clippy::disallowed_methods, clippy::unwrap_used, clippy::expect_used)]

use platctl::catalog::{self, load};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(root) = args.next().map(PathBuf::from) else {
        eprintln!("usage: bench_lint CATALOG_DIR [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default();
    let mut best = [Duration::MAX; 6];
    let mut files = 0;
    let mut findings = 0;
    for _ in 0..runs {
        let t0 = Instant::now();
        let Ok(w) = load::walk(&root) else {
            eprintln!("cannot read {}", root.display());
            std::process::exit(2);
        };
        let t1 = Instant::now();
        let raw = load::read_all(&w);
        let t2 = Instant::now();
        let parsed = catalog::parse_all(raw);
        let t3 = Instant::now();
        let cat = catalog::assemble(&root, parsed, &w.unknown_dirs);
        let t4 = Instant::now();
        let diags = platctl::lint::lint(&cat, today, &Default::default());
        let t5 = Instant::now();
        files = cat.files_read();
        findings = diags.len();
        for (i, d) in [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t5 - t0]
            .into_iter()
            .enumerate()
        {
            best[i] = best[i].min(d);
        }
    }
    println!("{files} files, {findings} findings, best of {runs} runs:");
    for (name, d) in ["walk", "read", "parse", "assemble", "rules", "total"]
        .iter()
        .zip(best)
    {
        println!("  {name:9} {:8.1} ms", d.as_secs_f64() * 1000.0);
    }
}
