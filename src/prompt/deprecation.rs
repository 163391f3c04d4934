//! The questions of `deprecation new`, and the flags that answer them.

use super::{
    date_check, new_slug_like, one_line, sorted_ids, to_date, Console, Prompter, Question,
};
use crate::catalog::{Catalog, Kind};
use crate::lifecycle::draft::{consumers_of, default_deprecation_id, DeprecationDraft};
use crate::lifecycle::policy::{earliest_sunset, notice_days};
use crate::model::{parse_date, DeprecationStatus};
use anyhow::Result;
use chrono::NaiveDate;

#[derive(clap::Args, Debug)]
pub struct Flags {
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
}

/// What goes away: the capability, and maybe one interface version of it.
struct Target {
    capability: String,
    versions: Vec<String>,
    interface: Option<String>,
}

/// Asks (or takes from flags) every field of a new deprecation, and its id.
pub fn ask(
    term: &dyn Console,
    cat: &Catalog,
    p: &Prompter,
    a: &Flags,
    today: NaiveDate,
) -> Result<(DeprecationDraft, String)> {
    let caps = sorted_ids(cat.capabilities.iter().map(|c| c.id.value.as_str()));
    p.intro(term, "deprecation");
    let t = ask_target(cat, p, a, &caps)?;
    // A deprecated interface version may be replaced by another version of the same capability.
    let others: Vec<String> = caps
        .iter()
        .filter(|c| t.interface.is_some() || **c != t.capability)
        .cloned()
        .collect();
    let replacement = p.known_opt(
        a.replacement.clone(),
        Question::new("--replacement", "Replacement capability (optional):")
            .help("what consumers move to; Enter skips"),
        "capability",
        &others,
    )?;
    let (announced, sunset, earliest) = ask_dates(cat, p, a, today)?;
    let migration_guide = p.optional(
        a.migration_guide.clone(),
        &Question::new("--migration-guide", "Migration guide URL (optional):")
            .help("where consumers learn how to move; Enter skips")
            .check(&one_line),
    )?;
    let consumers = consumers_of(cat, &t.capability, t.interface.as_deref());
    warn_unknown_interface(term, &t, &consumers);
    let id = ask_id(term, cat, p, a, &t, &consumers)?;
    let short_notice_reason = (sunset < earliest).then(|| a.reason.clone()).flatten();
    let draft = DeprecationDraft {
        capability: t.capability,
        interface: t.interface,
        replacement,
        announced,
        sunset,
        status: DeprecationStatus::Announced,
        migration_guide,
        consumers,
        short_notice_reason,
    };
    Ok((draft, id))
}

/// The capability that goes away, and the interface version when only one goes.
fn ask_target(cat: &Catalog, p: &Prompter, a: &Flags, caps: &[String]) -> Result<Target> {
    let capability = p.known(
        a.capability.clone(),
        Question::new("--capability", "Capability that goes away:")
            .help("a capability id; type to filter, Tab completes"),
        "capability",
        caps,
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
    Ok(Target {
        capability,
        versions,
        interface,
    })
}

/// The announcement and the sunset, which the policy's notice bounds (unless
/// --force), and the earliest sunset the policy allows.
fn ask_dates(
    cat: &Catalog,
    p: &Prompter,
    a: &Flags,
    today: NaiveDate,
) -> Result<(NaiveDate, NaiveDate, NaiveDate)> {
    let policy = &cat.config.policy;
    let today = today.format("%Y-%m-%d").to_string();
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
    Ok((announced, to_date("--sunset", &sunset)?, earliest))
}

/// An interface version no service uses and the capability does not declare
/// is likely a typo: said, not refused.
fn warn_unknown_interface(term: &dyn Console, t: &Target, consumers: &[String]) {
    let Some(v) = &t.interface else { return };
    if consumers.is_empty() && !t.versions.contains(v) {
        let known = if t.versions.is_empty() {
            "it declares no interface version".to_string()
        } else {
            format!("its versions are {}", t.versions.join(", "))
        };
        term.warn(&format!(
            "no service uses `{}` {v}, and {known}: is the interface version right?",
            t.capability
        ));
    }
}

/// The id, `<capability>-<interface>` or `<capability>-sunset` proposed; on
/// a terminal, the consumers found are said first.
fn ask_id(
    term: &dyn Console,
    cat: &Catalog,
    p: &Prompter,
    a: &Flags,
    t: &Target,
    consumers: &[String],
) -> Result<String> {
    let proposed = default_deprecation_id(&t.capability, t.interface.as_deref());
    let taken: Vec<String> = cat
        .ids_of(Kind::Deprecation)
        .into_iter()
        .map(str::to_string)
        .collect();
    let id_ok = new_slug_like("deprecation", &taken, "legacy-auth-sunset");
    if p.interactive() {
        let n = consumers.len();
        term.say(&format!(
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
    p.text(
        a.id.clone(),
        &Question::new("--id", "Id:")
            .default(&proposed)
            .check(&id_ok),
    )
}
