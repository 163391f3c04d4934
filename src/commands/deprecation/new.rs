//! `deprecation new`: announce a deprecation, through the one shared writer
//! (validate, lock, write atomically, commit).

use crate::catalog::{Catalog, Kind};
use crate::commands::prompt::{date_check, known_id, sorted_ids, to_date, Prompter, Question};
use crate::commands::writing::{
    check_id_form, relative_days, report, report_dry_run, warn_after, write_error, WriteFlags,
};
use crate::commands::Env;
use crate::lifecycle::draft::{consumers_of, default_deprecation_id, DeprecationDraft};
use crate::lifecycle::policy::{earliest_sunset, notice_days};
use crate::model::ids::is_slug;
use crate::model::{parse_date, DeprecationStatus};
use crate::store::writer::{self, IdChoice};
use crate::Outcome;
use anyhow::Result;

pub const NEW_HELP: &str =
    "On a terminal it asks, one question at a time, with defaults; every question
has a flag. With --yes, or without a terminal, it asks nothing and fails
naming each missing required flag (only --capability is required: the rest
have defaults).

consumers are the active services that use the capability now (with
--interface, only those whose `uses` entry names that version), all `pending`.
A sunset sooner than announced + policy deprecation_min_notice_days is refused
unless --force --reason \"...\": the reason is written above `sunset` as a
`# platctl: allow(sunset-notice-too-short)` comment, so lint knows why.

Examples:
  platctl deprecation new
  platctl deprecation new --yes --capability legacy-auth \\
      --replacement identity-sso --sunset 2027-03-31 \\
      --migration-guide https://docs.example.com/migrate-auth --commit
  platctl deprecation new --yes --capability observability --interface v1 \\
      --dry-run";

#[derive(clap::Args, Debug)]
pub struct NewArgs {
    /// The capability that goes away
    #[arg(long, value_name = "ID")]
    pub capability: Option<String>,
    /// Only this interface version goes away (e.g. v1); consumers are the services using that version
    #[arg(long, value_name = "VERSION")]
    pub interface: Option<String>,
    /// The capability consumers move to
    #[arg(long, value_name = "ID")]
    pub replacement: Option<String>,
    /// Announcement date, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub announced: Option<String>,
    /// The day after which it is gone, YYYY-MM-DD [default: announced + policy deprecation_min_notice_days]
    #[arg(long, value_name = "DATE")]
    pub sunset: Option<String>,
    /// Where consumers learn how to move (a URL)
    #[arg(long, value_name = "URL")]
    pub migration_guide: Option<String>,
    /// The deprecation's id [default: <capability>-<interface>, or <capability>-sunset]
    #[arg(long)]
    pub id: Option<String>,
    /// Accept a sunset sooner than the policy's notice (needs --reason)
    #[arg(long, requires = "reason")]
    pub force: bool,
    /// Why the notice is shorter than the policy's, written into the file
    #[arg(long, requires = "force")]
    pub reason: Option<String>,
    /// Ask nothing: take defaults, fail on a missing required flag
    #[arg(short = 'y', long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

pub fn new(env: &Env, a: NewArgs) -> Result<Outcome> {
    let cat = env.load()?;
    let p = Prompter::new(env, a.yes);
    p.require(&[("--capability", a.capability.is_some())])?;
    if let Some(id) = &a.id {
        check_id_form(Kind::Deprecation, id)?;
    }
    a.write.ensure_can_commit(&cat.root)?;
    let (draft, id) = ask(env, &cat, &p, &a)?;
    let path = format!("deprecations/{id}.yaml");
    if !p.preview_and_confirm(
        env,
        &path,
        &writer::file_text(&cat.root, Kind::Deprecation, &draft.to_yaml(&id)),
    )? {
        return Ok(Outcome::Ok);
    }
    let opts = a.write.options(env.today);
    let thing = match &draft.interface {
        Some(i) => format!("{} {i}", draft.capability),
        None => draft.capability.clone(),
    };
    let sunset = draft.sunset;
    let w = writer::create(
        &cat.root,
        Kind::Deprecation,
        IdChoice::Given(id),
        &opts,
        &|id| draft.to_yaml(id),
        &|id| format!("deprecation: {id} {thing} sunsets {sunset}"),
    )
    .map_err(write_error)?;
    if !w.written {
        return report_dry_run(env, &w).map(|_| Outcome::Ok);
    }
    let n = draft.consumers.len();
    let done = format!(
        "announced {} in {}: sunset {} ({}), {n} consumer{} to move, all pending",
        thing,
        w.path,
        sunset,
        relative_days((sunset - env.today).num_days()),
        if n == 1 { "" } else { "s" }
    );
    report(
        env,
        &w,
        &done,
        &format!("platctl deprecation show {}", w.id),
    )?;
    warn_after(env, &w);
    Ok(Outcome::Ok)
}

/// Asks (or takes from flags) every field of a new deprecation, and its id.
fn ask(env: &Env, cat: &Catalog, p: &Prompter, a: &NewArgs) -> Result<(DeprecationDraft, String)> {
    let policy = &cat.config.policy;
    let caps = sorted_ids(cat.capabilities.iter().map(|c| c.id.value.as_str()));
    let cap_ok = known_id("capability", &caps);
    let one_line = |s: &str| {
        if s.contains('\n') {
            Err("one line, please".to_string())
        } else {
            Ok(())
        }
    };
    p.intro(env, "deprecation");
    let capability = p.text(
        a.capability.clone(),
        &Question::new("--capability", "Capability that goes away:")
            .help("a capability id; type to filter, Tab completes")
            .check(&cap_ok)
            .suggest(&caps),
    )?;
    let versions: Vec<String> = cat
        .capability(&capability)
        .map(|c| sorted_ids(c.interfaces.iter().filter_map(|i| i.version.as_deref())))
        .unwrap_or_default();
    let iface_help = if versions.is_empty() {
        "Enter: the whole capability goes away".to_string()
    } else {
        format!(
            "only this version goes away ({}); Enter: the whole capability",
            versions.join(", ")
        )
    };
    let interface = p.optional(
        a.interface.clone(),
        &Question::new("--interface", "Interface version (optional):")
            .help(&iface_help)
            .check(&one_line)
            .suggest(&versions),
    )?;
    // A deprecated interface version may be replaced by another version of the same capability.
    let others: Vec<String> = caps
        .iter()
        .filter(|c| interface.is_some() || **c != capability)
        .cloned()
        .collect();
    let repl_ok = known_id("capability", &others);
    let replacement = p.optional(
        a.replacement.clone(),
        &Question::new("--replacement", "Replacement capability (optional):")
            .help("what consumers move to; Enter skips")
            .check(&repl_ok)
            .suggest(&others),
    )?;
    let today = env.today.format("%Y-%m-%d").to_string();
    let announced = p.text(
        a.announced.clone(),
        &Question::new("--announced", "Announced on:")
            .default(&today)
            .check(&date_check),
    )?;
    let announced = to_date("--announced", &announced)?;
    let earliest = earliest_sunset(announced, policy);
    let earliest_s = earliest.format("%Y-%m-%d").to_string();
    let force = a.force;
    let min = policy.deprecation_min_notice_days;
    let sunset_ok = move |s: &str| -> Result<(), String> {
        date_check(s)?;
        let d = parse_date(s.trim()).unwrap_or(earliest);
        if d < announced {
            return Err(format!(
                "the sunset comes before the announcement ({announced})"
            ));
        }
        if d < earliest && !force {
            return Err(format!(
                "{} of notice; the policy (deprecation_min_notice_days) asks for {min}: {earliest} or later, or --force --reason \"...\"",
                crate::lint::rules::plural_days(notice_days(announced, d))
            ));
        }
        Ok(())
    };
    let sunset_help =
        format!("the day after which it is gone; at least {min} days after the announcement");
    let sunset = p.text(
        a.sunset.clone(),
        &Question::new("--sunset", "Sunset:")
            .default(&earliest_s)
            .help(&sunset_help)
            .check(&sunset_ok),
    )?;
    let sunset = to_date("--sunset", &sunset)?;
    let migration_guide = p.optional(
        a.migration_guide.clone(),
        &Question::new("--migration-guide", "Migration guide URL (optional):")
            .help("where consumers learn how to move; Enter skips")
            .check(&one_line),
    )?;
    let consumers = consumers_of(cat, &capability, interface.as_deref());
    if let Some(v) = &interface {
        if consumers.is_empty() && !versions.contains(v) {
            let known = if versions.is_empty() {
                "it declares no interface version".to_string()
            } else {
                format!("its versions are {}", versions.join(", "))
            };
            env.warn(&format!(
                "no service uses `{capability}` {v}, and {known}: is the interface version right?"
            ));
        }
    }
    let proposed = default_deprecation_id(&capability, interface.as_deref());
    let id_ok = |s: &str| -> Result<(), String> {
        if !is_slug(s) {
            return Err(
                "an id is lowercase letters, digits and dashes, e.g. legacy-auth-sunset".into(),
            );
        }
        if cat.has_id(Kind::Deprecation, s) {
            return Err(format!(
                "deprecation `{s}` exists already; choose another id"
            ));
        }
        Ok(())
    };
    if p.interactive() {
        let n = consumers.len();
        env.note(&format!(
            "{n} service{} use{} it now: {}",
            if n == 1 { "" } else { "s" },
            if n == 1 { "s" } else { "" },
            if n == 0 {
                "none".to_string()
            } else {
                consumers.join(", ")
            }
        ));
    }
    let id = p.text(
        a.id.clone(),
        &Question::new("--id", "Id:")
            .default(&proposed)
            .check(&id_ok),
    )?;
    let short_notice_reason = (sunset < earliest).then(|| a.reason.clone()).flatten();
    Ok((
        DeprecationDraft {
            capability,
            interface,
            replacement,
            announced,
            sunset,
            status: DeprecationStatus::Announced,
            migration_guide,
            consumers,
            short_notice_reason,
        },
        id,
    ))
}

// ---------------------------------------------------------------------------
// migrate
// ---------------------------------------------------------------------------
