//! Decoding surveys.

use super::*;

impl Decode for Survey {
    fn decode(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Self> {
        let saved = d.begin();
        let o = d.obj(n, "a survey", Survey::FIELDS);
        let r = o.and_then(|o| {
            let id = d.req_id(&o, "id", IdForm::Slug);
            if let Some(id) = &id {
                ids.push((Kind::Survey, id.clone()));
            }
            let kind = d.enum_val(&o, "kind", SurveyKind::parse, SurveyKind::NAMES, None);
            let period = d.req_period(&o, "period");
            let capability = d.opt_id(&o, "capability", IdForm::Slug);
            if o.get("responses").is_none() {
                d.bad(
                    o.span,
                    "a survey lacks the required field `responses`".into(),
                );
            }
            let mut responses = Vec::new();
            for r in d.list(&o, "responses") {
                match r.value {
                    crate::catalog::yaml::Value::Int(i) => {
                        responses.push(Sp::new(i as f64, r.span))
                    }
                    crate::catalog::yaml::Value::Float(f) if f.is_finite() => {
                        responses.push(Sp::new(f, r.span))
                    }
                    _ => d.bad(
                        r.span,
                        format!(
                            "a survey response must be a number, found {}",
                            r.type_name()
                        ),
                    ),
                }
            }
            if o.get("responses").is_some() && responses.is_empty() {
                d.bad(o.span, "a survey needs at least one response".into());
            }
            let labels = d.labels(&o);
            Some(Survey {
                id: d.req(id, o.span)?,
                kind: d.req(kind, o.span)?.value,
                period: d.req(period, o.span)?,
                capability,
                responses,
                labels,
                meta: meta(d, &o),
            })
        });
        // Kept even with an invalid optional value (reported, and read as
        // absent), so that its other fields are still checked.
        d.end(saved);
        r
    }
}
