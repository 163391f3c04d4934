//! Cycles in a graph of ids, for `dependency-cycle` and `team-parent-cycle`.

use super::Ctx;
use crate::diag::RuleId;
use crate::model::{FileId, Sp};
use std::collections::{HashMap, VecDeque};

/// Nodes of a dependency graph: id, file, and edges (target id, span).
pub struct Graph<'a> {
    pub nodes: Vec<(&'a str, FileId, Vec<&'a Sp<String>>)>,
}

/// Finds strongly connected components (iterative Tarjan) and reports each
/// cycle once, starting from its smallest id.
pub fn report(cx: &mut Ctx, g: &Graph, what: &str, rule: RuleId) {
    let adj = adjacency(g);
    let mut found: Vec<(Vec<usize>, usize)> = components(&adj)
        .into_iter()
        .filter_map(|comp| shortest_cycle(g, &adj, &comp))
        .collect();
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
        let (msg, help) = if rule == RuleId::TeamParentCycle {
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

/// Each node's successors, by index (the first node of an id stands for it;
/// an edge to an unknown id is left out).
fn adjacency(g: &Graph) -> Vec<Vec<usize>> {
    let mut index_of: HashMap<&str, usize> = HashMap::with_capacity(g.nodes.len());
    for (i, (id, _, _)) in g.nodes.iter().enumerate() {
        index_of.entry(id).or_insert(i);
    }
    g.nodes
        .iter()
        .map(|(_, _, deps)| {
            deps.iter()
                .filter_map(|d| index_of.get(d.value.as_str()).copied())
                .collect()
        })
        .collect()
}

/// The strongly connected components that hold a cycle (more than one
/// node, or one with an edge to itself), by iterative Tarjan.
fn components(adj: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let n = adj.len();
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
                continue;
            }
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
                if comp.len() > 1 || adj[v].contains(&v) {
                    comps.push(comp);
                }
            }
        }
    }
    comps
}

/// The shortest way from a component's smallest id back to itself, within
/// the component (successors tried in id order): the path and its start.
fn shortest_cycle(g: &Graph, adj: &[Vec<usize>], comp: &[usize]) -> Option<(Vec<usize>, usize)> {
    let &start = comp.iter().min_by_key(|&&i| g.nodes[i].0)?;
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
    let mut v = end?;
    let mut path = vec![v];
    while v != start {
        v = *prev.get(&v)?;
        path.push(v);
    }
    path.reverse();
    Some((path, start))
}
