//! `intake list`: requests with their RICE score and age.

use super::*;

pub(super) fn list(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    if let Some(t) = &a.team {
        if cat.team(t).is_none() && !cat.intake.iter().any(|r| &r.requester.team.value == t) {
            let teams = cat.ids_of(Kind::Team);
            let hint = crate::suggest::did_you_mean(t, teams.iter().copied())
                .unwrap_or_else(|| "see teams/".into());
            bail!("--team `{t}`: no such team ({hint})");
        }
    }
    let mut v: Vec<&Intake> = cat
        .intake
        .iter()
        .filter(|r| {
            if a.status.is_empty() {
                a.all || !r.status.value.is_final()
            } else {
                a.status.iter().any(|s| s == r.status.value.as_str())
            }
        })
        .filter(|r| a.team.as_ref().is_none_or(|t| &r.requester.team.value == t))
        .filter(|r| a.kind.is_empty() || a.kind.iter().any(|k| k == r.kind.as_str()))
        .collect();
    let key = match a.sort {
        Sort::Rice => SortKey::Rice,
        Sort::Created => SortKey::Created,
        Sort::Urgency => SortKey::Urgency,
        Sort::Id => SortKey::Id,
    };
    core::sort(&mut v, key);
    let header = [
        "ID", "TITLE", "TEAM", "TYPE", "URGENCY", "STATUS", "ROUTE", "RICE", "AGE",
    ];
    let cells = |r: &Intake| {
        vec![
            r.id.value.clone(),
            r.title.value.clone(),
            r.requester.team.value.clone(),
            r.kind.to_string(),
            r.urgency.to_string(),
            r.status.value.to_string(),
            r.route
                .as_ref()
                .map_or_else(|| "-".into(), |x| x.value.to_string()),
            rice_text(r.rice()),
            format!("{}d", core::age_days(r, env.today)),
        ]
    };
    match a.format {
        ListFormat::Json => {
            #[derive(Serialize)]
            struct Out<'a> {
                version: u32,
                as_of: String,
                requests: Vec<Row<'a>>,
            }
            let out = Out {
                version: 1,
                as_of: env.today.format("%Y-%m-%d").to_string(),
                requests: v.iter().map(|r| row(env, &cat, r)).collect(),
            };
            env.print(&crate::output::json_document(&out)?)?;
        }
        ListFormat::Csv => {
            let rows: Vec<Vec<String>> = v
                .iter()
                .map(|r| {
                    let mut c = cells(r);
                    if let Some(age) = c.last_mut() {
                        *age = age.trim_end_matches('d').to_string();
                    }
                    c
                })
                .collect();
            env.print(&table::csv(
                &[
                    "id", "title", "team", "type", "urgency", "status", "route", "rice", "age_days",
                ],
                &rows,
            ))?;
        }
        ListFormat::Table => {
            let shows = list_scope(&a, v.len());
            if v.is_empty() {
                env.note(&format!("{shows}: none match"));
                return Ok(Outcome::Ok);
            }
            env.print_text(&table::table(
                &header,
                v.iter().map(|r| cells(r)).collect(),
                env.width(),
            ))?;
            env.note(&shows);
        }
    }
    Ok(Outcome::Ok)
}

/// What a listing shows, in words: "4 open requests (new, triaged,
/// accepted; --all adds the closed ones), team team-growth, by RICE".
fn list_scope(a: &ListArgs, n: usize) -> String {
    let noun = if n == 1 { "request" } else { "requests" };
    let mut out = if a.all {
        format!("{n} {noun}, open and closed")
    } else if a.status.is_empty() {
        format!("{n} open {noun} (new, triaged, accepted; --all adds the closed ones)")
    } else {
        format!("{n} {noun} with status {}", a.status.join(", "))
    };
    if let Some(t) = &a.team {
        out.push_str(&format!(", team {t}"));
    }
    if !a.kind.is_empty() {
        out.push_str(&format!(", type {}", a.kind.join(", ")));
    }
    out.push_str(match a.sort {
        Sort::Rice => ", by RICE",
        Sort::Created => ", oldest first",
        Sort::Urgency => ", most urgent first",
        Sort::Id => ", by id",
    });
    out
}
