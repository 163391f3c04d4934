//! `intake list`: requests with their RICE score and age.

use super::*;
use crate::output::listing;

pub(super) fn list(env: &Env, a: ListArgs) -> Result<Outcome> {
    let cat = env.load()?;
    crate::ops::known_team_filter(&cat, &a.team)?;
    let filter = view::ListFilter {
        statuses: &a.status,
        all: a.all,
        team: a.team.as_deref(),
        types: &a.kind,
        sort: match a.sort {
            Sort::Rice => SortKey::Rice,
            Sort::Created => SortKey::Created,
            Sort::Urgency => SortKey::Urgency,
            Sort::Id => SortKey::Id,
        },
    };
    let v = view::list(&cat, env.today, &filter);
    let format = match a.format {
        ListFormat::Table => listing::Format::Table,
        ListFormat::Csv => listing::Format::Csv,
        ListFormat::Json => listing::Format::Json,
    };
    let shows = render::list_scope(&filter, v.requests.len());
    if format == listing::Format::Table && v.requests.is_empty() {
        env.note(&format!("{shows}: none match"));
        return Ok(Outcome::Ok);
    }
    listing::print(env, &v, format)?;
    if format == listing::Format::Table {
        env.note(&shows);
    }
    Ok(Outcome::Ok)
}
