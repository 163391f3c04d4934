//! `platctl lint --format sarif|github|junit` on a catalog kept in a
//! subdirectory of a git repository, as a platform team's repository is.

use crate::common::{write_files, TestEnv, TODAY};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn write(root: &Path, rel: &str, text: &str) {
    write_files(root, &[(rel, text)]);
}

fn git(dir: &Path, args: &[&str]) {
    crate::common::git(dir, "2026-11-01T12:00:00Z", args);
}

/// A repository whose catalog lives in `platform-catalog/`, with one error
/// whose message holds `%`, `:` and a line break, an error in a file whose
/// name holds a comma, and a warning.
fn fixture() -> TestEnv {
    let env = TestEnv::empty().root_at("platform-catalog");
    let repo = env.tmp().to_path_buf();
    let cat = env.root();
    write(cat, "platctl.yaml", "version: 1\nname: Fixture\n");
    write(
        cat,
        "teams/team-a.yaml",
        "id: team-a\nname: Team A\n\"50%: done\\nnext\": 1\n",
    );
    write(cat, "teams/b,c.yaml", "id: team-b\nname: Team B\n");
    write(
        cat,
        "capabilities/ci.yaml",
        "id: ci\nname: CI\nsummary: Pipelines\nowner: team-x\nlifecycle: beta\n",
    );
    write(&repo, "README.md", "a platform catalog\n");
    git(&repo, &["init", "-q"]);
    git(&repo, &["add", "-A"]);
    git(&repo, &["commit", "-qm", "catalog"]);
    env
}

fn lint(cat: &TestEnv, format: &str) -> std::process::Output {
    cat.cmd()
        .args(["--today", TODAY, "lint", "--format", format])
        .env_remove("GITHUB_ACTIONS")
        .env("NO_COLOR", "1")
        .output()
        .expect("runs")
}

fn sarif_validator() -> jsonschema::Validator {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ci/sarif-schema-2.1.0.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("vendored schema"))
            .expect("json");
    jsonschema::validator_for(&schema).expect("the SARIF schema compiles")
}

#[test]
fn sarif_is_valid_sarif_2_1_0_with_repository_relative_paths() {
    let cat = fixture();
    let out = lint(&cat, "sarif");
    assert_eq!(out.status.code(), Some(1), "errors were found: exit 1");
    let log: Value = serde_json::from_slice(&out.stdout).expect("SARIF is JSON");
    let errors: Vec<String> = sarif_validator()
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "not valid SARIF 2.1.0:\n{}",
        errors.join("\n")
    );

    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"]
        .as_str()
        .is_some_and(|s| s.contains("sarif-2.1.0")));
    let runs = log["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 1);
    let driver = &runs[0]["tool"]["driver"];
    assert_eq!(driver["name"], "platctl");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    // The project's home when Cargo.toml names one; none while it is not known
    // (an empty or invented URI would be worse than none).
    match env!("CARGO_PKG_REPOSITORY") {
        "" => assert!(driver.get("informationUri").is_none(), "{driver}"),
        home => assert_eq!(driver["informationUri"], home),
    }
    let rules = driver["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), platctl::lint::registry::RULES.len());
    for r in rules {
        for key in [
            "id",
            "shortDescription",
            "fullDescription",
            "help",
            "defaultConfiguration",
        ] {
            assert!(!r[key].is_null(), "rule {} lacks {key}", r["id"]);
        }
        assert!(matches!(
            r["defaultConfiguration"]["level"].as_str(),
            Some("error" | "warning")
        ));
    }

    let results = runs[0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 3, "{results:#?}");
    for r in results {
        let i = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[i]["id"], r["ruleId"], "ruleIndex points at the rule");
        let loc = &r["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().expect("uri");
        assert!(
            uri.starts_with("platform-catalog/"),
            "{uri} is not relative to the repository root"
        );
        let region = &loc["region"];
        for key in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(
                region[key].as_u64().is_some_and(|n| n >= 1),
                "{key} in {region}"
            );
        }
        assert!(r["partialFingerprints"]
            .as_object()
            .is_some_and(|m| !m.is_empty()));
        assert!(!r["message"]["text"].as_str().unwrap_or("").is_empty());
    }
    let team = results
        .iter()
        .find(|r| r["ruleId"] == "unknown-team")
        .expect("unknown-team");
    let loc = &team["locations"][0]["physicalLocation"];
    assert_eq!(
        loc["artifactLocation"]["uri"],
        "platform-catalog/capabilities/ci.yaml"
    );
    assert_eq!(loc["region"]["startLine"], 4);
    assert_eq!(loc["region"]["startColumn"], 8);
    assert_eq!(
        loc["region"]["endColumn"], 14,
        "end column is exclusive, after `team-x`"
    );
    let comma = results
        .iter()
        .find(|r| r["ruleId"] == "id-filename-mismatch")
        .expect("mismatch");
    assert_eq!(comma["level"], "warning");
    assert_eq!(
        comma["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "platform-catalog/teams/b%2Cc.yaml"
    );

    // The vendored schema does refuse what GitHub would refuse.
    let mut bad = log.clone();
    bad["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!sarif_validator().is_valid(&bad));
    bad["runs"][0]["results"][0]["level"] = "error".into();
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        0.into();
    assert!(!sarif_validator().is_valid(&bad));

    // Same input, same bytes: fingerprints and order are stable.
    assert_eq!(lint(&cat, "sarif").stdout, out.stdout);
}

#[test]
fn sarif_outside_git_is_relative_to_the_catalog_and_valid_when_clean() {
    let tmp = TestEnv::with_files(&[
        ("platctl.yaml", "version: 1\n"),
        ("teams/team-a.yaml", "id: team-a\nname: Team A\n"),
    ]);
    let out = lint(&tmp, "sarif");
    assert_eq!(out.status.code(), Some(0));
    let log: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(sarif_validator().is_valid(&log));
    assert_eq!(log["runs"][0]["results"], serde_json::json!([]));

    tmp.write("teams/team-b.yaml", "id: team-b\n");
    let log: Value = serde_json::from_slice(&lint(&tmp, "sarif").stdout).expect("json");
    assert!(sarif_validator().is_valid(&log));
    assert_eq!(
        log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "teams/team-b.yaml"
    );
}

#[test]
fn github_annotations_escape_and_point_from_the_repository_root() {
    let cat = fixture();
    let out = lint(&cat, "github");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines.len(),
        3,
        "one line per finding and nothing else:\n{stdout}"
    );
    assert!(
        lines
            .iter()
            .all(|l| l.starts_with("::error ") || l.starts_with("::warning ")),
        "{stdout}"
    );
    assert_eq!(
        lines[0],
        "::error file=platform-catalog/capabilities/ci.yaml,line=4,col=8,endLine=4,endColumn=14,title=unknown-team::owner `team-x` is not a known team%0Ahelp: did you mean `team-a`?"
    );
    // The file name's comma is escaped in the property; the message keeps `:` but not `%` or the line break.
    assert!(
        lines[1].starts_with("::warning file=platform-catalog/teams/b%2Cc.yaml,line=1,col=5,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].contains(",title=id-filename-mismatch::"),
        "{}",
        lines[1]
    );
    let schema = lines[2];
    assert!(
        schema.starts_with("::error file=platform-catalog/teams/team-a.yaml,line=3,col=1,"),
        "{schema}"
    );
    assert!(
        schema.contains("title=schema::unknown field `50%25: done%0Anext` in a team"),
        "{schema}"
    );
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        stderr.contains("2 errors, 1 warning in 4 files"),
        "the summary goes to stderr: {stderr}"
    );
}

/// A name from a pull request (a file's, a field's) reaches the job's log
/// through the annotations: no colour or cursor sequence, no bidi
/// override, no line break that would start a workflow command of its own.
#[test]
fn github_annotations_cannot_restyle_the_log_or_forge_a_command() {
    let cat = TestEnv::with_files(&[
        ("platctl.yaml", "version: 1\n"),
        ("teams/team-a.yaml", "id: team-a\nname: A\n"),
        (
            "teams/x\u{1b}[2J\u{202e}\n::error::forged.yaml",
            "id: team-b\nname: B\n\"\\e]0;t\\a\": 1\n",
        ),
    ]);
    let out = lint(&cat, "github");
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    for bad in ['\u{1b}', '\u{7}', '\u{202e}'] {
        assert!(!stdout.contains(bad), "{bad:?} in {stdout}");
    }
    assert!(
        stdout.lines().all(|l| l.starts_with(
            "::error file=teams/x\\u{1b}[2J\\u{202e}%0A%3A%3Aerror%3A%3Aforged.yaml,"
        ) || l.starts_with(
            "::warning file=teams/x\\u{1b}[2J\\u{202e}%0A%3A%3Aerror%3A%3Aforged.yaml,"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains("unknown field `\\u{1b}]0;t\\u{7}` in a team"),
        "{stdout}"
    );
}

#[test]
fn github_is_the_default_inside_github_actions() {
    let cat = fixture();
    let run = |extra: &[&str]| {
        cat.cmd()
            .args(["--today", TODAY, "lint"])
            .args(extra)
            .env("GITHUB_ACTIONS", "true")
            .env("NO_COLOR", "1")
            .output()
            .expect("runs")
    };
    let out = String::from_utf8(run(&[]).stdout).expect("utf-8");
    assert!(out.starts_with("::error file=platform-catalog/"), "{out}");
    let text = String::from_utf8(run(&["--format", "text"]).stdout).expect("utf-8");
    assert!(
        text.contains("error[unknown-team]"),
        "an explicit --format wins: {text}"
    );
}

/// The declared `tests` and `failures` of an element, and the elements they count.
fn junit_counts(n: roxmltree::Node) -> ((usize, usize), (usize, usize)) {
    let attr = |a: &str| -> usize {
        n.attribute(a)
            .unwrap_or_else(|| panic!("{a} on {:?}", n.tag_name()))
            .parse()
            .expect("a count")
    };
    let cases: Vec<_> = n
        .descendants()
        .filter(|c| c.has_tag_name("testcase"))
        .collect();
    let failures = cases
        .iter()
        .flat_map(|c| c.children())
        .filter(|c| c.has_tag_name("failure"))
        .count();
    ((attr("tests"), attr("failures")), (cases.len(), failures))
}

#[test]
fn junit_is_a_suite_per_file_with_a_case_per_finding_and_counts_that_match() {
    let cat = fixture();
    let out = lint(&cat, "junit");
    assert_eq!(out.status.code(), Some(1));
    let xml = String::from_utf8(out.stdout).expect("utf-8");
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("not XML: {e}\n{xml}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    let names: Vec<&str> = suites.iter().filter_map(|c| c.attribute("name")).collect();
    assert_eq!(
        names,
        [
            "platform-catalog/capabilities/ci.yaml",
            "platform-catalog/platctl.yaml",
            "platform-catalog/teams/b,c.yaml",
            "platform-catalog/teams/team-a.yaml"
        ]
    );
    // Declared counts equal the elements, in every suite and in total.
    for n in suites.iter().copied().chain([root]) {
        let (declared, real) = junit_counts(n);
        assert_eq!(declared, real, "{:?}", n.attribute("name"));
    }
    // One case per finding: the JSON output has as many findings.
    let json: Value = serde_json::from_slice(&lint(&cat, "json").stdout).expect("json");
    let findings = json["diagnostics"].as_array().expect("list").len();
    let errors = json["summary"]["errors"].as_u64().expect("errors") as usize;
    let clean = 1; // platctl.yaml: one passing case
    assert_eq!(junit_counts(root).1, (findings + clean, errors));
    let suite = |name: &str| {
        *suites
            .iter()
            .find(|s| s.attribute("name") == Some(name))
            .expect("suite")
    };
    let team_a = suite("platform-catalog/teams/team-a.yaml");
    let f: Vec<_> = team_a
        .descendants()
        .filter(|n| n.has_tag_name("failure"))
        .collect();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].attribute("type"), Some("schema"));
    assert!(
        f[0].attribute("message")
            .is_some_and(|m| m.contains("50%: done\nnext")),
        "{:?}",
        f[0].attribute("message")
    );
    assert!(f[0]
        .text()
        .is_some_and(|t| t.contains("teams/team-a.yaml:3:1")));
    let comma = suite("platform-catalog/teams/b,c.yaml");
    assert_eq!(
        junit_counts(comma),
        ((1, 0), (1, 0)),
        "a warning is not a failure"
    );
    let out = comma
        .descendants()
        .find(|n| n.has_tag_name("system-out"))
        .and_then(|n| n.text())
        .unwrap_or("");
    assert!(out.contains("warning[id-filename-mismatch]"), "{out}");
    // With --deny-warnings, the warning fails too.
    let strict = cat
        .cmd()
        .args([
            "--today",
            TODAY,
            "lint",
            "--format",
            "junit",
            "--deny-warnings",
        ])
        .env_remove("GITHUB_ACTIONS")
        .output()
        .expect("runs");
    let xml = String::from_utf8(strict.stdout).expect("utf-8");
    let doc = roxmltree::Document::parse(&xml).expect("xml");
    assert_eq!(
        junit_counts(doc.root_element()).1,
        (findings + clean, findings)
    );
}

/// The `platctl … lint …` lines of the CI examples and of the pre-commit hook
/// are command lines platctl accepts (shell variables stand for a catalog and a revision).
#[test]
fn the_ci_examples_use_real_flags() {
    use clap::Parser;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for file in [
        "examples/ci/github-actions.yml",
        "examples/ci/gitlab-ci.yml",
        ".pre-commit-hooks.yaml",
    ] {
        let text = std::fs::read_to_string(root.join(file)).expect("example");
        assert!(
            platctl::catalog::yaml::parse_documents(&text).is_ok(),
            "{file} is not valid YAML"
        );
        for line in text.lines().map(str::trim) {
            let Some(at) = line.find("platctl ") else {
                continue;
            };
            let cmd = &line[at..];
            if line.starts_with('#') || !cmd.contains(" lint") {
                continue;
            }
            let cmd = cmd
                .split(['>', '|'])
                .next()
                .unwrap_or(cmd)
                .replace("entry: ", "");
            let words: Vec<String> = cmd
                .split_whitespace()
                .filter(|w| *w != "$scope")
                .map(|w| {
                    let w = w.trim_matches('"');
                    if w.starts_with("$CATALOG") {
                        "catalog".to_string()
                    } else if w.contains("${{") || w.starts_with('$') {
                        "origin/main".to_string()
                    } else {
                        w.to_string()
                    }
                })
                .collect();
            if let Err(e) = platctl::cli::Cli::try_parse_from(&words) {
                panic!("{file}: `{line}` does not parse as {words:?}: {e}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 5, "only {checked} command lines found");
}

/// Microsoft's SARIF Multitool, installed by tests/tools/install.sh: the
/// program for this platform inside the npm package, run directly (the
/// package's node wrapper hands arguments to a shell, which splits `Gh;Sarif`).
fn sarif_multitool() -> PathBuf {
    let platform = match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    };
    let exe = if platform == "win32" {
        "Sarif.Multitool.exe"
    } else {
        "Sarif.Multitool"
    };
    let bin = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/tools/node_modules/@microsoft")
        .join(format!("sarif-multitool-{platform}"))
        .join(exe);
    assert!(
        bin.exists(),
        "the SARIF Multitool is missing: run tests/tools/install.sh (it installs npm @microsoft/sarif-multitool)"
    );
    bin
}

/// The results of `sarif-multitool validate` with the SARIF and GitHub rules.
fn multitool_findings(sarif: &[u8]) -> Vec<String> {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("lint.sarif");
    let output = tmp.path().join("validation.sarif");
    std::fs::write(&input, sarif).expect("write");
    let run = std::process::Command::new(sarif_multitool())
        .args(["validate", "--rule-kind", "Gh;Sarif", "-o"])
        .arg(&output)
        .arg(&input)
        .output()
        .expect("the multitool runs");
    assert!(
        run.status.success(),
        "multitool: {}",
        String::from_utf8_lossy(&run.stdout)
    );
    let log: Value =
        serde_json::from_slice(&std::fs::read(&output).expect("validation log")).expect("json");
    log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| format!("{} {}", r["ruleId"], r["message"]))
        .collect()
}

#[test]
fn sarif_passes_microsofts_multitool_with_github_rules() {
    let cat = fixture();
    let out = lint(&cat, "sarif");
    assert_eq!(out.status.code(), Some(1));
    // The project's public home is not known yet, and platctl invents no
    // URL: until Cargo.toml names one, the tool's information URI is the one
    // thing the multitool may (as a warning) ask for.
    let want: Vec<String> = if env!("CARGO_PKG_REPOSITORY").is_empty() {
        vec![r#""SARIF2005" {"arguments":["runs[0].tool.driver","platctl"],"id":"Warning_ProvideToolnformationUri"}"#.to_string()]
    } else {
        Vec::new()
    };
    assert_eq!(multitool_findings(&out.stdout), want);
    // The GitHub rules are on: a result without a message is caught.
    let mut log: Value = serde_json::from_slice(&out.stdout).expect("json");
    log["runs"][0]["results"][0]["message"]["text"] = json!("");
    let caught = multitool_findings(&serde_json::to_vec(&log).expect("json"));
    assert!(caught.iter().any(|f| f.starts_with("\"GH")), "{caught:?}");
}

#[test]
fn sarif_rules_point_at_their_documentation() {
    let cat = fixture();
    let log: Value = serde_json::from_slice(&lint(&cat, "sarif").stdout).expect("json");
    let driver = &log["runs"][0]["tool"]["driver"];
    let repo = env!("CARGO_PKG_REPOSITORY");
    // No invented address: links only once Cargo.toml names the home.
    let link = |tail: &str| {
        if repo.is_empty() {
            Value::Null
        } else {
            json!(format!("{repo}/blob/main/docs/rules.md{tail}"))
        }
    };
    assert_eq!(driver["informationUri"], link(""));
    let docs = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md"))
        .expect("docs/rules.md");
    for rule in driver["rules"].as_array().expect("rules") {
        let id = rule["id"].as_str().expect("id");
        assert_eq!(rule["helpUri"], link(&format!("#{id}")));
        assert!(
            docs.contains(&format!("\n## {id}\n")),
            "no section for {id}"
        );
        assert_ne!(rule["name"], rule["id"]);
    }
}
