//! The integration tests: one binary (linked once, run in parallel), one
//! module per area. Each drives the real `platctl` binary over temporary
//! catalogs; the one test kit, `common::TestEnv`, builds those catalogs and
//! runs the commands and git.
//! No test may change this process's environment or working directory:
//! every test shares them.
// Tests build fixtures on disk directly and stop at the first surprise; a
// test reads as one scenario, from the catalog it builds to what it checks.
#![allow(
    clippy::disallowed_methods,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines
)]

mod architecture;
mod common;

mod changelog_kinds;
mod ci_changed_since;
mod ci_formats;
mod completions_current;
mod demo_history;
mod desk_writes;
mod docs;
mod export_docs;
mod export_engines;
mod export_tables;
mod findings_trust;
mod format_fields;
mod fuzz_regressions;
mod help_text;
mod history_kpi;
mod intake_commit;
mod intake_interactive;
mod intake_list;
mod intake_new;
mod intake_triage;
mod interop_export;
mod interop_import;
mod interop_import_cache;
mod kpi_values;
mod lifecycle_capability;
mod lifecycle_deprecation;
mod lifecycle_exception;
mod lifecycle_interactive;
mod lint_cli;
mod lint_rules;
mod loader_limits;
mod mcp_server;
mod no_network;
mod prop_parsers;
mod report_catalog;
mod report_roadmap;
mod report_scope;
mod schema_agreement;
mod schema_catalog;
mod scorecard_trend;
mod scorecards;
mod search_show;
mod service_team_list;
mod site_browser;
mod site_build;
mod status_cli;
mod terminal_width;
mod transcripts;
mod write_safety;
mod write_trust;
mod written_files;
