//! Reports as data (Serialize structs), rendered by `output/`.
//!
//! Pure: a report is built from a loaded catalog, "today" and (for scope
//! changes) versions of files read from history by the caller.

pub mod adoption;
pub mod adoption_by_team;
pub mod capability_detail;
pub mod capability_view;
pub mod catalog;
pub mod deprecation_status;
pub mod deprecation_view;
pub mod entity;
pub mod exception_status;
pub mod exception_view;
pub mod intake_view;
pub mod kpi;
pub mod readiness;
pub mod roadmap;
pub mod roadmap_view;
pub mod scope;
pub mod search;
pub mod service_view;
#[cfg(test)]
pub(crate) mod testcat;
