//! `platctl mcp`: what a user types and reads in `--help`.

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Speaks the Model Context Protocol on stdin/stdout, for an assistant in an
editor: it starts this command and asks the tools. Nothing leaves the machine;
no token, no service. Each tool answers with the JSON of the matching command:
  search (query)        platctl search QUERY --format json
  show (kind, id)       platctl show KIND ID --format json
  list (kind, filters)  platctl <capability|deprecation|exception|intake|roadmap> list --format json
  lint (paths)          platctl lint [PATH...] --format json
  kpi (period)          platctl kpi [--period P] --format json
  status (team)         platctl status [--team T] --format json
  scorecard_check (entity, scorecard, min_level)
                        platctl scorecard check ENTITY --format json
  changelog (from, to)  platctl changelog --format json
Resources: the file format, the lint rules and the JSON Schema of each kind.
Read-only unless --allow-writes, which adds intake_new and intake_triage
(checked as the commands check them; never committed). Ends when stdin closes.

Examples:
  platctl -C catalog mcp
  platctl mcp --allow-writes
  # register it with Claude Code:
  #   claude mcp add platctl -- platctl -C /path/to/catalog mcp"
)]
pub struct Args {
    /// Also offer intake_new and intake_triage, which write request files (never commit)
    #[arg(long)]
    pub allow_writes: bool,
    /// Longest answer in bytes; a longer one is cut with a note saying so
    #[arg(long, value_name = "BYTES", default_value_t = 200_000, value_parser = clap::value_parser!(u32).range(200..))]
    pub max_output: u32,
}
