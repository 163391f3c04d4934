//! Every lint rule has a fixture folder, tests/fixtures/rules/RULE/: files
//! in `breaks/` laid over the clean base catalog make exactly one finding of
//! the rule, written in `expected` with its place, message and help; files in
//! `passes/` (a near miss) make none. `UPDATE_SNAPSHOTS=1 cargo test --test
//! cli -- lint_rules::` rewrites `expected` after a deliberate change (review
//! the diff). Adding a rule means adding its folder.

use crate::common::TestEnv;

#[test]
fn the_base_fixture_is_clean() {
    let dir = TestEnv::base(&[]);
    assert_eq!(dir.findings(), vec![]);
}

/// The rules' fixture folders: tests/fixtures/rules/RULE/{breaks,passes}/
/// hold files laid over the clean base catalog; `expected` is what lint says
/// of the breaking ones, every finding with its place, message and help.
fn rule_dirs() -> Vec<std::path::PathBuf> {
    let base = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
    let mut v: Vec<_> = std::fs::read_dir(base)
        .expect("tests/fixtures/rules")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    v.sort();
    v
}

/// The files under `dir`, as (relative path, text), in path order.
fn overlay(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p
                    .strip_prefix(dir)
                    .expect("inside")
                    .to_string_lossy()
                    .replace('\\', "/");
                let bytes = std::fs::read(&p).expect("fixture");
                out.push((rel, String::from_utf8(bytes).expect("UTF-8 fixture")));
            }
        }
    }
    out.sort();
    out
}

/// What lint says of a catalog: `file:line:column: level[rule] message`,
/// then `  help: …`, one finding after the other.
fn said(env: &TestEnv) -> String {
    let out = env.output(&["lint", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let mut text = String::new();
    for d in v["diagnostics"].as_array().expect("list") {
        text.push_str(&format!(
            "{}:{}:{}: {}[{}] {}\n",
            d["file"].as_str().unwrap_or_default(),
            d["line"],
            d["column"],
            d["level"].as_str().unwrap_or_default(),
            d["rule"].as_str().unwrap_or_default(),
            d["message"].as_str().unwrap_or_default(),
        ));
        if let Some(h) = d["help"].as_str() {
            text.push_str(&format!("  help: {h}\n"));
        }
    }
    text
}

fn laid_over_base(files: &[(String, String)]) -> TestEnv {
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    TestEnv::base(&refs)
}

#[test]
fn every_rule_breaks_and_passes_as_its_fixture_says() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut failures = Vec::new();
    for dir in rule_dirs() {
        let rule = dir.file_name().expect("name").to_string_lossy().to_string();
        let got = said(&laid_over_base(&overlay(&dir.join("breaks"))));
        let expected_path = dir.join("expected");
        if update {
            std::fs::write(&expected_path, &got).expect("write expected");
        }
        let want = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != want {
            failures.push(format!("{rule}: breaks/ gave\n{got}want\n{want}"));
        }
        // Exactly one finding, of this rule, with a message and a help.
        let first = got.lines().next().unwrap_or_default();
        if got.lines().filter(|l| !l.starts_with("  help: ")).count() != 1
            || !first.contains(&format!("[{rule}] "))
            || first.ends_with("] ")
            || !got.contains("\n  help: ")
        {
            failures.push(format!("{rule}: breaks/ should give one `{rule}` finding with a message and a help, gave\n{got}"));
        }
        let clean = said(&laid_over_base(&overlay(&dir.join("passes"))));
        if !clean.is_empty() {
            failures.push(format!("{rule}: passes/ gave\n{clean}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_registered_rule_has_a_fixture_folder() {
    let mut covered: Vec<String> = rule_dirs()
        .iter()
        .filter_map(|d| d.file_name().map(|n| n.to_string_lossy().to_string()))
        .collect();
    // Compares two git revisions (`lint --changed-since`): its fixture is a
    // repository of two commits, built in tests/cli/scorecards.rs.
    covered.push("scorecard-level-regressed".into());
    for r in platctl::lint::registry::RULES {
        assert!(
            covered.iter().any(|c| c == r.id.as_str()),
            "no fixture folder tests/fixtures/rules/{}",
            r.id
        );
    }
}
