//! `platctl explain RULE`.

use super::Env;
use crate::lint::registry::{self, RULES};
use crate::Outcome;
use anyhow::{bail, Result};

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  platctl explain            list every rule\n  platctl explain exception-expiring"
)]
pub struct Args {
    /// The rule id; without one, every rule is listed
    pub rule: Option<String>,
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let st = env.style;
    let Some(id) = a.rule else {
        let width = RULES.iter().map(|r| r.id.as_str().len()).max().unwrap_or(0);
        let mut out = String::new();
        for r in RULES {
            out.push_str(&format!(
                "{:width$}  {:7}  {}\n",
                r.id,
                r.id.default_level().as_str(),
                r.summary
            ));
        }
        env.print_text(&out)?;
        return Ok(Outcome::Ok);
    };
    let Some(r) = registry::find(&id) else {
        let hint = crate::suggest::did_you_mean(&id, RULES.iter().map(|r| r.id.as_str()))
            .unwrap_or_else(|| "run `platctl explain` to list the rules".into());
        bail!("unknown rule `{id}`: {hint}");
    };
    let example: String = r.example.lines().map(|l| format!("    {l}\n")).collect();
    let out = format!(
        "{} [{} by default]\n{}\n\n{}\n{}\n\n{}\n{example}\n{}\n{}\n\n{}\n  set its level in platctl.yaml (`lint.rules: {{ {}: warning }}`), for one run with `--rule {}=off`,\n  or silence one finding with `# platctl: allow({}) reason` on its line.\n",
        st.bold(r.id.as_str()), r.id.default_level().as_str(), r.summary,
        st.bold("Why"), r.rationale,
        st.bold("Example that breaks it"),
        st.bold("Fix"), r.fix,
        st.bold("Configure"), r.id, r.id, r.id,
    );
    env.print_prose(&out)?;
    Ok(Outcome::Ok)
}
