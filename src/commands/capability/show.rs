//! `capability show`.

use crate::app::Env;
use crate::cli::capability::ShowArgs;
use crate::cli::ShowFormat;
use crate::output::capability as render;
use crate::report::capability_detail::detail;
use crate::report::capability_view::CapabilityShow;
use crate::Outcome;
use anyhow::Result;

pub fn run(env: &Env, a: ShowArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let cap = super::find(&cat, &a.id)?;
    let diags = super::lint_findings(env, &cat);
    let d = detail(&cat, cap, env.today, &diags);
    match a.format {
        ShowFormat::Json => {
            let v = CapabilityShow {
                version: 1,
                as_of: env.today,
                detail: &d,
            };
            env.print_as(&crate::output::json_document(&v)?, false)?;
        }
        ShowFormat::Text => env.print_prose(&render::detail_text(&d, env.style))?,
    }
    Ok(Outcome::Ok)
}
