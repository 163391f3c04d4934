//! `platctl schema`: what a user types and reads in `--help`.

use crate::model::Kind;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  # write <catalog>/schemas/*.schema.json, or anywhere else (no catalog needed)
  platctl schema
  platctl schema -o docs/schemas
  platctl schema --kind capabilities > capabilities.schema.json
  # exit 1 when <catalog>/schemas/ is out of date (CI, after an upgrade)
  platctl schema --check
  # the yaml.schemas setting for .vscode/settings.json
  platctl schema --vscode

Editors: the YAML extension of VS Code (and any editor with yaml-language-server) reads a first line
  # yaml-language-server: $schema=../schemas/capabilities.schema.json
which platctl writes at the top of the files it makes; or map globs to schemas in .vscode/settings.json:
  \"yaml.schemas\": { \"catalog/schemas/capabilities.schema.json\": \"catalog/capabilities/**/*.yaml\" }")]
pub struct Args {
    /// Directory to write the schemas into (default: <catalog root>/schemas)
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Print the schema of one kind to standard output instead: a kind directory, or `platctl`
    #[arg(long, value_name = "KIND", value_parser = kind_names(), conflicts_with_all = ["output", "check"])]
    pub kind: Option<String>,
    /// Write nothing; exit 1 if any schema file is missing or differs
    #[arg(long)]
    pub check: bool,
    /// Print the `yaml.schemas` setting for VS Code's .vscode/settings.json (paths from the repository root)
    #[arg(long, conflicts_with_all = ["output", "check", "kind"])]
    pub vscode: bool,
}

/// The values `--kind` takes: a kind directory, or `platctl`.
fn kind_names() -> Vec<&'static str> {
    std::iter::once("platctl")
        .chain(Kind::DIRS.iter().map(|k| k.dir()))
        .collect()
}
