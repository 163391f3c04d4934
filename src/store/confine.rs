//! The rule for every path platctl writes inside a catalog: nothing outside
//! the root, through any symbolic link.

use std::path::{Path, PathBuf};

/// Why a directory was not made or used: each case the sentence users read.
#[derive(Debug, thiserror::Error)]
pub enum ConfineError {
    /// The path (or the root) does not resolve to a real path.
    #[error("cannot resolve {}: {error}", path.display())]
    Resolve {
        path: PathBuf,
        error: std::io::Error,
    },
    /// The path leads, through a symbolic link, out of the root.
    #[error("{} leads outside {} (a symbolic link); nothing was written there", path.display(), root.display())]
    Outside { path: PathBuf, root: PathBuf },
    #[error("cannot create {}: {error}", path.display())]
    Create {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{} is not a directory", .0.display())]
    NotADir(PathBuf),
}

/// Checks that the directory `dir` (under `root`) leads nowhere outside
/// `root`, makes it when missing, and returns its real path. Whatever part
/// of it exists already is resolved first, so a link out of the root is
/// refused before anything is made.
pub fn dir_inside(root: &Path, dir: &Path) -> Result<PathBuf, ConfineError> {
    let resolve = |p: &Path| {
        p.canonicalize().map_err(|error| ConfineError::Resolve {
            path: p.to_path_buf(),
            error,
        })
    };
    let root = resolve(root)?;
    let check = |p: &Path| -> Result<PathBuf, ConfineError> {
        let real = resolve(p)?;
        if real.starts_with(&root) {
            Ok(real)
        } else {
            Err(ConfineError::Outside {
                path: p.to_path_buf(),
                root: root.clone(),
            })
        }
    };
    // The deepest part that exists (a dangling link counts as existing).
    let mut existing = dir;
    while std::fs::symlink_metadata(existing).is_err() {
        match existing.parent() {
            Some(p) => existing = p,
            None => break,
        }
    }
    check(existing)?;
    std::fs::create_dir_all(dir).map_err(|error| ConfineError::Create {
        path: dir.to_path_buf(),
        error,
    })?;
    let real = check(dir)?;
    if !real.is_dir() {
        return Err(ConfineError::NotADir(dir.to_path_buf()));
    }
    Ok(real)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_out_of_the_root_are_refused_before_anything_is_made() {
        let d = tempfile::tempdir().expect("tempdir");
        let root = d.path().join("root");
        let outside = d.path().join("outside");
        std::fs::create_dir_all(&root).expect("mkdir");
        std::fs::create_dir_all(&outside).expect("mkdir");
        std::os::unix::fs::symlink(&outside, root.join("schemas")).expect("symlink");
        let err = dir_inside(&root, &root.join("schemas/sub")).expect_err("refused");
        assert!(matches!(err, ConfineError::Outside { .. }), "{err:?}");
        assert!(err.to_string().contains("leads outside"), "{err}");
        assert_eq!(std::fs::read_dir(&outside).expect("dir").count(), 0);
        std::fs::create_dir_all(root.join("real")).expect("mkdir");
        std::os::unix::fs::symlink("real", root.join("teams")).expect("symlink");
        let ok = dir_inside(&root, &root.join("teams")).expect("inside");
        assert_eq!(ok, root.canonicalize().expect("canon").join("real"));
        let made = dir_inside(&root, &root.join("a/b")).expect("made");
        assert!(made.is_dir());
    }

    #[test]
    fn users_read_the_same_sentences() {
        let p = PathBuf::from("/c/schemas");
        let io = || std::io::Error::new(std::io::ErrorKind::NotFound, "No such file or directory");
        let cases = [
            (
                ConfineError::Resolve {
                    path: p.clone(),
                    error: io(),
                },
                "cannot resolve /c/schemas: No such file or directory",
            ),
            (
                ConfineError::Outside {
                    path: p.clone(),
                    root: PathBuf::from("/c"),
                },
                "/c/schemas leads outside /c (a symbolic link); nothing was written there",
            ),
            (
                ConfineError::Create {
                    path: p.clone(),
                    error: io(),
                },
                "cannot create /c/schemas: No such file or directory",
            ),
            (ConfineError::NotADir(p), "/c/schemas is not a directory"),
        ];
        for (e, want) in cases {
            assert_eq!(e.to_string(), want);
        }
    }
}
