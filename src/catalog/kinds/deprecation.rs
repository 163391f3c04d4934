//! Decoding deprecations.

use super::*;

impl Decode for Deprecation {
    fn decode(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Self> {
        let saved = d.begin();
        let o = d.obj(n, "a deprecation", Deprecation::FIELDS);
        let r = o.and_then(|o| {
            let id = d.req_id(&o, "id", IdForm::Slug);
            if let Some(id) = &id {
                ids.push((Kind::Deprecation, id.clone()));
            }
            let capability = d.req_id(&o, "capability", IdForm::Slug);
            let interface = d.opt_str(&o, "interface");
            let replacement = d.opt_id(&o, "replacement", IdForm::Slug);
            let announced = d.req_date(&o, "announced");
            let sunset = d.req_date(&o, "sunset");
            let status = d.enum_val(
                &o,
                "status",
                DeprecationStatus::parse,
                DeprecationStatus::NAMES,
                Some(DeprecationStatus::Announced),
            );
            let migration_guide = d.opt_url(&o, "migration_guide").map(|s| s.value);
            let mut consumers = Vec::new();
            for c in d.list(&o, "consumers") {
                let Some(co) = d.obj(c, "a consumer", Consumer::FIELDS) else {
                    continue;
                };
                let service = d.req_id(&co, "service", IdForm::Slug);
                let status = d.enum_val(
                    &co,
                    "status",
                    ConsumerStatus::parse,
                    ConsumerStatus::NAMES,
                    Some(ConsumerStatus::Pending),
                );
                let exception = d.opt_id(&co, "exception", IdForm::Exception);
                let (service, status) = (d.req(service, co.span), d.req(status, co.span));
                if let (Some(service), Some(status)) = (service, status) {
                    consumers.push(Consumer {
                        service,
                        status,
                        exception,
                        span: co.span,
                    });
                }
            }
            let labels = d.labels(&o);
            Some(Deprecation {
                id: d.req(id, o.span)?,
                capability: d.req(capability, o.span)?,
                interface,
                replacement,
                announced: d.req(announced, o.span)?,
                sunset: d.req(sunset, o.span)?,
                status: d.req(status, o.span)?,
                migration_guide,
                consumers,
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
