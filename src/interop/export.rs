//! The catalog as Backstage entities: teams as Groups, services and
//! capabilities as Components, and a Location that lists them all.
//!
//! Every value obeys Backstage's validation rules: names and label values
//! `[A-Za-z0-9]` runs separated by `-`, `_` or `.` (at most 63 characters),
//! tags lower-case words joined by `-`, annotation keys `[prefix/]name`.

use super::backstage::is_valid_name;
use super::SOURCE_LABEL;
use crate::catalog::Catalog;
use crate::model::{Capability, Labels, Lifecycle, Subject};
use crate::scorecard::view::level_name;
use chrono::NaiveDate;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap};

/// A tag: `[a-z0-9+#]` runs separated by single `-`, at most 63 characters.
pub fn is_valid_tag(s: &str) -> bool {
    let ok = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '+' || c == '#';
    !s.is_empty() && s.len() <= 63 && s.split('-').all(|w| !w.is_empty() && w.chars().all(ok))
}

/// An annotation or label key: `[prefix/]name`, the prefix a DNS name of
/// at most 253 characters, the name a valid object name.
pub fn is_valid_key(s: &str) -> bool {
    let (prefix, name) = match s.split_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, s),
    };
    let prefix_ok = prefix.is_none_or(|p| {
        !p.is_empty()
            && p.len() <= 253
            && p.split('.').all(|part| {
                !part.is_empty()
                    && part.len() <= 63
                    && part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !part.starts_with('-')
                    && !part.ends_with('-')
            })
    });
    prefix_ok && is_valid_name(name)
}

/// Capability lifecycle to Backstage's: the configured table read backwards,
/// else ga → production, deprecated and retired → deprecated, the rest experimental.
pub fn lifecycle_out(l: Lifecycle, table: &[(String, Lifecycle)]) -> String {
    if let Some((k, _)) = table.iter().find(|(_, v)| *v == l) {
        return k.clone();
    }
    match l {
        Lifecycle::Ga => "production",
        Lifecycle::Deprecated | Lifecycle::Retired => "deprecated",
        _ => "experimental",
    }
    .to_string()
}

fn links(docs: Option<&str>, runbook: Option<&str>) -> Vec<Value> {
    let mut v = Vec::new();
    if let Some(d) = docs {
        v.push(json!({"url": d, "title": "Docs", "type": "docs"}));
    }
    if let Some(r) = runbook {
        v.push(json!({"url": r, "title": "Runbook", "type": "runbook"}));
    }
    v
}

/// Labels to metadata: valid labels stay labels, the others become
/// annotations (`platctl.dev/label.<key>`, or the key itself when it was
/// an annotation), tags come back from `backstage/tags`.
fn labels_out(
    labels: &Labels,
    meta: &mut Map<String, Value>,
    annotations: &mut Map<String, Value>,
) {
    let mut out_labels = Map::new();
    for (k, v) in labels {
        match k.as_str() {
            SOURCE_LABEL | "backstage/namespace" | "backstage/type" => continue,
            "backstage/tags" => {
                let tags: Vec<Value> = v
                    .split(',')
                    .map(str::trim)
                    .filter(|t| is_valid_tag(t))
                    .map(|t| Value::String(t.to_string()))
                    .collect();
                if !tags.is_empty() {
                    meta.insert("tags".into(), Value::Array(tags));
                }
                continue;
            }
            _ => {}
        }
        if k.contains('/') && is_valid_key(k) {
            annotations
                .entry(k.clone())
                .or_insert_with(|| Value::String(v.clone()));
        } else if is_valid_key(k) && is_valid_name(v) {
            out_labels.insert(k.clone(), Value::String(v.clone()));
        } else {
            let key = format!("platctl.dev/label.{k}");
            if is_valid_key(&key) {
                annotations
                    .entry(key)
                    .or_insert_with(|| Value::String(v.clone()));
            }
        }
    }
    if !out_labels.is_empty() {
        meta.insert("labels".into(), Value::Object(out_labels));
    }
}

/// The annotations `platctl.dev/level.<scorecard>: <level>` of every scored
/// entity, by (kind, index in the catalog's list of that kind); `none`
/// below a scorecard's first level. A scorecard whose id cannot be part of
/// an annotation key is left out.
fn scorecard_levels(
    cat: &Catalog,
    today: NaiveDate,
) -> HashMap<(&'static str, usize), BTreeMap<String, String>> {
    let mut out: HashMap<(&'static str, usize), BTreeMap<String, String>> = HashMap::new();
    for sc in &cat.scorecards {
        let key = format!("{LEVEL_PREFIX}{}", sc.id.value);
        if !is_valid_key(&key) {
            continue;
        }
        let ev = crate::scorecard::evaluate(cat, sc, today);
        for e in &ev.entities {
            out.entry((e.subject.as_str(), e.ix))
                .or_default()
                .insert(key.clone(), level_name(sc, e.level));
        }
    }
    out
}

/// The prefix of a scorecard level annotation; import reads none of them.
pub const LEVEL_PREFIX: &str = "platctl.dev/level.";

fn entity(kind: &str, meta: Map<String, Value>, spec: Value) -> Value {
    json!({
        "apiVersion": "backstage.io/v1alpha1",
        "kind": kind,
        "metadata": Value::Object(meta),
        "spec": spec,
    })
}

fn finish_meta(
    mut meta: Map<String, Value>,
    annotations: Map<String, Value>,
) -> Map<String, Value> {
    if !annotations.is_empty() {
        meta.insert("annotations".into(), Value::Object(annotations));
    }
    meta
}

/// Every file of the export: (path relative to the output directory, entity).
/// Each entity notes its level on every scorecard that scores it on `today`.
pub fn backstage(cat: &Catalog, today: NaiveDate) -> Vec<(String, Value)> {
    let levels = scorecard_levels(cat, today);
    let mut files: Vec<(String, Value)> = Vec::new();
    team_files(cat, &levels, &mut files);
    service_files(cat, &levels, &mut files);
    capability_files(cat, &levels, &mut files);
    location_file(cat, &mut files);
    files
}

/// Scorecard levels by (subject, index in the catalog), as annotations.
type Levels = HashMap<(&'static str, usize), BTreeMap<String, String>>;

/// Notes the levels of the entity at `ix` of `subject` in its annotations.
fn levels_of(levels: &Levels, subject: Subject, ix: usize, ann: &mut Map<String, Value>) {
    if let Some(l) = levels.get(&(subject.as_str(), ix)) {
        for (k, v) in l {
            ann.insert(k.clone(), json!(v));
        }
    }
}

/// Each team as a Backstage `Group`.
fn team_files(cat: &Catalog, levels: &Levels, files: &mut Vec<(String, Value)>) {
    for (ix, t) in cat.teams.iter().enumerate() {
        if !is_valid_name(&t.id) {
            continue;
        }
        let mut meta = Map::new();
        let mut ann = Map::new();
        meta.insert("name".into(), json!(t.id.value));
        meta.insert("title".into(), json!(t.name.value));
        ann.insert("platctl.dev/team-type".into(), json!(t.kind.as_str()));
        levels_of(levels, Subject::Team, ix, &mut ann);
        labels_out(&t.labels, &mut meta, &mut ann);
        let mut profile = Map::new();
        profile.insert("displayName".into(), json!(t.name.value));
        if let Some(c) = t.contact.as_deref().filter(|c| !c.is_empty()) {
            profile.insert("email".into(), json!(c));
        }
        let mut spec = Map::new();
        spec.insert("type".into(), json!("team"));
        spec.insert("profile".into(), Value::Object(profile));
        if let Some(p) = t.parent.as_ref().filter(|p| is_valid_name(p)) {
            spec.insert("parent".into(), json!(format!("group:default/{}", p.value)));
        }
        spec.insert("children".into(), json!([]));
        files.push((
            format!("teams/{}.yaml", t.id.value),
            entity("Group", finish_meta(meta, ann), Value::Object(spec)),
        ));
    }
}

/// Each service as a Backstage `Component` of type `service`.
fn service_files(cat: &Catalog, levels: &Levels, files: &mut Vec<(String, Value)>) {
    let cap_names: std::collections::HashSet<&str> = cat
        .capabilities
        .iter()
        .map(|c| c.id.value.as_str())
        .collect();
    for (ix, s) in cat.services.iter().enumerate() {
        // A service and a capability may share an id; Backstage names must not.
        let name = if cap_names.contains(s.id.value.as_str()) {
            format!("{}-service", s.id.value)
        } else {
            s.id.value.clone()
        };
        if !is_valid_name(&name) || !is_valid_name(&s.team) {
            continue;
        }
        let mut meta = Map::new();
        let mut ann = Map::new();
        meta.insert("name".into(), json!(name));
        if let Some(n) = &s.name {
            meta.insert("title".into(), json!(n));
        }
        if let Some(d) = &s.description {
            meta.insert("description".into(), json!(d));
        }
        if let Some(r) = &s.repo {
            ann.insert(
                "backstage.io/source-location".into(),
                json!(format!("url:{}", r.value)),
            );
        }
        match s.oncall.as_deref() {
            Some(o) => match o.strip_prefix("pagerduty:") {
                Some(id) => ann.insert("pagerduty.com/service-id".into(), json!(id)),
                None => ann.insert("platctl.dev/oncall".into(), json!(o)),
            },
            None => None,
        };
        ann.insert("platctl.dev/tier".into(), json!(s.tier.to_string()));
        if !s.is_active() {
            ann.insert("platctl.dev/status".into(), json!("retired"));
        }
        levels_of(levels, Subject::Service, ix, &mut ann);
        labels_out(&s.labels, &mut meta, &mut ann);
        let l = links(
            s.docs.as_deref().map(|x| x.as_str()),
            s.runbook.as_deref().map(|x| x.as_str()),
        );
        if !l.is_empty() {
            meta.insert("links".into(), Value::Array(l));
        }
        let lifecycle = match s.lifecycle.as_ref().map(|l| l.value.as_str()) {
            None => "production",
            Some("retired") => "deprecated",
            Some(l) => l,
        };
        let mut spec = Map::new();
        spec.insert("type".into(), json!("service"));
        spec.insert("lifecycle".into(), json!(lifecycle));
        spec.insert(
            "owner".into(),
            json!(format!("group:default/{}", s.team.value)),
        );
        if let Some(sys) = s.system.as_ref().filter(|x| is_valid_name(x)) {
            spec.insert("system".into(), json!(sys.value));
        }
        let mut deps: Vec<String> = s
            .uses
            .iter()
            .filter(|u| is_valid_name(&u.capability))
            .map(|u| format!("component:default/{}", u.capability.value))
            .collect();
        deps.sort();
        deps.dedup();
        if !deps.is_empty() {
            spec.insert("dependsOn".into(), json!(deps));
        }
        files.push((
            format!("services/{}.yaml", s.id.value),
            entity("Component", finish_meta(meta, ann), Value::Object(spec)),
        ));
    }
}

/// Each capability as a Backstage `Component` of the first capability type.
fn capability_files(cat: &Catalog, levels: &Levels, files: &mut Vec<(String, Value)>) {
    let table = &cat.config.import.backstage.lifecycle;
    for (ix, c) in cat.capabilities.iter().enumerate() {
        if !is_valid_name(&c.id) || !is_valid_name(&c.owner) {
            continue;
        }
        let mut meta = Map::new();
        let mut ann = Map::new();
        meta.insert("name".into(), json!(c.id.value));
        meta.insert("title".into(), json!(c.name.value));
        meta.insert("description".into(), json!(c.summary.value));
        ann.insert("platctl.dev/capability".into(), json!("true"));
        ann.insert("platctl.dev/lifecycle".into(), json!(c.lifecycle.as_str()));
        capability_facts(cat, c, &mut ann);
        levels_of(levels, Subject::Capability, ix, &mut ann);
        labels_out(&c.labels, &mut meta, &mut ann);
        let l = links(c.docs.as_deref(), c.runbook.as_deref());
        if !l.is_empty() {
            meta.insert("links".into(), Value::Array(l));
        }
        let mut spec = Map::new();
        let ty = cat
            .config
            .import
            .backstage
            .capability_types
            .first()
            .cloned()
            .unwrap_or_else(|| "platform-capability".into());
        spec.insert("type".into(), json!(ty));
        spec.insert(
            "lifecycle".into(),
            json!(lifecycle_out(c.lifecycle.value, table)),
        );
        spec.insert(
            "owner".into(),
            json!(format!("group:default/{}", c.owner.value)),
        );
        if let Some(cat_) = c.category.as_ref().filter(|x| is_valid_name(x)) {
            spec.insert("system".into(), json!(cat_));
        }
        let deps: Vec<String> = c
            .depends_on
            .iter()
            .filter(|d| is_valid_name(d))
            .map(|d| format!("component:default/{}", d.value))
            .collect();
        if !deps.is_empty() {
            spec.insert("dependsOn".into(), json!(deps));
        }
        files.push((
            format!("capabilities/{}.yaml", c.id.value),
            entity("Component", finish_meta(meta, ann), Value::Object(spec)),
        ));
    }
}

/// What platctl knows of a capability that Backstage does not model, as
/// `platctl.dev/…` annotations: interfaces, golden path, control, SLO,
/// support, security review, and the sunset of a deprecated one.
fn capability_facts(cat: &Catalog, c: &Capability, ann: &mut Map<String, Value>) {
    if !c.interfaces.is_empty() {
        let v: Vec<String> = c
            .interfaces
            .iter()
            .map(|i| match &i.version {
                Some(v) => format!("{}={}@{v}", i.name, i.kind.as_str()),
                None => format!("{}={}", i.name, i.kind.as_str()),
            })
            .collect();
        ann.insert("platctl.dev/interfaces".into(), json!(v.join(",")));
    }
    if c.golden_path {
        ann.insert("platctl.dev/golden-path".into(), json!("true"));
    }
    if c.control {
        ann.insert("platctl.dev/control".into(), json!("true"));
    }
    if let Some(slo) = &c.slo {
        if let Some(a) = slo.availability {
            ann.insert(
                "platctl.dev/slo.availability".into(),
                json!(crate::catalog::decode::fmt_num(a)),
            );
        }
        if let Some(l) = slo.latency_p99_ms {
            ann.insert(
                "platctl.dev/slo.latency-p99-ms".into(),
                json!(crate::catalog::decode::fmt_num(l)),
            );
        }
    }
    if let Some(sup) = &c.support {
        if let Some(x) = &sup.channel {
            ann.insert("platctl.dev/support.channel".into(), json!(x));
        }
        if let Some(x) = sup.hours {
            ann.insert("platctl.dev/support.hours".into(), json!(x.as_str()));
        }
        if let Some(x) = &sup.escalation {
            ann.insert("platctl.dev/support.escalation".into(), json!(x));
        }
    }
    if let Some(d) = c.security_review {
        ann.insert(
            "platctl.dev/security-review".into(),
            json!(d.format("%Y-%m-%d").to_string()),
        );
    }
    if c.lifecycle.value == Lifecycle::Deprecated {
        let dep = cat
            .deprecations
            .iter()
            .filter(|d| d.capability.value == c.id.value && d.interface.is_none())
            .min_by_key(|d| d.sunset.value);
        if let Some(d) = dep {
            ann.insert(
                "platctl.dev/sunset".into(),
                json!(d.sunset.value.format("%Y-%m-%d").to_string()),
            );
            if let Some(r) = &d.replacement {
                ann.insert("platctl.dev/replacement".into(), json!(r.value));
            }
        }
    }
}

/// Sorts the files and adds `all.yaml`, the `Location` that lists them all.
fn location_file(cat: &Catalog, files: &mut Vec<(String, Value)>) {
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let targets: Vec<String> = files.iter().map(|(p, _)| format!("./{p}")).collect();
    let name = super::slug(&cat.config.name)
        .map(|s| format!("platctl-{s}"))
        .filter(|s| is_valid_name(s))
        .unwrap_or_else(|| "platctl-catalog".into());
    files.push((
        "all.yaml".into(),
        entity(
            "Location",
            finish_meta(
                {
                    let mut m = Map::new();
                    m.insert("name".into(), json!(name));
                    m.insert(
                        "description".into(),
                        json!(format!(
                            "Every team, service and capability of {}",
                            cat.config.name
                        )),
                    );
                    m
                },
                Map::new(),
            ),
            json!({ "targets": targets }),
        ),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backstage_rules() {
        assert!(is_valid_tag("java") && is_valid_tag("c++") && is_valid_tag("a-b"));
        assert!(!is_valid_tag("Java") && !is_valid_tag("a--b") && !is_valid_tag("a_b"));
        assert!(is_valid_key("backstage.io/source-location") && is_valid_key("team"));
        assert!(!is_valid_key("Back.io/x") && !is_valid_key("a/b/c") && !is_valid_key("x/"));
        let table = crate::model::BackstageImport::default().lifecycle;
        assert_eq!(lifecycle_out(Lifecycle::Ga, &table), "production");
        assert_eq!(lifecycle_out(Lifecycle::Beta, &table), "experimental");
        assert_eq!(lifecycle_out(Lifecycle::Proposed, &table), "experimental");
        assert_eq!(lifecycle_out(Lifecycle::Retired, &table), "deprecated");
    }
}
