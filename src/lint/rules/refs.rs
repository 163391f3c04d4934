//! unknown-team, unknown-service, unknown-capability, unknown-roadmap-item,
//! unknown-intake, unknown-exception, unknown-theme, unknown-kpi, dependency-cycle,
//! team-parent-cycle.

use super::Ctx;
use crate::catalog::Kind;
use crate::diag::RuleId;
use crate::model::{FileId, Sp};
use std::collections::{HashMap, VecDeque};

fn rule_of(kind: Kind) -> RuleId {
    match kind {
        Kind::Team => RuleId::UnknownTeam,
        Kind::Service => RuleId::UnknownService,
        Kind::Capability => RuleId::UnknownCapability,
        Kind::Roadmap => RuleId::UnknownRoadmapItem,
        Kind::Intake => RuleId::UnknownIntake,
        Kind::Exception => RuleId::UnknownException,
        _ => RuleId::UnknownCapability,
    }
}

fn noun(kind: Kind) -> &'static str {
    match kind {
        Kind::Roadmap => "roadmap item",
        Kind::Intake => "intake request",
        k => k.noun(),
    }
}

/// Reports `r` when no entity of `kind` has that id. When a file of that
/// kind does not parse, the id may well be in it: the reference is only
/// counted, and reported once per kind as not checked.
fn need(cx: &mut Ctx, kind: Kind, file: FileId, field: &str, r: &Sp<String>) {
    if r.value.is_empty() || cx.cat.has_id(kind, &r.value) {
        return;
    }
    if cx.cat.broken_files(kind).next().is_some() {
        *cx.unchecked.entry(kind).or_insert(0) += 1;
        return;
    }
    let help = cx.suggest(kind, &r.value).or_else(|| {
        Some(format!(
            "no {} has this id: correct it, or add the {} under `{}/`",
            noun(kind),
            noun(kind),
            kind.dir()
        ))
    });
    cx.emit(
        rule_of(kind),
        file,
        r.span,
        format!("{field} `{}` is not a known {}", r.value, noun(kind)),
    )
    .help = help;
}

pub fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for t in &cat.teams {
        if let Some(p) = &t.parent {
            need(cx, Kind::Team, t.meta.file, "parent", p);
        }
    }
    for s in &cat.services {
        need(cx, Kind::Team, s.meta.file, "team", &s.team);
        for u in &s.uses {
            need(cx, Kind::Capability, s.meta.file, "uses", &u.capability);
        }
    }
    for c in &cat.capabilities {
        let f = c.meta.file;
        need(cx, Kind::Team, f, "owner", &c.owner);
        if let Some(teams) = c.eligible.as_ref().and_then(|e| e.teams.as_ref()) {
            for t in teams {
                need(cx, Kind::Team, f, "eligible team", t);
            }
        }
        for d in &c.depends_on {
            need(cx, Kind::Capability, f, "depends_on", d);
        }
    }
    for q in &cat.roadmap {
        let f = q.meta.file;
        for it in &q.items {
            need(cx, Kind::Team, f, "owner", &it.owner);
            if let Some(c) = &it.capability {
                need(cx, Kind::Capability, f, "capability", c);
            }
            for d in &it.depends_on {
                need(cx, Kind::Roadmap, f, "depends_on", d);
            }
            for i in &it.intake {
                need(cx, Kind::Intake, f, "intake", i);
            }
            if let Some(t) = &it.theme {
                if !q.themes.iter().any(|x| x.id.value == t.value) {
                    let help = crate::suggest::did_you_mean(
                        &t.value,
                        q.themes.iter().map(|x| x.id.value.as_str()),
                    )
                    .or_else(|| Some(format!("declare it under `themes:` in {}", cat.path(f))));
                    cx.emit(
                        RuleId::UnknownTheme,
                        f,
                        t.span,
                        format!("theme `{}` is not a theme of {}", t.value, q.quarter.value),
                    )
                    .help = help;
                }
            }
            if let Some(k) = &it.kpi {
                kpi(cx, f, k);
            }
        }
    }
    for d in &cat.deprecations {
        let f = d.meta.file;
        need(cx, Kind::Capability, f, "capability", &d.capability);
        if let Some(r) = &d.replacement {
            need(cx, Kind::Capability, f, "replacement", r);
        }
        for c in &d.consumers {
            need(cx, Kind::Service, f, "consumer", &c.service);
            if let Some(e) = &c.exception {
                need(cx, Kind::Exception, f, "exception", e);
            }
        }
    }
    for e in &cat.exceptions {
        let f = e.meta.file;
        if let Some(s) = &e.standard {
            need(cx, Kind::Capability, f, "standard", s);
        }
        if let Some(c) = &e.capability {
            need(cx, Kind::Capability, f, "capability", c);
        }
        need(cx, Kind::Team, f, "team", &e.team);
        if let Some(s) = &e.service {
            need(cx, Kind::Service, f, "service", s);
        }
    }
    for r in &cat.intake {
        let f = r.meta.file;
        need(cx, Kind::Team, f, "requester team", &r.requester.team);
        if let Some(c) = &r.capability {
            need(cx, Kind::Capability, f, "capability", c);
        }
        if let Some(d) = &r.duplicate_of {
            need(cx, Kind::Intake, f, "duplicate_of", d);
        }
        if let Some(i) = &r.roadmap_item {
            need(cx, Kind::Roadmap, f, "roadmap_item", i);
        }
    }
    for m in &cat.metrics {
        kpi(cx, m.meta.file, &m.kpi);
        if let Some(c) = &m.capability {
            need(cx, Kind::Capability, m.meta.file, "capability", c);
        }
        if let Some(s) = &m.service {
            need(cx, Kind::Service, m.meta.file, "service", s);
        }
    }
    for s in &cat.surveys {
        if let Some(c) = &s.capability {
            need(cx, Kind::Capability, s.meta.file, "capability", c);
        }
    }
    cycles(cx);
    unchecked(cx);
}

/// One finding per kind whose references could not all be checked, on the
/// first file of that kind that does not parse.
fn unchecked(cx: &mut Ctx) {
    let cat = cx.cat;
    let mut kinds: Vec<(Kind, usize)> = cx.unchecked.iter().map(|(k, n)| (*k, *n)).collect();
    kinds.sort_by_key(|(k, _)| k.dir());
    for (kind, n) in kinds {
        let broken: Vec<FileId> = cat.broken_files(kind).collect();
        let Some(&first) = broken.first() else {
            continue;
        };
        let what = match broken.len() {
            1 => format!("{} does not parse", cat.path(first)),
            2 => format!("{} and 1 other file do not parse", cat.path(first)),
            k => format!("{} and {} other files do not parse", cat.path(first), k - 1),
        };
        let refs = if n == 1 { "reference" } else { "references" };
        let span = crate::model::Span {
            line: 1,
            col: 1,
            offset: 0,
            len: 0,
        };
        cx.emit(
            RuleId::UncheckedReferences,
            first,
            span,
            format!("{n} {refs} to {} not checked: {what}", kind.dir()),
        )
        .help = Some(format!(
            "fix this file first; references to {} are checked again once every file of that kind parses",
            kind.dir()
        ));
    }
}

/// A KPI id must be in the registry or declared in platctl.yaml `kpis`.
fn kpi(cx: &mut Ctx, file: FileId, k: &Sp<String>) {
    let cat = cx.cat;
    let custom = cat
        .config
        .kpis
        .iter()
        .any(|x| x.id.value == k.value && x.unit.is_some());
    if crate::kpi::registry::find(&k.value).is_some() || custom {
        return;
    }
    let names = crate::kpi::registry::IDS
        .iter()
        .copied()
        .chain(cat.config.kpis.iter().map(|x| x.id.value.as_str()));
    let help = crate::suggest::did_you_mean(&k.value, names).or_else(|| {
        Some(
            "declare a KPI of your own under `kpis:` in platctl.yaml, with `unit` and `better`"
                .into(),
        )
    });
    cx.emit(
        RuleId::UnknownKpi,
        file,
        k.span,
        format!("KPI `{}` is not a known KPI", k.value),
    )
    .help = help;
}

/// Nodes of a dependency graph: id, file, and edges (target id, span).
struct Graph<'a> {
    nodes: Vec<(&'a str, FileId, Vec<&'a Sp<String>>)>,
}

fn cycles(cx: &mut Ctx) {
    let cat = cx.cat;
    let caps = Graph {
        nodes: cat
            .capabilities
            .iter()
            .map(|c| {
                (
                    c.id.value.as_str(),
                    c.meta.file,
                    c.depends_on.iter().collect(),
                )
            })
            .collect(),
    };
    report_cycles(cx, &caps, "capability", RuleId::DependencyCycle);
    let items = Graph {
        nodes: cat
            .items()
            .map(|(_, i)| {
                (
                    i.id.value.as_str(),
                    i.meta.file,
                    i.depends_on.iter().collect(),
                )
            })
            .collect(),
    };
    report_cycles(cx, &items, "roadmap item", RuleId::DependencyCycle);
    let teams = Graph {
        nodes: cat
            .teams
            .iter()
            .map(|t| (t.id.value.as_str(), t.meta.file, t.parent.iter().collect()))
            .collect(),
    };
    report_cycles(cx, &teams, "team parent", RuleId::TeamParentCycle);
}

/// Finds strongly connected components (iterative Tarjan) and reports each
/// cycle once, starting from its smallest id.
fn report_cycles(cx: &mut Ctx, g: &Graph, what: &str, rule: RuleId) {
    let n = g.nodes.len();
    let mut index_of: HashMap<&str, usize> = HashMap::with_capacity(n);
    for (i, (id, _, _)) in g.nodes.iter().enumerate() {
        index_of.entry(id).or_insert(i);
    }
    let adj: Vec<Vec<usize>> = g
        .nodes
        .iter()
        .map(|(_, _, deps)| {
            deps.iter()
                .filter_map(|d| index_of.get(d.value.as_str()).copied())
                .collect()
        })
        .collect();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0usize; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut next = 0usize;
    let mut comps: Vec<Vec<usize>> = Vec::new();
    for s in 0..n {
        if index[s] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(s, 0)];
        while let Some(&mut (v, ref mut ei)) = work.last_mut() {
            if *ei == 0 && index[v] == usize::MAX {
                index[v] = next;
                low[v] = next;
                next += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if *ei < adj[v].len() {
                let w = adj[v][*ei];
                *ei += 1;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
            } else {
                work.pop();
                if let Some(&(p, _)) = work.last() {
                    low[p] = low[p].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut comp = Vec::new();
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        comp.push(w);
                        if w == v {
                            break;
                        }
                    }
                    let self_loop = adj[v].contains(&v);
                    if comp.len() > 1 || self_loop {
                        comps.push(comp);
                    }
                }
            }
        }
    }
    let mut found: Vec<(Vec<usize>, usize)> = Vec::new();
    for comp in comps {
        let Some(&start) = comp.iter().min_by_key(|&&i| g.nodes[i].0) else {
            continue;
        };
        // Shortest way back to the start within the component.
        let inside: std::collections::HashSet<usize> = comp.iter().copied().collect();
        let mut prev: HashMap<usize, usize> = HashMap::new();
        let mut q = VecDeque::new();
        q.push_back(start);
        let mut end = None;
        'bfs: while let Some(v) = q.pop_front() {
            let mut succ: Vec<usize> = adj[v]
                .iter()
                .copied()
                .filter(|w| inside.contains(w))
                .collect();
            succ.sort_by_key(|&w| g.nodes[w].0);
            for w in succ {
                if w == start {
                    end = Some(v);
                    break 'bfs;
                }
                if let std::collections::hash_map::Entry::Vacant(e) = prev.entry(w) {
                    e.insert(v);
                    q.push_back(w);
                }
            }
        }
        let Some(mut v) = end else { continue };
        let mut path = vec![v];
        while v != start {
            v = prev[&v];
            path.push(v);
        }
        path.reverse();
        found.push((path, start));
    }
    found.sort_by_key(|(_, s)| g.nodes[*s].0);
    for (path, start) in found {
        let names: Vec<&str> = path
            .iter()
            .map(|&i| g.nodes[i].0)
            .chain([g.nodes[start].0])
            .collect();
        let next = path.get(1).copied().unwrap_or(start);
        let (_, file, deps) = &g.nodes[start];
        let Some(edge) = deps.iter().find(|d| d.value == g.nodes[next].0) else {
            continue;
        };
        let (msg, help) = if rule == "team-parent-cycle" {
            (
                format!("{what} cycle: {}", names.join(" → ")),
                "a team's `parent` is the group above it: one of these must not be above the other",
            )
        } else {
            (
                format!("{what} dependency cycle: {}", names.join(" → ")),
                "break the cycle: one of these must not depend on the other",
            )
        };
        cx.emit(rule, *file, edge.span, msg).help = Some(help.into());
    }
}
