//! `cargo bench`: the hot path of every command — parse one file, load and
//! lint the demo catalog, and load and lint synthetic catalogs of 1,000 and
//! 10,000 services (the demo's services replicated). Whole-command timings
//! against peers are in examples/bench_commands.sh.
// A developer tool, not the product: it writes files and unwraps freely.
#![allow(clippy::disallowed_methods, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

fn main() {
    divan::main();
}

fn demo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog")
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default()
}

/// A copy of the demo with `n` extra services, in a temp dir kept for the run.
fn synthetic(n: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("platctl-bench-{n}"));
    if dir.join("platctl.yaml").is_file() {
        return dir;
    }
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&demo(), &dir);
    let template =
        std::fs::read_to_string(demo().join("services/payments-api.yaml")).unwrap_or_default();
    for i in 0..n {
        let id = format!("svc-{i:05}");
        let text = template.replace("id: payments-api", &format!("id: {id}"));
        let _ = std::fs::write(dir.join("services").join(format!("{id}.yaml")), text);
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    let _ = std::fs::create_dir_all(to);
    for e in std::fs::read_dir(from).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            let _ = std::fs::copy(&p, to.join(e.file_name()));
        }
    }
}

#[divan::bench]
fn parse_one_service_file(b: divan::Bencher) {
    let text = std::fs::read(demo().join("services/payments-api.yaml")).unwrap_or_default();
    b.bench(|| {
        platctl::catalog::parse::parse_file(
            platctl::catalog::Kind::Service,
            divan::black_box(&text),
        )
    });
}

#[divan::bench(args = [0, 1_000, 10_000], sample_count = 10)]
fn load_and_lint(b: divan::Bencher, extra_services: usize) {
    let root = if extra_services == 0 {
        demo()
    } else {
        synthetic(extra_services)
    };
    b.bench(|| {
        let cat = platctl::catalog::load_dir(&root).expect("loads");
        platctl::lint::lint(&cat, today(), &Default::default()).len()
    });
}
