//! Renderers: plain data in, text out. Nothing here decides anything.

pub mod changelog;
pub mod ci;
pub mod diagnostics;
pub mod kpi;
pub mod kpi_dashboard;
pub mod md_text;
pub mod style;
pub mod table;
