//! `platctl explain`: what a user types and reads in `--help`.

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  platctl explain            list every rule\n  platctl explain exception-expiring"
)]
pub struct Args {
    /// The rule id; without one, every rule is listed
    pub rule: Option<String>,
}
