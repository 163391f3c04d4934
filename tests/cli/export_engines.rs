//! Real consumers of the exports: DuckDB loads every table in every format
//! and answers SQL questions; promtool checks the OpenMetrics text. Both are
//! installed by tests/tools/install.sh; a missing one fails the test.

use std::path::{Path, PathBuf};

use crate::common::{git, TestEnv};

fn tools() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools")
}

/// The export fixture in a git repository: on 2026-05-01 svc-b did not use
/// cap-ga yet; on 2026-08-01 the catalog as it is.
fn repo() -> TestEnv {
    let env = TestEnv::fixture("export", "cat");
    let cat = env.root();
    let svc_b = env.read("services/svc-b.yaml");
    env.write(
        "services/svc-b.yaml",
        "id: svc-b\nteam: team-b\ntier: 2\nuses: []\n",
    );
    let d1 = "2026-05-01T10:00:00+00:00";
    git(cat, d1, &["init", "-q"]);
    git(cat, d1, &["add", "-A"]);
    git(cat, d1, &["commit", "-qm", "catalog"]);
    env.write("services/svc-b.yaml", &svc_b);
    let d2 = "2026-08-01T10:00:00+00:00";
    git(cat, d2, &["add", "-A"]);
    git(cat, d2, &["commit", "-qm", "svc-b adopts cap-ga"]);
    env
}

#[test]
fn duckdb_loads_every_table_in_every_format_and_answers() {
    let python = tools().join(".venv/bin/python");
    assert!(
        python.exists(),
        "DuckDB's Python package is missing: run tests/tools/install.sh (it makes {})",
        python.display()
    );
    let env = repo();
    let out = env.tmp().join("out");
    for format in ["parquet", "jsonl", "csv"] {
        let dir = out.join(format);
        let r = env.output(&[
            "export",
            "tables",
            "-o",
            dir.to_str().expect("utf-8"),
            "--format",
            format,
            "--since",
            "2026-Q2",
        ]);
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/export/check_duckdb.py");
    let r = std::process::Command::new(&python)
        .arg(&script)
        .arg(&out)
        .output()
        .expect("python runs");
    let stdout = String::from_utf8_lossy(&r.stdout);
    assert!(
        r.status.success() && stdout.trim() == "ok",
        "{stdout}\n{}",
        String::from_utf8_lossy(&r.stderr)
    );
}

fn promtool() -> PathBuf {
    let local = tools().join("bin/promtool");
    if local.exists() {
        return local;
    }
    let on_path = std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join("promtool"))
                .find(|p| p.exists())
        })
        .unwrap_or_default();
    on_path.unwrap_or_else(|| panic!("promtool is missing: run tests/tools/install.sh"))
}

/// promtool's verdict and what it printed.
fn check(text: &str) -> (bool, String) {
    use std::io::Write;
    let mut child = std::process::Command::new(promtool())
        .args(["check", "metrics"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("promtool runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write");
    let o = child.wait_with_output().expect("promtool ends");
    (
        o.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ),
    )
}

#[test]
fn kpi_openmetrics_passes_promtool_and_has_no_sample_without_data() {
    let env = repo();
    for args in [
        &["kpi", "--format", "openmetrics"][..],
        &[
            "kpi",
            "--trend",
            "--since",
            "2026-Q2",
            "--format",
            "openmetrics",
        ][..],
    ] {
        let r = env.output(args);
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
        let text = String::from_utf8(r.stdout).expect("utf-8");
        // promtool reads the Prometheus text format, where `# EOF` is a
        // comment: it says nothing about the end, so check it here.
        assert!(text.ends_with("\n# EOF\n"), "{text}");
        assert_eq!(text.matches("# EOF").count(), 1);
        let (ok, said) = check(&text);
        assert!(ok && said.trim().is_empty(), "promtool: {said}\n{text}");
        for family in [
            "platctl_kpi_value",
            "platctl_kpi_target_min",
            "platctl_kpi_target_max",
            "platctl_kpi_on_target",
        ] {
            assert!(text.contains(&format!("# HELP {family} ")), "{family}");
            assert!(
                text.contains(&format!("# TYPE {family} gauge\n")),
                "{family}"
            );
        }
        // Hand-computed for Q4: adoption-rate is (2/3 + 1/2) / 2.
        assert!(text.contains(&format!(
            "platctl_kpi_value{{kpi=\"adoption-rate\",period=\"2026-Q4\"}} {}\n",
            (2.0 / 3.0 + 0.5) / 2.0
        )));
        assert!(
            text.contains("platctl_kpi_target_min{kpi=\"adoption-rate\",period=\"2026-Q4\"} 0.6\n")
        );
        assert!(
            text.contains("platctl_kpi_on_target{kpi=\"adoption-rate\",period=\"2026-Q4\"} 0\n")
        );
        // No metrics/ in this catalog: observed KPIs have no sample, never 0.
        assert!(
            !text.contains("platctl_kpi_value{kpi=\"slo-attainment\""),
            "{text}"
        );
        assert!(text
            .contains("platctl_kpi_target_min{kpi=\"slo-attainment\",period=\"2026-Q4\"} 99.9\n"));
        assert!(!text.contains("platctl_kpi_on_target{kpi=\"slo-attainment\""));
    }
    // Scorecards, on the demo catalog.
    let r = TestEnv::demo().output(&["scorecard", "list", "--format", "openmetrics"]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let text = String::from_utf8(r.stdout).expect("utf-8");
    assert!(text.ends_with("\n# EOF\n"), "{text}");
    assert!(text.contains("# TYPE platctl_scorecard_entities gauge\n"));
    assert!(text.contains(
        "platctl_scorecard_entities{scorecard=\"production-readiness\",level=\"none\"} "
    ));
    let (ok, said) = check(&text);
    assert!(ok && said.trim().is_empty(), "promtool: {said}\n{text}");
    // The check is real: promtool refuses a sample with a broken label value.
    let (ok, _) = check("# HELP x An x.\n# TYPE x gauge\nx{kpi=\"a\\q\"} 1\n# EOF\n");
    assert!(!ok, "promtool accepted an invalid escape");
}
