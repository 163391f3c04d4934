//! Decoding teams.

use super::*;

impl Decode for Team {
    fn decode(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Self> {
        let saved = d.begin();
        let o = d.obj(n, "a team", Team::FIELDS);
        let r = o.and_then(|o| {
            let id = d.req_id(&o, "id", IdForm::Slug);
            if let Some(id) = &id {
                ids.push((Kind::Team, id.clone()));
            }
            let name = d.req_str(&o, "name");
            let kind = d.enum_val(
                &o,
                "type",
                TeamType::parse,
                TeamType::NAMES,
                Some(TeamType::Other),
            );
            let contact = d.opt_string(&o, "contact");
            let parent = d.opt_id(&o, "parent", IdForm::Slug);
            let labels = d.labels(&o);
            Some(Team {
                id: d.req(id, o.span)?,
                name: d.req(name, o.span)?,
                kind: d.req(kind, o.span)?.value,
                contact,
                parent,
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
