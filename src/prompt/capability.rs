//! The questions of `capability new`, and the flags that answer them.

use super::{ask_new_id, one_line, Console, Prompter, Question};
use crate::catalog::{Catalog, Kind};
use crate::lifecycle::fields::Fields;
use crate::model::Lifecycle;
use anyhow::Result;

#[derive(clap::Args, Debug)]
pub struct Flags {
    /// The capability's name
    #[arg(long)]
    pub name: Option<String>,
    /// One line: what it gives its users
    #[arg(long)]
    pub summary: Option<String>,
    /// The owning team's id
    #[arg(long, value_name = "TEAM")]
    pub owner: Option<String>,
    /// The id [default: the name as a slug]
    #[arg(long)]
    pub id: Option<String>,
    /// Where it starts [default: proposed]
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(Lifecycle::NAMES))]
    pub lifecycle: Option<String>,
    /// A category slug: delivery, runtime, identity, data, observability, security, ...
    #[arg(long)]
    pub category: Option<String>,
    /// Documentation URL
    #[arg(long, value_name = "URL")]
    pub docs: Option<String>,
    /// Runbook URL
    #[arg(long, value_name = "URL")]
    pub runbook: Option<String>,
}

/// A new capability's fields, and what its messages name.
pub struct NewCapability {
    pub id: String,
    pub name: String,
    pub owner: String,
    pub lifecycle: String,
    pub fields: Fields,
}

/// Asks (or takes from flags) every field of a new capability.
pub fn ask(term: &dyn Console, cat: &Catalog, p: &Prompter, a: &Flags) -> Result<NewCapability> {
    p.intro(term, "capability");
    let name = p.text(
        a.name.clone(),
        &Question::new("--name", "Name:").check(&one_line),
    )?;
    let summary = p.text(
        a.summary.clone(),
        &Question::new("--summary", "Summary:")
            .help("one line: what it gives its users")
            .check(&one_line),
    )?;
    let owner = p.owning_team(cat, a.owner.clone())?;
    let lifecycle = p.select(
        a.lifecycle.clone(),
        &Question::new("--lifecycle", "Lifecycle:").default("proposed"),
        Lifecycle::NAMES,
    )?;
    let category = p.optional(
        a.category.clone(),
        &Question::new("--category", "Category (optional):")
            .help("delivery, runtime, identity, data, observability, security, ...; Enter skips")
            .check(&one_line),
    )?;
    let id = ask_new_id(cat, p, a.id.clone(), Kind::Capability, &name)?;
    let fields = Fields::new()
        .text("id", &id)
        .text("name", &name)
        .text("summary", &summary)
        .text("owner", &owner)
        .raw("lifecycle", &lifecycle)
        .opt_text("category", category.as_deref())
        .opt_text("docs", a.docs.as_deref())
        .opt_text("runbook", a.runbook.as_deref());
    Ok(NewCapability {
        id,
        name,
        owner,
        lifecycle,
        fields,
    })
}
