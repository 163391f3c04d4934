//! duplicate-id, id-filename-mismatch.

use super::Ctx;
use crate::catalog::Kind;
use crate::diag::RuleId;
use std::collections::HashMap;

pub fn check(cx: &mut Ctx) {
    duplicate_ids(cx);
    filename_mismatch(cx);
}

fn duplicate_ids(cx: &mut Ctx) {
    let cat = cx.cat;
    let mut seen: HashMap<(Kind, &str), usize> = HashMap::new();
    for (i, d) in cat.declared.iter().enumerate() {
        if let Some(&first) = seen.get(&(d.kind, d.id.value.as_str())) {
            let f = &cat.declared[first];
            let what = if d.kind == Kind::Roadmap {
                "roadmap item"
            } else {
                d.kind.noun()
            };
            cx.emit(
                RuleId::DuplicateId,
                d.file,
                d.id.span,
                format!(
                    "{what} id `{}` is already declared at {}:{}:{}",
                    d.id.value,
                    cat.path(f.file),
                    f.id.span.line,
                    f.id.span.col
                ),
            )
            .help = Some("ids must be unique within their kind: rename one of them".into());
        } else {
            seen.insert((d.kind, d.id.value.as_str()), i);
        }
    }
    // Two quarters in one catalog, and theme ids within one file.
    let mut quarters: HashMap<String, usize> = HashMap::new();
    for (i, q) in cat.roadmap.iter().enumerate() {
        let key = q.quarter.value.to_string();
        if let Some(&f) = quarters.get(&key) {
            let fq = &cat.roadmap[f];
            cx.emit(
                RuleId::DuplicateId,
                q.meta.file,
                q.quarter.span,
                format!(
                    "quarter `{key}` is already planned at {}:{}:{}",
                    cat.path(fq.meta.file),
                    fq.quarter.span.line,
                    fq.quarter.span.col
                ),
            );
        } else {
            quarters.insert(key, i);
        }
        let mut themes: HashMap<&str, usize> = HashMap::new();
        for (ti, t) in q.themes.iter().enumerate() {
            if let Some(&f) = themes.get(t.id.value.as_str()) {
                let line = q.themes[f].id.span.line;
                cx.emit(
                    RuleId::DuplicateId,
                    q.meta.file,
                    t.id.span,
                    format!(
                        "theme id `{}` is already declared on line {line}",
                        t.id.value
                    ),
                );
            } else {
                themes.insert(&t.id.value, ti);
            }
        }
    }
}

fn stem(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".yaml")
        .or_else(|| name.strip_suffix(".yml"))
        .unwrap_or(name)
}

fn filename_mismatch(cx: &mut Ctx) {
    let cat = cx.cat;
    let mut per_file: HashMap<crate::model::FileId, Vec<usize>> = HashMap::new();
    for (i, d) in cat.declared.iter().enumerate() {
        if d.kind != Kind::Roadmap {
            per_file.entry(d.file).or_default().push(i);
        }
    }
    let mut files: Vec<_> = per_file.into_iter().filter(|(_, v)| v.len() == 1).collect();
    files.sort();
    for (file, v) in files {
        let d = &cat.declared[v[0]];
        let s = stem(cat.path(file));
        if s != d.id.value {
            cx.emit(
                RuleId::IdFilenameMismatch,
                file,
                d.id.span,
                format!(
                    "file `{}` holds {} `{}`",
                    cat.path(file),
                    d.kind.noun(),
                    d.id.value
                ),
            )
            .help = Some(format!(
                "rename the file to `{}.yaml`, so the id can be found from the name",
                d.id.value
            ));
        }
    }
    let mut quarters_per_file: HashMap<crate::model::FileId, usize> = HashMap::new();
    for q in &cat.roadmap {
        *quarters_per_file.entry(q.meta.file).or_default() += 1;
    }
    for q in &cat.roadmap {
        let s = stem(cat.path(q.meta.file));
        let name = q.quarter.value.to_string();
        if quarters_per_file.get(&q.meta.file) == Some(&1) && s != name {
            cx.emit(
                RuleId::IdFilenameMismatch,
                q.meta.file,
                q.quarter.span,
                format!(
                    "roadmap file `{}` plans quarter `{name}`",
                    cat.path(q.meta.file)
                ),
            )
            .help = Some(format!("name the file `roadmap/{name}.yaml`"));
        }
    }
}
