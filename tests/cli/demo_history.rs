//! examples/demo-history.sh builds the demo catalog's past in a copy: on it
//! every feature that reads history shows content, and the working tree is
//! the demo catalog exactly.
#![cfg(unix)]

use crate::common::TestEnv;
use std::path::Path;

#[test]
fn the_demo_has_a_past() {
    let env = TestEnv::empty().root_at("demo");
    let dest = env.root();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo-history.sh");
    let out = std::process::Command::new("bash")
        .arg(&script)
        .arg(dest)
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "demo-history.sh: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("16 commits over 2026-Q1..Q4, tags v2026-q1 v2026-q2 v2026-q3"),
        "{said}"
    );
    // The working tree is the demo catalog, committed: nothing pending.
    let status = env.git("2026-11-27T12:00:00Z", &["status", "--porcelain"]);
    assert!(status.is_empty(), "{status}");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog/roadmap/2026-Q4.yaml");
    assert_eq!(
        std::fs::read_to_string(dest.join("roadmap/2026-Q4.yaml")).expect("read"),
        std::fs::read_to_string(demo).expect("read")
    );

    // kpi --trend: snapshot KPIs have a value in every past quarter.
    let j: serde_json::Value = serde_json::from_str(
        &env.ok(&["kpi", "--trend", "--since", "2026-Q1", "--format", "json"]),
    )
    .expect("json");
    let adoption: Vec<(String, bool)> = j["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .filter(|r| r["id"] == "adoption-rate")
        .map(|r| {
            (
                r["period"].as_str().unwrap_or("").to_string(),
                r["value"].is_number(),
            )
        })
        .collect();
    assert_eq!(
        adoption,
        [
            ("2026-Q1".to_string(), true),
            ("2026-Q2".to_string(), true),
            ("2026-Q3".to_string(), true),
            ("2026-Q4".to_string(), true)
        ],
        "{j}"
    );

    // changelog --from a tag: lifecycle moves, an announced deprecation, deliveries.
    let log = env.ok(&["changelog", "--from", "v2026-q3"]);
    assert!(
        log.contains("- Capability Cost insights (`cost-insights`) moved from proposed to beta."),
        "{log}"
    );
    assert!(log.contains("## Deprecations announced"), "{log}");
    assert!(
        log.contains("(`ci-cache-fix`) of 2026-Q4 was delivered on 2026-11-20."),
        "{log}"
    );

    // The roadmap report's scope changes since the quarter began.
    let r: serde_json::Value = serde_json::from_str(&env.ok(&[
        "report",
        "roadmap",
        "--quarter",
        "2026-Q4",
        "--format",
        "json",
    ]))
    .expect("json");
    let scope: Vec<(String, String, String)> = r["scope_changes"]
        .as_array()
        .expect("scope")
        .iter()
        .map(|c| {
            (
                c["item"].as_str().unwrap_or("").to_string(),
                c["change"].as_str().unwrap_or("").to_string(),
                c["date"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        scope,
        [
            (
                "incident-review-automation".into(),
                "added".into(),
                "2026-10-20".into()
            ),
            (
                "cost-anomaly-alerts".into(),
                "removed".into(),
                "2026-11-05".into()
            )
        ]
    );

    // The deprecation burn-down.
    let d: serde_json::Value = serde_json::from_str(&env.ok(&[
        "deprecation",
        "show",
        "legacy-auth-sunset",
        "--format",
        "json",
    ]))
    .expect("json");
    let burn: Vec<(String, u64)> = d["burn_down"]
        .as_array()
        .expect("burn")
        .iter()
        .map(|p| {
            (
                p["date"].as_str().unwrap_or("").to_string(),
                p["migrated"].as_u64().unwrap_or(99),
            )
        })
        .collect();
    assert_eq!(
        burn,
        [
            ("2026-06-15".to_string(), 0),
            ("2026-08-20".to_string(), 4),
            ("2026-10-05".to_string(), 4)
        ]
    );

    // Run twice, the script refuses to touch an existing directory.
    let again = std::process::Command::new("bash")
        .arg(&script)
        .arg(dest)
        .output()
        .expect("bash runs");
    assert_eq!(again.status.code(), Some(2));
}
