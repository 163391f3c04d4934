//! Writes a whole directory of generated files (the portal) at once: every
//! file goes into a fresh directory beside the destination, the data is
//! synced to disk once for all of them (not per file), and the new
//! directory then takes the old one's place. A reader sees the old site or
//! the new one, and a crash leaves the old one.

use std::collections::HashSet;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

/// One file of the tree: a relative path with `/` separators, and its bytes.
pub struct OutFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// The file that says "platctl wrote this directory", so that rebuilding
/// replaces it but never a directory someone else filled.
pub const MARKER: &str = ".platctl-site";

/// Why a tree could not be written.
#[derive(Debug, thiserror::Error)]
pub enum TreeError {
    #[error("{0} is a symbolic link: give the directory itself")]
    Symlink(PathBuf),
    #[error("{0} exists and is not a directory")]
    NotDir(PathBuf),
    #[error("{0} is not empty and was not written by platctl (no {MARKER} file): remove it or choose another directory")]
    Foreign(PathBuf),
    #[error("`{0}` is not a relative path inside the output directory")]
    BadPath(String),
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// Replaces the directory `dest` with exactly `files` (plus the marker).
#[allow(clippy::disallowed_methods)] // the store is where files are written
pub fn write_tree(dest: &Path, files: &[OutFile]) -> Result<(), TreeError> {
    let parent = dest
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let name = dest
        .file_name()
        .ok_or_else(|| TreeError::BadPath(dest.display().to_string()))?
        .to_string_lossy()
        .into_owned();
    let existing = match std::fs::symlink_metadata(dest) {
        Ok(m) if m.file_type().is_symlink() => return Err(TreeError::Symlink(dest.into())),
        Ok(m) if !m.is_dir() => return Err(TreeError::NotDir(dest.into())),
        Ok(_) => {
            let ours = dest.join(MARKER).is_file();
            if !ours && std::fs::read_dir(dest)?.next().is_some() {
                return Err(TreeError::Foreign(dest.into()));
            }
            true
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => false,
        Err(e) => return Err(e.into()),
    };
    std::fs::create_dir_all(&parent)?;
    sweep(&parent, &name);
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}.platctl-"))
        .tempdir_in(&parent)?;
    set_dir_mode(tmp.path())?;
    let mut made: HashSet<PathBuf> = HashSet::new();
    let mut written: Vec<std::fs::File> = Vec::new();
    for f in files
        .iter()
        .chain(std::iter::once(&OutFile {
            path: MARKER.into(),
            bytes: b"This directory was written by `platctl site build`; it is replaced whole on every build.\n".to_vec(),
        }))
    {
        let rel = checked(&f.path)?;
        let path = tmp.path().join(&rel);
        if let Some(dir) = path.parent() {
            if made.insert(dir.to_path_buf()) {
                std::fs::create_dir_all(dir)?;
            }
        }
        let mut file = std::fs::File::create(&path)?;
        file.write_all(&f.bytes)?;
        if !SYNC_FS_AT_ONCE {
            written.push(file);
        }
    }
    sync_once(tmp.path(), &written)?;
    let fresh = tmp.keep();
    if existing {
        let old = parent.join(format!(
            ".{name}.platctl-old-{}",
            fresh
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        ));
        std::fs::rename(dest, &old)?;
        if let Err(e) = std::fs::rename(&fresh, dest) {
            // Put the old site back; the new one is left beside it.
            let _ = std::fs::rename(&old, dest);
            return Err(e.into());
        }
        std::fs::remove_dir_all(&old)?;
    } else if let Err(e) = std::fs::rename(&fresh, dest) {
        let _ = std::fs::remove_dir_all(&fresh);
        return Err(e.into());
    }
    // The renames themselves.
    if let Ok(d) = std::fs::File::open(&parent) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Removes what a build into `parent/name` that was killed left beside it:
/// its half-written `.NAME.platctl-*` directories (never a symbolic link).
fn sweep(parent: &Path, name: &str) {
    let prefix = format!(".{name}.platctl-");
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let left = e.file_name().to_string_lossy().starts_with(&prefix)
            && e.file_type().is_ok_and(|t| t.is_dir());
        if left {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

/// A relative path that stays inside the tree.
fn checked(p: &str) -> Result<PathBuf, TreeError> {
    let path = Path::new(p);
    let ok = !p.is_empty() && path.components().all(|c| matches!(c, Component::Normal(_)));
    if ok {
        Ok(path.to_path_buf())
    } else {
        Err(TreeError::BadPath(p.to_string()))
    }
}

fn set_dir_mode(dir: &Path) -> io::Result<()> {
    // tempfile makes the directory 0700; a site is for a web server to read.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Linux syncs a whole file system with one call.
const SYNC_FS_AT_ONCE: bool = cfg!(target_os = "linux");

#[cfg(target_os = "linux")]
fn sync_once(dir: &Path, _files: &[std::fs::File]) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    let d = std::fs::File::open(dir)?;
    // SAFETY: syncfs takes an open descriptor, which `d` keeps open.
    let r = unsafe { libc::syncfs(d.as_raw_fd()) };
    if r == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn sync_once(_dir: &Path, files: &[std::fs::File]) -> io::Result<()> {
    for f in files {
        f.sync_all()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(p: &str, s: &str) -> OutFile {
        OutFile {
            path: p.into(),
            bytes: s.as_bytes().to_vec(),
        }
    }

    #[test]
    fn writes_then_replaces_its_own_tree() {
        let t = tempfile::tempdir().expect("tempdir");
        let dest = t.path().join("out/site");
        write_tree(&dest, &[f("index.html", "one"), f("a/b.html", "b")]).expect("first");
        assert_eq!(
            std::fs::read_to_string(dest.join("a/b.html")).expect("read"),
            "b"
        );
        write_tree(&dest, &[f("index.html", "two")]).expect("second");
        assert_eq!(
            std::fs::read_to_string(dest.join("index.html")).expect("read"),
            "two"
        );
        assert!(!dest.join("a").exists(), "the old tree is gone");
        let left: Vec<_> = std::fs::read_dir(t.path().join("out"))
            .expect("list")
            .collect();
        assert_eq!(left.len(), 1, "no temporary directory is left behind");
    }

    #[test]
    fn what_a_killed_build_left_is_swept() {
        let t = tempfile::tempdir().expect("tempdir");
        let left = t.path().join(".site.platctl-abc123");
        std::fs::create_dir_all(left.join("services")).expect("mkdir");
        std::fs::write(t.path().join(".other.platctl-x"), "not a dir").expect("write");
        write_tree(&t.path().join("site"), &[f("index.html", "x")]).expect("write");
        assert!(!left.exists());
        assert!(t.path().join(".other.platctl-x").exists());
    }

    #[test]
    fn never_replaces_a_directory_it_did_not_write() {
        let t = tempfile::tempdir().expect("tempdir");
        std::fs::write(t.path().join("precious.txt"), "keep").expect("write");
        let e = write_tree(t.path(), &[f("index.html", "x")]).expect_err("refused");
        assert!(matches!(e, TreeError::Foreign(_)), "{e}");
        assert!(t.path().join("precious.txt").exists());
    }

    #[test]
    fn paths_stay_inside() {
        let t = tempfile::tempdir().expect("tempdir");
        for bad in ["../x.html", "/etc/x", "", "a/../../b"] {
            assert!(matches!(
                write_tree(&t.path().join("s"), &[f(bad, "x")]),
                Err(TreeError::BadPath(_))
            ));
        }
        assert!(!t.path().join("s").exists());
    }
}
