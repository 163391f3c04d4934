//! Renderers: plain data in, text out. Nothing here decides anything.

pub mod capability;
pub mod catalog_page;
pub mod changelog;
pub mod ci;
pub mod completions;
pub mod csv;
pub mod deprecation;
pub mod diagnostics;
pub mod diff;
pub mod entity;
pub mod exception;
pub mod export;
pub mod fmt;
pub mod html;
pub mod import;
pub mod intake;
pub mod kpi;
pub mod kpi_dashboard;
pub mod left_out;
pub mod listing;
pub mod man;
pub mod md;
pub mod md_text;
pub mod openmetrics;
pub mod progress;
pub mod record;
pub mod roadmap_html;
pub mod roadmap_list;
pub mod roadmap_md;
pub mod rules;
pub mod safe;
pub mod scorecard;
pub mod scorecard_report;
pub mod service;
pub mod site;
pub mod status;
pub mod style;
pub mod svg;
pub mod table;
pub mod terminal;
pub mod written;
pub mod yaml;

/// A JSON document as every `--format json` prints it: pretty, with a final
/// line break.
pub fn json_document<T: serde::Serialize>(v: &T) -> Result<String, serde_json::Error> {
    let mut s = serde_json::to_string_pretty(v)?;
    s.push('\n');
    Ok(s)
}
