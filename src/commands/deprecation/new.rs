//! `deprecation new`: announce a deprecation, through the one shared writer
//! (validate, lock, write atomically, commit).

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::deprecation::NewArgs;
use crate::ops;
use crate::output::fmt::relative_days;
use crate::prompt::deprecation::ask;
use crate::store::writer::Written;
use crate::Outcome;
use anyhow::Result;

pub fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let required = [("--capability", a.flags.capability.is_some())];
    let id = a.flags.id.as_deref().map(|id| (Kind::Deprecation, id));
    let (cat, p) = env.start_new(a.yes, &required, id, a.write)?;
    let (draft, id) = ask(env, &cat, &p, &a.flags, env.today)?;
    let opts = a.write.options(env.today);
    let w = ops::deprecation::announce(&cat.root, &opts, &draft, id, &env.confirm(&p))?;
    let thing = ops::deprecation::thing(&draft);
    let sunset = draft.sunset;
    let n = draft.consumers.len();
    let done = |w: &Written| {
        format!(
            "announced {} in {}: sunset {} ({}), {n} consumer{} to move, all pending",
            thing,
            w.path,
            sunset,
            relative_days((sunset - env.today).num_days()),
            if n == 1 { "" } else { "s" }
        )
    };
    let next = format!("platctl deprecation show {}", draft_id(&w));
    env.finish_new(w, &done, &next)
}

fn draft_id(w: &Option<Written>) -> &str {
    w.as_ref().map_or("", |w| w.id.as_str())
}
