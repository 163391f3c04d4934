//! One decoder per kind. The keys each knows, in the format's order, are
//! its model type's [`Fields::FIELDS`](crate::model::Fields).

use super::decode::{Dec, Entity, IdForm, Obj};
use super::yaml::Node;
use crate::model::*;

fn meta(d: &Dec, o: &Obj) -> Meta {
    Meta {
        file: d.file,
        span: o.span,
        partial: !d.is_ok(),
    }
}

/// Decodes one document of a kind directory. Returns the entity when it is
/// valid, and the id it declares (kept even when the entity is not).
pub fn decode(
    d: &mut Dec,
    kind: super::Kind,
    n: &Node,
) -> (Option<Entity>, Vec<(super::Kind, Id)>) {
    use super::Kind as K;
    let mut ids = Vec::new();
    let e = match kind {
        K::Team => team(d, n, &mut ids).map(Entity::Team),
        K::Service => service(d, n, &mut ids).map(Entity::Service),
        K::Capability => capability(d, n, &mut ids).map(Entity::Capability),
        K::Roadmap => roadmap(d, n, &mut ids).map(Entity::Roadmap),
        K::Deprecation => deprecation(d, n, &mut ids).map(Entity::Deprecation),
        K::Exception => exception(d, n, &mut ids).map(Entity::Exception),
        K::Intake => intake(d, n, &mut ids).map(Entity::Intake),
        K::Metric => metric(d, n).map(Entity::Metric),
        K::Survey => survey(d, n, &mut ids).map(Entity::Survey),
        K::Scorecard => scorecard(d, n, &mut ids).map(Entity::Scorecard),
        K::Campaign => campaign(d, n, &mut ids).map(Entity::Campaign),
        K::Config => None,
    };
    (e, ids)
}

type Ids = Vec<(super::Kind, Id)>;

fn team(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Team> {
    let saved = d.begin();
    let o = d.obj(n, "a team", Team::FIELDS);
    let r = o.and_then(|o| {
        let id = d.req_id(&o, "id", IdForm::Slug);
        if let Some(id) = &id {
            ids.push((super::Kind::Team, id.clone()));
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

fn uses(d: &mut Dec, o: &Obj) -> Vec<Use> {
    let mut out = Vec::new();
    for n in d.list(o, "uses") {
        match &n.value {
            super::yaml::Value::Map(_) => {
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

fn service(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Service> {
    let saved = d.begin();
    let o = d.obj(n, "a service", Service::FIELDS);
    let r = o.and_then(|o| {
        let id = d.req_id(&o, "id", IdForm::Slug);
        if let Some(id) = &id {
            ids.push((super::Kind::Service, id.clone()));
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
        Some(Service {
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
            meta: meta(d, &o),
        })
    });
    // Kept even with an invalid optional value (reported, and read as
    // absent), so that its other fields are still checked.
    d.end(saved);
    r
}

fn capability(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Capability> {
    let saved = d.begin();
    let o = d.obj(n, "a capability", Capability::FIELDS);
    let r = o.and_then(|o| {
        let id = d.req_id(&o, "id", IdForm::Slug);
        if let Some(id) = &id {
            ids.push((super::Kind::Capability, id.clone()));
        }
        let name = d.req_str(&o, "name");
        let summary = d.req_str(&o, "summary");
        let owner = d.req_id(&o, "owner", IdForm::Slug);
        let lifecycle = d.enum_val(&o, "lifecycle", Lifecycle::parse, Lifecycle::NAMES, None);
        let category = d.opt_id(&o, "category", IdForm::Slug).map(|s| s.value);
        let golden_path = d.opt_bool(&o, "golden_path").unwrap_or(false);
        let control = d.opt_bool(&o, "control").unwrap_or(false);
        let eligible = match o.get("eligible") {
            None => None,
            Some(en) => d.obj(en, "`eligible`", Eligible::FIELDS).map(|e| {
                let tiers = e.get("tiers").map(|_| {
                    d.list(&e, "tiers")
                        .iter()
                        .filter_map(|t| match t.value {
                            super::yaml::Value::Int(i @ 1..=3) => Some(i as u8),
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
        };
        let mut interfaces = Vec::new();
        for i in d.list(&o, "interfaces") {
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
        let depends_on = d.id_list(&o, "depends_on", IdForm::Slug);
        let slo = o
            .get("slo")
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
            });
        let support = o
            .get("support")
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
            });
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

fn roadmap(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<RoadmapQuarter> {
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

fn item(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Item> {
    let o = d.obj(n, "a roadmap item", Item::FIELDS)?;
    let id = d.req_id(&o, "id", IdForm::Slug);
    if let Some(id) = &id {
        ids.push((super::Kind::Roadmap, id.clone()));
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

fn deprecation(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Deprecation> {
    let saved = d.begin();
    let o = d.obj(n, "a deprecation", Deprecation::FIELDS);
    let r = o.and_then(|o| {
        let id = d.req_id(&o, "id", IdForm::Slug);
        if let Some(id) = &id {
            ids.push((super::Kind::Deprecation, id.clone()));
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

fn exception(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Exception> {
    let saved = d.begin();
    let o = d.obj(n, "an exception", Exception::FIELDS);
    let r = o.and_then(|o| {
        let id = d.req_id(&o, "id", IdForm::Exception);
        if let Some(id) = &id {
            ids.push((super::Kind::Exception, id.clone()));
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

fn intake(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Intake> {
    let saved = d.begin();
    let o = d.obj(n, "a request", Intake::FIELDS);
    let r = o.and_then(|o| {
        let id = d.req_id(&o, "id", IdForm::Intake);
        if let Some(id) = &id {
            ids.push((super::Kind::Intake, id.clone()));
        }
        let title = d.req_str(&o, "title");
        let requester = match o.get("requester") {
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
        };
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
        let reach = d.opt_int(&o, "reach").map_or(Some(1), |r| {
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
                &o,
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
                &o,
                "confidence",
                |v| v > 0.0 && v <= 1.0,
                "above 0 and at most 1",
            )
            .map(|v| v.value)
        } else {
            Some(0.5)
        };
        let effort = d
            .num_in(&o, "effort", |v| v > 0.0, "person-weeks, above 0")
            .map(|v| v.value);
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
        Some(Intake {
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
            meta: meta(d, &o),
        })
    });
    // Kept even with an invalid optional value (reported, and read as
    // absent), so that its other fields are still checked.
    d.end(saved);
    r
}

fn metric(d: &mut Dec, n: &Node) -> Option<Metric> {
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

fn survey(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Survey> {
    let saved = d.begin();
    let o = d.obj(n, "a survey", Survey::FIELDS);
    let r = o.and_then(|o| {
        let id = d.req_id(&o, "id", IdForm::Slug);
        if let Some(id) = &id {
            ids.push((super::Kind::Survey, id.clone()));
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
                super::yaml::Value::Int(i) => responses.push(Sp::new(i as f64, r.span)),
                super::yaml::Value::Float(f) if f.is_finite() => responses.push(Sp::new(f, r.span)),
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

fn scorecard(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Scorecard> {
    let saved = d.begin();
    let o = d.obj(n, "a scorecard", Scorecard::FIELDS);
    let r = o.and_then(|o| {
        let id = d.req_id(&o, "id", IdForm::Slug);
        if let Some(id) = &id {
            ids.push((super::Kind::Scorecard, id.clone()));
        }
        let name = d.req_str(&o, "name");
        let description = d.opt_string(&o, "description");
        let owner = d.req_id(&o, "owner", IdForm::Slug);
        let applies_to = d.enum_val(&o, "applies_to", Subject::parse, Subject::NAMES, None);
        let when = d.opt_str(&o, "when");
        if o.get("levels").is_none() {
            d.bad(
                o.span,
                "a scorecard lacks the required field `levels`".into(),
            );
        }
        let levels = d.id_list(&o, "levels", IdForm::Slug);
        if let Some(n) = o.get("levels") {
            if levels.is_empty() && matches!(n.value, super::yaml::Value::Seq(_)) {
                d.bad(n.span, "a scorecard needs at least one level".into());
            }
        }
        for (i, l) in levels.iter().enumerate() {
            if levels[..i].iter().any(|p| p.value == l.value) {
                d.bad(l.span, format!("level `{}` is listed twice", l.value));
            }
        }
        let unknown = d.enum_val(
            &o,
            "unknown",
            UnknownPolicy::parse,
            UnknownPolicy::NAMES,
            Some(UnknownPolicy::Block),
        );
        let target = match o.get("target") {
            None => None,
            Some(tn) => d
                .obj(tn, "a scorecard `target`", Target::FIELDS)
                .and_then(|t| {
                    let level = d.req_id(&t, "level", IdForm::Slug);
                    if t.get("share").is_none() {
                        d.bad(
                            t.span,
                            "a scorecard `target` lacks the required field `share`".into(),
                        );
                    }
                    let share = d.num_in(&t, "share", |v| (0.0..=1.0).contains(&v), "0..1");
                    Some(Target {
                        level: d.req(level, t.span)?,
                        share: d.req(share, t.span)?.value,
                    })
                }),
        };
        if o.get("rules").is_none() {
            d.bad(
                o.span,
                "a scorecard lacks the required field `rules`".into(),
            );
        }
        let mut rules = Vec::new();
        for rn in d.list(&o, "rules") {
            if let Some(r) = score_rule(d, rn) {
                rules.push(r);
            }
        }
        let labels = d.labels(&o);
        Some(Scorecard {
            id: d.req(id, o.span)?,
            name: d.req(name, o.span)?,
            description,
            owner: d.req(owner, o.span)?,
            applies_to: d.req(applies_to, o.span)?.value,
            when,
            levels,
            unknown: d.req(unknown, o.span)?.value,
            target,
            rules,
            labels,
            meta: meta(d, &o),
        })
    });
    keep_whole(d, saved, r)
}

/// Scorecards and campaigns are kept only whole: a rule or a date read as
/// absent would change every level and every progress figure. With stand-ins
/// (for lint) they are kept, so that their other fields are still checked.
fn keep_whole<T>(d: &mut Dec, saved: bool, r: Option<T>) -> Option<T> {
    let ok = d.end(saved);
    if !ok && d.stand_in.is_none() {
        d.wants_stand_ins = true;
    }
    (ok || d.stand_in.is_some()).then_some(r).flatten()
}

fn score_rule(d: &mut Dec, n: &Node) -> Option<ScoreRule> {
    let o = d.obj(n, "a scorecard rule", ScoreRule::FIELDS)?;
    let id = d.req_id(&o, "id", IdForm::Slug);
    let name = d.opt_string(&o, "name");
    let level = d.req_id(&o, "level", IdForm::Slug);
    let category = d.opt_id(&o, "category", IdForm::Slug);
    let expr = d.req_str(&o, "expr");
    let applies_when = d.opt_str(&o, "applies_when");
    let weight = match o.get("weight") {
        None => Some(1),
        Some(_) => d.int_in(&o, "weight", 1, 1_000_000).map(|w| w.value as u32),
    };
    let enable_on = d.opt_date(&o, "enable_on");
    let fix = d.opt_string(&o, "fix");
    Some(ScoreRule {
        id: d.req(id, o.span)?,
        name,
        level: d.req(level, o.span)?,
        category,
        expr: d.req(expr, o.span)?,
        applies_when,
        weight: d.req(weight, o.span)?,
        enable_on,
        fix,
        meta: meta(d, &o),
    })
}

fn campaign(d: &mut Dec, n: &Node, ids: &mut Ids) -> Option<Campaign> {
    let saved = d.begin();
    let o = d.obj(n, "a campaign", Campaign::FIELDS);
    let r = o.and_then(|o| {
        let id = d.req_id(&o, "id", IdForm::Slug);
        if let Some(id) = &id {
            ids.push((super::Kind::Campaign, id.clone()));
        }
        let name = d.req_str(&o, "name");
        let owner = d.req_id(&o, "owner", IdForm::Slug);
        let scorecard = d.req_id(&o, "scorecard", IdForm::Slug);
        if o.get("rules").is_none() {
            d.bad(o.span, "a campaign lacks the required field `rules`".into());
        }
        let rules = d.id_list(&o, "rules", IdForm::Slug);
        if let Some(n) = o.get("rules") {
            if rules.is_empty() && matches!(n.value, super::yaml::Value::Seq(_)) {
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
