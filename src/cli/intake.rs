//! `platctl intake`: what a user types and reads in `--help`.

use super::{ListFormat, ShowFormat, WriteFlags};
use crate::intake::similar;
use crate::model::{IntakeStatus, IntakeType, Route};
use clap::builder::PossibleValuesParser;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// File a request: questions on a terminal, flags in scripts
    #[command(after_help = NEW_HELP)]
    New(Box<NewArgs>),
    /// List requests with their RICE score and age
    #[command(after_help = LIST_HELP)]
    List(ListArgs),
    /// Everything about one request: fields, RICE, linked capability and roadmap item
    #[command(after_help = SHOW_HELP)]
    Show(ShowArgs),
    /// Requests most like one request, or like a text: duplicate candidates
    #[command(after_help = SIMILAR_HELP)]
    Similar(SimilarArgs),
    /// Route a request and set its status; keeps the rest of the file as written
    #[command(after_help = TRIAGE_HELP)]
    Triage(TriageArgs),
}

const NEW_HELP: &str = "On a terminal, every value not given as a flag is asked, one question at a time, with defaults \
and choices; the new file is previewed before it is written. With --yes, or without a terminal, nothing is asked: \
--title, --team and --problem are required and the rest take their defaults.

Before writing, up to three similar requests (possible duplicates) are shown. The request gets a fresh id, is checked \
like `platctl lint` would (a request that would get an error is not written) and is written to intake/<ID>.yaml. \
Standard output gets `<ID> <path>`.

Examples:
  platctl intake new
  platctl intake new --yes --title \"Managed Postgres for analytics\" \\
      --team team-analytics --type capability \\
      --problem \"We patch our own Postgres VMs every month\" \\
      --reach 4 --impact 2 --effort 3
  platctl intake new --yes --title \"...\" --team team-search \\
      --problem \"...\" --commit";

const LIST_HELP: &str = "RICE = reach × impact × confidence ÷ effort (none without effort). Age is days since `created`. \
--sort rice (default: highest first, no RICE last), created (oldest first), urgency (most urgent first) or id.

Examples:
  platctl intake list
  platctl intake list --status new --sort created
  platctl intake list --all --sort created
  platctl intake list --team team-analytics --type capability,enhancement \\
      --format json";

const SHOW_HELP: &str =
    "Examples:\n  platctl intake show INT-7K3F9Q\n  platctl intake show INT-7K3F9Q --format json";

const SIMILAR_HELP: &str =
    "Similarity is TF-IDF cosine over word stems of the title and problem text (0..1); \
requests scoring below the threshold are not shown.

Examples:
  platctl intake similar INT-7K3F9Q
  platctl intake similar --text \"hosted postgres for reporting\" --limit 5";

const TRIAGE_HELP: &str = "Sets `route`, `status` (default triaged; duplicate with --duplicate-of), `triaged: <today>` \
and, for a final status (done, declined, duplicate), `resolved: <today>`. Only those fields change: comments, key \
order, quoting and blank lines stay as written. The result is checked like `platctl lint` before it is written.

A closed request (done, declined, duplicate) is changed only with --reopen: a status that is not closed then \
removes `resolved`, and any status but duplicate removes `duplicate_of`.

Without --route on a terminal, a route is suggested with its reason and asked: docs request -> docs; support \
question about an existing capability -> support; one team and no capability -> custom; otherwise backlog. \
Without --status on a terminal, the most similar requests are shown first and one can be chosen as the \
original (\"duplicate of\"); a likely duplicate is the default answer.

Examples:
  platctl intake triage INT-7K3F9Q --route backlog
  platctl intake triage INT-7K3F9Q --route docs --status done --commit
  platctl intake triage INT-24B3E4 --route backlog --duplicate-of INT-5ZA541
  platctl intake triage INT-24B3E4 --route backlog --reopen
  platctl intake triage INT-2JEHNW --route backlog --status accepted \\
      --roadmap-item batch-jobs";

#[derive(clap::Args, Debug)]
pub struct NewArgs {
    #[command(flatten)]
    pub flags: crate::prompt::intake::Flags,
    /// Ask nothing: take flags and defaults, continue past duplicate candidates
    #[arg(short, long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Sort {
    Rice,
    Created,
    Urgency,
    Id,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Only these statuses (comma-separated or repeated) [default: the open ones: new, triaged, accepted]
    #[arg(long, value_delimiter = ',', value_parser = PossibleValuesParser::new(IntakeStatus::NAMES))]
    pub status: Vec<String>,
    /// Every request, closed ones (done, declined, duplicate) included
    #[arg(long, conflicts_with = "status")]
    pub all: bool,
    /// Only requests from this team
    #[arg(long)]
    pub team: Option<String>,
    /// Only these types (comma-separated or repeated)
    #[arg(long = "type", value_name = "TYPE", value_delimiter = ',', value_parser = PossibleValuesParser::new(IntakeType::NAMES))]
    pub kind: Vec<String>,
    /// Order of the rows
    #[arg(long, value_enum, default_value_t = Sort::Rice)]
    pub sort: Sort,
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// The request's id, e.g. INT-7K3F9Q
    pub id: String,
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("query").required(true).args(["id", "text"]))]
pub struct SimilarArgs {
    /// The request to compare with the others
    pub id: Option<String>,
    /// A text to compare with every request instead
    #[arg(long)]
    pub text: Option<String>,
    /// At most this many requests
    #[arg(long, default_value_t = 3)]
    pub limit: usize,
    /// Lowest score shown, 0..1
    #[arg(long, default_value_t = similar::THRESHOLD)]
    pub min_score: f64,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(clap::Args, Debug)]
pub struct TriageArgs {
    /// The request's id, e.g. INT-7K3F9Q
    pub id: String,
    /// Where it goes: backlog | support | docs | custom
    #[arg(long, value_parser = PossibleValuesParser::new(Route::NAMES))]
    pub route: Option<String>,
    /// The new status (default triaged; duplicate when --duplicate-of is given)
    #[arg(long, value_parser = PossibleValuesParser::new(IntakeStatus::NAMES))]
    pub status: Option<String>,
    /// The request this one duplicates (sets status duplicate)
    #[arg(long, value_name = "ID")]
    pub duplicate_of: Option<String>,
    /// The roadmap item that will deliver it
    #[arg(long, value_name = "ID")]
    pub roadmap_item: Option<String>,
    /// Change a closed request (done, declined, duplicate); a status that is
    /// not closed clears its `resolved` date, and any status but duplicate its `duplicate_of`
    #[arg(long)]
    pub reopen: bool,
    /// Ask nothing: --route is then required
    #[arg(short, long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteFlags,
}
