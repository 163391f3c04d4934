//! `duplicate-id`: Two entities of one kind share an id.

use super::{Ctx, Rule};
use crate::catalog::Kind;
use crate::diag::RuleId;
use std::collections::HashMap;

pub static RULE: Rule = Rule {
    id: RuleId::DuplicateId,
    summary: "Two entities of one kind share an id",
    rationale: "Ids are how everything else in the catalog points at an entity, so a shared id makes every reference ambiguous: an owner, a dependency or a consumer may silently resolve to the wrong one. It usually comes from copying a file as a template, or from two branches adding the same name, and both copies are named so you can pick which one keeps it.",
    example: r##"# services/payments.yaml
id: payments-api
name: Payments API
team: team-payments
---
id: payments-api
name: Payments ledger
team: team-payments
"##,
    fix: "Give one of the two entities a new, unique id and update the references that meant it.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
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
