//! Decoding exceptions.

use super::*;

impl Decode for Exception {
    fn decode(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Self> {
        let saved = d.begin();
        let o = d.obj(n, "an exception", Exception::FIELDS);
        let r = o.and_then(|o| {
        let id = d.req_id(&o, "id", IdForm::Exception);
        if let Some(id) = &id {
            ids.push((Kind::Exception, id.clone()));
        }
        let title = d.req_str(&o, "title");
        let standard = d.opt_id(&o, "standard", IdForm::Slug);
        let rule = d.opt_str(&o, "rule");
        let rule = match rule {
            Some(r) if !crate::model::ids::is_rule_ref(&r.value) => {
                d.bad(
                    r.span,
                    format!(
                        "`rule` `{}` is not a scorecard rule: write `scorecard-id/rule-id`",
                        r.value
                    ),
                );
                None
            }
            r => r,
        };
        let capability = d.opt_id(&o, "capability", IdForm::Slug);
        match (o.get("standard"), o.get("rule")) {
            (None, None) => d.bad(
                o.span,
                "an exception lacks the required field `standard` (a capability) or `rule` (a scorecard rule)".into(),
            ),
            (Some(_), Some(r)) => d.bad(
                r.span,
                "an exception waives either a capability `standard` or a scorecard `rule`, not both".into(),
            ),
            _ => {}
        }
        if let (Some(c), Some(_)) = (&capability, o.get("standard")) {
            d.bad(
                c.span,
                "`capability` names the capability exempted from a scorecard `rule`; a `standard` exception has none".into(),
            );
        }
        let team = d.req_id(&o, "team", IdForm::Slug);
        let service = d.opt_id(&o, "service", IdForm::Slug);
        let reason = d.req_str(&o, "reason");
        let risk = d.enum_val(&o, "risk", Risk::parse, Risk::NAMES, None);
        let compensating_controls = d.opt_string(&o, "compensating_controls");
        let requested = d.req_date(&o, "requested");
        let status = d.enum_val(
            &o,
            "status",
            ExceptionStatus::parse,
            ExceptionStatus::NAMES,
            Some(ExceptionStatus::Requested),
        );
        let approved_by = d.opt_str(&o, "approved_by");
        let granted = d.opt_date(&o, "granted");
        let expires = d.req_date(&o, "expires");
        let labels = d.labels(&o);
        Some(Exception {
            id: d.req(id, o.span)?,
            title: d.req(title, o.span)?,
            standard,
            rule,
            capability,
            team: d.req(team, o.span)?,
            service,
            reason: d.req(reason, o.span)?.value,
            risk: d.req(risk, o.span)?.value,
            compensating_controls,
            requested: d.req(requested, o.span)?,
            status: d.req(status, o.span)?,
            approved_by,
            granted,
            expires: d.req(expires, o.span)?,
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
