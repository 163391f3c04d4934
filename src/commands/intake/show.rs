//! `intake show`: everything about one request.

use super::*;

pub(super) fn show(env: &Env, a: ShowArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let r = find(&cat, &a.id)?;
    let v = view::show(&cat, r, env.today);
    match a.format {
        ShowFormat::Json => env.print_data(&crate::output::json_document(&v)?)?,
        ShowFormat::Text => env.print_prose(&render::show_text(&v, env.style, env.width()))?,
    }
    Ok(Outcome::Ok)
}
