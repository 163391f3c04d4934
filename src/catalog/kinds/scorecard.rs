//! Decoding scorecards.

use super::*;

impl Decode for Scorecard {
    fn decode(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Self> {
        let saved = d.begin();
        let o = d.obj(n, "a scorecard", Scorecard::FIELDS);
        let r = o.and_then(|o| {
            let id = d.req_id(&o, "id", IdForm::Slug);
            if let Some(id) = &id {
                ids.push((Kind::Scorecard, id.clone()));
            }
            let name = d.req_str(&o, "name");
            let description = d.opt_string(&o, "description");
            let owner = d.req_id(&o, "owner", IdForm::Slug);
            let applies_to = d.enum_val(&o, "applies_to", Subject::parse, Subject::NAMES, None);
            let when = d.opt_str(&o, "when");
            if o.get("levels").is_none() {
                d.bad(
                    o.span,
                    "a scorecard lacks the required field `levels`".into(),
                );
            }
            let levels = d.id_list(&o, "levels", IdForm::Slug);
            if let Some(n) = o.get("levels") {
                if levels.is_empty() && matches!(n.value, crate::catalog::yaml::Value::Seq(_)) {
                    d.bad(n.span, "a scorecard needs at least one level".into());
                }
            }
            // In a set: a file can list a hundred thousand levels, and
            // comparing each with those before it took minutes.
            let mut seen = std::collections::HashSet::with_hasher(crate::hash::State::default());
            for l in &levels {
                if !seen.insert(l.value.as_str()) {
                    d.bad(l.span, format!("level `{}` is listed twice", l.value));
                }
            }
            let unknown = d.enum_val(
                &o,
                "unknown",
                UnknownPolicy::parse,
                UnknownPolicy::NAMES,
                Some(UnknownPolicy::Block),
            );
            let target = match o.get("target") {
                None => None,
                Some(tn) => d
                    .obj(tn, "a scorecard `target`", Target::FIELDS)
                    .and_then(|t| {
                        let level = d.req_id(&t, "level", IdForm::Slug);
                        if t.get("share").is_none() {
                            d.bad(
                                t.span,
                                "a scorecard `target` lacks the required field `share`".into(),
                            );
                        }
                        let share = d.num_in(&t, "share", |v| (0.0..=1.0).contains(&v), "0..1");
                        Some(Target {
                            level: d.req(level, t.span)?,
                            share: d.req(share, t.span)?.value,
                        })
                    }),
            };
            if o.get("rules").is_none() {
                d.bad(
                    o.span,
                    "a scorecard lacks the required field `rules`".into(),
                );
            }
            let mut rules = Vec::new();
            for rn in d.list(&o, "rules") {
                if let Some(r) = score_rule(d, rn) {
                    rules.push(r);
                }
            }
            let labels = d.labels(&o);
            Some(Scorecard {
                id: d.req(id, o.span)?,
                name: d.req(name, o.span)?,
                description,
                owner: d.req(owner, o.span)?,
                applies_to: d.req(applies_to, o.span)?.value,
                when,
                levels,
                unknown: d.req(unknown, o.span)?.value,
                target,
                rules,
                labels,
                meta: meta(d, &o),
            })
        });
        keep_whole(d, saved, r)
    }
}

fn score_rule(d: &mut Dec, n: &Node) -> Option<ScoreRule> {
    let o = d.obj(n, "a scorecard rule", ScoreRule::FIELDS)?;
    let id = d.req_id(&o, "id", IdForm::Slug);
    let name = d.opt_string(&o, "name");
    let level = d.req_id(&o, "level", IdForm::Slug);
    let category = d.opt_id(&o, "category", IdForm::Slug);
    let expr = d.req_str(&o, "expr");
    let applies_when = d.opt_str(&o, "applies_when");
    let weight = match o.get("weight") {
        None => Some(1),
        Some(_) => d.int_in(&o, "weight", 1, 1_000_000).map(|w| w.value as u32),
    };
    let enable_on = d.opt_date(&o, "enable_on");
    let fix = d.opt_string(&o, "fix");
    Some(ScoreRule {
        id: d.req(id, o.span)?,
        name,
        level: d.req(level, o.span)?,
        category,
        expr: d.req(expr, o.span)?,
        applies_when,
        weight: d.req(weight, o.span)?,
        enable_on,
        fix,
        meta: meta(d, &o),
    })
}
