//! `intake similar`: the requests most like one request, or like a text.

use super::*;
use crate::output::listing;

pub(super) fn similar_cmd(env: &Env, a: SimilarArgs) -> Result<Outcome> {
    let cat = env.load()?;
    if !(0.0..=1.0).contains(&a.min_score) {
        bail!(
            "--min-score {} is out of range: a score between 0 and 1",
            a.min_score
        );
    }
    let (query, id) = match (&a.id, &a.text) {
        (Some(id), _) => {
            let r = find(&cat, id)?;
            (view::query(r), Some(r.id.value.as_str()))
        }
        (None, Some(t)) => (
            Doc {
                id: "",
                title: "",
                body: t,
                capability: None,
            },
            None,
        ),
        (None, None) => bail!("give a request id or --text \"...\""),
    };
    let found = similar::rank(&core::documents(&cat), &query, a.limit, a.min_score);
    let c = view::candidates(&cat, &found);
    let v = view::similar_view(id, a.text.as_deref(), a.min_score, c);
    if a.format == Format::Table && v.similar.is_empty() {
        env.note(&format!(
            "no similar requests (none scores {:.2} or more)",
            a.min_score
        ));
        return Ok(Outcome::Ok);
    }
    listing::print(
        env,
        &v,
        match a.format {
            Format::Table => listing::Format::Table,
            Format::Json => listing::Format::Json,
        },
    )?;
    Ok(Outcome::Ok)
}
