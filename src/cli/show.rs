//! `platctl show`: what a user types and reads in `--help`.

use super::ShowFormat;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "capability, deprecation, exception and request print what `platctl capability
show`, `deprecation show`, `exception show` and `intake show` print. A service is
shown with its team, the capabilities it uses, the deprecations it must migrate
off and its exceptions; a team with the services and capabilities it owns, its
roadmap items, the requests it filed and its exceptions.

Examples:
  platctl show service payments-api
  platctl show team team-devex --format json
  platctl show capability ci-pipelines"
)]
pub struct Args {
    /// The kind of entity
    #[arg(value_enum)]
    pub kind: ShowKind,
    /// Its id
    pub id: String,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowKind {
    Capability,
    Service,
    Team,
    Deprecation,
    Exception,
    Request,
}
