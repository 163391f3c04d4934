//! Decoding roadmap quarters.

use super::*;

impl Decode for RoadmapQuarter {
    fn decode(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Self> {
        let saved = d.begin();
        let o = d.obj(n, "a roadmap quarter", RoadmapQuarter::FIELDS);
        let r = o.and_then(|o| {
            let quarter = match o.get("quarter") {
                Some(_) => d.opt_quarter(&o, "quarter"),
                None => {
                    d.bad(
                        o.span,
                        "a roadmap quarter lacks the required field `quarter`".into(),
                    );
                    None
                }
            };
            let mut themes = Vec::new();
            for t in d.list(&o, "themes") {
                let s = d.begin();
                let theme = d.obj(t, "a theme", Theme::FIELDS).and_then(|to| {
                    let id = d.req_id(&to, "id", IdForm::Slug);
                    let id = d.req(id, to.span)?;
                    let name = d.opt_str(&to, "name").unwrap_or_else(|| id.clone());
                    let outcome = d.opt_string(&to, "outcome");
                    Some(Theme { id, name, outcome })
                });
                d.end(s);
                themes.extend(theme);
            }
            let mut items = Vec::new();
            for i in d.list(&o, "items") {
                let s = d.begin();
                let item = item(d, i, ids);
                d.end(s);
                items.extend(item);
            }
            let labels = d.labels(&o);
            Some(RoadmapQuarter {
                quarter: d.req(quarter, o.span)?,
                themes,
                items,
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

fn item(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Item> {
    let o = d.obj(n, "a roadmap item", Item::FIELDS)?;
    let id = d.req_id(&o, "id", IdForm::Slug);
    if let Some(id) = &id {
        ids.push((Kind::Roadmap, id.clone()));
    }
    let title = d.req_str(&o, "title");
    let theme = d.opt_id(&o, "theme", IdForm::Slug);
    let owner = d.req_id(&o, "owner", IdForm::Slug);
    let capability = d.opt_id(&o, "capability", IdForm::Slug);
    let commitment = d.enum_val(
        &o,
        "commitment",
        Commitment::parse,
        Commitment::NAMES,
        Some(Commitment::Committed),
    );
    let status = d.enum_val(&o, "status", ItemStatus::parse, ItemStatus::NAMES, None);
    let effort = d
        .num_in(&o, "effort", |v| v > 0.0, "person-weeks, above 0")
        .map(|v| v.value);
    let depends_on = d.id_list(&o, "depends_on", IdForm::Slug);
    let intake = d.id_list(&o, "intake", IdForm::Intake);
    let kpi = d.opt_str(&o, "kpi");
    let outcome = d.opt_string(&o, "outcome");
    let delivered = d.opt_date(&o, "delivered");
    let slipped_to = d.opt_quarter(&o, "slipped_to");
    let labels = d.labels(&o);
    if let (Some(st), Some(sl)) = (&status, &slipped_to) {
        if st.value != ItemStatus::Slipped {
            d.bad(
                sl.span,
                format!(
                    "`slipped_to` is only for a slipped item; this one is {}",
                    st.value
                ),
            );
        }
    }
    Some(Item {
        id: d.req(id, o.span)?,
        title: d.req(title, o.span)?,
        theme,
        owner: d.req(owner, o.span)?,
        capability,
        commitment: d.req(commitment, o.span)?,
        status: d.req(status, o.span)?,
        effort,
        depends_on,
        intake,
        kpi,
        outcome,
        delivered,
        slipped_to,
        labels,
        meta: meta(d, &o),
    })
}
