//! Cortex entity descriptors (`cortex.yaml`) to platctl services and teams.
//!
//! A descriptor is an OpenAPI document whose `info` holds `title`,
//! `description` and the `x-cortex-*` blocks: `x-cortex-tag` (the id),
//! `x-cortex-type` (service by default; team), `x-cortex-owners`,
//! `x-cortex-groups`, `x-cortex-link`, `x-cortex-git`, `x-cortex-oncall`,
//! `x-cortex-dependency`, `x-cortex-parents` and `x-cortex-custom-metadata`.

use super::backstage::{get, scalar};
use super::opslevel::{first_link, owner_team, repo_url};
use super::{first_line, slug, At, Draft, InputFile, Item, Known, Mapped, Unresolved, Val};
use crate::catalog::yaml::{Node, Value};
use crate::catalog::Kind;
use std::collections::{BTreeSet, HashSet};

fn seq(n: Option<&Node>) -> &[Node] {
    match n.map(|n| &n.value) {
        Some(Value::Seq(v)) => v,
        _ => &[],
    }
}

fn is_cortex_file(f: &InputFile) -> bool {
    let name = f.path.rsplit('/').next().unwrap_or(&f.path);
    f.named || name.starts_with("cortex.")
}

pub fn map(files: &[InputFile], known: &Known) -> Mapped {
    let mut out = Mapped::default();
    let infos = read_infos(files, &mut out);
    // Teams first, so that owners resolve to them.
    let teams = map_teams(&infos, known, &mut out);
    let known_teams = known.with_teams(teams);
    let mut made = HashSet::new();
    let mut services = Vec::new();
    for (info, at) in &infos {
        let t = ty(info);
        if t == "team" {
            continue;
        }
        if t != "service" {
            out.skip_kind(&t);
            continue;
        }
        if let Some(d) = map_service(info, at, known, &known_teams, &mut made, &mut out) {
            services.push(d);
        }
    }
    out.drafts.extend(services);
    out
}

/// Every descriptor's `info` block that carries an `x-cortex-tag`, with where it is;
/// a file that is not YAML is a problem.
fn read_infos<'f>(files: &'f [InputFile], out: &mut Mapped) -> Vec<(&'f Node, At)> {
    let mut infos: Vec<(&Node, At)> = Vec::new();
    for f in files.iter().filter(|f| is_cortex_file(f)) {
        match &f.docs {
            Ok(docs) => {
                for doc in docs {
                    if let Some(info) =
                        get(doc, "info").filter(|i| get(i, "x-cortex-tag").is_some())
                    {
                        infos.push((
                            info,
                            At {
                                file: f.path.clone(),
                                line: info.span.line,
                            },
                        ));
                    }
                }
            }
            Err(e) => {
                let at = At {
                    file: f.path.clone(),
                    line: e.span.line,
                };
                out.problem("file", "", &at, format!("not valid YAML: {}", e.message));
            }
        }
    }
    infos
}

/// The descriptor's `x-cortex-type`, `service` when absent.
fn ty(info: &Node) -> String {
    get(info, "x-cortex-type")
        .and_then(scalar)
        .unwrap_or_else(|| "service".into())
}

/// The team descriptors as team drafts; returns the known teams plus the ones made.
fn map_teams(infos: &[(&Node, At)], known: &Known, out: &mut Mapped) -> HashSet<String> {
    let mut teams: HashSet<String> = known.teams();
    for (info, at) in infos {
        if ty(info) != "team" {
            continue;
        }
        let tag = get(info, "x-cortex-tag")
            .and_then(scalar)
            .unwrap_or_default();
        let Some(id) = slug(&tag) else {
            out.problem(
                "team",
                &tag,
                at,
                format!("tag `{tag}` cannot be made an id"),
            );
            continue;
        };
        let mut d = Draft::new(Kind::Team, &id, "team", at.clone());
        d.set_str(
            "name",
            Some(
                get(info, "title")
                    .and_then(scalar)
                    .unwrap_or_else(|| tag.clone()),
            ),
        );
        if let Some(p) = seq(get(info, "x-cortex-parents"))
            .first()
            .and_then(|p| get(p, "tag"))
            .and_then(scalar)
        {
            d.set_str("parent", slug(&p));
        }
        teams.insert(id);
        out.drafts.push(d);
    }
    teams
}

/// One service descriptor as a service draft, or `None` (with a problem) when it
/// has no usable tag or no group owner.
fn map_service(
    info: &Node,
    at: &At,
    known: &Known,
    known_teams: &Known,
    made: &mut HashSet<String>,
    out: &mut Mapped,
) -> Option<Draft> {
    let tag = get(info, "x-cortex-tag")
        .and_then(scalar)
        .unwrap_or_default();
    let Some(id) = slug(&tag) else {
        out.problem(
            "service",
            &tag,
            at,
            format!("tag `{tag}` cannot be made an id"),
        );
        return None;
    };
    let mut d = Draft::new(Kind::Service, &id, "service", at.clone());
    let entity = d.entity();
    let owner = seq(get(info, "x-cortex-owners"))
        .iter()
        .find(|o| get(o, "type").and_then(scalar).as_deref() == Some("group"))
        .and_then(|o| get(o, "name"))
        .and_then(scalar);
    let team = owner
        .as_deref()
        .and_then(|o| owner_team(o, known_teams, made, out, "team (owner)", at));
    let Some(team) = team else {
        out.unresolved_owners.push(Unresolved {
            owner: owner.clone().unwrap_or_default(),
            entity: entity.clone(),
            at: at.clone(),
        });
        out.problem(
            "service",
            &entity,
            at,
            "no group owner in `x-cortex-owners`, and a service needs a team",
        );
        return None;
    };
    service_fields(&mut d, info, at, &entity, team, known, out);
    service_links(&mut d, info, at, &entity, out);
    Some(d)
}

/// The service's name, team, tier, uses, description, system and lifecycle.
fn service_fields(
    d: &mut Draft,
    info: &Node,
    at: &At,
    entity: &str,
    team: String,
    known: &Known,
    out: &mut Mapped,
) {
    d.set_str("name", get(info, "title").and_then(scalar));
    d.set_str("team", Some(team));
    let meta = get(info, "x-cortex-custom-metadata");
    let groups: Vec<String> = seq(get(info, "x-cortex-groups"))
        .iter()
        .filter_map(scalar)
        .collect();
    let tier = meta
        .and_then(|m| get(m, "tier"))
        .and_then(scalar)
        .or_else(|| {
            groups
                .iter()
                .find(|g| g.to_ascii_lowercase().starts_with("tier"))
                .cloned()
        });
    if let Some(t) = tier {
        match super::tier(&t) {
            Some(n) => d.set("tier", Some(Val::Int(n))),
            None => out.unmapped(entity, "tier", &t, at, "not a tier (1, 2 or 3)"),
        }
    }
    let mut uses = BTreeSet::new();
    for dep in seq(get(info, "x-cortex-dependency")) {
        if let Some(c) = get(dep, "tag")
            .and_then(scalar)
            .as_deref()
            .and_then(slug)
            .filter(|c| known.has_capability(c))
        {
            uses.insert(c);
        }
    }
    d.list("uses", uses.into_iter().map(Item::Id).collect());
    d.set_str(
        "description",
        get(info, "description")
            .and_then(scalar)
            .as_deref()
            .and_then(first_line),
    );
    if let Some(p) = seq(get(info, "x-cortex-parents"))
        .first()
        .and_then(|p| get(p, "tag"))
        .and_then(scalar)
    {
        match slug(&p) {
            Some(s) => d.set_str("system", Some(s)),
            None => out.unmapped(entity, "system", &p, at, "cannot be made a slug"),
        }
    }
    if let Some(l) = meta.and_then(|m| get(m, "lifecycle")).and_then(scalar) {
        match slug(&l) {
            Some(s) => d.set_str("lifecycle", Some(s)),
            None => out.unmapped(entity, "lifecycle", &l, at, "cannot be made a slug"),
        }
    }
}

/// The service's repo, runbook and docs links, on-call, and the labels kept from
/// `x-cortex-groups` and `x-cortex-custom-metadata`.
fn service_links(d: &mut Draft, info: &Node, at: &At, entity: &str, out: &mut Mapped) {
    let meta = get(info, "x-cortex-custom-metadata");
    let groups: Vec<String> = seq(get(info, "x-cortex-groups"))
        .iter()
        .filter_map(scalar)
        .collect();
    if let Some(Node {
        value: Value::Map(m),
        ..
    }) = get(info, "x-cortex-git")
    {
        if let Some((k, v)) = m.first() {
            let provider = scalar(k).unwrap_or_default();
            let repo = get(v, "repository").and_then(scalar).unwrap_or_default();
            match repo_url(&repo, Some(&provider)) {
                Some(u) => d.set_str("repo", Some(u)),
                None => out.unmapped(
                    entity,
                    "repo",
                    &format!("{provider}:{repo}"),
                    at,
                    "no URL for this git provider",
                ),
            }
        }
    }
    for l in seq(get(info, "x-cortex-link")) {
        let (Some(url), ty) = (
            get(l, "url").and_then(scalar),
            get(l, "type")
                .and_then(scalar)
                .unwrap_or_default()
                .to_ascii_lowercase(),
        ) else {
            continue;
        };
        let field = match ty.as_str() {
            "runbook" => "runbook",
            "documentation" | "docs" => "docs",
            _ => continue,
        };
        first_link(d, out, entity, field, url, at);
    }
    if let Some(Node {
        value: Value::Map(m),
        ..
    }) = get(info, "x-cortex-oncall")
    {
        if let Some((k, v)) = m.first() {
            if let (Some(p), Some(oid)) = (scalar(k), get(v, "id").and_then(scalar)) {
                d.set_str("oncall", Some(format!("{}:{oid}", p.to_ascii_lowercase())));
            }
        }
    }
    if !groups.is_empty() {
        d.labels.insert("cortex/groups".into(), groups.join(","));
    }
    if let Some(Node {
        value: Value::Map(m),
        ..
    }) = meta
    {
        for (k, v) in m {
            if let (Some(k), Some(v)) = (scalar(k), scalar(v)) {
                if k != "tier" && k != "lifecycle" {
                    d.labels.insert(format!("cortex/{k}"), v);
                }
            }
        }
    }
}
