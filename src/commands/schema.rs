//! `platctl schema`: write the JSON Schemas of the catalog's files.

use super::Env;
use crate::catalog::Kind;
use crate::schema;
use crate::Outcome;
use anyhow::{anyhow, bail, Context, Result};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:
  platctl schema                    # write <catalog>/schemas/*.schema.json
  platctl schema -o docs/schemas    # anywhere else (no catalog needed)
  platctl schema --kind capabilities > capabilities.schema.json
  platctl schema --check            # exit 1 when <catalog>/schemas/ is out of date (CI, after an upgrade)
  platctl schema --vscode           # the yaml.schemas setting for .vscode/settings.json

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

fn kind_names() -> Vec<&'static str> {
    std::iter::once("platctl")
        .chain(Kind::DIRS.iter().map(|k| k.dir()))
        .collect()
}

pub fn run(env: &Env, a: Args) -> Result<Outcome> {
    let files = schema::all();
    if let Some(k) = &a.kind {
        let kind = if k == "platctl" {
            Some(Kind::Config)
        } else {
            Kind::from_dir(k)
        };
        let f = files
            .iter()
            .find(|f| Some(f.kind) == kind)
            .ok_or_else(|| anyhow!("--kind {k}: not a kind"))?;
        env.print(&f.text)?;
        return Ok(Outcome::Ok);
    }
    if a.vscode {
        env.print(&vscode_settings(&env.root()?))?;
        return Ok(Outcome::Ok);
    }
    let (dir, root) = match &a.output {
        Some(d) if d.is_absolute() => (d.clone(), None),
        Some(d) => (env.cwd.join(d), None),
        None => {
            let root = env
                .root()
                .map_err(|e| anyhow!("{e}\n  help: or write the schemas elsewhere with -o DIR"))?;
            (root.join(schema::DIR), Some(root))
        }
    };
    // In the catalog, `schemas/` obeys the rule of every path: nothing is
    // read or written through a link out of the root.
    if let Some(root) = &root {
        if std::fs::symlink_metadata(&dir).is_ok() {
            let real = dir.canonicalize().unwrap_or_default();
            if !real.starts_with(root) {
                bail!(
                    "{} leads outside the catalog root {} (a symbolic link); nothing was written",
                    dir.display(),
                    root.display()
                );
            }
        }
    }
    let stale: Vec<&schema::SchemaFile> = files
        .iter()
        .filter(|f| {
            // A link is not followed: it is stale, and replaced by the file itself.
            let p = dir.join(&f.name);
            !std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_file())
                || std::fs::read_to_string(&p).ok().as_deref() != Some(f.text.as_str())
        })
        .collect();
    if a.check {
        if stale.is_empty() {
            env.note(&format!(
                "{} schemas in {} are current",
                files.len(),
                dir.display()
            ));
            return Ok(Outcome::Ok);
        }
        for f in &stale {
            env.print(&format!("{}\n", dir.join(&f.name).display()))?;
        }
        env.note(&format!(
            "{} of {} schemas are missing or out of date: run `platctl schema`",
            stale.len(),
            files.len()
        ));
        return Ok(Outcome::Problems);
    }
    if let Some(root) = &root {
        crate::store::confine::dir_inside(root, &dir).map_err(|e| anyhow!("{e}"))?;
    }
    write_into(&dir, &stale)?;
    env.note(&format!(
        "wrote {} schemas to {} ({} unchanged)",
        stale.len(),
        dir.display(),
        files.len() - stale.len()
    ));
    Ok(Outcome::Ok)
}

/// Writes schema files into `dir` (made if missing), each atomically.
pub fn write_into(dir: &std::path::Path, files: &[&schema::SchemaFile]) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for f in files {
        let p = dir.join(&f.name);
        crate::store::atomic::write_file(&p, f.text.as_bytes(), true)
            .with_context(|| format!("cannot write {}", p.display()))?;
    }
    Ok(())
}

/// `{"yaml.schemas": {schema: glob}}` for a VS Code workspace opened at the
/// repository root (or at the catalog root outside git).
fn vscode_settings(root: &std::path::Path) -> String {
    let prefix = crate::git::workdir_prefix(root).unwrap_or_default();
    let mut map = serde_json::Map::new();
    for kind in schema::kinds() {
        let files: serde_json::Value = match kind {
            Kind::Config => format!("{prefix}platctl.yaml").into(),
            k => serde_json::json!([
                format!("{prefix}{}/**/*.yaml", k.dir()),
                format!("{prefix}{}/**/*.yml", k.dir())
            ]),
        };
        map.insert(
            format!("./{prefix}{}/{}", schema::DIR, schema::file_name(kind)),
            files,
        );
    }
    let v = serde_json::json!({ "yaml.schemas": map });
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}
