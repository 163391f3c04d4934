//! Decoding campaigns.

use super::*;

impl Decode for Campaign {
    fn decode(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Self> {
        let saved = d.begin();
        let o = d.obj(n, "a campaign", Campaign::FIELDS);
        let r = o.and_then(|o| {
            let id = d.req_id(&o, "id", IdForm::Slug);
            if let Some(id) = &id {
                ids.push((Kind::Campaign, id.clone()));
            }
            let name = d.req_str(&o, "name");
            let owner = d.req_id(&o, "owner", IdForm::Slug);
            let scorecard = d.req_id(&o, "scorecard", IdForm::Slug);
            if o.get("rules").is_none() {
                d.bad(o.span, "a campaign lacks the required field `rules`".into());
            }
            let rules = d.id_list(&o, "rules", IdForm::Slug);
            if let Some(n) = o.get("rules") {
                if rules.is_empty() && matches!(n.value, crate::catalog::yaml::Value::Seq(_)) {
                    d.bad(n.span, "a campaign needs at least one rule".into());
                }
            }
            let when = d.opt_str(&o, "when");
            let start = d.req_date(&o, "start");
            let due = d.req_date(&o, "due");
            if let (Some(s), Some(u)) = (&start, &due) {
                if u.value <= s.value {
                    d.bad(
                        u.span,
                        format!("`due` {} must be after `start` {}", u.value, s.value),
                    );
                }
            }
            let status = d.enum_val(
                &o,
                "status",
                CampaignStatus::parse,
                CampaignStatus::NAMES,
                Some(CampaignStatus::Draft),
            );
            let brief = d.opt_string(&o, "brief");
            let labels = d.labels(&o);
            Some(Campaign {
                id: d.req(id, o.span)?,
                name: d.req(name, o.span)?,
                owner: d.req(owner, o.span)?,
                scorecard: d.req(scorecard, o.span)?,
                rules,
                when,
                start: d.req(start, o.span)?,
                due: d.req(due, o.span)?,
                status: d.req(status, o.span)?,
                brief,
                labels,
                meta: meta(d, &o),
            })
        });
        keep_whole(d, saved, r)
    }
}
