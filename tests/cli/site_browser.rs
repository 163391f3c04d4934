//! The portal in a real browser: headless Chromium (the system's package)
//! driven by puppeteer-core opens every kind of page over file://, fails on
//! console errors and on any request that leaves the site, runs searches,
//! and runs axe-core (no serious or critical violation, light and dark).
//!
//! Needs /usr/bin/chromium and tests/tools/node_modules: run
//! tests/tools/install.sh. Without them this test FAILS and says so.

use crate::common::TestEnv;
use std::path::{Path, PathBuf};

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn build(env: &TestEnv, out: &Path) {
    env.cmd()
        .args(["site", "build", "-o"])
        .arg(out)
        .assert()
        .success();
}

fn check(site: &Path, pages: &[&str], searches: &[&str]) {
    let node = std::process::Command::new("node")
        .arg(manifest().join("tests/site/check.mjs"))
        .arg(site)
        .arg("--pages")
        .arg(pages.join(","))
        .arg("--search")
        .arg(searches.join("|"))
        .output();
    let out = match node {
        Ok(o) => o,
        Err(e) => panic!(
            "cannot run node ({e}): install Node.js 18 or later, then run tests/tools/install.sh"
        ),
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() == Some(3) {
        panic!("{stderr}");
    }
    assert!(
        out.status.success(),
        "the browser check failed:\n{stdout}\n{stderr}"
    );
    // Every page was opened in both colour schemes, every search ran.
    assert_eq!(
        stdout.matches("\nok ").count() + usize::from(stdout.starts_with("ok ")),
        pages.len() * 2 + searches.len(),
        "{stdout}"
    );
}

#[test]
fn every_kind_of_page_works_in_a_browser_and_passes_axe() {
    let t = tempfile::tempdir().expect("tempdir");
    let site = t.path().join("site");
    build(&TestEnv::demo(), &site);
    check(
        &site,
        &[
            "index.html",
            "capabilities/index.html",
            "capabilities/ci-pipelines.html",
            "services/payments-api.html",
            "teams/index.html",
            "teams/team-checkout.html",
            "deprecations/index.html",
            "deprecations/legacy-auth-sunset.html",
            "exceptions/index.html",
            "intake/index.html",
            "roadmap/2026-Q4.html",
            "kpis.html",
            "radar.html",
            "search.html",
            "scorecards/index.html",
            "scorecards/production-readiness.html",
            "scorecards/capability-quality.html",
            "campaigns/sso-everywhere.html",
        ],
        &[
            "payments api=>services/payments-api.html",
            "team-checkout=>teams/team-checkout.html",
            "EXC-QWKMV1=>exceptions/index.html#EXC-QWKMV1",
            "production readiness=>scorecards/production-readiness.html",
            "sso-everywhere=>campaigns/sso-everywhere.html",
            "no such thing anywhere=>none",
        ],
    );
}

/// The demo with its past (examples/demo-history.sh): the scorecard trend
/// and the campaign burn-up are drawn from git history, and stay accessible.
#[cfg(unix)]
#[test]
fn charts_from_history_pass_axe_and_scorecards_are_found() {
    let env = TestEnv::empty().root_at("demo");
    let demo = env.root();
    let made = std::process::Command::new("bash")
        .arg(manifest().join("examples/demo-history.sh"))
        .arg(demo)
        .output()
        .expect("bash runs");
    assert!(
        made.status.success(),
        "demo-history.sh: {}",
        String::from_utf8_lossy(&made.stderr)
    );
    let site = env.tmp().join("site");
    build(&env, &site);
    for (page, what) in [
        ("scorecards/production-readiness.html", "trend"),
        ("campaigns/sso-everywhere.html", "burn-up"),
    ] {
        let html = std::fs::read_to_string(site.join(page)).expect("page");
        assert_eq!(html.matches("<svg").count(), 1, "{page}: no {what} chart");
    }
    check(
        &site,
        &[
            "index.html",
            "scorecards/production-readiness.html",
            "scorecards/capability-quality.html",
            "campaigns/sso-everywhere.html",
            "teams/team-payments.html",
        ],
        &[
            "readiness=>scorecards/production-readiness.html",
            "Every tier-1=>campaigns/sso-everywhere.html",
        ],
    );
}

#[test]
fn a_hostile_catalog_runs_no_script_and_stays_accessible() {
    let t = tempfile::tempdir().expect("tempdir");
    let site = t.path().join("site");
    build(&TestEnv::in_place("tests/fixtures/site/hostile"), &site);
    check(
        &site,
        &[
            "index.html",
            "capabilities/cap-evil.html",
            "services/nasty-svc.html",
            "services/escape.html",
            "teams/team-evil.html",
            "teams/team-sub.html",
            "deprecations/evil-sunset.html",
            "exceptions/index.html",
            "intake/index.html",
            "roadmap/2026-Q4.html",
            "search.html",
        ],
        &[
            "</script>=>capabilities/cap-evil.html",
            "nasty=>services/nasty-svc.html",
        ],
    );
}
