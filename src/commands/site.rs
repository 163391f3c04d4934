//! `platctl site build`: the portal, a static website of the whole catalog.

use super::sources::{current, open, snapshots};
use crate::app::Env;
use crate::cli::site::{BuildArgs, Command};
use crate::model::{Period, Quarter};
use crate::ops::read_site;
use crate::store::tree::{write_tree, OutFile};
use crate::Outcome;
use anyhow::{Context, Result};

pub fn run(env: &Env, c: Command) -> Result<Outcome> {
    match c {
        Command::Build(a) => build(env, a),
    }
}

fn build(env: &Env, a: BuildArgs) -> Result<Outcome> {
    let started = std::time::Instant::now();
    let out = env.resolve(&a.output);
    let mut src = open(env, None)?;
    let fy = src.config.fiscal_year_start_month;
    let since = read_site::since_arg(a.since.as_deref(), env.today, fy)?;
    let period = Period::Quarter(Quarter::of(env.today, fy));
    let snaps = snapshots(env, &mut src, &crate::report::kpi::spark_periods(period))?;
    let cat = current(env, &mut src);
    let loaded = started.elapsed();
    let kpis = crate::kpi::registry::for_catalog(&cat);
    let dashboard = {
        let ctx = crate::kpi::Ctx::new(&cat, env.today, &snaps);
        crate::report::kpi::build(&kpis, &ctx, &src.config.name, period, src.history_note())
    };
    let scope = |q| super::report::roadmap::scope_from_history(env, &cat, q);
    let built = read_site::build(&mut src.history, &cat, env.today, since, dashboard, &scope)?;
    let mut phases = vec![("load and history", loaded)];
    phases.extend(built.phases);
    let s = built.site;
    let lap = std::time::Instant::now();
    let files: Vec<OutFile> = crate::output::site::render(&s)
        .into_iter()
        .map(|(path, bytes)| OutFile { path, bytes })
        .collect();
    phases.push(("render", lap.elapsed()));
    let lap = std::time::Instant::now();
    let n = files.len();
    env.spinning(&format!("writing {n} files"), || write_tree(&out, &files))
        .with_context(|| format!("cannot write the site to {}", out.display()))?;
    phases.push(("write and sync", lap.elapsed()));
    if env.verbose {
        let p: Vec<String> = phases.iter().map(|(w, d)| format!("{w} {d:.0?}")).collect();
        env.note(&format!("site: {}", p.join(", ")));
    }
    let took = env.verbose.then(|| started.elapsed());
    env.note(&crate::output::written::site(n, &out, &s, took));
    // The process ends here; the OS frees the catalog faster than Drop would.
    std::mem::forget(src);
    std::mem::forget(s);
    Ok(Outcome::Ok)
}
