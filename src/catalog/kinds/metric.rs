//! Decoding metric series.

use super::*;

impl Decode for Metric {
    fn decode(d: &mut Dec, n: &Node, _ids: &mut Ids) -> Option<Self> {
        let saved = d.begin();
        let o = d.obj(n, "a metric series", Metric::FIELDS);
        let r = o.and_then(|o| {
            let kpi = d.req_str(&o, "kpi");
            let capability = d.opt_id(&o, "capability", IdForm::Slug);
            let service = d.opt_id(&o, "service", IdForm::Slug);
            if let (Some(_), Some(s)) = (&capability, &service) {
                d.bad(
                    s.span,
                    "a metric series is scoped to a capability or to a service, not both".into(),
                );
            }
            if o.get("points").is_none() {
                d.bad(
                    o.span,
                    "a metric series lacks the required field `points`".into(),
                );
            }
            let mut points = Vec::new();
            for p in d.list(&o, "points") {
                let Some(po) = d.obj(p, "a point", Point::FIELDS) else {
                    continue;
                };
                let period = d.req_period(&po, "period");
                let value = match po.get("value") {
                    Some(_) => d.opt_num(&po, "value"),
                    None => {
                        d.bad(po.span, "a point lacks the required field `value`".into());
                        None
                    }
                };
                let (period, value) = (d.req(period, po.span), d.req(value, po.span));
                if let (Some(period), Some(value)) = (period, value) {
                    points.push(Point {
                        period,
                        value: value.value,
                    });
                }
            }
            let labels = d.labels(&o);
            Some(Metric {
                kpi: d.req(kpi, o.span)?,
                capability,
                service,
                points,
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
