//! Decoding services.

use super::*;

fn uses(d: &mut Dec, o: &Obj) -> Vec<Use> {
    let mut out = Vec::new();
    for n in d.list(o, "uses") {
        match &n.value {
            crate::catalog::yaml::Value::Map(_) => {
                let Some(u) = d.obj(n, "a `uses` entry", Use::FIELDS) else {
                    continue;
                };
                let cap = d.req_id(&u, "capability", IdForm::Slug);
                let cap = d.req(cap, u.span);
                let since = d.opt_date(&u, "since").map(|s| s.value);
                let version = d.opt_str(&u, "version");
                if let Some(capability) = cap {
                    out.push(Use {
                        capability,
                        since,
                        version,
                    });
                }
            }
            _ => {
                if let Some(s) = d.text(n, "uses") {
                    let s = Sp::new(s, n.span);
                    if let Some(capability) = d_check_slug(d, s, "uses") {
                        out.push(Use {
                            capability,
                            since: None,
                            version: None,
                        });
                    }
                }
            }
        }
    }
    out
}

fn d_check_slug(d: &mut Dec, s: Sp<String>, key: &str) -> Option<Sp<String>> {
    if crate::model::ids::is_slug(&s.value) {
        Some(s)
    } else {
        d.bad(
            s.span,
            format!("`{key}` `{}` is not a valid capability id", s.value),
        );
        None
    }
}

impl Decode for Service {
    fn decode(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Self> {
        let saved = d.begin();
        let o = d.obj(n, "a service", Service::FIELDS);
        let r = o.and_then(|o| {
            let id = d.req_id(&o, "id", IdForm::Slug);
            if let Some(id) = &id {
                ids.push((Kind::Service, id.clone()));
            }
            let name = d.opt_string(&o, "name");
            let team = d.req_id(&o, "team", IdForm::Slug);
            let tier = d.int_in(&o, "tier", 1, 3).map_or(2, |t| t.value as u8);
            let status = d.enum_val(
                &o,
                "status",
                ServiceStatus::parse,
                ServiceStatus::NAMES,
                Some(ServiceStatus::Active),
            );
            let created = d.opt_date(&o, "created").map(|s| s.value);
            let first_deploy = d.opt_date(&o, "first_deploy").map(|s| s.value);
            let uses = uses(d, &o);
            let description = d.opt_string(&o, "description");
            let system = d.opt_id(&o, "system", IdForm::Slug);
            let lifecycle = d.opt_id(&o, "lifecycle", IdForm::Slug);
            let repo = d.opt_url(&o, "repo");
            let docs = d.opt_url(&o, "docs");
            let runbook = d.opt_url(&o, "runbook");
            let oncall = d.opt_string(&o, "oncall");
            let facts = d.facts(&o);
            let labels = d.labels(&o);
            let data = ServiceData {
                id: d.req(id, o.span)?,
                name,
                team: d.req(team, o.span)?,
                tier,
                status: d.req(status, o.span)?.value,
                created,
                first_deploy,
                uses,
                description,
                system,
                lifecycle,
                repo,
                docs,
                runbook,
                oncall,
                facts,
                labels,
            };
            Some(Service::new(data, meta(d, &o)))
        });
        // Kept even with an invalid optional value (reported, and read as
        // absent), so that its other fields are still checked.
        d.end(saved);
        r
    }
}
