//! Decoding intake requests.

use super::*;

impl Decode for Intake {
    fn decode(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Self> {
        let saved = d.begin();
        let o = d.obj(n, "a request", Intake::FIELDS);
        let r = o.and_then(|o| {
            let id = d.req_id(&o, "id", IdForm::Intake);
            if let Some(id) = &id {
                ids.push((Kind::Intake, id.clone()));
            }
            let title = d.req_str(&o, "title");
            let requester = requester(d, &o);
            let created = d.req_date(&o, "created");
            let kind = d.enum_val(
                &o,
                "type",
                IntakeType::parse,
                IntakeType::NAMES,
                Some(IntakeType::Other),
            );
            let problem = d.req_str(&o, "problem");
            let outcome = d.opt_string(&o, "outcome");
            let urgency = d.enum_val(
                &o,
                "urgency",
                Urgency::parse,
                Urgency::NAMES,
                Some(Urgency::Medium),
            );
            let (reach, impact, confidence, effort) = rice(d, &o);
            let capability = d.opt_id(&o, "capability", IdForm::Slug);
            let status = d.enum_val(
                &o,
                "status",
                IntakeStatus::parse,
                IntakeStatus::NAMES,
                Some(IntakeStatus::New),
            );
            let route = if o.get("route").is_some() {
                d.enum_val(&o, "route", Route::parse, Route::NAMES, None)
            } else {
                None
            };
            let duplicate_of = d.opt_id(&o, "duplicate_of", IdForm::Intake);
            let roadmap_item = d.opt_id(&o, "roadmap_item", IdForm::Slug);
            let triaged = d.opt_date(&o, "triaged");
            let resolved = d.opt_date(&o, "resolved");
            let labels = d.labels(&o);
            let data = IntakeData {
                id: d.req(id, o.span)?,
                title: d.req(title, o.span)?,
                requester: d.req(requester, o.span)?,
                created: d.req(created, o.span)?,
                kind: d.req(kind, o.span)?.value,
                problem: d.req(problem, o.span)?,
                outcome,
                urgency: d.req(urgency, o.span)?.value,
                reach: d.req(reach, o.span)?,
                impact: d.req(impact, o.span)?,
                confidence: d.req(confidence, o.span)?,
                effort,
                capability,
                status: d.req(status, o.span)?,
                route,
                duplicate_of,
                roadmap_item,
                triaged,
                resolved,
                labels,
            };
            Some(Intake::new(data, meta(d, &o)))
        });
        // Kept even with an invalid optional value (reported, and read as
        // absent), so that its other fields are still checked.
        d.end(saved);
        r
    }
}

/// `requester:`, a mapping with the team (required) and a contact.
fn requester(d: &mut Dec, o: &Obj) -> Option<Requester> {
    match o.get("requester") {
        None => {
            d.bad(
                o.span,
                "a request lacks the required field `requester`".into(),
            );
            None
        }
        Some(rn) => d.obj(rn, "`requester`", Requester::FIELDS).and_then(|ro| {
            let team = d.req_id(&ro, "team", IdForm::Slug);
            let contact = d.opt_string(&ro, "contact");
            Some(Requester {
                team: d.req(team, ro.span)?,
                contact,
            })
        }),
    }
}

/// The RICE fields: reach (default 1), impact (default 1), confidence
/// (default 0.5) and effort.
fn rice(d: &mut Dec, o: &Obj) -> (Option<u32>, Option<f64>, Option<f64>, Option<f64>) {
    let reach = d.opt_int(o, "reach").map_or(Some(1), |r| {
        if r.value >= 1 && r.value <= i64::from(u32::MAX) {
            Some(r.value as u32)
        } else {
            d.bad(
                r.span,
                format!(
                    "`reach` {} is out of range: the number of teams affected, at least 1",
                    r.value
                ),
            );
            None
        }
    });
    let impact = if o.get("impact").is_some() {
        d.num_in(
            o,
            "impact",
            |v| IMPACTS.contains(&v),
            "one of 0.25, 0.5, 1, 2, 3",
        )
        .map(|v| v.value)
    } else {
        Some(1.0)
    };
    let confidence = if o.get("confidence").is_some() {
        d.num_in(
            o,
            "confidence",
            |v| v > 0.0 && v <= 1.0,
            "above 0 and at most 1",
        )
        .map(|v| v.value)
    } else {
        Some(0.5)
    };
    let effort = d
        .num_in(o, "effort", |v| v > 0.0, "person-weeks, above 0")
        .map(|v| v.value);
    (reach, impact, confidence, effort)
}
