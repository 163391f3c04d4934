//! `platctl status`: what a user types and reads in `--help`.

#[derive(clap::Args, Debug)]
#[command(
    verbatim_doc_comment,
    after_long_help = "Lists, most pressing first: requests past the triage SLA, exceptions expired or
expiring, sunsets passed or approaching with consumers left, roadmap items overdue
(their quarter ended) or at risk, KPIs off target this quarter, and ga capabilities
that fail their readiness checklist. Windows come from the catalog's policy
(intake_triage_sla_days, exception_warn_days, deprecation_warn_days). With
scorecards: active campaigns past due, and entities whose level is lower than at
the previous quarter's end (read from git history).

With --team, the same for the services, capabilities, requests, exceptions and
roadmap items of one team (KPIs are platform-wide and left out).

Examples:
  platctl status
  platctl status --team team-security
  platctl status --format md > weekly.md
  platctl status --format json | jq '.items[] | select(.severity == \"high\")'

Exit status: 0 whatever it shows (a listing, not a check)."
)]
pub struct Args {
    /// Only what one team owns or asked for (a team id)
    #[arg(long, value_name = "TEAM")]
    pub team: Option<String>,
    /// Output format: a ranked table, Markdown with headings (a weekly post), or JSON
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Md,
}
