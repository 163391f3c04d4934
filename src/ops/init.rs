//! A new catalog: its settings with commented defaults, its directories,
//! the JSON Schemas, and maybe a small example.

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// What to make.
pub struct Init {
    /// Where, absolute.
    pub dir: PathBuf,
    /// The platform's name (default: the directory's name).
    pub name: Option<String>,
    /// Add the small example catalog.
    pub example: bool,
    /// Make the directory a git repository when it is in none.
    pub git: bool,
    /// The example roadmap is for the quarter of this day.
    pub today: NaiveDate,
}

/// What was made.
pub struct Made {
    /// Files written, relative to the catalog.
    pub written: Vec<String>,
    /// Example files left as they were because they exist.
    pub kept: Vec<PathBuf>,
    /// `git init` was run.
    pub git_init: bool,
}

fn config_text(name: &str) -> String {
    format!(
        r#"# platctl catalog settings. This file marks the catalog root.
# Every key but `version` is optional; the values below are the defaults.
version: 1
name: {name}                     # shown in report titles
fiscal_year_start_month: 1       # 1..12; with 7, 2027-Q1 runs 2026-07-01..2026-09-30

policy:
  exception_max_days: 180        # expires - granted may not exceed this
  exception_warn_days: 14        # warn this many days before an exception expires
  deprecation_min_notice_days: 90  # sunset - announced must be at least this
  deprecation_warn_days: 30      # warn this many days before a sunset with consumers left
  intake_triage_sla_days: 10     # a request still `new` after this many days is stale
  ga_requires: [docs, runbook, slo, support]   # fields a `ga` capability must have

lint:
  rules: {{}}                      # level per rule, e.g. roadmap-item-without-outcome: off
  ignore: []                     # globs relative to this directory, e.g. "intake/archive/**"

kpis: {{}}                         # targets per KPI, e.g. roadmap-predictability: {{ min: 0.7, max: 0.85 }}
"#,
        name = crate::store::yaml_text::scalar(name)
    )
}

const GITIGNORE: &str = "# Temporary files of platctl's atomic writes (one may be left by a killed run)\n.platctl-*.tmp\n";

const DIRS: &[&str] = &[
    "teams",
    "services",
    "capabilities",
    "roadmap",
    "deprecations",
    "exceptions",
    "intake",
    "metrics",
    "surveys",
];

const EXAMPLE: &[(&str, &str)] = &[
    ("teams/team-platform.yaml", "id: team-platform\nname: Platform Engineering\ntype: platform\ncontact: \"#platform\"\n"),
    ("teams/team-shop.yaml", "id: team-shop\nname: Shop\ntype: product\n"),
    ("services/shop-api.yaml", "id: shop-api\nname: Shop API\nteam: team-shop\ntier: 1\ncreated: 2026-01-12\nfirst_deploy: 2026-01-15\nuses:\n  - ci-pipelines\n"),
    ("services/shop-web.yaml", "id: shop-web\nteam: team-shop\ntier: 2\nuses: []\n"),
    ("capabilities/ci-pipelines.yaml", "id: ci-pipelines\nname: Standard CI pipelines\nsummary: Reusable build, test and scan workflows\nowner: team-platform\nlifecycle: ga\ncategory: delivery\ngolden_path: true\nslo:\n  availability: 99.9\nsupport:\n  channel: \"#platform-help\"\n  hours: business\ndocs: https://docs.example.com/ci\nrunbook: https://runbooks.example.com/ci\n"),
    ("capabilities/preview-envs.yaml", "id: preview-envs\nname: Preview environments\nsummary: A short-lived environment per pull request\nowner: team-platform\nlifecycle: beta\ncategory: delivery\ndepends_on: [ci-pipelines]\n"),
];

/// Makes the catalog; refuses a directory that is a catalog already, or
/// whose directories lead out of it through a link (before anything is written).
pub fn init(i: &Init) -> Result<Made> {
    let dir = &i.dir;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let config = dir.join("platctl.yaml");
    if config.exists() {
        bail!(
            "{} already exists: this is a catalog already (nothing was changed)",
            config.display()
        );
    }
    let name = i.name.clone().unwrap_or_else(|| {
        dir.canonicalize()
            .ok()
            .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "platform".into())
    });
    let real = confined(dir)?;
    let inside = |d: &str| {
        crate::store::confine::dir_inside(&real, &real.join(d)).map_err(|e| anyhow::anyhow!("{e}"))
    };
    let mut made = Made {
        written: Vec::new(),
        kept: Vec::new(),
        git_init: false,
    };
    // The JSON Schemas first, so that every file written below can point editors at its own.
    let schemas = crate::schema::all();
    crate::store::generated::write_into(
        &inside(crate::schema::DIR)?,
        &schemas.iter().collect::<Vec<_>>(),
    )?;
    let config_text = format!("{}{}", header(dir, "platctl.yaml"), config_text(&name));
    write(&config, &config_text)?;
    made.written.push("platctl.yaml".to_string());
    // platctl's temporary files (a write killed midway may leave one) stay out of git.
    let ignore = dir.join(".gitignore");
    if std::fs::symlink_metadata(&ignore).is_err() {
        write(&ignore, GITIGNORE)?;
        made.written.push(".gitignore".to_string());
    }
    for d in DIRS {
        keep_empty(&inside(d)?)?;
    }
    if i.example {
        example(dir, i.today, &mut made)?;
    }
    made.git_init = i.git && crate::git::init_if_outside(dir)?;
    Ok(made)
}

/// The directory, resolved, when none of the catalog's directories leads
/// out of it through a link.
fn confined(dir: &Path) -> Result<PathBuf> {
    let real = dir
        .canonicalize()
        .with_context(|| format!("cannot resolve {}", dir.display()))?;
    for d in std::iter::once(crate::schema::DIR).chain(DIRS.iter().copied()) {
        let p = dir.join(d);
        if std::fs::symlink_metadata(&p).is_ok()
            && !p
                .canonicalize()
                .is_ok_and(|t| t.starts_with(&real) && t.is_dir())
        {
            bail!(
                "{} is a symbolic link that leads outside {} (or to no directory); nothing was written",
                p.display(),
                real.display()
            );
        }
    }
    Ok(real)
}

fn header(dir: &Path, path: &str) -> String {
    crate::store::yaml_text::schema_header(dir, path).unwrap_or_default()
}

fn write(p: &Path, text: &str) -> Result<()> {
    crate::store::atomic::write_file(p, text.as_bytes(), false)
        .with_context(|| format!("cannot write {}", p.display()))
}

/// A `.gitkeep` in an empty directory, so that git keeps it.
fn keep_empty(p: &Path) -> Result<()> {
    let keep = p.join(".gitkeep");
    if !keep.exists()
        && std::fs::read_dir(p)
            .map(|mut r| r.next().is_none())
            .unwrap_or(false)
    {
        crate::store::atomic::write_file(&keep, b"", false)?;
    }
    Ok(())
}

/// The example: two teams, two services, two capabilities and this
/// quarter's roadmap; a file that exists is kept as it is.
fn example(dir: &Path, today: NaiveDate, made: &mut Made) -> Result<()> {
    let q = crate::model::Quarter::of(today, 1);
    let roadmap = format!(
        "quarter: {q}\nthemes:\n  - id: paved-road\n    name: A paved road to production\nitems:\n  - id: preview-envs-ga\n    title: Preview environments for every repository\n    theme: paved-road\n    owner: team-platform\n    capability: preview-envs\n    status: in-progress\n    outcome: Reviewers see every change running before merge\n"
    );
    let roadmap_path = format!("roadmap/{q}.yaml");
    for (path, text) in EXAMPLE
        .iter()
        .copied()
        .chain([(roadmap_path.as_str(), roadmap.as_str())])
    {
        let p = dir.join(path);
        if p.exists() {
            made.kept.push(p);
            continue;
        }
        write(&p, &format!("{}{text}", header(dir, path)))?;
        made.written.push(path.to_string());
    }
    Ok(())
}
