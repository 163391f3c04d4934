//! `platctl export backstage`: every file valid against Backstage's schemas
//! and naming rules, deterministic, the directory replaced whole, and the
//! round trip through `import backstage`.

use crate::common::{write_files, TestEnv};
use platctl::catalog::yaml::{parse_documents, Node, Value as Y};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn schema_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/backstage")
}

fn load_json(name: &str) -> Value {
    let text = std::fs::read_to_string(schema_dir().join(name)).expect("schema file");
    serde_json::from_str(&text).expect("schema json")
}

/// The kind's schema with `Entity` and `EntityMeta` references put in place.
fn schema(kind: &str) -> Value {
    fn inline(v: &mut Value, entity: &Value, meta: &Value) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get("$ref") {
                    let with = match r.as_str() {
                        "Entity" => entity.clone(),
                        "EntityMeta" => meta.clone(),
                        other => panic!("unknown $ref {other}"),
                    };
                    *v = with;
                    inline(v, entity, meta);
                    return;
                }
                for x in m.values_mut() {
                    inline(x, entity, meta);
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| inline(x, entity, meta)),
            _ => {}
        }
    }
    let strip = |mut v: Value| {
        if let Value::Object(m) = &mut v {
            m.remove("$id");
            m.remove("$schema");
        }
        v
    };
    let meta = strip(load_json("EntityMeta.schema.json"));
    let entity = strip(load_json("Entity.schema.json"));
    let mut s = load_json(&format!("{kind}.v1alpha1.schema.json"));
    if let Value::Object(m) = &mut s {
        m.remove("$id");
    }
    inline(&mut s, &entity, &meta);
    s
}

fn to_json(n: &Node) -> Value {
    match &n.value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(*b),
        Y::Int(i) => Value::from(*i),
        Y::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
        Y::Str(s) => Value::String(s.clone()),
        Y::Seq(v) => Value::Array(v.iter().map(to_json).collect()),
        Y::Map(m) => Value::Object(
            m.iter()
                .map(|(k, v)| {
                    let key = match &k.value {
                        Y::Str(s) => s.clone(),
                        other => format!("{other:?}"),
                    };
                    (key, to_json(v))
                })
                .collect(),
        ),
    }
}

fn tree(dir: &Path) -> BTreeMap<String, String> {
    fn walk(root: &Path, d: &Path, out: &mut BTreeMap<String, String>) {
        for e in std::fs::read_dir(d).expect("dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p
                    .strip_prefix(root)
                    .expect("inside")
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read_to_string(&p).unwrap_or_default());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn export(env: &TestEnv, out: &Path) {
    let o = env
        .cmd()
        .args(["export", "backstage", "-o"])
        .arg(out)
        .output()
        .expect("runs");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

// Backstage's validators, written here from its documentation (not shared
// with the code under test).
fn valid_name(s: &str) -> bool {
    let parts_ok = s
        .split(['-', '_', '.'])
        .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()));
    !s.is_empty() && s.len() <= 63 && parts_ok
}

fn valid_tag(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "+#".contains(c))
        })
}

fn valid_key(s: &str) -> bool {
    match s.split_once('/') {
        Some((prefix, name)) => {
            !prefix.is_empty()
                && prefix.len() <= 253
                && prefix.split('.').all(|p| {
                    !p.is_empty()
                        && p.chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                })
                && valid_name(name)
        }
        None => valid_name(s),
    }
}

#[test]
fn every_exported_file_is_valid_backstage() {
    let out = tempfile::tempdir().expect("tempdir");
    let dir = out.path().join("bs");
    export(&TestEnv::demo(), &dir);
    let files = tree(&dir);
    let validators: BTreeMap<&str, jsonschema::Validator> = ["Group", "Component", "Location"]
        .into_iter()
        .map(|k| {
            (
                k,
                jsonschema::validator_for(&schema(k)).expect("schema compiles"),
            )
        })
        .collect();
    let mut kinds = BTreeMap::new();
    let mut targets = Vec::new();
    for (path, text) in &files {
        let docs = parse_documents(text).unwrap_or_else(|e| panic!("{path}: {}", e.message));
        assert_eq!(docs.len(), 1, "{path}: one entity per file");
        let v = to_json(&docs[0]);
        let kind = v["kind"].as_str().expect("kind").to_string();
        *kinds.entry(kind.clone()).or_insert(0) += 1;
        let validator = validators
            .get(kind.as_str())
            .unwrap_or_else(|| panic!("{path}: kind {kind}"));
        let errors: Vec<String> = validator
            .iter_errors(&v)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{path}: {errors:?}");
        let meta = &v["metadata"];
        assert!(
            valid_name(meta["name"].as_str().expect("name")),
            "{path}: name"
        );
        for (k, val) in meta["labels"].as_object().into_iter().flatten() {
            assert!(
                valid_key(k) && valid_name(val.as_str().unwrap_or("")),
                "{path}: label {k}={val}"
            );
        }
        for (k, _) in meta["annotations"].as_object().into_iter().flatten() {
            assert!(valid_key(k), "{path}: annotation key {k}");
        }
        for t in meta["tags"].as_array().into_iter().flatten() {
            assert!(valid_tag(t.as_str().unwrap_or("")), "{path}: tag {t}");
        }
        if kind == "Location" {
            assert_eq!(path, "all.yaml");
            targets = v["spec"]["targets"].as_array().expect("targets").clone();
        }
    }
    let listed: Vec<String> = targets
        .iter()
        .map(|t| t.as_str().unwrap_or("").to_string())
        .collect();
    let want: Vec<String> = files
        .keys()
        .filter(|p| *p != "all.yaml")
        .map(|p| format!("./{p}"))
        .collect();
    assert_eq!(listed, want, "the Location lists every file");
    let cat = platctl::catalog::load_dir(TestEnv::demo().root()).expect("demo loads");
    assert_eq!(kinds.get("Group"), Some(&cat.teams.len()));
    assert_eq!(
        kinds.get("Component"),
        Some(&(cat.services.len() + cat.capabilities.len()))
    );
    // platctl-only facts as annotations.
    let gw = &files["capabilities/api-gateway.yaml"];
    for a in [
        "platctl.dev/lifecycle: ga",
        "platctl.dev/slo.availability: \"99.99\"",
        "platctl.dev/golden-path: \"true\"",
    ] {
        assert!(gw.contains(a), "{a} in\n{gw}");
    }
    let deprecated = cat
        .capabilities
        .iter()
        .find(|c| c.lifecycle.value == platctl::model::Lifecycle::Deprecated)
        .expect("the demo has a deprecated capability");
    let dep_text = &files[&format!("capabilities/{}.yaml", deprecated.id.value)];
    assert!(dep_text.contains("platctl.dev/sunset: "), "{dep_text}");
    assert!(dep_text.contains("  lifecycle: deprecated\n"), "{dep_text}");
}

#[test]
fn export_is_deterministic_and_replaces_the_directory_whole() {
    let out = tempfile::tempdir().expect("tempdir");
    let (a, b) = (out.path().join("a"), out.path().join("b"));
    export(&TestEnv::demo(), &a);
    write_files(&b, &[("stale.yaml", "old"), ("teams/gone.yaml", "old")]);
    export(&TestEnv::demo(), &b);
    let (ta, tb) = (tree(&a), tree(&b));
    assert_eq!(
        ta, tb,
        "same catalog, same bytes; nothing of the old directory left"
    );
    let leftovers: Vec<_> = std::fs::read_dir(out.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        2,
        "no temporary directory left: {leftovers:?}"
    );
}

#[test]
fn round_trip_reproduces_teams_services_and_capabilities() {
    let out = tempfile::tempdir().expect("tempdir");
    let dir = out.path().join("bs");
    export(&TestEnv::demo(), &dir);
    let cat2 = TestEnv::with_files(&[("platctl.yaml", &TestEnv::demo().read("platctl.yaml"))]);
    let o = cat2
        .cmd()
        .current_dir(out.path())
        .args(["import", "backstage", "bs/all.yaml", "--format", "json"])
        .output()
        .expect("runs");
    let r: Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(o.status.code(), Some(0), "{r:#}");
    let a = platctl::catalog::load_dir(TestEnv::demo().root()).expect("loads");
    let b = platctl::catalog::load_dir(cat2.root()).expect("loads");
    let pick = |v: Value, keys: &[&str]| -> Value {
        Value::Object(
            keys.iter()
                .filter_map(|k| v.get(*k).map(|x| ((*k).to_string(), x.clone())))
                .collect(),
        )
    };
    const TEAM: &[&str] = &["id", "name", "type", "contact", "parent"];
    assert_eq!(a.teams.len(), b.teams.len());
    for t in &a.teams {
        let u = b
            .team(&t.id)
            .unwrap_or_else(|| panic!("team {}", t.id.value));
        assert_eq!(
            pick(serde_json::to_value(t).expect("json"), TEAM),
            pick(serde_json::to_value(u).expect("json"), TEAM)
        );
    }
    const SERVICE: &[&str] = &[
        "id",
        "name",
        "team",
        "tier",
        "status",
        "description",
        "system",
        "repo",
        "docs",
        "runbook",
        "oncall",
    ];
    assert_eq!(a.services.len(), b.services.len());
    for s in &a.services {
        let u = b
            .service(&s.id)
            .unwrap_or_else(|| panic!("service {}", s.id.value));
        assert_eq!(
            pick(serde_json::to_value(s).expect("json"), SERVICE),
            pick(serde_json::to_value(u).expect("json"), SERVICE),
            "{}",
            s.id.value
        );
        // The lifecycle the export had to default comes back as that default.
        let want = match s.lifecycle.as_ref().map(|l| l.value.as_str()) {
            None => "production",
            Some("retired") => "deprecated",
            Some(l) => l,
        };
        assert_eq!(
            u.lifecycle.as_ref().map(|l| l.value.as_str()),
            Some(want),
            "{}",
            s.id.value
        );
        let ids = |x: &platctl::model::Service| {
            let mut v: Vec<String> = x.uses.iter().map(|u| u.capability.value.clone()).collect();
            v.sort();
            v.dedup();
            v
        };
        assert_eq!(ids(s), ids(u), "{} uses", s.id.value);
    }
    const CAP: &[&str] = &[
        "id",
        "name",
        "summary",
        "owner",
        "lifecycle",
        "category",
        "golden_path",
        "control",
        "interfaces",
        "depends_on",
        "slo",
        "support",
        "docs",
        "runbook",
        "security_review",
    ];
    // Scorecard levels are computed, not data: import keeps none of them.
    let no_levels = |id: &str, labels: &BTreeMap<String, String>| {
        for k in labels.keys() {
            assert!(
                !k.starts_with("platctl.dev/") && !k.starts_with("level."),
                "{id}: label {k}"
            );
        }
    };
    for s in &b.services {
        no_levels(&s.id.value, &s.labels);
    }
    for c in &b.capabilities {
        no_levels(&c.id.value, &c.labels);
    }
    assert_eq!(a.capabilities.len(), b.capabilities.len());
    for c in &a.capabilities {
        let u = b
            .capability(&c.id)
            .unwrap_or_else(|| panic!("capability {}", c.id.value));
        assert_eq!(
            pick(serde_json::to_value(c).expect("json"), CAP),
            pick(serde_json::to_value(u).expect("json"), CAP),
            "{}",
            c.id.value
        );
    }
}

/// Each scored entity's file notes its level on the scorecard, as
/// `scorecard show` gives it for the same day; `none` below the first.
#[test]
fn export_notes_each_scorecard_level_as_scorecard_show_gives_it() {
    let out = tempfile::tempdir().expect("tempdir");
    let dir = out.path().join("bs");
    export(&TestEnv::demo(), &dir);
    let files = tree(&dir);
    for (sc, folder) in [
        ("production-readiness", "services"),
        ("capability-quality", "capabilities"),
    ] {
        let o = TestEnv::demo()
            .cmd()
            .args(["scorecard", "show", sc, "--format", "json"])
            .output()
            .expect("runs");
        let v: Value = serde_json::from_slice(&o.stdout).expect("json");
        let entities = v["entities"].as_array().expect("entities");
        assert!(!entities.is_empty(), "{sc} scores something");
        let key = format!("platctl.dev/level.{sc}");
        let mut ranked = 0;
        for e in entities {
            let id = e["id"].as_str().expect("id");
            let level = e["level"].as_str().expect("level");
            if level != "none" {
                ranked += 1;
            }
            let path = format!("{folder}/{id}.yaml");
            let text = files
                .get(&path)
                .unwrap_or_else(|| panic!("{path} exported"));
            let docs = parse_documents(text).unwrap_or_else(|e| panic!("{path}: {}", e.message));
            let got = to_json(&docs[0]);
            assert_eq!(
                got["metadata"]["annotations"][&key].as_str(),
                Some(level),
                "{path}: {key}\n{text}"
            );
        }
        assert!(ranked > 0, "{sc}: some entity reaches a level");
        // A scorecard notes nothing on entities of another kind.
        let other = if folder == "services" {
            "capabilities"
        } else {
            "services"
        };
        for (path, text) in files.iter().filter(|(p, _)| p.starts_with(other)) {
            assert!(!text.contains(&key), "{path} has {key}");
        }
    }
}
