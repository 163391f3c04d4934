//! Decoding capabilities.

use super::*;

impl Decode for Capability {
    fn decode(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Self> {
        let saved = d.begin();
        let o = d.obj(n, "a capability", Capability::FIELDS);
        let r = o.and_then(|o| {
            let id = d.req_id(&o, "id", IdForm::Slug);
            if let Some(id) = &id {
                ids.push((Kind::Capability, id.clone()));
            }
            let name = d.req_str(&o, "name");
            let summary = d.req_str(&o, "summary");
            let owner = d.req_id(&o, "owner", IdForm::Slug);
            let lifecycle = d.enum_val(&o, "lifecycle", Lifecycle::parse, Lifecycle::NAMES, None);
            let category = d.opt_id(&o, "category", IdForm::Slug).map(|s| s.value);
            let golden_path = d.opt_bool(&o, "golden_path").unwrap_or(false);
            let control = d.opt_bool(&o, "control").unwrap_or(false);
            let eligible = eligible(d, &o);
            let interfaces = interfaces(d, &o);
            let depends_on = d.id_list(&o, "depends_on", IdForm::Slug);
            let slo = slo(d, &o);
            let support = support(d, &o);
            let docs = d.opt_url(&o, "docs").map(|s| s.value);
            let runbook = d.opt_url(&o, "runbook").map(|s| s.value);
            let security_review = d.opt_date(&o, "security_review").map(|s| s.value);
            let labels = d.labels(&o);
            let keys = o.keys();
            Some(Capability {
                id: d.req(id, o.span)?,
                name: d.req(name, o.span)?,
                summary: d.req(summary, o.span)?,
                owner: d.req(owner, o.span)?,
                lifecycle: d.req(lifecycle, o.span)?,
                category,
                golden_path,
                control,
                eligible,
                interfaces,
                depends_on,
                slo,
                support,
                docs,
                runbook,
                security_review,
                labels,
                keys,
                meta: meta(d, &o),
            })
        });
        // Kept even with an invalid optional value (reported, and read as
        // absent), so that its other fields are still checked.
        d.end(saved);
        r
    }
}

/// `eligible:`, who may adopt the capability: tiers (1 to 3) and teams.
fn eligible(d: &mut Dec, o: &Obj) -> Option<Eligible> {
    match o.get("eligible") {
        None => None,
        Some(en) => d.obj(en, "`eligible`", Eligible::FIELDS).map(|e| {
            let tiers = e.get("tiers").map(|_| {
                d.list(&e, "tiers")
                    .iter()
                    .filter_map(|t| match t.value {
                        crate::catalog::yaml::Value::Int(i @ 1..=3) => Some(i as u8),
                        _ => {
                            d.bad(t.span, "a tier is 1, 2 or 3".into());
                            None
                        }
                    })
                    .collect()
            });
            let teams = e.get("teams").map(|_| d.id_list(&e, "teams", IdForm::Slug));
            Eligible { tiers, teams }
        }),
    }
}

/// `interfaces:`, each with a name and a kind (kept only with both).
fn interfaces(d: &mut Dec, o: &Obj) -> Vec<Interface> {
    let mut interfaces = Vec::new();
    for i in d.list(o, "interfaces") {
        if let Some(io) = d.obj(i, "an interface", Interface::FIELDS) {
            let name = d.req_str(&io, "name");
            let kind = d.enum_val(
                &io,
                "kind",
                InterfaceKind::parse,
                InterfaceKind::NAMES,
                Some(InterfaceKind::Other),
            );
            let version = d.opt_string(&io, "version");
            let (name, kind) = (d.req(name, io.span), d.req(kind, io.span));
            if let (Some(name), Some(kind)) = (name, kind) {
                interfaces.push(Interface {
                    name: name.value,
                    kind: kind.value,
                    version,
                });
            }
        }
    }
    interfaces
}

fn slo(d: &mut Dec, o: &Obj) -> Option<Slo> {
    o.get("slo")
        .and_then(|s| d.obj(s, "`slo`", Slo::FIELDS))
        .map(|s| Slo {
            availability: d
                .num_in(
                    &s,
                    "availability",
                    |v| (0.0..=100.0).contains(&v),
                    "a percentage, 0 to 100",
                )
                .map(|v| v.value),
            latency_p99_ms: d
                .num_in(&s, "latency_p99_ms", |v| v > 0.0, "milliseconds, above 0")
                .map(|v| v.value),
        })
}

fn support(d: &mut Dec, o: &Obj) -> Option<Support> {
    o.get("support")
        .and_then(|s| d.obj(s, "`support`", Support::FIELDS))
        .map(|s| Support {
            channel: d.opt_string(&s, "channel"),
            hours: d
                .enum_val(
                    &s,
                    "hours",
                    SupportHours::parse,
                    SupportHours::NAMES,
                    Some(SupportHours::Business),
                )
                .filter(|_| s.get("hours").is_some())
                .map(|h| h.value),
            escalation: d.opt_string(&s, "escalation"),
        })
}
