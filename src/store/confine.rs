//! The rule for every path platctl writes inside a catalog: nothing outside
//! the root, through any symbolic link.

use std::path::{Path, PathBuf};

/// Checks that the directory `dir` (under `root`) leads nowhere outside
/// `root`, makes it when missing, and returns its real path. Whatever part
/// of it exists already is resolved first, so a link out of the root is
/// refused before anything is made.
pub fn dir_inside(root: &Path, dir: &Path) -> Result<PathBuf, String> {
    let root = root
        .canonicalize()
        .map_err(|e| format!("cannot resolve {}: {e}", root.display()))?;
    let check = |p: &Path| -> Result<PathBuf, String> {
        let real = p
            .canonicalize()
            .map_err(|e| format!("cannot resolve {}: {e}", p.display()))?;
        if real.starts_with(&root) {
            Ok(real)
        } else {
            Err(format!(
                "{} leads outside {} (a symbolic link); nothing was written there",
                p.display(),
                root.display()
            ))
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
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let real = check(dir)?;
    if !real.is_dir() {
        return Err(format!("{} is not a directory", dir.display()));
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
        assert!(err.contains("leads outside"), "{err}");
        assert_eq!(std::fs::read_dir(&outside).expect("dir").count(), 0);
        std::fs::create_dir_all(root.join("real")).expect("mkdir");
        std::os::unix::fs::symlink("real", root.join("teams")).expect("symlink");
        let ok = dir_inside(&root, &root.join("teams")).expect("inside");
        assert_eq!(ok, root.canonicalize().expect("canon").join("real"));
        let made = dir_inside(&root, &root.join("a/b")).expect("made");
        assert!(made.is_dir());
    }
}
