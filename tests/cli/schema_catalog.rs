//! The JSON Schemas: committed and current, every demo catalog file valid
//! against them, and each one refusing a value outside its enums.
//!
//! After changing a model type, refresh the committed copies with
//! `UPDATE_SNAPSHOTS=1 cargo test --test cli -- schema_catalog::`
//! (or `cargo run -- -C catalog schema`).

use crate::common::TestEnv;
use platctl::catalog::yaml::{parse_documents, Node, Value as Y};
use platctl::catalog::Kind;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn catalog() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog")
}

/// A YAML node as the JSON an editor's validator sees.
fn to_json(n: &Node) -> Value {
    match &n.value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(*b),
        Y::Int(i) => json!(i),
        Y::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
        Y::Str(s) => Value::String(s.clone()),
        Y::Seq(v) => Value::Array(v.iter().map(to_json).collect()),
        Y::Map(m) => Value::Object(
            m.iter()
                .map(|(k, v)| {
                    let key = match &k.value {
                        Y::Str(s) => s.clone(),
                        other => to_json(&Node {
                            value: other.clone(),
                            span: k.span,
                        })
                        .to_string(),
                    };
                    (key, to_json(v))
                })
                .collect(),
        ),
    }
}

fn validator(kind: Kind) -> jsonschema::Validator {
    let schema = platctl::schema::schema(kind).to_value();
    jsonschema::validator_for(&schema)
        .unwrap_or_else(|e| panic!("{kind:?}: the schema itself is invalid: {e}"))
}

fn errors(v: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn committed_schemas_are_current() {
    let dir = catalog().join(platctl::schema::DIR);
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let files = platctl::schema::all();
    let mut stale = Vec::new();
    for f in &files {
        let p = dir.join(&f.name);
        if std::fs::read_to_string(&p).ok().as_deref() != Some(f.text.as_str()) {
            if update {
                std::fs::create_dir_all(&dir).expect("mkdir");
                std::fs::write(&p, &f.text).expect("write");
            } else {
                stale.push(f.name.clone());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "catalog/schemas/ is out of date: {stale:?}\n  run `UPDATE_SNAPSHOTS=1 cargo test --test cli -- schema_catalog::` and commit the result"
    );
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("schemas dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut want: Vec<String> = files.iter().map(|f| f.name.clone()).collect();
    want.sort();
    assert_eq!(
        on_disk, want,
        "catalog/schemas/ holds a file that is not generated"
    );
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            yaml_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(p);
        }
    }
}

#[test]
fn every_demo_file_is_valid_against_its_schema() {
    let root = catalog();
    let mut files = Vec::new();
    yaml_files(&root, &mut files);
    let mut checked = 0;
    let mut problems = Vec::new();
    for p in files {
        let rel = p
            .strip_prefix(&root)
            .expect("inside")
            .to_string_lossy()
            .replace('\\', "/");
        let kind = platctl::schema::kind_of_path(&rel)
            .unwrap_or_else(|| panic!("{rel}: not a catalog file"));
        let v = validator(kind);
        let text = std::fs::read_to_string(&p).expect("read");
        let docs = parse_documents(&text).unwrap_or_else(|e| panic!("{rel}: {}", e.message));
        for doc in docs.iter().filter(|d| d.value != Y::Null) {
            for e in errors(&v, &to_json(doc)) {
                problems.push(format!("{rel}: {e}"));
            }
            checked += 1;
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked >= 130, "only {checked} documents checked");
}

/// For each kind: a small valid document, and the same with one value outside its enum.
fn cases() -> Vec<(Kind, Value, &'static str, Value)> {
    vec![
        (
            Kind::Config,
            json!({"version": 1, "lint": {"rules": {"intake-stale": "off"}}}),
            "/lint/rules/intake-stale",
            json!("silent"),
        ),
        (
            Kind::Team,
            json!({"id": "team-a", "name": "A", "type": "platform"}),
            "/type",
            json!("guild"),
        ),
        (
            Kind::Service,
            json!({"id": "svc", "team": "team-a", "status": "active"}),
            "/status",
            json!("paused"),
        ),
        (
            Kind::Capability,
            json!({"id": "ci", "name": "CI", "summary": "S", "owner": "team-a", "lifecycle": "ga"}),
            "/lifecycle",
            json!("stable"),
        ),
        (
            Kind::Roadmap,
            json!({"quarter": "2026-Q4", "items": [{"id": "i", "title": "T", "owner": "team-a", "status": "planned"}]}),
            "/items/0/status",
            json!("doing"),
        ),
        (
            Kind::Deprecation,
            json!({"id": "d", "capability": "ci", "announced": "2026-01-01", "sunset": "2026-12-31", "status": "announced"}),
            "/status",
            json!("sunsetting"),
        ),
        (
            Kind::Exception,
            json!({"id": "EXC-4F7Q2M", "title": "T", "standard": "ci", "team": "team-a", "reason": "R", "risk": "low",
                   "requested": "2026-01-01", "expires": "2026-02-01"}),
            "/risk",
            json!("tiny"),
        ),
        (
            Kind::Intake,
            json!({"id": "INT-7K3F9Q", "title": "T", "requester": {"team": "team-a"}, "created": "2026-01-01", "problem": "P", "urgency": "low"}),
            "/urgency",
            json!("asap"),
        ),
        (
            Kind::Survey,
            json!({"id": "s", "kind": "nps", "period": "2026-Q3", "responses": [9]}),
            "/kind",
            json!("poll"),
        ),
        (
            Kind::Scorecard,
            json!({"id": "sc", "name": "S", "owner": "team-a", "applies_to": "service", "levels": ["bronze"],
                   "rules": [{"id": "r", "level": "bronze", "expr": "true"}]}),
            "/applies_to",
            json!("system"),
        ),
        (
            Kind::Campaign,
            json!({"id": "c", "name": "C", "owner": "team-a", "scorecard": "sc", "rules": ["r"],
                   "start": "2026-01-01", "due": "2026-02-01", "status": "active"}),
            "/status",
            json!("paused"),
        ),
        // A metric series has no enum of its own: its KPI target unit is checked in platctl.yaml;
        // here the period's form stands in.
        (
            Kind::Metric,
            json!({"kpi": "mttr", "points": [{"period": "2026-Q3", "value": 1}]}),
            "/points/0/period",
            json!("2026-Q5"),
        ),
    ]
}

#[test]
fn each_schema_rejects_a_value_outside_its_enum() {
    let all = cases();
    assert_eq!(
        all.len(),
        platctl::schema::all().len(),
        "one case per schema"
    );
    for (kind, good, pointer, bad_value) in all {
        let v = validator(kind);
        assert_eq!(
            errors(&v, &good),
            Vec::<String>::new(),
            "{kind:?}: the valid document is refused"
        );
        let mut bad = good.clone();
        *bad.pointer_mut(pointer)
            .unwrap_or_else(|| panic!("{kind:?}: no {pointer}")) = bad_value.clone();
        let errs = errors(&v, &bad);
        assert!(
            !errs.is_empty(),
            "{kind:?}: {pointer} = {bad_value} was accepted"
        );
    }
}

#[test]
fn unknown_fields_missing_fields_and_bad_ids_are_refused() {
    let v = validator(Kind::Capability);
    let good = json!({"id": "ci", "name": "CI", "summary": "S", "owner": "team-a", "lifecycle": "ga", "labels": {"cost-center": 42}});
    assert!(v.is_valid(&good));
    let mut typo = good.clone();
    typo["lifecyle"] = json!("ga");
    assert!(!v.is_valid(&typo), "an unknown field is accepted");
    let mut missing = good.clone();
    missing.as_object_mut().expect("object").remove("owner");
    assert!(
        !v.is_valid(&missing),
        "a missing required field is accepted"
    );
    let mut bad_id = good.clone();
    bad_id["id"] = json!("CI Pipelines");
    assert!(!v.is_valid(&bad_id), "an invalid id is accepted");
    let mut bad_date = good;
    bad_date["security_review"] = json!("2026-4-2");
    assert!(!v.is_valid(&bad_date), "a malformed date is accepted");
    // A service's `uses` takes an id or a map.
    let s = validator(Kind::Service);
    assert!(s.is_valid(&json!({"id": "a", "team": "t", "uses": ["ci", {"capability": "sso", "version": "v2", "since": "2026-05-10"}]})));
    assert!(!s.is_valid(
        &json!({"id": "a", "team": "t", "uses": [{"capability": "sso", "versoin": "v2"}]})
    ));
    // platctl.yaml: a custom KPI needs unit and better; a built-in one does not.
    let c = validator(Kind::Config);
    assert!(c.is_valid(&json!({"version": 1, "kpis": {"mttr": {"max": 4}, "review-coverage": {"unit": "ratio", "better": "higher"}}})));
    assert!(!c.is_valid(&json!({"version": 1, "kpis": {"review-coverage": {"min": 0.9}}})));
    assert!(!c.is_valid(&json!({"version": 2})));
}

#[test]
fn the_command_writes_prints_and_checks() {
    let tmp = TestEnv::empty();
    let out = tmp.root().join("schemas");
    tmp.bare()
        .args(["schema", "-o"])
        .arg(&out)
        .assert()
        .success();
    for f in platctl::schema::all() {
        assert_eq!(
            std::fs::read_to_string(out.join(&f.name)).expect("written"),
            f.text
        );
    }
    tmp.bare()
        .args(["schema", "--check", "-o"])
        .arg(&out)
        .assert()
        .success();
    std::fs::write(out.join("teams.schema.json"), "{}\n").expect("write");
    tmp.bare()
        .args(["schema", "--check", "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stdout(predicates::str::contains("teams.schema.json"));
    let printed = tmp
        .bare()
        .args(["schema", "--kind", "roadmap"])
        .output()
        .expect("runs");
    assert!(printed.status.success());
    let v: Value = serde_json::from_slice(&printed.stdout).expect("json");
    assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(v["properties"]["items"].is_object());
    // Outside a catalog, without -o: exit 2 with a way out.
    tmp.cmd_in(tmp.root())
        .arg("schema")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("-o DIR"));
}

#[test]
fn the_demo_catalog_stays_clean_with_its_schemas() {
    TestEnv::demo()
        .cmd()
        .args(["--today", "2026-11-27", "lint", "--format", "json"])
        .assert()
        .success()
        .stdout(predicates::str::contains("\"errors\": 0"))
        .stdout(predicates::str::contains("\"warnings\": 3"));
}

#[test]
fn init_writes_the_schemas_and_files_that_point_at_them() {
    let env = TestEnv::empty().root_at("acme");
    let root = env.root();
    env.bare()
        .arg("--today")
        .arg("2026-11-27")
        .arg("init")
        .arg(root)
        .arg("--example")
        .assert()
        .success();
    for f in platctl::schema::all() {
        assert_eq!(
            std::fs::read_to_string(root.join("schemas").join(&f.name)).expect("schema written"),
            f.text
        );
    }
    let mut files = Vec::new();
    yaml_files(root, &mut files);
    assert!(files.len() >= 8, "{files:?}");
    for p in files {
        let rel = p
            .strip_prefix(root)
            .expect("inside")
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(&p).expect("read");
        let want = platctl::store::yaml_text::schema_header(root, &rel).expect("a kind's file");
        assert!(
            text.starts_with(&want),
            "{rel} does not start with {want:?}"
        );
        // The address resolves to the schema file, and the file is valid against it.
        let target = want.trim_end().rsplit('=').next().expect("address");
        assert!(
            p.parent().expect("dir").join(target).is_file(),
            "{rel}: {target} does not resolve"
        );
        let kind = platctl::schema::kind_of_path(&rel).expect("kind");
        let v = validator(kind);
        for doc in parse_documents(&text)
            .expect("parses")
            .iter()
            .filter(|d| d.value != Y::Null)
        {
            assert_eq!(errors(&v, &to_json(doc)), Vec::<String>::new(), "{rel}");
        }
    }
    env.cmd()
        .args(["--today", "2026-11-27", "lint"])
        .assert()
        .success()
        .stdout(predicates::str::contains("0 errors, 0 warnings"));
}

#[test]
fn vscode_settings_map_every_kind_to_its_schema() {
    let tmp = TestEnv::with_files(&[("platctl.yaml", "version: 1\n")]);
    let out = tmp
        .cmd_in(tmp.root())
        .env(
            "GIT_CEILING_DIRECTORIES",
            tmp.root().parent().expect("parent"),
        )
        .args(["schema", "--vscode"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let map = v["yaml.schemas"].as_object().expect("yaml.schemas");
    assert_eq!(map.len(), platctl::schema::all().len());
    assert_eq!(map["./schemas/platctl.schema.json"], "platctl.yaml");
    assert_eq!(
        map["./schemas/roadmap.schema.json"],
        json!(["roadmap/**/*.yaml", "roadmap/**/*.yml"])
    );
}
