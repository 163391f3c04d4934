//! Small catalogs built in memory, for the unit tests of the reports.

use crate::catalog::{assemble, parse_all, Catalog, Kind, RawFile};
use std::path::Path;

/// A catalog of `files` (path relative to the root, text); `config` is the
/// text of platctl.yaml.
pub fn catalog_with(config: &str, files: &[(&str, &str)]) -> Catalog {
    let mut raw = vec![RawFile {
        path: "platctl.yaml".into(),
        kind: Some(Kind::Config),
        bytes: Ok(config.as_bytes().to_vec()),
    }];
    for (p, t) in files {
        let dir = p.split('/').next().unwrap_or("");
        raw.push(RawFile {
            path: (*p).to_string(),
            kind: Kind::from_dir(dir),
            bytes: Ok(t.as_bytes().to_vec()),
        });
    }
    assemble(Path::new("/c"), parse_all(raw), &[])
}

pub fn catalog(files: &[(&str, &str)]) -> Catalog {
    catalog_with("version: 1\n", files)
}

/// A service file.
pub fn svc(id: &str, team: &str, tier: u8, status: &str, uses: &str) -> (String, String) {
    (
        format!("services/{id}.yaml"),
        format!("id: {id}\nteam: {team}\ntier: {tier}\nstatus: {status}\nuses: [{uses}]\n"),
    )
}

/// A scorecard over services with levels bronze and silver, owned by
/// team t1, and `rules` (YAML list items, each on its own line).
pub fn service_scorecard(id: &str, rules: &str) -> String {
    format!(
        "id: {id}\nname: N\nowner: t1\napplies_to: service\nlevels: [bronze, silver]\n\
         rules:\n{rules}"
    )
}

pub fn date(s: &str) -> chrono::NaiveDate {
    crate::model::parse_date(s).unwrap_or_default()
}
