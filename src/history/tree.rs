//! Which files of a commit's tree make the catalog, by the same rules as a
//! walk of the directory (docs/format.md, "Layout of a catalog"): `platctl.yaml`, YAML files
//! under the kind directories, names starting with a dot left out, and
//! top-level directories that hold YAML but are not kinds reported.

use crate::catalog::load::is_yaml;
use crate::catalog::Kind;
use crate::git::TreeFile;

/// Deeper than this below a kind directory, files are not read (as on disk).
const MAX_DEPTH: usize = 17;

/// The catalog's files in a tree.
pub struct Classified {
    /// Files with their kinds.
    pub files: Vec<(TreeFile, Kind)>,
    /// Top-level directories with YAML that are not kinds: (directory, its first YAML file).
    pub unknown_dirs: Vec<(String, String)>,
}

/// The catalog's files among a tree's files. (Called for every file of
/// every commit a trend reads: no allocation per path.)
pub fn classify(files: Vec<TreeFile>) -> Classified {
    let mut out = Vec::new();
    let mut unknown: Vec<(String, String)> = Vec::new();
    for f in files {
        // A link the listing did not follow to a file inside the root (one
        // to a directory, out of the root, dangling) is kept, still marked
        // as a link: its blob is a path, not a file, and it is not read,
        // but the state it is in says it was left out (as a file refused on
        // disk is a finding, not a silence).
        if f.path == "platctl.yaml" {
            // A commit whose settings are such a link has no catalog.
            if !f.symlink {
                out.push((f, Kind::Config));
            }
            continue;
        }
        let (Some((dir, _)), Some((_, name))) = (f.path.split_once('/'), f.path.rsplit_once('/'))
        else {
            continue;
        };
        if f.path.split('/').any(|p| p.starts_with('.')) || !is_yaml(name) {
            continue;
        }
        let parts = f.path.split('/').count();
        match Kind::from_dir(dir) {
            Some(k) if parts <= MAX_DEPTH + 1 => out.push((f, k)),
            Some(_) => {}
            None => {
                if parts <= 5 && !unknown.iter().any(|(d, _)| d == dir) {
                    unknown.push((dir.to_string(), f.path.clone()));
                }
            }
        }
    }
    Classified {
        files: out,
        unknown_dirs: unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(path: &str) -> TreeFile {
        TreeFile {
            path: path.into(),
            blob: crate::git::BlobId::parse(&"0".repeat(40)).expect("a valid id"),
            symlink: false,
        }
    }

    #[test]
    fn picks_the_catalog_files() {
        let files = vec![
            f(".github/workflows/lint.yaml"),
            f("README.md"),
            f("capabilites/ci.yaml"),
            f("capabilites/z.yaml"),
            f("intake/2026/INT-7K3F9Q.yaml"),
            f("intake/.draft.yaml"),
            f("platctl.yaml"),
            f("services/a.yml"),
            f("services/README.md"),
            f("top.yaml"),
        ];
        let c = classify(files);
        let (got, unknown) = (c.files, c.unknown_dirs);
        let got: Vec<(&str, Kind)> = got.iter().map(|(f, k)| (f.path.as_str(), *k)).collect();
        assert_eq!(
            got,
            vec![
                ("intake/2026/INT-7K3F9Q.yaml", Kind::Intake),
                ("platctl.yaml", Kind::Config),
                ("services/a.yml", Kind::Service)
            ]
        );
        assert_eq!(
            unknown,
            vec![("capabilites".to_string(), "capabilites/ci.yaml".to_string())]
        );
    }

    /// A link the listing did not follow stays among the files, marked,
    /// for its state to say it was left out; as the settings, it is none.
    #[test]
    fn links_left_unfollowed_are_kept_marked() {
        let link = |p: &str| TreeFile {
            symlink: true,
            ..f(p)
        };
        let c = classify(vec![link("services/a.yaml"), link("platctl.yaml")]);
        let got: Vec<(&str, Kind, bool)> = c
            .files
            .iter()
            .map(|(f, k)| (f.path.as_str(), *k, f.symlink))
            .collect();
        assert_eq!(got, vec![("services/a.yaml", Kind::Service, true)]);
    }
}
