//! `platctl search`: what a user types and reads in `--help`.

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Every word must appear (any case) in the id, name, title, summary or team of
an entity. Capabilities, services, teams, roadmap items, deprecations,
exceptions and requests are searched. The exact id comes first, then ids that
contain the query, then names and titles, then the rest.

Examples:
  platctl search payments
  platctl search legacy auth
  platctl search team-devex --format json"
)]
pub struct Args {
    /// What to look for (several words: all must match)
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
}
