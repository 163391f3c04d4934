//! `id-filename-mismatch`: A file is not named after the id of the entity it
//! holds.

use super::{Ctx, Rule};
use crate::catalog::Kind;
use crate::diag::RuleId;
use std::collections::HashMap;

pub static RULE: Rule = Rule {
    id: RuleId::IdFilenameMismatch,
    summary: "A file is not named after the id of the entity it holds",
    rationale: "People find entities by file name when they browse the repository or review a pull request. A file whose name says one thing while its id says another sends readers to the wrong place, and usually means an entity was renamed in one spot but not the other. A roadmap file is expected to be named after its quarter for the same reason.",
    example: r##"# capabilities/ci.yaml
id: ci-pipelines
name: Standard CI pipelines
summary: Reusable workflows with built-in scanning
owner: team-devex
lifecycle: beta
"##,
    fix: "Rename the file after its id (here `capabilities/ci-pipelines.yaml`), or a roadmap file after its quarter (`roadmap/2026-Q4.yaml`). If the id itself is wrong, change it and its references instead.",
    check: Some(check),
};

fn stem(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".yaml")
        .or_else(|| name.strip_suffix(".yml"))
        .unwrap_or(name)
}

fn check(cx: &mut Ctx) {
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
