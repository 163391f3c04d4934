//! From drafts to file texts: a new file in the format's field order for a
//! new entity; for an existing one, the mapped fields set in place (every
//! other field and comment kept, list items added, never removed).

use super::{
    Conflict, Draft, FileRow, Item, KindCount, KindStats, Mapped, Missing, Problem, Report, Source,
    Val, SOURCE_LABEL,
};
use crate::catalog::yaml::{parse_documents, Node, Value};
use crate::catalog::{Catalog, Kind};
use crate::model::{Labels, Meta};
use crate::store::edit::{append_items, edit_mapping, Change as Edit};
use crate::store::yaml_text::scalar;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

/// One file to write (`new` Some) or remove (`new` None).
#[derive(Clone, Debug)]
pub struct Change {
    pub path: String,
    pub kind: Kind,
    pub old: Option<String>,
    pub new: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
enum Action {
    Created,
    Updated,
    Unchanged,
    Skipped(String),
}

#[derive(Clone, Debug)]
struct Entry {
    source_kind: String,
    entity: String,
    at: super::At,
    path: Option<String>,
    action: Action,
}

/// What an import would do, before validation.
#[derive(Clone, Debug)]
pub struct Plan {
    pub source: Source,
    pub changes: Vec<Change>,
    entries: Vec<Entry>,
    /// Shared: after a write, a rerun planned in memory may map the same.
    mapped: Arc<Mapped>,
    conflicts: Vec<Conflict>,
    missing: Vec<Missing>,
}

fn order(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Team => crate::model::Team::FIELDS,
        Kind::Service => crate::model::Service::FIELDS,
        _ => crate::model::Capability::FIELDS,
    }
}

fn existing<'a>(cat: &'a Catalog, kind: Kind, id: &str) -> Option<(Meta, &'a Labels)> {
    match kind {
        Kind::Team => cat.team(id).map(|x| (x.meta, &x.labels)),
        Kind::Service => cat.service(id).map(|x| (x.meta, &x.labels)),
        Kind::Capability => cat.capability(id).map(|x| (x.meta, &x.labels)),
        _ => None,
    }
}

/// The YAML text of a list item: (block form, its lines; flow form).
fn item_text(item: &Item) -> (Vec<String>, String) {
    match item {
        Item::Id(s) => (vec![scalar(s)], scalar(s)),
        Item::Map(m) => (
            m.iter()
                .map(|(k, v)| format!("{k}: {}", scalar(v)))
                .collect(),
            format!(
                "{{{}}}",
                m.iter()
                    .map(|(k, v)| format!("{k}: {}", scalar(v)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ),
    }
}

fn block_list(items: &[Item], pad: &str) -> String {
    let mut s = String::new();
    for it in items {
        let (lines, _) = item_text(it);
        for (i, l) in lines.iter().enumerate() {
            let lead = if i == 0 { "- " } else { "  " };
            s.push_str(&format!("\n{pad}  {lead}{l}"));
        }
    }
    s
}

fn block_map(labels: &BTreeMap<String, String>, pad: &str) -> String {
    labels
        .iter()
        .map(|(k, v)| format!("\n{pad}  {}: {}", scalar(k), scalar(v)))
        .collect()
}

fn block_vals(entries: &[(String, Val)], pad: &str) -> String {
    entries
        .iter()
        .map(|(k, v)| format!("\n{pad}  {}: {}", scalar(k), v.yaml()))
        .collect()
}

/// Sets `entries` in the mapping field `field` of the entity (present and a mapping).
fn merge_map(
    out: &str,
    id: &str,
    field: &str,
    entries: &[(String, Val)],
) -> Result<String, String> {
    let docs = parse_documents(out).map_err(|e| format!("cannot be read again: {}", e.message))?;
    let map = find_entity(&docs, id).ok_or("the entity's mapping was not found")?;
    let Some(ln) = entry(map, field).filter(|n| matches!(n.value, Value::Map(_))) else {
        return Err(format!("`{field}` is not a mapping"));
    };
    let mut keys: Vec<String> = match &ln.value {
        Value::Map(m) => m
            .iter()
            .filter_map(|(k, _)| key_str(k).map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    let mut edits = Vec::new();
    for (k, v) in entries {
        if scalar(k) != *k {
            continue;
        }
        match entry(ln, k) {
            Some(n) if scalar_text(n).is_some_and(|t| t == v.text()) => {}
            _ => {
                edits.push(Edit::Set(k.clone(), v.yaml()));
                keys.push(k.clone());
            }
        }
    }
    if edits.is_empty() {
        return Ok(out.to_string());
    }
    if field == "labels" {
        keys.sort();
    }
    keys.dedup();
    let order: Vec<&str> = keys.iter().map(String::as_str).collect();
    edit_mapping(out, ln, &edits, &order).map_err(|e| e.to_string())
}

/// The text of a new file for `d` (without the schema header).
pub fn render(d: &Draft, extra_labels: &[(&str, &str)]) -> String {
    let mut s = String::with_capacity(512);
    render_into(&mut s, d, extra_labels);
    s
}

fn render_into(s: &mut String, d: &Draft, extra_labels: &[(&str, &str)]) {
    use crate::store::yaml_text::push_scalar;
    s.push_str("id: ");
    s.push_str(&d.id);
    s.push('\n');
    for key in order(d.kind) {
        if let Some(v) = d.field(key) {
            s.push_str(key);
            s.push_str(": ");
            v.push_yaml(s);
            s.push('\n');
        }
        if let Some((_, items)) = d.lists.iter().find(|(k, _)| k == key) {
            s.push_str(key);
            s.push(':');
            // As block_list writes them, without padding.
            for it in items {
                match it {
                    Item::Id(v) => {
                        s.push_str("\n  - ");
                        push_scalar(s, v);
                    }
                    Item::Map(m) => {
                        for (i, (k, v)) in m.iter().enumerate() {
                            s.push_str(if i == 0 { "\n  - " } else { "\n    " });
                            s.push_str(k);
                            s.push_str(": ");
                            push_scalar(s, v);
                        }
                    }
                }
            }
            s.push('\n');
        }
        if let Some((_, entries)) = d.maps.iter().find(|(k, _)| k == key) {
            s.push_str(key);
            s.push(':');
            for (k, v) in entries {
                s.push_str("\n  ");
                push_scalar(s, k);
                s.push_str(": ");
                v.push_yaml(s);
            }
            s.push('\n');
        }
    }
    // The draft's labels (sorted) and the extra ones (which win), in key order.
    let mut extra: Vec<(&str, &str)> = extra_labels.to_vec();
    extra.sort_by(|a, b| a.0.cmp(b.0));
    extra.dedup_by(|later, earlier| {
        let same = later.0 == earlier.0;
        if same {
            earlier.1 = later.1;
        }
        same
    });
    if d.labels.is_empty() && extra.is_empty() {
        return;
    }
    s.push_str("labels:");
    let mut label = |k: &str, v: &str| {
        s.push_str("\n  ");
        push_scalar(s, k);
        s.push_str(": ");
        push_scalar(s, v);
    };
    let mut extra = extra.into_iter().peekable();
    for (k, v) in &d.labels {
        let mut replaced = false;
        while let Some((ek, ev)) = extra.next_if(|(ek, _)| *ek <= k.as_str()) {
            replaced = ek == k;
            label(ek, ev);
        }
        if !replaced {
            label(k, v);
        }
    }
    for (ek, ev) in extra {
        label(ek, ev);
    }
    s.push('\n');
}

fn key_str(n: &Node) -> Option<&str> {
    match &n.value {
        Value::Str(s) => Some(s),
        _ => None,
    }
}

fn entry<'a>(map: &'a Node, key: &str) -> Option<&'a Node> {
    match &map.value {
        Value::Map(m) => m
            .iter()
            .find(|(k, _)| key_str(k) == Some(key))
            .map(|(_, v)| v),
        _ => None,
    }
}

fn scalar_text(n: &Node) -> Option<String> {
    super::backstage::scalar(n)
}

/// The mapping of the entity `id` in `text`.
fn find_entity<'a>(docs: &'a [Node], id: &str) -> Option<&'a Node> {
    docs.iter().find(|d| {
        entry(d, "id")
            .and_then(scalar_text)
            .is_some_and(|v| v == id)
    })
}

fn pad_of(map: &Node) -> String {
    match &map.value {
        Value::Map(m) => m
            .first()
            .map(|(k, _)| " ".repeat(k.span.col.saturating_sub(1) as usize))
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// Parses `text` again after an edit.
fn reparse(text: &str) -> Result<Vec<Node>, String> {
    parse_documents(text).map_err(|e| format!("cannot be read again: {}", e.message))
}

/// The keys of a list's items: the `capability` or `name` of a mapping, the
/// text of a scalar.
fn present_keys(have: &[Node]) -> HashSet<String> {
    have.iter()
        .filter_map(|n| match &n.value {
            Value::Map(_) => entry(n, "capability")
                .or_else(|| entry(n, "name"))
                .and_then(scalar_text),
            _ => scalar_text(n),
        })
        .collect()
}

/// Whether the mapping's field `k` is absent or null.
fn absent(map: &Node, k: &str) -> bool {
    entry(map, k).is_none_or(|n| matches!(n.value, Value::Null))
}

/// What the later passes of [`merge_into`] must do, seen on the first parse
/// (they parse again only then).
struct Later {
    /// For each map of the draft: absent from the file (set whole) or already equal.
    maps_absent: Vec<bool>,
    /// Whether a label of the draft differs from the file's.
    labels_differ: bool,
    /// For each list of the draft: present in the file and lacking an item.
    lists_todo: Vec<bool>,
}

/// `text` with `d`'s fields set on the entity's mapping.
pub fn merge_into(text: &str, d: &Draft) -> Result<String, String> {
    let docs = reparse(text)?;
    let map = find_entity(&docs, &d.id).ok_or("the entity's mapping was not found")?;
    let edits = first_edits(map, d);
    let labels_absent = absent(map, "labels");
    let later = later_passes(map, d);
    let mut out = if edits.is_empty() {
        text.to_string()
    } else {
        edit_mapping(text, map, &edits, order(d.kind)).map_err(|e| e.to_string())?
    };
    for ((k, entries), was_absent) in d.maps.iter().zip(later.maps_absent) {
        if !was_absent {
            out = merge_map(&out, &d.id, k, entries)?;
        }
    }
    if !labels_absent && !d.labels.is_empty() && later.labels_differ {
        let entries: Vec<(String, Val)> = d
            .labels
            .iter()
            .map(|(k, v)| (k.clone(), Val::Str(v.clone())))
            .collect();
        out = merge_map(&out, &d.id, "labels", &entries)?;
    }
    // Lists: add the items the file lacks.
    for ((k, items), todo) in d.lists.iter().zip(later.lists_todo) {
        if todo {
            out = add_items(out, d, k, items)?;
        }
    }
    Ok(out)
}

/// The edits of one pass over the mapping: the fields that differ, and the
/// lists, maps and labels the file does not have.
fn first_edits(map: &Node, d: &Draft) -> Vec<Edit> {
    let pad = pad_of(map);
    let mut edits = Vec::new();
    for (k, v) in &d.fields {
        match entry(map, k) {
            Some(n) if scalar_text(n).is_some_and(|t| t == v.text()) => {}
            _ => edits.push(Edit::Set((*k).to_string(), v.yaml())),
        }
    }
    for (k, items) in &d.lists {
        if absent(map, k) {
            edits.push(Edit::Set((*k).to_string(), block_list(items, &pad)));
        }
    }
    for (k, entries) in &d.maps {
        if absent(map, k) {
            edits.push(Edit::Set((*k).to_string(), block_vals(entries, &pad)));
        }
    }
    if absent(map, "labels") && !d.labels.is_empty() {
        edits.push(Edit::Set("labels".into(), block_map(&d.labels, &pad)));
    }
    edits
}

/// What the passes after the first must merge, as the first parse shows it.
fn later_passes(map: &Node, d: &Draft) -> Later {
    let differs = |field: &str, entries: Vec<(&String, String)>| -> bool {
        let node = entry(map, field);
        entries.into_iter().any(|(k, v)| {
            scalar(k) == *k && node.and_then(|n| entry(n, k)).and_then(scalar_text) != Some(v)
        })
    };
    let maps_absent: Vec<bool> = d
        .maps
        .iter()
        .map(|(k, entries)| {
            absent(map, k) || !differs(k, entries.iter().map(|(a, b)| (a, b.text())).collect())
        })
        .collect();
    let labels_differ = differs(
        "labels",
        d.labels.iter().map(|(a, b)| (a, b.clone())).collect(),
    );
    let list_missing = |k: &str, items: &[Item]| -> bool {
        let Some(Node {
            value: Value::Seq(have),
            ..
        }) = entry(map, k)
        else {
            return true;
        };
        let present = present_keys(have);
        items.iter().any(|i| !present.contains(i.key()))
    };
    let lists_todo: Vec<bool> = d
        .lists
        .iter()
        .map(|(k, items)| !absent(map, k) && list_missing(k, items))
        .collect();
    Later {
        maps_absent,
        labels_differ,
        lists_todo,
    }
}

/// `out` with the items of the list `k` it lacks appended.
fn add_items(out: String, d: &Draft, k: &str, items: &[Item]) -> Result<String, String> {
    let docs = reparse(&out)?;
    let map = find_entity(&docs, &d.id).ok_or("the entity's mapping was not found")?;
    let Some(seq) = entry(map, k) else {
        return Ok(out);
    };
    let Value::Seq(have) = &seq.value else {
        return Err(format!("`{k}` is not a list"));
    };
    let present = present_keys(have);
    let add: Vec<(Vec<String>, String)> = items
        .iter()
        .filter(|i| !present.contains(i.key()))
        .map(item_text)
        .collect();
    if add.is_empty() {
        Ok(out)
    } else {
        append_items(&out, seq, &add).map_err(|e| e.to_string())
    }
}

/// The first line of a new file of a kind (the schema header), if any.
pub type Header<'a> = &'a (dyn Fn(Kind) -> Option<String> + Sync);

/// The path of the file import creates for `d`.
pub fn path_of(d: &Draft) -> String {
    format!("{}/{}.yaml", d.kind.dir(), d.id)
}

/// The whole text import writes for `d` as a new file.
pub fn fresh_text(d: &Draft, source: Source, header: Header) -> String {
    let mut s = String::with_capacity(768);
    if let Some(h) = header(d.kind) {
        s.push_str(h.trim_end());
        s.push('\n');
    }
    render_into(&mut s, d, &[(SOURCE_LABEL, source.name())]);
    s
}

/// For each draft of `kind` whose file is among `present` (the first draft
/// of each id, as [`plan`] takes it): its path and the text import would
/// write there. A file that holds exactly that text is unchanged by a
/// rerun, which is known without parsing it.
pub fn expected(
    mapped: &Mapped,
    kind: Kind,
    source: Source,
    header: Header,
    present: &HashSet<String>,
) -> HashMap<String, String> {
    expected_with(mapped, kind, source, header, present, &mut HashMap::new())
}

/// [`expected`], taking the text of a path from `rendered` where it is
/// there: the text a [`plan`] of the same `mapped` (and `source` and
/// `header`) created at that path, which is the one it would render.
pub fn expected_with(
    mapped: &Mapped,
    kind: Kind,
    source: Source,
    header: Header,
    present: &HashSet<String>,
    rendered: &mut HashMap<String, String>,
) -> HashMap<String, String> {
    use rayon::prelude::*;
    let mut seen: HashSet<&str> = HashSet::new();
    let wanted: Vec<(String, &Draft, Option<String>)> = mapped
        .drafts
        .iter()
        .filter(|d| d.kind == kind && seen.insert(d.id.as_str()))
        .map(|d| (path_of(d), d))
        .filter(|(p, _)| present.contains(p))
        .map(|(p, d)| {
            let text = rendered.remove(&p);
            (p, d, text)
        })
        .collect();
    wanted
        .into_par_iter()
        .map(|(p, d, text)| {
            let text = text.unwrap_or_else(|| fresh_text(d, source, header));
            (p, text)
        })
        .collect()
}

/// Plans the import of `mapped` into `cat`. `header(kind)` is the first
/// line of a new file of that kind, if any. `unchanged` are files left out
/// of `cat` because they hold exactly what [`expected`] says import writes
/// there: their entity is unchanged.
pub fn plan(
    cat: &Catalog,
    source: Source,
    mapped: Arc<Mapped>,
    prune: bool,
    header: Header,
    unchanged: &HashSet<String>,
) -> Plan {
    let ctx = Ctx {
        cat,
        source,
        header,
        unchanged,
        prune,
    };
    let planned = plan_drafts(&ctx, &mapped);
    let (missing, removals) = gone(&ctx, &mapped, &planned.work);
    let mut changes: Vec<Change> = planned
        .work
        .into_iter()
        .filter(|(_, (_, old, new))| old.as_deref() != Some(new.as_str()))
        .map(|(path, (kind, old, new))| Change {
            path,
            kind,
            old,
            new: Some(new),
        })
        .collect();
    changes.extend(removals);
    changes.sort_by(|a, b| a.path.cmp(&b.path));
    Plan {
        source,
        changes,
        entries: planned.entries,
        mapped,
        conflicts: planned.conflicts,
        missing,
    }
}

/// What planning an import reads, the same for every draft.
struct Ctx<'c> {
    cat: &'c Catalog,
    source: Source,
    header: Header<'c>,
    /// Files left out of the catalog because import would write them as they are.
    unchanged: &'c HashSet<String>,
    prune: bool,
}

/// Files import writes, by path: (kind, the text before if any, the text after).
type Work = BTreeMap<String, (Kind, Option<String>, String)>;

/// What planning the drafts decided so far.
#[derive(Default)]
struct Planned {
    work: Work,
    entries: Vec<Entry>,
    conflicts: Vec<Conflict>,
}

/// Each draft's entry in the plan, and the files the drafts write.
fn plan_drafts(ctx: &Ctx, mapped: &Mapped) -> Planned {
    use rayon::prelude::*;
    let (cat, source, header, unchanged) = (ctx.cat, ctx.source, ctx.header, ctx.unchanged);
    let mut planned = Planned::default();
    let mut seen: HashMap<(Kind, String), super::At> = HashMap::new();
    let mut paths: HashSet<&str> = cat.files.iter().map(|f| f.path.as_str()).collect();
    paths.extend(unchanged.iter().map(String::as_str));
    // The text of each new file, rendered in parallel: a draft of no file yet
    // needs it, and so does one whose file import wrote (compared as is).
    let mut fresh: Vec<Option<String>> = mapped
        .drafts
        .par_iter()
        .map(|d| {
            let needed = match existing(cat, d.kind, &d.id) {
                None => !unchanged.contains(&path_of(d)),
                Some((_, labels)) => labels.contains_key(SOURCE_LABEL),
            };
            needed.then(|| fresh_text(d, source, header))
        })
        .collect();
    for (d, fresh) in mapped.drafts.iter().zip(fresh.iter_mut()) {
        let entity = d.entity();
        let mut e = Entry {
            source_kind: d.source_kind.clone(),
            entity: entity.clone(),
            at: d.at.clone(),
            path: None,
            action: Action::Unchanged,
        };
        let key = (d.kind, d.id.clone());
        if let Some(first) = seen.get(&key) {
            planned.conflicts.push(Conflict {
                entity: entity.clone(),
                first: first.to_string(),
                second: d.at.clone(),
            });
            e.action = Action::Skipped(format!(
                "{entity} is also named at {first}; the first is imported"
            ));
            planned.entries.push(e);
            continue;
        }
        seen.insert(key, d.at.clone());
        let path = path_of(d);
        if unchanged.contains(&path) {
            e.path = Some(path);
        } else if let Some(found) = existing(cat, d.kind, &d.id) {
            plan_existing(ctx, d, found, fresh, &mut planned, &mut e);
        } else if planned.work.contains_key(&path) || paths.contains(path.as_str()) {
            e.action = Action::Skipped(format!("{path} exists and does not declare {entity}"));
        } else {
            let text = match fresh.take() {
                Some(t) => t,
                None => fresh_text(d, source, header),
            };
            planned.work.insert(path.clone(), (d.kind, None, text));
            e.action = Action::Created;
            e.path = Some(path);
        }
        planned.entries.push(e);
    }
    planned
}

/// The entry of a draft whose entity the catalog has: skipped when another
/// source imported it, unchanged when its file holds what import would
/// write, else the draft merged into the file's text.
fn plan_existing(
    ctx: &Ctx,
    d: &Draft,
    (meta, labels): (Meta, &Labels),
    fresh: &mut Option<String>,
    planned: &mut Planned,
    e: &mut Entry,
) {
    let (cat, source, header) = (ctx.cat, ctx.source, ctx.header);
    let entity = &e.entity;
    if let Some(other) = labels.get(SOURCE_LABEL).filter(|s| *s != source.name()) {
        planned.conflicts.push(Conflict {
            entity: entity.clone(),
            first: format!("the import from {other}"),
            second: d.at.clone(),
        });
        e.action = Action::Skipped(format!(
            "{entity} was imported from {other}; two sources are not merged"
        ));
        return;
    }
    let work = &mut planned.work;
    let path = cat.path(meta.file).to_string();
    // A file import wrote and nobody touched: the same text again means no change
    // (checked without parsing it, which is most of the cost of a rerun).
    if !work.contains_key(&path) && labels.contains_key(SOURCE_LABEL) {
        let text = fresh.get_or_insert_with(|| fresh_text(d, source, header));
        if *text == cat.text(meta.file) {
            e.path = Some(path);
            return;
        }
    }
    let current = match work.get(&path) {
        Some((_, _, t)) => t.clone(),
        None => cat.text(meta.file).to_string(),
    };
    match merge_into(&current, d) {
        Ok(new) => {
            let changed = new != current;
            let slot = work
                .entry(path.clone())
                .or_insert_with(|| (d.kind, Some(current.clone()), current.clone()));
            slot.2 = new;
            e.action = if changed {
                Action::Updated
            } else {
                Action::Unchanged
            };
            e.path = Some(path);
        }
        Err(why) => e.action = Action::Skipped(format!("{path}: {why}")),
    }
}

/// Entities import created from this source that it no longer names, and
/// the removals of their files when pruning may remove them.
fn gone(ctx: &Ctx, mapped: &Mapped, work: &Work) -> (Vec<Missing>, Vec<Change>) {
    // Entities import created whose source is gone.
    let mut named: HashSet<String> = mapped.drafts.iter().map(Draft::entity).collect();
    named.extend(mapped.skipped.iter().map(|p| p.entity.clone()));
    // A team that drafts still name is not gone (an owner found in the catalog).
    for d in &mapped.drafts {
        for f in ["team", "owner", "parent"] {
            if let Some(v) = d.field(f) {
                named.insert(format!("teams/{}", v.text()));
            }
        }
    }
    let mut missing = Vec::new();
    let mut removals = Vec::new();
    let mine = |l: &Labels| l.get(SOURCE_LABEL).is_some_and(|s| s == ctx.source.name());
    let mut created: Vec<(Kind, &str, Meta)> = Vec::new();
    created.extend(
        ctx.cat
            .teams
            .iter()
            .filter(|x| mine(&x.labels))
            .map(|x| (Kind::Team, x.id.value.as_str(), x.meta)),
    );
    created.extend(
        ctx.cat
            .services
            .iter()
            .filter(|x| mine(&x.labels))
            .map(|x| (Kind::Service, x.id.value.as_str(), x.meta)),
    );
    created.extend(
        ctx.cat
            .capabilities
            .iter()
            .filter(|x| mine(&x.labels))
            .map(|x| (Kind::Capability, x.id.value.as_str(), x.meta)),
    );
    let unread = mapped.skipped.iter().any(|p| p.kind == "file");
    let mut per_file: HashMap<crate::model::FileId, usize> = HashMap::new();
    for x in &ctx.cat.declared {
        *per_file.entry(x.file).or_default() += 1;
    }
    for (kind, id, meta) in created {
        let entity = format!("{}/{id}", kind.dir());
        if named.contains(&entity) {
            continue;
        }
        let path = ctx.cat.path(meta.file).to_string();
        let alone = per_file.get(&meta.file).copied().unwrap_or(0) == 1;
        let pruned = ctx.prune && alone && !unread && !work.contains_key(&path);
        if pruned {
            removals.push(Change {
                path: path.clone(),
                kind,
                old: Some(ctx.cat.text(meta.file).to_string()),
                new: None,
            });
        }
        missing.push(Missing {
            entity,
            path,
            pruned,
        });
    }
    missing.sort_by(|a, b| a.entity.cmp(&b.entity));
    (missing, removals)
}

impl Plan {
    /// The report, once validation has refused `refused` (path -> why).
    pub fn report(
        &self,
        refused: &BTreeMap<String, String>,
        dry_run: bool,
        commit: Option<String>,
    ) -> Report {
        let mut kinds: BTreeMap<String, KindStats> = BTreeMap::new();
        let mut skipped: Vec<Problem> = self.mapped.skipped.clone();
        for p in &self.mapped.skipped {
            kinds.entry(p.kind.clone()).or_default().skipped += 1;
        }
        for e in &self.entries {
            let st = kinds.entry(e.source_kind.clone()).or_default();
            let refusal = e.path.as_ref().and_then(|p| refused.get(p));
            match (&e.action, refusal) {
                (Action::Skipped(why), _) => {
                    st.skipped += 1;
                    skipped.push(Problem {
                        kind: e.source_kind.clone(),
                        entity: e.entity.clone(),
                        at: e.at.clone(),
                        message: why.clone(),
                    });
                }
                (_, Some(why)) => {
                    st.skipped += 1;
                    skipped.push(Problem {
                        kind: e.source_kind.clone(),
                        entity: e.entity.clone(),
                        at: e.at.clone(),
                        message: why.clone(),
                    });
                }
                (Action::Created, None) => st.imported += 1,
                (Action::Updated, None) => st.updated += 1,
                (Action::Unchanged, None) => st.unchanged += 1,
            }
        }
        skipped.sort_by(|a, b| (&a.at, &a.entity).cmp(&(&b.at, &b.entity)));
        let mut unmapped = self.mapped.unmapped.clone();
        unmapped.sort_by(|a, b| (&a.at, &a.field).cmp(&(&b.at, &b.field)));
        let mut owners = self.mapped.unresolved_owners.clone();
        owners.sort_by(|a, b| a.at.cmp(&b.at));
        Report {
            version: 1,
            source: self.source.name(),
            dry_run,
            kinds: kinds
                .into_iter()
                .map(|(k, mut v)| {
                    v.kind = k;
                    v
                })
                .collect(),
            skipped_kinds: self
                .mapped
                .skipped_kinds
                .iter()
                .map(|(k, n)| KindCount {
                    kind: k.clone(),
                    count: *n,
                })
                .collect(),
            skipped,
            unresolved_owners: owners,
            unmapped,
            conflicts: self.conflicts.clone(),
            not_read: self.mapped.not_read.clone(),
            missing: self.missing.clone(),
            files: self
                .changes
                .iter()
                .filter(|c| !refused.contains_key(&c.path))
                .map(|c| FileRow {
                    path: c.path.clone(),
                    action: match (&c.old, &c.new) {
                        (None, _) => "created",
                        (_, None) => "removed",
                        _ => "updated",
                    },
                })
                .collect(),
            commit,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::{At, Val};

    fn draft() -> Draft {
        let mut d = Draft::new(
            Kind::Service,
            "pay",
            "Component",
            At {
                file: "f".into(),
                line: 1,
            },
        );
        d.set_str("team", Some("team-a".into()));
        d.set_str("description", Some("Takes: money".into()));
        d.set("tier", Some(Val::Int(1)));
        d.list("uses", vec![Item::Id("ci".into()), Item::Id("sso".into())]);
        d.labels.insert("backstage/tags".into(), "java".into());
        d
    }

    #[test]
    fn renders_in_field_order() {
        assert_eq!(
            render(&draft(), &[(SOURCE_LABEL, "backstage")]),
            "id: pay\nteam: team-a\ntier: 1\nuses:\n  - ci\n  - sso\ndescription: \"Takes: money\"\nlabels:\n  backstage/tags: java\n  import/source: backstage\n"
        );
    }

    #[test]
    fn extra_labels_take_their_place_in_key_order_and_win() {
        let mut d = Draft::new(
            Kind::Team,
            "t",
            "Group",
            At {
                file: "f".into(),
                line: 1,
            },
        );
        d.labels.insert("b".into(), "one".into());
        d.labels.insert("import/source".into(), "hand".into());
        d.labels.insert("z".into(), "two".into());
        assert_eq!(
            render(&d, &[("zz", "last"), (SOURCE_LABEL, "backstage"), ("a", "first")]),
            "id: t\nlabels:\n  a: first\n  b: one\n  import/source: backstage\n  z: two\n  zz: last\n"
        );
        assert_eq!(
            render(&d, &[("a", "x"), ("a", "y")]),
            "id: t\nlabels:\n  a: y\n  b: one\n  import/source: hand\n  z: two\n"
        );
        d.labels.clear();
        assert_eq!(render(&d, &[]), "id: t\n");
        assert_eq!(render(&d, &[("k", "v")]), "id: t\nlabels:\n  k: v\n");
    }

    #[test]
    fn merges_keeping_comments_and_hand_added_items() {
        let text = "# ours\nid: pay\nteam: team-b   # moved?\nuses:\n  - capability: db\n    since: 2026-01-01\nfacts:\n  sbom: true\nlabels:\n  mine: x\n";
        let out = merge_into(text, &draft()).expect("merges");
        assert_eq!(
            out,
            "# ours\nid: pay\nteam: team-a   # moved?\ntier: 1\nuses:\n  - capability: db\n    since: 2026-01-01\n  - ci\n  - sso\ndescription: \"Takes: money\"\nfacts:\n  sbom: true\nlabels:\n  backstage/tags: java\n  mine: x\n"
        );
        assert_eq!(
            merge_into(&out, &draft()).expect("merges"),
            out,
            "a second merge changes nothing"
        );
        let flow = "id: pay\nteam: team-a\ntier: 1\nuses: [ci]\ndescription: \"Takes: money\"\nlabels: {backstage/tags: java}\n";
        assert_eq!(
            merge_into(flow, &draft()).expect("merges"),
            "id: pay\nteam: team-a\ntier: 1\nuses: [ci, sso]\ndescription: \"Takes: money\"\nlabels: {backstage/tags: java}\n"
        );
    }
}
