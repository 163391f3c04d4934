//! `intake show`: everything about one request.

use super::*;

#[derive(Serialize)]
struct Ref<'a> {
    id: &'a str,
    title: &'a str,
    status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    quarter: Option<String>,
}

fn item_ref<'a>((q, i): (&'a crate::model::RoadmapQuarter, &'a crate::model::Item)) -> Ref<'a> {
    Ref {
        id: &i.id.value,
        title: &i.title.value,
        status: i.status.value.to_string(),
        quarter: Some(q.quarter.value.to_string()),
    }
}

fn req_ref(x: &Intake) -> Ref<'_> {
    Ref {
        id: &x.id.value,
        title: &x.title.value,
        status: x.status.value.to_string(),
        quarter: None,
    }
}

pub(super) fn show(env: &Env, a: ShowArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let r = find(&cat, &a.id)?;
    let cap = r.capability.as_ref().and_then(|c| cat.capability(&c.value));
    let item = r.roadmap_item.as_ref().and_then(|i| cat.item(&i.value));
    let dup_of = r
        .duplicate_of
        .as_ref()
        .and_then(|d| cat.intake_req(&d.value));
    let dups = core::duplicates_of(&cat, &r.id.value);
    let mut tracing: Vec<_> = cat
        .items()
        .filter(|(_, i)| i.intake.iter().any(|x| x.value == r.id.value))
        .collect();
    tracing.sort_by(|a, b| a.1.id.value.cmp(&b.1.id.value));
    let query = Doc {
        id: &r.id.value,
        title: &r.title.value,
        body: &r.problem.value,
        capability: r.capability.as_ref().map(|c| c.value.as_str()),
    };
    let sims = similar::rank(&core::documents(&cat), &query, 3, similar::THRESHOLD);
    let sims = candidates(&cat, &sims);
    let suggestion = (r.status.value == IntakeStatus::New).then(|| core::suggest_route(&cat, r));

    if a.format == ShowFormat::Json {
        #[derive(Serialize)]
        struct CapOut<'a> {
            id: &'a str,
            name: &'a str,
            lifecycle: &'a str,
            owner: &'a str,
        }
        #[derive(Serialize)]
        struct RouteOut {
            route: &'static str,
            reason: String,
        }
        #[derive(Serialize)]
        struct Out<'a> {
            version: u32,
            as_of: String,
            request: Row<'a>,
            capability: Option<CapOut<'a>>,
            roadmap_item: Option<Ref<'a>>,
            duplicate_of: Option<Ref<'a>>,
            duplicates: Vec<Ref<'a>>,
            roadmap_items: Vec<Ref<'a>>,
            similar: Vec<Candidate<'a>>,
            suggested_route: Option<RouteOut>,
        }
        let out = Out {
            version: 1,
            as_of: env.today.format("%Y-%m-%d").to_string(),
            request: row(env, &cat, r),
            capability: cap.map(|c| CapOut {
                id: &c.id.value,
                name: &c.name.value,
                lifecycle: c.lifecycle.value.as_str(),
                owner: &c.owner.value,
            }),
            roadmap_item: item.map(item_ref),
            duplicate_of: dup_of.map(req_ref),
            duplicates: dups.iter().map(|x| req_ref(x)).collect(),
            roadmap_items: tracing.iter().map(|x| item_ref(*x)).collect(),
            similar: sims,
            suggested_route: suggestion.map(|(route, reason)| RouteOut {
                route: route.as_str(),
                reason,
            }),
        };
        env.print(&crate::output::json_document(&out)?)?;
        return Ok(Outcome::Ok);
    }

    let st = env.style;
    let mut o = String::new();
    let mut line = |k: &str, v: String| o.push_str(&format!("{:<12}{v}\n", st.dim(k)));
    line("id", st.bold(&r.id.value));
    line("title", r.title.value.clone());
    let team_name = cat
        .team(&r.requester.team.value)
        .map(|t| format!(" ({})", t.name.value))
        .unwrap_or_default();
    let contact = r
        .requester
        .contact
        .as_ref()
        .map(|c| format!(", contact {c}"))
        .unwrap_or_default();
    line(
        "requester",
        format!("{}{team_name}{contact}", r.requester.team.value),
    );
    let age = core::age_days(r, env.today);
    line(
        "created",
        format!(
            "{} ({age} day{} ago)",
            r.created.value,
            if age == 1 { "" } else { "s" }
        ),
    );
    line("type", r.kind.to_string());
    line("urgency", r.urgency.to_string());
    let mut status = r.status.value.to_string();
    if let Some(rt) = &r.route {
        status.push_str(&format!(", route {}", rt.value));
    }
    if let Some(t) = &r.triaged {
        status.push_str(&format!(", triaged {}", t.value));
    }
    if let Some(t) = &r.resolved {
        status.push_str(&format!(", resolved {}", t.value));
    }
    line("status", status);
    let rice = match r.rice() {
        Some(x) => format!(
            "{x:.2} = reach {} × impact {} × confidence {} ÷ effort {}",
            r.reach,
            draft::number(r.impact),
            draft::number(r.confidence),
            draft::number(r.effort.unwrap_or(0.0))
        ),
        None => format!(
            "- (no effort; reach {}, impact {}, confidence {})",
            r.reach,
            draft::number(r.impact),
            draft::number(r.confidence)
        ),
    };
    line("RICE", rice);
    if let Some(c) = &r.capability {
        line(
            "capability",
            match cap {
                Some(k) => format!(
                    "{} — {} ({}, owner {})",
                    c.value, k.name.value, k.lifecycle.value, k.owner.value
                ),
                None => format!("{} (not in the catalog)", c.value),
            },
        );
    }
    if let Some(i) = &r.roadmap_item {
        line(
            "roadmap",
            match item {
                Some((q, it)) => format!(
                    "{} — {} ({}, {})",
                    i.value, it.title.value, q.quarter.value, it.status.value
                ),
                None => format!("{} (not in the roadmap)", i.value),
            },
        );
    }
    for (q, it) in &tracing {
        if r.roadmap_item
            .as_ref()
            .is_none_or(|x| x.value != it.id.value)
        {
            line(
                "roadmap",
                format!(
                    "{} — {} ({}, {}) lists this request",
                    it.id.value, it.title.value, q.quarter.value, it.status.value
                ),
            );
        }
    }
    if let Some(d) = &r.duplicate_of {
        line(
            "duplicate of",
            match dup_of {
                Some(x) => format!("{} — {} ({})", d.value, x.title.value, x.status.value),
                None => format!("{} (not in the catalog)", d.value),
            },
        );
    }
    for d in &dups {
        line(
            "duplicated by",
            format!("{} — {} ({})", d.id.value, d.title.value, d.status.value),
        );
    }
    line("file", cat.path(r.meta.file).to_string());
    o.push_str(&format!(
        "\n{}\n{}\n",
        st.bold("Problem"),
        indent(r.problem.value.trim_end())
    ));
    if let Some(x) = &r.outcome {
        o.push_str(&format!("\n{}\n{}\n", st.bold("Outcome"), indent(x)));
    }
    if let Some((route, reason)) = &suggestion {
        o.push_str(&format!(
            "\n{} {route}: {reason}\n  platctl intake triage {} --route {route}\n",
            st.bold("Suggested route:"),
            r.id.value
        ));
    }
    if !sims.is_empty() {
        o.push_str(&format!(
            "\n{}\n{}",
            st.bold("Similar requests"),
            candidates_table(&sims, env.width())
        ));
    }
    env.print_prose(&o)?;
    Ok(Outcome::Ok)
}
