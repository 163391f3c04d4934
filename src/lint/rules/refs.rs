//! References between entities, for the `unknown-*` rules of the kinds they
//! name and for `unchecked-references`.

use super::Ctx;
use crate::catalog::{Catalog, Kind};
use crate::diag::RuleId;
use crate::model::{FileId, Sp};

/// Calls `f` with every reference of the catalog to a team, service,
/// capability, roadmap item, intake request or exception: the kind it
/// names, its file, the field's name in messages, and the reference. Always
/// in the same order, kind by kind and entity by entity.
pub fn each<'a>(cat: &'a Catalog, mut f: impl FnMut(Kind, FileId, &'static str, &'a Sp<String>)) {
    for t in &cat.teams {
        if let Some(p) = &t.parent {
            f(Kind::Team, t.meta.file, "parent", p);
        }
    }
    for s in &cat.services {
        f(Kind::Team, s.meta.file, "team", &s.team);
        for u in &s.uses {
            f(Kind::Capability, s.meta.file, "uses", &u.capability);
        }
    }
    for c in &cat.capabilities {
        let file = c.meta.file;
        f(Kind::Team, file, "owner", &c.owner);
        if let Some(teams) = c.eligible.as_ref().and_then(|e| e.teams.as_ref()) {
            for t in teams {
                f(Kind::Team, file, "eligible team", t);
            }
        }
        for d in &c.depends_on {
            f(Kind::Capability, file, "depends_on", d);
        }
    }
    for q in &cat.roadmap {
        let file = q.meta.file;
        for it in &q.items {
            f(Kind::Team, file, "owner", &it.owner);
            if let Some(c) = &it.capability {
                f(Kind::Capability, file, "capability", c);
            }
            for d in &it.depends_on {
                f(Kind::Roadmap, file, "depends_on", d);
            }
            for i in &it.intake {
                f(Kind::Intake, file, "intake", i);
            }
        }
    }
    for d in &cat.deprecations {
        let file = d.meta.file;
        f(Kind::Capability, file, "capability", &d.capability);
        if let Some(r) = &d.replacement {
            f(Kind::Capability, file, "replacement", r);
        }
        for c in &d.consumers {
            f(Kind::Service, file, "consumer", &c.service);
            if let Some(e) = &c.exception {
                f(Kind::Exception, file, "exception", e);
            }
        }
    }
    for e in &cat.exceptions {
        let file = e.meta.file;
        if let Some(s) = &e.standard {
            f(Kind::Capability, file, "standard", s);
        }
        if let Some(c) = &e.capability {
            f(Kind::Capability, file, "capability", c);
        }
        f(Kind::Team, file, "team", &e.team);
        if let Some(s) = &e.service {
            f(Kind::Service, file, "service", s);
        }
    }
    for r in &cat.intake {
        let file = r.meta.file;
        f(Kind::Team, file, "requester team", &r.requester.team);
        if let Some(c) = &r.capability {
            f(Kind::Capability, file, "capability", c);
        }
        if let Some(d) = &r.duplicate_of {
            f(Kind::Intake, file, "duplicate_of", d);
        }
        if let Some(i) = &r.roadmap_item {
            f(Kind::Roadmap, file, "roadmap_item", i);
        }
    }
    for m in &cat.metrics {
        if let Some(c) = &m.capability {
            f(Kind::Capability, m.meta.file, "capability", c);
        }
        if let Some(s) = &m.service {
            f(Kind::Service, m.meta.file, "service", s);
        }
    }
    for s in &cat.surveys {
        if let Some(c) = &s.capability {
            f(Kind::Capability, s.meta.file, "capability", c);
        }
    }
}

/// Whether no entity of `kind` has the id `r` names (an empty id is the
/// schema's to report).
fn missing(cat: &Catalog, kind: Kind, r: &Sp<String>) -> bool {
    !r.value.is_empty() && !cat.has_id(kind, &r.value)
}

/// A reference that names no known entity while a file of its kind does
/// not parse: the id may well be in that file, so it is only counted, by
/// `unchecked-references`, not reported as unknown.
pub fn unchecked(cat: &Catalog, kind: Kind, r: &Sp<String>) -> bool {
    missing(cat, kind, r) && cat.broken_files(kind).next().is_some()
}

fn noun(kind: Kind) -> &'static str {
    match kind {
        Kind::Roadmap => "roadmap item",
        Kind::Intake => "intake request",
        k => k.noun(),
    }
}

/// The check of the `unknown-*` rule of one kind: reports each reference
/// to that kind that names no entity, unless a file of that kind does not
/// parse (then they are `unchecked-references`).
pub fn check_kind(cx: &mut Ctx, kind: Kind, rule: RuleId) {
    let cat = cx.cat;
    if cat.broken_files(kind).next().is_some() {
        return;
    }
    each(cat, |k, file, field, r| {
        if k != kind || !missing(cat, kind, r) {
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
            rule,
            file,
            r.span,
            format!("{field} `{}` is not a known {}", r.value, noun(kind)),
        )
        .help = help;
    });
}
