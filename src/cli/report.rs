//! `platctl report`: what a user types and reads in `--help`.

use super::ReportFormat as Format;
use std::path::PathBuf;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability
    Roadmap(RoadmapArgs),
    /// The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption
    Catalog(CatalogArgs),
    /// The KPI dashboard: a card per KPI with value, target, status and a sparkline
    Kpi(KpiArgs),
    /// The scorecard report: distribution, team roll-up, rule pass rates, trend, why each level
    Scorecard(ScorecardArgs),
}

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  platctl report catalog\n  platctl report catalog --format html -o catalog.html\n  platctl report catalog --format json\n\n\
Adoption = eligible active services that use a capability ÷ eligible active services (eligible: active \
and matching every list in the capability's `eligible`). A service that uses a capability it is not \
eligible for is shown but not counted."
)]
pub struct CatalogArgs {
    /// Output format: Markdown (GitHub), one self-contained HTML file, or JSON
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  platctl report kpi                          Markdown, this quarter
  platctl report kpi --format html -o kpis.html
  platctl report kpi --period 2026-Q3 --format json

A card per KPI with its value, target, status, change and a sparkline of the last eight periods
(snapshot KPIs of past periods are read from git history), grouped as adoption, delivery,
reliability, satisfaction, governance and cost. The HTML page is self-contained: open it, mail it.")]
pub struct KpiArgs {
    /// The period: a quarter (2026-Q4) or a month (2026-11); default: the quarter holding today
    #[arg(long, value_name = "PERIOD")]
    pub period: Option<String>,
    /// Output format (default: md)
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  platctl report roadmap\n  platctl report roadmap --quarter 2026-Q4 --format html -o q4.html\n  platctl report roadmap --quarter 2026-Q3 --format json\n\n\
Predictability = committed items delivered by the quarter's last day ÷ committed items; a delivery after \
the last day and stretch items are not counted. The target range comes from platctl.yaml \
(kpis: roadmap-predictability: {min, max}; default 70%–85%). Scope changes are read from git history: \
items added, removed, or moved between stretch and committed after the last commit on or before the \
quarter's first day (or the first commit that has the quarter)."
)]
pub struct RoadmapArgs {
    /// The quarter, YYYY-Qn (fiscal-year aware); default: the quarter that holds today
    #[arg(long, value_name = "QUARTER")]
    pub quarter: Option<String>,
    /// Output format: Markdown (GitHub), one self-contained HTML file, or JSON
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  # every scorecard, as Markdown
  platctl report scorecard
  platctl report scorecard production-readiness --format html \\
      -o readiness.html
  platctl report scorecard --format json

The trend shows counts per level at the end of each of the last four quarters, read from git
history. The HTML page is self-contained: open it, mail it.")]
pub struct ScorecardArgs {
    /// One scorecard (default: all)
    pub id: Option<String>,
    /// Output format (default: md)
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write to this file instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}
