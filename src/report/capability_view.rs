//! What `capability list`, `show` and `readiness` say as JSON: the
//! renderers in `output::capability` lay the same data out as text.

use super::adoption::adoption_all;
use super::capability_detail::CapabilityDetail;
use super::readiness::Readiness;
use crate::catalog::Catalog;
use crate::model::Capability;
use chrono::NaiveDate;
use serde::Serialize;

/// A capability with its adoption.
#[derive(Serialize)]
pub struct CapabilityRow<'a> {
    #[serde(flatten)]
    pub capability: &'a Capability,
    pub adopters: usize,
    pub eligible: usize,
    pub adoption_rate: Option<f64>,
    pub ineligible_users: usize,
}

/// `capability list`, in id order.
#[derive(Serialize)]
pub struct CapabilityList<'a> {
    pub version: u32,
    pub as_of: NaiveDate,
    pub capabilities: Vec<CapabilityRow<'a>>,
}

/// Which capabilities a listing keeps (empty or `None`: all).
pub struct ListFilter<'f> {
    pub lifecycles: &'f [String],
    pub owner: Option<&'f str>,
    pub category: Option<&'f str>,
    pub golden_path_only: bool,
}

pub fn list<'a>(cat: &'a Catalog, today: NaiveDate, f: &ListFilter) -> CapabilityList<'a> {
    let mut caps: Vec<&Capability> = cat
        .capabilities
        .iter()
        .filter(|c| {
            f.lifecycles.is_empty() || f.lifecycles.iter().any(|l| l == c.lifecycle.value.as_str())
        })
        .filter(|c| f.owner.is_none_or(|o| o == c.owner.value))
        .filter(|c| f.category.is_none_or(|k| c.category.as_deref() == Some(k)))
        .filter(|c| !f.golden_path_only || c.golden_path)
        .collect();
    caps.sort_by(|x, y| x.id.value.cmp(&y.id.value));
    let adoption = adoption_all(&caps, &cat.services);
    let capabilities = caps
        .into_iter()
        .zip(adoption)
        .map(|(c, ad)| CapabilityRow {
            capability: c,
            adopters: ad.adopters,
            eligible: ad.eligible,
            adoption_rate: ad.rate,
            ineligible_users: ad.ineligible_users,
        })
        .collect();
    CapabilityList {
        version: 1,
        as_of: today,
        capabilities,
    }
}

/// `capability show`.
#[derive(Serialize)]
pub struct CapabilityShow<'a> {
    pub version: u32,
    pub as_of: NaiveDate,
    #[serde(flatten)]
    pub detail: &'a CapabilityDetail<'a>,
}

/// `capability readiness`: every checklist, and whether the gate passes.
#[derive(Serialize)]
pub struct ReadinessReport<'a> {
    pub version: u32,
    pub as_of: NaiveDate,
    pub ready: bool,
    pub capabilities: &'a [Readiness],
}
