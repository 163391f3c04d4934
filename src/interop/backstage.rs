//! Backstage descriptor files (`catalog-info.yaml`) to platctl entities.
//!
//! An entity is `apiVersion` (backstage.io/v1alpha1 or v1beta1), `kind`,
//! `metadata` (name, namespace, title, description, labels, annotations,
//! tags, links) and `spec`. References are `[kind:][namespace/]name`.

use super::{slug, At, Draft, InputFile, Item, Known, Mapped, Unresolved, Val};
use crate::catalog::yaml::{Node, Value};
use crate::catalog::Kind;
use crate::model::ids::is_safe_url;
use crate::model::{BackstageImport, Lifecycle, TeamType};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};

/// One Backstage entity, read from its document.
#[derive(Clone, Debug)]
pub struct Entity<'a> {
    pub kind: String,
    pub namespace: String,
    pub name: String,
    pub title: Option<String>,
    pub description: Option<String>,
    pub annotations: BTreeMap<String, String>,
    pub labels: BTreeMap<String, String>,
    pub tags: Vec<String>,
    /// (url, title, type)
    pub links: Vec<(String, String, String)>,
    pub spec: Option<&'a Node>,
    pub at: At,
}

impl Entity<'_> {
    pub fn reference(&self) -> String {
        format!(
            "{}:{}/{}",
            self.kind.to_ascii_lowercase(),
            self.namespace,
            self.name
        )
    }

    fn spec_str(&self, key: &str) -> Option<String> {
        self.spec.and_then(|s| get(s, key)).and_then(scalar)
    }

    fn spec_list(&self, key: &str) -> Vec<String> {
        match self.spec.and_then(|s| get(s, key)).map(|n| &n.value) {
            Some(Value::Seq(v)) => v.iter().filter_map(scalar).collect(),
            Some(Value::Str(s)) => vec![s.clone()],
            _ => Vec::new(),
        }
    }
}

pub fn get<'a>(n: &'a Node, key: &str) -> Option<&'a Node> {
    match &n.value {
        Value::Map(m) => m
            .iter()
            .find(|(k, _)| matches!(&k.value, Value::Str(s) if s == key))
            .map(|(_, v)| v),
        _ => None,
    }
}

/// A scalar as text (numbers and booleans too, as YAML wrote them).
pub fn scalar(n: &Node) -> Option<String> {
    match &n.value {
        Value::Str(s) => Some(s.clone()),
        Value::Int(i) => Some(i.to_string()),
        Value::Float(f) => Some(crate::catalog::decode::fmt_num(*f)),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Backstage's rule for names and namespaces: 1..63 characters,
/// `[A-Za-z0-9]` runs separated by one of `-`, `_`, `.`.
pub fn is_valid_name(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 63 {
        return false;
    }
    let sep = |c: u8| c == b'-' || c == b'_' || c == b'.';
    b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter().all(|c| c.is_ascii_alphanumeric() || sep(*c))
        && !b.windows(2).any(|w| sep(w[0]) && sep(w[1]))
}

/// The slug of a `spec.system` reference, `[system:][namespace/]name`;
/// why not, for a reference to another kind of entity (or text whose part
/// before a `:` is no kind at all).
fn system_slug(r: &str, namespace: &str) -> Result<String, &'static str> {
    let (kind, _, name) = parse_ref(r, "system", namespace);
    if kind != "system" {
        return Err("is not a reference to a system");
    }
    slug(&name).ok_or("cannot be made a slug")
}

/// `[kind:][namespace/]name` with defaults.
pub fn parse_ref(r: &str, default_kind: &str, default_ns: &str) -> (String, String, String) {
    let (kind, rest) = match r.split_once(':') {
        Some((k, rest)) if !k.contains('/') => (k.to_ascii_lowercase(), rest),
        _ => (default_kind.to_string(), r),
    };
    let (ns, name) = match rest.split_once('/') {
        Some((ns, name)) => (ns.to_string(), name.to_string()),
        None => (default_ns.to_string(), rest.to_string()),
    };
    (kind, ns.to_ascii_lowercase(), name)
}

fn key(kind: &str, ns: &str, name: &str) -> (String, String, String) {
    (
        kind.to_ascii_lowercase(),
        ns.to_ascii_lowercase(),
        name.to_ascii_lowercase(),
    )
}

/// Reads one document as an entity; Err is why it is invalid.
pub fn entity<'a>(doc: &'a Node, file: &str) -> Result<Option<Entity<'a>>, (String, String, At)> {
    let at = At {
        file: file.to_string(),
        line: doc.span.line,
    };
    let api = get(doc, "apiVersion").and_then(scalar);
    if !api
        .as_deref()
        .is_some_and(|v| v == "backstage.io/v1alpha1" || v == "backstage.io/v1beta1")
    {
        return Ok(None);
    }
    let kind = get(doc, "kind").and_then(scalar).unwrap_or_default();
    let bad =
        |msg: String, name: &str| Err((kind.clone(), format!("{kind} {name}: {msg}"), at.clone()));
    if kind.is_empty() {
        return bad("has no `kind`".into(), "?");
    }
    let Some(meta) = get(doc, "metadata").filter(|m| matches!(m.value, Value::Map(_))) else {
        return bad("has no `metadata` mapping".into(), "?");
    };
    let name = get(meta, "name").and_then(scalar).unwrap_or_default();
    if !is_valid_name(&name) {
        let line = get(meta, "name").map_or(meta.span.line, |n| n.span.line);
        return Err((
            kind.clone(),
            format!("{kind} `{name}`: `metadata.name` is not a valid Backstage name (1 to 63 letters, digits, and single `-`, `_` or `.` between them)"),
            At { file: file.to_string(), line },
        ));
    }
    let namespace = get(meta, "namespace")
        .and_then(scalar)
        .unwrap_or_else(|| "default".into());
    if !is_valid_name(&namespace) {
        return bad(
            format!("namespace `{namespace}` is not a valid Backstage name"),
            &name,
        );
    }
    let spec = get(doc, "spec");
    if spec.is_some_and(|s| !matches!(s.value, Value::Map(_))) {
        return bad("`spec` is not a mapping".into(), &name);
    }
    let string_map = |key: &str| {
        let mut out = BTreeMap::new();
        if let Some(Node {
            value: Value::Map(m),
            ..
        }) = get(meta, key)
        {
            for (k, v) in m {
                if let (Some(k), Some(v)) = (scalar(k), scalar(v)) {
                    out.insert(k, v);
                }
            }
        }
        out
    };
    let annotations = string_map("annotations");
    let labels = string_map("labels");
    let tags = match get(meta, "tags").map(|n| &n.value) {
        Some(Value::Seq(v)) => v.iter().filter_map(scalar).collect(),
        _ => Vec::new(),
    };
    let mut links = Vec::new();
    if let Some(Node {
        value: Value::Seq(v),
        ..
    }) = get(meta, "links")
    {
        for l in v {
            if let Some(url) = get(l, "url").and_then(scalar) {
                links.push((
                    url,
                    get(l, "title").and_then(scalar).unwrap_or_default(),
                    get(l, "type").and_then(scalar).unwrap_or_default(),
                ));
            }
        }
    }
    Ok(Some(Entity {
        kind,
        namespace,
        name,
        // A blank title is none: the name stands in where one is needed.
        title: get(meta, "title")
            .and_then(scalar)
            .filter(|t| !t.trim().is_empty()),
        description: get(meta, "description").and_then(scalar),
        annotations,
        labels,
        tags,
        links,
        spec,
        at,
    }))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Team,
    Service,
    Capability,
}

impl Role {
    fn kind(self) -> Kind {
        match self {
            Role::Team => Kind::Team,
            Role::Service => Kind::Service,
            Role::Capability => Kind::Capability,
        }
    }
}

fn role(e: &Entity, s: &BackstageImport) -> Option<Role> {
    let ty = e.spec_str("type").unwrap_or_default();
    let flagged = e
        .annotations
        .get("platctl.dev/capability")
        .is_some_and(|v| v == "true");
    match e.kind.as_str() {
        "Group" => Some(Role::Team),
        "User" | "Location" => None,
        "Component" | "Resource" if s.capability_types.contains(&ty) => Some(Role::Capability),
        _ if flagged => Some(Role::Capability),
        "Component" if s.service_types.contains(&ty) => Some(Role::Service),
        _ => None,
    }
}

/// Annotations platctl reads into fields: not copied to labels.
const READ_ANNOTATIONS: &[&str] = &[
    "backstage.io/source-location",
    "github.com/project-slug",
    "pagerduty.com/service-id",
];

/// Maps every Backstage entity of `files` to drafts.
pub fn map(files: &[InputFile], settings: &BackstageImport, known: &Known) -> Mapped {
    let mut out = Mapped::default();
    // 1. Read every entity (file by file in parallel, kept in file order).
    let entities = read_entities(files, &mut out);
    // 2. Ids: the name as a slug, the namespace prefixed only on a collision.
    let roles: Vec<Option<Role>> = entities.iter().map(|e| role(e, settings)).collect();
    let ids = assign_ids(&entities, &roles);
    let ctx = Ctx::new(&entities, &roles, &ids, settings, known);
    // 3. Each entity to a draft (in parallel, gathered in entity order).
    let parts: Vec<Mapped> = entities
        .par_iter()
        .enumerate()
        .map(|(i, e)| map_entity(e, roles[i], ids[i].clone(), &ctx))
        .collect();
    out.drafts.reserve(parts.len());
    for part in parts {
        out.absorb(part);
    }
    out
}

/// Every entity of the files, in file order; a catalog file that is not YAML,
/// or an entity that is not valid, is a problem.
fn read_entities<'a>(files: &'a [InputFile], out: &mut Mapped) -> Vec<Entity<'a>> {
    let read: Vec<(Vec<Entity>, Mapped)> = files
        .par_iter()
        .map(|f| {
            let mut found = Vec::new();
            let mut out = Mapped::default();
            match &f.docs {
                Ok(docs) => {
                    for d in docs {
                        match entity(d, &f.path) {
                            Ok(Some(e)) => found.push(e),
                            Ok(None) => {}
                            Err((kind, msg, at)) => {
                                out.problem(if kind.is_empty() { "?" } else { &kind }, "", &at, msg)
                            }
                        }
                    }
                }
                Err(e) if f.named || f.path.contains("catalog-info") => {
                    let at = At {
                        file: f.path.clone(),
                        line: e.span.line,
                    };
                    out.problem("file", "", &at, format!("not valid YAML: {}", e.message));
                }
                Err(_) => {}
            }
            (found, out)
        })
        .collect();
    let mut entities: Vec<Entity> = Vec::with_capacity(read.iter().map(|(e, _)| e.len()).sum());
    for (found, part) in read {
        entities.extend(found);
        out.absorb(part);
    }
    entities
}

/// Each entity's id: the name as a slug, the namespace prefixed only when
/// entities of one kind in different namespaces share the slug.
fn assign_ids(entities: &[Entity], roles: &[Option<Role>]) -> Vec<Option<String>> {
    let mut by_slug: HashMap<(Kind, String), Vec<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if let (Some(r), Some(s)) = (roles[i], slug(&e.name)) {
            by_slug.entry((r.kind(), s)).or_default().push(i);
        }
    }
    let mut ids: Vec<Option<String>> = vec![None; entities.len()];
    for ((_, s), members) in &by_slug {
        let mixed = members.iter().any(|&i| {
            entities[i].namespace != members.first().map_or("", |&j| &entities[j].namespace)
        });
        for &i in members {
            let e = &entities[i];
            ids[i] = if mixed && e.namespace != "default" {
                slug(&format!("{}-{}", e.namespace, e.name))
            } else {
                Some(s.clone())
            };
        }
    }
    ids
}

/// A reference's key: (kind, namespace, name).
type RefKey = (String, String, String);

/// How references resolve, the same for every entity.
struct Ctx<'k> {
    /// The id of each entity platctl maps, by (kind, namespace, name).
    table: HashMap<RefKey, String>,
    /// The groups each user is a member of.
    users: HashMap<RefKey, Vec<String>>,
    /// Team ids imported (from groups).
    team_ids: HashSet<String>,
    /// Capability ids imported.
    cap_ids: HashSet<String>,
    /// Capability id by interface name, imported.
    iface: HashMap<String, String>,
    settings: &'k BackstageImport,
    known: &'k Known,
}

impl<'k> Ctx<'k> {
    /// References resolve through (kind, namespace, name); capabilities by
    /// id and by interface name.
    fn new(
        entities: &[Entity],
        roles: &[Option<Role>],
        ids: &[Option<String>],
        settings: &'k BackstageImport,
        known: &'k Known,
    ) -> Ctx<'k> {
        let mut table: HashMap<(String, String, String), String> = HashMap::new();
        let mut users: HashMap<(String, String, String), Vec<String>> = HashMap::new();
        let mut team_ids: HashSet<String> = HashSet::new();
        for (i, e) in entities.iter().enumerate() {
            if let (Some(Role::Team), Some(id)) = (roles[i], &ids[i]) {
                team_ids.insert(id.clone());
            }
            if let Some(id) = &ids[i] {
                let k = match roles[i] {
                    Some(Role::Team) => "group".to_string(),
                    _ => e.kind.to_ascii_lowercase(),
                };
                table
                    .entry(key(&k, &e.namespace, &e.name))
                    .or_insert_with(|| id.clone());
            }
            if e.kind == "User" {
                users.insert(key("user", &e.namespace, &e.name), e.spec_list("memberOf"));
            }
        }
        // Capabilities by id and by interface name (imported and existing).
        // Capabilities by id and interface name that the sources import; the
        // catalog's own are asked of `known` (one by one, so a rerun can tell
        // whether it would get the same answers).
        let mut cap_ids: HashSet<String> = HashSet::new();
        let mut iface: HashMap<String, String> = HashMap::new();
        for (i, e) in entities.iter().enumerate() {
            if let (Some(Role::Capability), Some(id)) = (roles[i], &ids[i]) {
                cap_ids.insert(id.clone());
                for a in e.spec_list("providesApis") {
                    let (_, _, n) = parse_ref(&a, "api", &e.namespace);
                    iface.insert(n, id.clone());
                }
                for (n, _, _) in interfaces_annotation(e) {
                    iface.insert(n, id.clone());
                }
            }
        }
        Ctx {
            table,
            users,
            team_ids,
            cap_ids,
            iface,
            settings,
            known,
        }
    }

    /// The team a `group:` reference (or a user's first group) names.
    fn team_of(&self, r: &str, ns: &str) -> Option<String> {
        let (k, rns, name) = parse_ref(r, "group", ns);
        match k.as_str() {
            "group" => self
                .table
                .get(&key("group", &rns, &name))
                .cloned()
                .or_else(|| slug(&name).filter(|s| self.is_team(s))),
            "user" => {
                let groups = self.users.get(&key("user", &rns, &name))?;
                let first = groups.first()?;
                let (_, gns, gname) = parse_ref(first, "group", &rns);
                self.table
                    .get(&key("group", &gns, &gname))
                    .cloned()
                    .or_else(|| slug(&gname).filter(|s| self.is_team(s)))
            }
            _ => None,
        }
    }

    /// The capability a reference names: an API by interface, a component by id.
    fn capability_of(&self, r: &str, ns: &str, default_kind: &str) -> Option<String> {
        let (k, rns, name) = parse_ref(r, default_kind, ns);
        if k == "api" {
            if let Some(c) = self.interface(&name) {
                return Some(c);
            }
        }
        if let Some(id) = self.table.get(&key(&k, &rns, &name)) {
            if self.is_capability(id) {
                return Some(id.clone());
            }
        }
        slug(&name)
            .filter(|s| self.is_capability(s))
            .or_else(|| self.interface(&name))
    }

    /// Whether `id` is a team imported or in the catalog: a reference that
    /// names no group exactly resolves by its name to either (so the first
    /// run resolves it as every rerun will, once the team is written).
    fn is_team(&self, id: &str) -> bool {
        self.team_ids.contains(id) || self.known.has_team(id)
    }

    /// Whether `id` is a capability imported or in the catalog.
    fn is_capability(&self, id: &str) -> bool {
        self.cap_ids.contains(id) || self.known.has_capability(id)
    }

    /// The capability providing the interface `name`: an imported one
    /// first, else the catalog's.
    fn interface(&self, name: &str) -> Option<String> {
        self.iface
            .get(name)
            .cloned()
            .or_else(|| self.known.interface(name))
    }
}

/// One entity as a draft, or what keeps it out: a kind platctl has not
/// (skipped), a name that makes no id, an owner that is no team.
fn map_entity(e: &Entity, role: Option<Role>, id: Option<String>, ctx: &Ctx) -> Mapped {
    let mut out = Mapped::default();
    let Some(r) = role else {
        if e.kind != "Location" {
            let ty = e.spec_str("type");
            let k = match (e.kind.as_str(), ty) {
                ("Component" | "Resource", Some(t)) => format!("{} ({t})", e.kind),
                _ => e.kind.clone(),
            };
            out.skip_kind(&k);
        }
        return out;
    };
    let reference = e.reference();
    let Some(id) = id else {
        out.problem(
            &e.kind,
            &reference,
            &e.at,
            format!("`{}` cannot be made an id", e.name),
        );
        return out;
    };
    let mut d = Draft::new(r.kind(), &id, &e.kind, e.at.clone());
    let entity = d.entity();
    copy_labels(e, &mut d);
    let links = links(e, &mut out, &entity);
    let mapped = match r {
        Role::Team => {
            map_team(e, &mut d, &id, &entity, ctx, &mut out);
            true
        }
        Role::Service => map_service(e, &mut d, &entity, ctx, &mut out, links),
        Role::Capability => map_capability(e, &mut d, &id, &entity, ctx, &mut out, links),
    };
    if mapped {
        out.drafts.push(d);
    }
    out
}

/// What platctl does not model, kept as labels.
fn copy_labels(e: &Entity, d: &mut Draft) {
    // Lossless: what platctl does not model goes to labels. platctl's
    // own annotations are read into fields or dropped: scorecard levels
    // (`platctl.dev/level.<scorecard>`) are computed from the catalog,
    // never data to keep.
    for (k, v) in &e.annotations {
        if k.starts_with("platctl.dev/") || READ_ANNOTATIONS.contains(&k.as_str()) {
            if let Some(label) = k.strip_prefix("platctl.dev/label.") {
                d.labels.insert(label.to_string(), v.clone());
            }
            continue;
        }
        d.labels.insert(k.clone(), v.clone());
    }
    for (k, v) in &e.labels {
        d.labels.insert(k.clone(), v.clone());
    }
    if e.namespace != "default" {
        d.labels
            .insert("backstage/namespace".into(), e.namespace.clone());
    }
    if !e.tags.is_empty() {
        d.labels.insert("backstage/tags".into(), e.tags.join(","));
    }
}

/// A group's name, type, contact and parent team.
fn map_team(e: &Entity, d: &mut Draft, id: &str, entity: &str, ctx: &Ctx, out: &mut Mapped) {
    let profile = e.spec.and_then(|s| get(s, "profile"));
    let display = profile.and_then(|p| get(p, "displayName")).and_then(scalar);
    d.set_str(
        "name",
        Some(
            display
                .or_else(|| e.title.clone())
                .unwrap_or_else(|| e.name.clone()),
        ),
    );
    let spec_type = e.spec_str("type");
    let ty = e
        .annotations
        .get("platctl.dev/team-type")
        .and_then(|t| TeamType::parse(t))
        .or_else(|| spec_type.as_deref().and_then(TeamType::parse))
        .unwrap_or(TeamType::Other);
    d.set_str("type", Some(ty.as_str().to_string()));
    let by_annotation = e.annotations.contains_key("platctl.dev/team-type");
    if let Some(t) = spec_type.filter(|t| !by_annotation && t != ty.as_str()) {
        d.labels.insert("backstage/type".into(), t);
    }
    d.set_str(
        "contact",
        profile.and_then(|p| get(p, "email")).and_then(scalar),
    );
    if let Some(p) = e.spec_str("parent") {
        match ctx.team_of(&p, &e.namespace) {
            Some(t) if t != *id => d.set_str("parent", Some(t)),
            _ => out.unmapped(
                entity,
                "parent",
                &p,
                &e.at,
                "the parent group is not among the inputs or the catalog's teams",
            ),
        }
    }
}

/// The team an entity's `spec.owner` names; when it names none, the owner
/// is listed as unresolved and the entity as a problem (a `noun` needs one).
fn owning_team(
    e: &Entity,
    entity: &str,
    ctx: &Ctx,
    out: &mut Mapped,
    noun: &str,
) -> Option<String> {
    let owner = e.spec_str("owner");
    let team = owner.as_deref().and_then(|o| ctx.team_of(o, &e.namespace));
    if team.is_none() {
        out.unresolved_owners.push(Unresolved {
            owner: owner.clone().unwrap_or_default(),
            entity: entity.to_string(),
            at: e.at.clone(),
        });
        out.problem(
            &e.kind,
            entity,
            &e.at,
            format!(
                "owner `{}` resolves to no team, and a {noun} needs one",
                owner.unwrap_or_default()
            ),
        );
    }
    team
}

/// A service's fields; `false` (a problem) when its owner is no team.
fn map_service(
    e: &Entity,
    d: &mut Draft,
    entity: &str,
    ctx: &Ctx,
    out: &mut Mapped,
    (docs, runbook): (Option<String>, Option<String>),
) -> bool {
    let Some(team) = owning_team(e, entity, ctx, out, "service") else {
        return false;
    };
    d.set_str("name", e.title.clone());
    d.set_str("team", Some(team));
    if let Some(t) = tier_of(e, ctx.settings) {
        match super::tier(&t) {
            Some(n) => d.set("tier", Some(Val::Int(n))),
            None => out.unmapped(entity, "tier", &t, &e.at, "not a tier (1, 2 or 3)"),
        }
    }
    if e.annotations
        .get("platctl.dev/status")
        .is_some_and(|s| s == "retired")
    {
        d.set_str("status", Some("retired".into()));
    }
    let mut uses: Vec<String> = e
        .spec_list("consumesApis")
        .iter()
        .filter_map(|a| ctx.capability_of(a, &e.namespace, "api"))
        .chain(
            e.spec_list("dependsOn")
                .iter()
                .filter_map(|a| ctx.capability_of(a, &e.namespace, "component")),
        )
        .collect();
    let mut seen = std::collections::HashSet::new();
    uses.retain(|u| seen.insert(u.clone()));
    d.list("uses", uses.into_iter().map(Item::Id).collect());
    d.set_str(
        "description",
        e.description.as_deref().and_then(super::first_line),
    );
    if let Some(s) = e.spec_str("system") {
        match system_slug(&s, &e.namespace) {
            Ok(slug) => d.set_str("system", Some(slug)),
            Err(why) => out.unmapped(entity, "system", &s, &e.at, why),
        }
    }
    if let Some(l) = e.spec_str("lifecycle") {
        match slug(&l) {
            Some(s) => d.set_str("lifecycle", Some(s)),
            None => out.unmapped(entity, "lifecycle", &l, &e.at, "cannot be made a slug"),
        }
    }
    d.set_str("repo", repo(e, out, entity));
    d.set_str("docs", docs);
    d.set_str("runbook", runbook);
    d.set_str(
        "oncall",
        e.annotations
            .get("pagerduty.com/service-id")
            .map(|p| format!("pagerduty:{p}"))
            .or_else(|| e.annotations.get("platctl.dev/oncall").cloned()),
    );
    if let Some(ty) = e.spec_str("type") {
        if ctx.settings.service_types.first() != Some(&ty) {
            d.labels.insert("backstage/type".into(), ty);
        }
    }
    true
}

/// A capability's fields; `false` (a problem) when its owner is no team.
fn map_capability(
    e: &Entity,
    d: &mut Draft,
    id: &str,
    entity: &str,
    ctx: &Ctx,
    out: &mut Mapped,
    (docs, runbook): (Option<String>, Option<String>),
) -> bool {
    let Some(team) = owning_team(e, entity, ctx, out, "capability") else {
        return false;
    };
    let name = e.title.clone().unwrap_or_else(|| e.name.clone());
    d.set_str("name", Some(name.clone()));
    let summary = e.description.as_deref().and_then(super::first_line);
    if summary.is_none() {
        out.unmapped(
            entity,
            "summary",
            "",
            &e.at,
            "no `metadata.description`: the summary is the name until one is written",
        );
    }
    d.set_str("summary", Some(summary.unwrap_or(name)));
    d.set_str("owner", Some(team));
    let lc = lifecycle(e, ctx.settings, out, entity);
    d.set_str("lifecycle", Some(lc.as_str().to_string()));
    if let Some(s) = e.spec_str("system") {
        match system_slug(&s, &e.namespace) {
            Ok(slug) => d.set_str("category", Some(slug)),
            Err(why) => out.unmapped(entity, "category", &s, &e.at, why),
        }
    }
    let mut ifaces = interfaces_annotation(e);
    if ifaces.is_empty() {
        ifaces = e
            .spec_list("providesApis")
            .iter()
            .map(|a| (parse_ref(a, "api", &e.namespace).2, "api".to_string(), None))
            .collect();
    }
    d.list(
        "interfaces",
        ifaces
            .into_iter()
            .map(|(n, k, v)| {
                let mut m = vec![("name", n), ("kind", k)];
                if let Some(v) = v {
                    m.push(("version", v));
                }
                Item::Map(m)
            })
            .collect(),
    );
    let mut deps: Vec<String> = e
        .spec_list("dependsOn")
        .iter()
        .filter_map(|a| ctx.capability_of(a, &e.namespace, "component"))
        .filter(|c| c != id)
        .collect();
    let mut seen = std::collections::HashSet::new();
    deps.retain(|u| seen.insert(u.clone()));
    d.list("depends_on", deps.into_iter().map(Item::Id).collect());
    d.set_str("docs", docs);
    d.set_str("runbook", runbook);
    platctl_facts(e, d, out, entity);
    super::ga_or_beta(d, ctx.known, out, &e.at);
    if let Some(ty) = e.spec_str("type") {
        if ctx.settings.capability_types.first() != Some(&ty) {
            d.labels.insert("backstage/type".into(), ty);
        }
    }
    true
}

/// What an export noted in `platctl.dev/…` annotations that Backstage does
/// not model: golden path, control, SLO, support, security review.
fn platctl_facts(e: &Entity, d: &mut Draft, out: &mut Mapped, entity: &str) {
    let a = |k: &str| e.annotations.get(&format!("platctl.dev/{k}"));
    for (k, field) in [("golden-path", "golden_path"), ("control", "control")] {
        if let Some(v) = a(k) {
            d.set(field, Some(Val::Bool(v == "true")));
        }
    }
    let num = |k: &str, out: &mut Mapped| -> Option<Val> {
        let v = a(k)?;
        match v.parse::<f64>() {
            Ok(f) if f.is_finite() => Some(Val::Num(f)),
            _ => {
                out.unmapped(entity, k, v, &e.at, "not a number");
                None
            }
        }
    };
    let mut slo = Vec::new();
    if let Some(v) = num("slo.availability", out) {
        slo.push(("availability".to_string(), v));
    }
    if let Some(v) = num("slo.latency-p99-ms", out) {
        slo.push(("latency_p99_ms".to_string(), v));
    }
    d.map("slo", slo);
    let mut support = Vec::new();
    for (k, field) in [
        ("support.channel", "channel"),
        ("support.hours", "hours"),
        ("support.escalation", "escalation"),
    ] {
        if let Some(v) = a(k) {
            support.push((field.to_string(), Val::Str(v.clone())));
        }
    }
    d.map("support", support);
    if let Some(v) = a("security-review") {
        if crate::model::parse_date(v).is_some() {
            d.set("security_review", Some(Val::Date(v.clone())));
        } else {
            out.unmapped(
                entity,
                "security_review",
                v,
                &e.at,
                "not a date (YYYY-MM-DD)",
            );
        }
    }
}

/// `platctl.dev/interfaces: "name=kind@version,…"`, as export writes it.
fn interfaces_annotation(e: &Entity) -> Vec<(String, String, Option<String>)> {
    let Some(a) = e.annotations.get("platctl.dev/interfaces") else {
        return Vec::new();
    };
    a.split(',')
        .filter_map(|part| {
            let (name, rest) = part.trim().split_once('=')?;
            let (kind, version) = match rest.split_once('@') {
                Some((k, v)) => (k, Some(v.to_string())),
                None => (rest, None),
            };
            crate::model::InterfaceKind::parse(kind)?;
            Some((name.to_string(), kind.to_string(), version))
        })
        .collect()
}

fn tier_of(e: &Entity, s: &BackstageImport) -> Option<String> {
    // platctl's own annotation (an export) is read when nothing else is configured.
    let Some((from, k)) = s.tier_from.as_deref().and_then(|t| t.split_once(':')) else {
        return e.annotations.get("platctl.dev/tier").cloned();
    };
    match from {
        "annotation" => e.annotations.get(k).cloned(),
        _ => e.labels.get(k).cloned(),
    }
}

fn lifecycle(e: &Entity, s: &BackstageImport, out: &mut Mapped, entity: &str) -> Lifecycle {
    if let Some(a) = e.annotations.get("platctl.dev/lifecycle") {
        match Lifecycle::parse(a) {
            Some(l) => return l,
            None => out.unmapped(
                entity,
                "lifecycle",
                a,
                &e.at,
                "`platctl.dev/lifecycle` is not a capability lifecycle",
            ),
        }
    }
    if e.kind == "Resource" {
        return Lifecycle::Experimental;
    }
    match e.spec_str("lifecycle") {
        Some(l) => match s.lifecycle.iter().find(|(k, _)| *k == l) {
            Some((_, v)) => *v,
            None => {
                out.unmapped(entity, "lifecycle", &l, &e.at, "not in `import.backstage.lifecycle` of platctl.yaml: experimental until mapped");
                Lifecycle::Experimental
            }
        },
        None => Lifecycle::Experimental,
    }
}

fn repo(e: &Entity, out: &mut Mapped, entity: &str) -> Option<String> {
    if let Some(loc) = e.annotations.get("backstage.io/source-location") {
        let url = loc.strip_prefix("url:").unwrap_or(loc);
        if is_safe_url(url) {
            return Some(url.to_string());
        }
        out.unmapped(entity, "repo", loc, &e.at, "not an http or https URL");
    }
    let slug = e.annotations.get("github.com/project-slug")?;
    let url = format!("https://github.com/{slug}");
    if is_safe_url(&url) {
        Some(url)
    } else {
        out.unmapped(
            entity,
            "repo",
            slug,
            &e.at,
            "not an `owner/repository` slug",
        );
        None
    }
}

/// Docs and runbook from `metadata.links` whose type or title says so.
fn links(e: &Entity, out: &mut Mapped, entity: &str) -> (Option<String>, Option<String>) {
    let mut docs = None;
    let mut runbook = None;
    for (url, title, ty) in &e.links {
        let says =
            |w: &str| ty.to_ascii_lowercase().contains(w) || title.to_ascii_lowercase().contains(w);
        let slot = if says("runbook") {
            &mut runbook
        } else if says("doc") {
            &mut docs
        } else {
            continue;
        };
        if slot.is_some() {
            continue;
        }
        if is_safe_url(url) {
            *slot = Some(url.clone());
        } else {
            out.unmapped(
                entity,
                "links",
                url,
                &e.at,
                "not an http, https or mailto URL",
            );
        }
    }
    (docs, runbook)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_references_give_slugs_and_other_kinds_do_not() {
        assert_eq!(system_slug("payments", "default"), Ok("payments".into()));
        assert_eq!(
            system_slug("system:default/Payments_Core", "default"),
            Ok("payments-core".into())
        );
        assert_eq!(
            system_slug("System:Payments Core", "default"),
            Ok("payments-core".into())
        );
        assert!(system_slug("domain:default/payments", "default").is_err());
        // Text that only looks like a field, line break and all.
        assert!(system_slug("sys\n tier: 3", "default").is_err());
        assert!(system_slug("!!!", "default").is_err());
    }

    #[test]
    fn names_and_refs() {
        assert!(is_valid_name("payments_api.v2"));
        assert!(!is_valid_name("-x") && !is_valid_name("a--b") && !is_valid_name(""));
        assert!(!is_valid_name(&"a".repeat(64)));
        assert_eq!(
            parse_ref("user:ops/jane", "group", "default"),
            ("user".into(), "ops".into(), "jane".into())
        );
        assert_eq!(
            parse_ref("team-a", "group", "web"),
            ("group".into(), "web".into(), "team-a".into())
        );
    }
}
