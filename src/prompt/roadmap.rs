//! The questions of `roadmap item new`, and the flags that answer them.

use super::{ask_id_among, one_line, sorted_ids, Console, Prompter, Question};
use crate::catalog::Catalog;
use crate::lifecycle::fields::Fields;
use crate::model::{Commitment, ItemStatus, Quarter};
use anyhow::Result;

#[derive(clap::Args, Debug)]
pub struct Flags {
    /// The quarter, YYYY-Qn [default: the quarter that holds today]
    #[arg(long, value_name = "QUARTER")]
    pub quarter: Option<String>,
    /// What will be delivered, in one line
    #[arg(long)]
    pub title: Option<String>,
    /// The owning team's id
    #[arg(long, value_name = "TEAM")]
    pub owner: Option<String>,
    /// The item's id [default: the title as a slug]
    #[arg(long)]
    pub id: Option<String>,
    /// A theme id of the quarter
    #[arg(long)]
    pub theme: Option<String>,
    /// The capability it builds or changes
    #[arg(long, value_name = "ID")]
    pub capability: Option<String>,
    /// committed (counts for predictability) or stretch
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(Commitment::NAMES))]
    pub commitment: Option<String>,
    /// Person-weeks
    #[arg(long)]
    pub effort: Option<f64>,
    /// A measurable outcome
    #[arg(long)]
    pub outcome: Option<String>,
    /// The KPI it should move
    #[arg(long)]
    pub kpi: Option<String>,
    /// Roadmap items it depends on (comma-separated)
    #[arg(long, value_delimiter = ',', value_name = "ID")]
    pub depends_on: Vec<String>,
    /// Intake requests it answers (comma-separated)
    #[arg(long, value_delimiter = ',', value_name = "INT-ID")]
    pub intake: Vec<String>,
}

/// A new item's fields, and what its messages name.
pub struct NewItem {
    pub id: String,
    pub title: String,
    pub commitment: String,
    pub fields: Fields,
}

/// Asks (or takes from flags) every field of a new item of `quarter`.
pub fn ask(
    term: &dyn Console,
    cat: &Catalog,
    p: &Prompter,
    a: &Flags,
    quarter: Quarter,
) -> Result<NewItem> {
    p.intro(term, &format!("roadmap item for {quarter}"));
    let title = p.text(
        a.title.clone(),
        &Question::new("--title", "Title:")
            .help("what will be delivered, in one line")
            .check(&one_line),
    )?;
    let owner = p.owning_team(cat, a.owner.clone())?;
    let (theme, capability) = ask_links(cat, p, a, quarter)?;
    let commitment = p.select(
        a.commitment.clone(),
        &Question::new("--commitment", "Commitment:")
            .default("committed")
            .help("committed items count for predictability; stretch items do not"),
        Commitment::NAMES,
    )?;
    let taken: Vec<String> = cat.items().map(|(_, i)| i.id.value.clone()).collect();
    let id = ask_id_among(
        p,
        a.id.clone(),
        "roadmap item",
        &taken,
        "pci-cluster",
        &title,
    )?;
    let fields = Fields::new()
        .text("id", &id)
        .text("title", &title)
        .opt_text("theme", theme.as_deref())
        .text("owner", &owner)
        .opt_text("capability", capability.as_deref())
        .opt_text(
            "commitment",
            (commitment != "committed").then_some(commitment.as_str()),
        )
        .raw("status", ItemStatus::Planned.as_str())
        .opt_number("effort", a.effort)
        .list("depends_on", &a.depends_on)
        .list("intake", &a.intake)
        .opt_text("kpi", a.kpi.as_deref())
        .opt_text("outcome", a.outcome.as_deref());
    Ok(NewItem {
        id,
        title,
        commitment,
        fields,
    })
}

/// The theme of the quarter (asked only when it has themes) and the
/// capability the item builds or changes.
fn ask_links(
    cat: &Catalog,
    p: &Prompter,
    a: &Flags,
    quarter: Quarter,
) -> Result<(Option<String>, Option<String>)> {
    let themes: Vec<String> = cat
        .quarter(quarter)
        .map(|r| sorted_ids(r.themes.iter().map(|t| t.id.value.as_str())))
        .unwrap_or_default();
    let theme_help = format!("a theme of {quarter}; Enter skips");
    let theme = if themes.is_empty() && a.theme.is_none() {
        None
    } else {
        p.known_opt(
            a.theme.clone(),
            Question::new("--theme", "Theme (optional):").help(&theme_help),
            "theme",
            &themes,
        )?
    };
    let caps = sorted_ids(cat.capabilities.iter().map(|c| c.id.value.as_str()));
    let capability = p.known_opt(
        a.capability.clone(),
        Question::new("--capability", "Capability (optional):")
            .help("the capability it builds or changes; Enter skips"),
        "capability",
        &caps,
    )?;
    Ok((theme, capability))
}
