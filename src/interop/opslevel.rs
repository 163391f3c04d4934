//! OpsLevel `opslevel.yml` files (config as code) to platctl services.
//!
//! A file holds `version: 1` and a `service:` (or `component:`) block:
//! `name`, `description`, `owner` (a team alias), `lifecycle`, `tier`
//! (`tier_1`…), `product` / `system`, `language`, `framework`, `aliases`,
//! `tags` (key/value), `tools` (name, category, url), `repositories`
//! (name, provider) and `dependencies` (alias). A `repository:` block
//! describes a repository, not a service: it is counted and skipped.

use super::backstage::{get, scalar};
use super::{first_line, slug, At, Draft, InputFile, Item, Known, Mapped, Val};
use crate::catalog::yaml::{Node, Value};
use crate::catalog::Kind;
use crate::model::ids::is_safe_url;
use std::collections::{BTreeSet, HashSet};

fn is_opslevel_file(f: &InputFile) -> bool {
    let name = f.path.rsplit('/').next().unwrap_or(&f.path);
    f.named || name.starts_with("opslevel.")
}

fn seq(n: Option<&Node>) -> &[Node] {
    match n.map(|n| &n.value) {
        Some(Value::Seq(v)) => v,
        _ => &[],
    }
}

/// A repository's URL from its OpsLevel name and provider.
pub fn repo_url(name: &str, provider: Option<&str>) -> Option<String> {
    if is_safe_url(name) {
        return Some(name.to_string());
    }
    let host = match provider.unwrap_or("github").to_ascii_lowercase().as_str() {
        "github" => "github.com",
        "gitlab" => "gitlab.com",
        "bitbucket" => "bitbucket.org",
        _ => return None,
    };
    let url = format!("https://{host}/{}", name.trim_matches('/'));
    is_safe_url(&url).then_some(url)
}

/// A team for an owner that names none: created with the owner's name.
pub fn owner_team(
    owner: &str,
    known: &Known,
    made: &mut HashSet<String>,
    out: &mut Mapped,
    source_kind: &str,
    at: &At,
) -> Option<String> {
    let id = slug(owner)?;
    if !known.has_team(&id) && made.insert(id.clone()) {
        let mut t = Draft::new(Kind::Team, &id, source_kind, at.clone());
        t.set_str("name", Some(owner.to_string()));
        t.set_str("type", Some("other".into()));
        out.drafts.push(t);
    }
    Some(id)
}

pub fn map(files: &[InputFile], known: &Known) -> Mapped {
    let mut out = Mapped::default();
    let mut made: HashSet<String> = HashSet::new();
    let mut services: Vec<Draft> = Vec::new();
    for f in files.iter().filter(|f| is_opslevel_file(f)) {
        let docs = match &f.docs {
            Ok(d) => d,
            Err(e) => {
                let at = At {
                    file: f.path.clone(),
                    line: e.span.line,
                };
                out.problem("file", "", &at, format!("not valid YAML: {}", e.message));
                continue;
            }
        };
        for doc in docs {
            if let Some(d) = map_doc(doc, &f.path, known, &mut made, &mut out) {
                services.push(d);
            }
        }
    }
    out.drafts.extend(services);
    out
}

/// One document as a service draft, or `None` when it is a repository (a kind
/// platctl has not), not a service, or has no id or owner (a problem).
fn map_doc(
    doc: &Node,
    path: &str,
    known: &Known,
    made: &mut HashSet<String>,
    out: &mut Mapped,
) -> Option<Draft> {
    if get(doc, "repository").is_some() {
        out.skip_kind("repository");
        return None;
    }
    let (kind, Some(svc)) = (
        if get(doc, "component").is_some() {
            "component"
        } else {
            "service"
        },
        get(doc, "service").or_else(|| get(doc, "component")),
    ) else {
        return None;
    };
    let at = At {
        file: path.to_string(),
        line: svc.span.line,
    };
    let name = get(svc, "name").and_then(scalar);
    let alias = seq(get(svc, "aliases")).first().and_then(scalar);
    let Some(id) = alias.as_deref().or(name.as_deref()).and_then(slug) else {
        out.problem(kind, "", &at, "no `name` or alias to make an id from");
        return None;
    };
    let mut d = Draft::new(Kind::Service, &id, kind, at.clone());
    let entity = d.entity();
    let Some(owner) = get(svc, "owner").and_then(scalar) else {
        out.unresolved_owners.push(super::Unresolved {
            owner: String::new(),
            entity: entity.clone(),
            at: at.clone(),
        });
        out.problem(kind, &entity, &at, "no `owner`, and a service needs a team");
        return None;
    };
    let Some(team) = owner_team(&owner, known, made, out, "team (owner)", &at) else {
        out.unresolved_owners.push(super::Unresolved {
            owner: owner.clone(),
            entity: entity.clone(),
            at: at.clone(),
        });
        out.problem(
            kind,
            &entity,
            &at,
            format!("owner `{owner}` cannot be made a team id"),
        );
        return None;
    };
    service_fields(&mut d, svc, &at, &entity, name, team, out);
    service_links(&mut d, svc, &at, &entity, known, out);
    Some(d)
}

/// The service's name, team, tier, description, system and lifecycle.
fn service_fields(
    d: &mut Draft,
    svc: &Node,
    at: &At,
    entity: &str,
    name: Option<String>,
    team: String,
    out: &mut Mapped,
) {
    d.set_str("name", name);
    d.set_str("team", Some(team));
    if let Some(t) = get(svc, "tier").and_then(scalar) {
        match super::tier(&t) {
            Some(n) => d.set("tier", Some(Val::Int(n))),
            None => out.unmapped(entity, "tier", &t, at, "not a tier (tier_1 to tier_3)"),
        }
    }
    d.set_str(
        "description",
        get(svc, "description")
            .and_then(scalar)
            .as_deref()
            .and_then(first_line),
    );
    if let Some(p) = get(svc, "system")
        .or_else(|| get(svc, "product"))
        .and_then(scalar)
    {
        match slug(&p) {
            Some(s) => d.set_str("system", Some(s)),
            None => out.unmapped(entity, "system", &p, at, "cannot be made a slug"),
        }
    }
    if let Some(l) = get(svc, "lifecycle").and_then(scalar) {
        match slug(&l) {
            Some(s) => d.set_str("lifecycle", Some(s)),
            None => out.unmapped(entity, "lifecycle", &l, at, "cannot be made a slug"),
        }
    }
}

/// The service's repo, runbook and docs links, the capabilities it uses, and the
/// labels kept from its tools, language, framework, aliases and tags.
fn service_links(
    d: &mut Draft,
    svc: &Node,
    at: &At,
    entity: &str,
    known: &Known,
    out: &mut Mapped,
) {
    if let Some(r) = seq(get(svc, "repositories")).first() {
        let rname = get(r, "name")
            .and_then(scalar)
            .or_else(|| scalar(r))
            .unwrap_or_default();
        let provider = get(r, "provider").and_then(scalar);
        match repo_url(&rname, provider.as_deref()) {
            Some(u) => d.set_str("repo", Some(u)),
            None => out.unmapped(
                entity,
                "repo",
                &rname,
                at,
                "no URL for this repository provider",
            ),
        }
    }
    for t in seq(get(svc, "tools")) {
        let (Some(url), cat) = (
            get(t, "url").and_then(scalar),
            get(t, "category").and_then(scalar).unwrap_or_default(),
        ) else {
            continue;
        };
        let field = match cat.as_str() {
            "runbooks" | "runbook" => "runbook",
            "documentation" | "wiki" | "api_documentation" | "tech_docs" => "docs",
            _ => {
                if let Some(c) = slug(&cat) {
                    d.labels.entry(format!("opslevel/tool.{c}")).or_insert(url);
                }
                continue;
            }
        };
        first_link(d, out, entity, field, url, at);
    }
    let mut uses = BTreeSet::new();
    for dep in seq(get(svc, "dependencies")) {
        let a = get(dep, "alias").and_then(scalar).or_else(|| scalar(dep));
        if let Some(c) = a
            .as_deref()
            .and_then(slug)
            .filter(|c| known.has_capability(c))
        {
            uses.insert(c);
        }
    }
    d.list("uses", uses.into_iter().map(Item::Id).collect());
    for k in ["language", "framework"] {
        if let Some(v) = get(svc, k).and_then(scalar) {
            d.labels.insert(format!("opslevel/{k}"), v);
        }
    }
    let aliases: Vec<String> = seq(get(svc, "aliases")).iter().filter_map(scalar).collect();
    if !aliases.is_empty() {
        d.labels
            .insert("opslevel/aliases".into(), aliases.join(","));
    }
    for t in seq(get(svc, "tags")) {
        if let (Some(k), Some(v)) = (
            get(t, "key").and_then(scalar),
            get(t, "value").and_then(scalar),
        ) {
            d.labels.insert(format!("opslevel/tag.{k}"), v);
        }
    }
}

/// A link (`runbook`, `docs`) into its field: the first one of the entity
/// holds; a URL that is not http, https or mailto is listed as unmapped.
pub(super) fn first_link(
    d: &mut Draft,
    out: &mut Mapped,
    entity: &str,
    field: &'static str,
    url: String,
    at: &At,
) {
    if d.field(field).is_some() {
        return;
    }
    if is_safe_url(&url) {
        d.set_str(field, Some(url));
    } else {
        out.unmapped(entity, field, &url, at, "not an http, https or mailto URL");
    }
}
