//! Renderers: plain data in, text out. Nothing here decides anything.

pub mod catalog_page;
pub mod changelog;
pub mod ci;
pub mod diagnostics;
pub mod fmt;
pub mod html;
pub mod kpi;
pub mod kpi_dashboard;
pub mod md;
pub mod md_text;
pub mod roadmap_html;
pub mod roadmap_md;
pub mod safe;
pub mod scorecard;
pub mod scorecard_report;
pub mod style;
pub mod svg;
pub mod table;
