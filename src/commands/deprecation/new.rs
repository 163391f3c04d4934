//! `deprecation new`: announce a deprecation, through the one shared writer
//! (validate, lock, write atomically, commit).

use crate::app::Env;
use crate::catalog::Kind;
use crate::cli::deprecation::NewArgs;
use crate::ops;
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
    let (thing, today) = (ops::deprecation::thing(&draft), env.today);
    let done = |w: &Written| crate::output::written::announced(w, &thing, &draft, today);
    let next = format!("platctl deprecation show {}", draft_id(&w));
    env.finish_new(w, &done, &next)
}

fn draft_id(w: &Option<Written>) -> &str {
    w.as_ref().map_or("", |w| w.id.as_str())
}
