//! The capability catalog page as data: what exists, by category and
//! lifecycle, who owns it, its SLOs and support model, where its docs and
//! runbook are, whether it is on the golden path, and how far it is adopted.

use super::adoption::adoption;
use crate::catalog::Catalog;
use crate::model::{Capability, Lifecycle};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// The order a reader wants: what is ready to use first, what is going away last.
pub fn lifecycle_rank(l: Lifecycle) -> u8 {
    match l {
        Lifecycle::Ga => 0,
        Lifecycle::Beta => 1,
        Lifecycle::Experimental => 2,
        Lifecycle::Proposed => 3,
        Lifecycle::Deprecated => 4,
        Lifecycle::Retired => 5,
    }
}

/// Lifecycles in reading order.
pub const LIFECYCLES: &[Lifecycle] = &[
    Lifecycle::Ga,
    Lifecycle::Beta,
    Lifecycle::Experimental,
    Lifecycle::Proposed,
    Lifecycle::Deprecated,
    Lifecycle::Retired,
];

#[derive(Clone, Debug, Serialize)]
pub struct DeprecationRef {
    pub id: String,
    pub sunset: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interface: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replacement: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct CapabilityRow {
    #[serde(flatten)]
    pub capability: Capability,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    /// Eligible active services that use it.
    pub adopters: usize,
    /// Eligible active services.
    pub eligible: usize,
    /// adopters ÷ eligible; `null` when nothing is eligible.
    pub adoption_rate: Option<f64>,
    /// Active services that use it without being eligible (not in the rate).
    pub ineligible_users: usize,
    /// Announced or migrating deprecations of it, by id.
    pub open_deprecations: Vec<DeprecationRef>,
}

#[derive(Clone, Debug, Serialize)]
pub struct CategoryRow {
    /// `null` for capabilities without a category.
    pub id: Option<String>,
    /// Its capabilities in reading order: by lifecycle (ga first), then name.
    pub capabilities: Vec<String>,
    /// Count per lifecycle (only lifecycles present).
    pub by_lifecycle: BTreeMap<Lifecycle, usize>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    pub capabilities: usize,
    pub by_lifecycle: BTreeMap<Lifecycle, usize>,
    pub golden_path: usize,
    pub controls: usize,
    /// Mean adoption rate over `ga` capabilities with an eligible service
    /// (the KPI `adoption-rate`); `null` when there is none.
    pub ga_mean_adoption: Option<f64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct CatalogPage {
    pub version: u32,
    pub catalog: String,
    pub as_of: NaiveDate,
    pub summary: Summary,
    /// Sorted by id, the row without a category last.
    pub categories: Vec<CategoryRow>,
    /// Sorted by id.
    pub capabilities: Vec<CapabilityRow>,
}

impl CatalogPage {
    pub fn capability(&self, id: &str) -> Option<&CapabilityRow> {
        self.capabilities
            .iter()
            .find(|c| c.capability.id.value == id)
    }
}

pub fn build(cat: &Catalog, today: NaiveDate) -> CatalogPage {
    let mut rows: Vec<CapabilityRow> = cat.capabilities.iter().map(|c| row(cat, c)).collect();
    rows.sort_by(|a, b| a.capability.id.value.cmp(&b.capability.id.value));
    // Duplicated ids are a lint error; the page shows the first, like every index.
    rows.dedup_by(|b, a| a.capability.id.value == b.capability.id.value);

    let mut cats: BTreeMap<Option<String>, Vec<&CapabilityRow>> = BTreeMap::new();
    for r in &rows {
        cats.entry(r.capability.category.clone())
            .or_default()
            .push(r);
    }
    let mut categories: Vec<CategoryRow> = cats
        .into_iter()
        .map(|(id, mut members)| {
            members.sort_by(|a, b| {
                (
                    lifecycle_rank(a.capability.lifecycle.value),
                    &a.capability.name.value,
                    &a.capability.id.value,
                )
                    .cmp(&(
                        lifecycle_rank(b.capability.lifecycle.value),
                        &b.capability.name.value,
                        &b.capability.id.value,
                    ))
            });
            CategoryRow {
                id,
                by_lifecycle: count_lifecycles(members.iter().map(|r| &r.capability)),
                capabilities: members
                    .iter()
                    .map(|r| r.capability.id.value.clone())
                    .collect(),
            }
        })
        .collect();
    // BTreeMap puts `None` first; the page wants it last.
    categories.sort_by_key(|c| c.id.is_none());

    let ga: Vec<f64> = rows
        .iter()
        .filter(|r| r.capability.lifecycle.value == Lifecycle::Ga)
        .filter_map(|r| r.adoption_rate)
        .collect();
    let summary = Summary {
        capabilities: rows.len(),
        by_lifecycle: count_lifecycles(rows.iter().map(|r| &r.capability)),
        golden_path: rows.iter().filter(|r| r.capability.golden_path).count(),
        controls: rows.iter().filter(|r| r.capability.control).count(),
        ga_mean_adoption: (!ga.is_empty()).then(|| ga.iter().sum::<f64>() / ga.len() as f64),
    };
    CatalogPage {
        version: 1,
        catalog: cat.config.name.clone(),
        as_of: today,
        summary,
        categories,
        capabilities: rows,
    }
}

fn count_lifecycles<'a>(caps: impl Iterator<Item = &'a Capability>) -> BTreeMap<Lifecycle, usize> {
    let mut m = BTreeMap::new();
    for c in caps {
        *m.entry(c.lifecycle.value).or_insert(0) += 1;
    }
    m
}

fn row(cat: &Catalog, c: &Capability) -> CapabilityRow {
    let a = adoption(c, &cat.services);
    let mut open_deprecations: Vec<DeprecationRef> = cat
        .deprecations
        .iter()
        .filter(|d| d.is_open() && d.capability.value == c.id.value)
        .map(|d| DeprecationRef {
            id: d.id.value.clone(),
            sunset: d.sunset.value,
            interface: d.interface.as_ref().map(|i| i.value.clone()),
            replacement: d.replacement.as_ref().map(|r| r.value.clone()),
        })
        .collect();
    open_deprecations.sort_by(|a, b| a.id.cmp(&b.id));
    CapabilityRow {
        capability: c.clone(),
        owner_name: cat.team(&c.owner.value).map(|t| t.name.value.clone()),
        adopters: a.adopters,
        eligible: a.eligible,
        adoption_rate: a.rate,
        ineligible_users: a.ineligible_users,
        open_deprecations,
    }
}
