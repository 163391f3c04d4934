//! Writing a file the user named with `-o`: what was named is what is written.
//!
//! - a regular file, or a path that does not exist yet: replaced atomically
//!   (a temporary file beside it, then a rename); a replaced file keeps its
//!   permissions, a new one gets the umask's;
//! - a FIFO or a device (`/dev/null`, a terminal), and `/dev/stderr`,
//!   `/dev/fd/N`: opened and written straight, never replaced;
//! - `/dev/stdout` (and `/dev/fd/1`): standard output, as `-o -`;
//! - a symbolic link: followed only to a regular file in the link's own
//!   directory or below it (not into a `.git` directory), else refused;
//! - a missing directory is named as such.

use super::atomic::write_file;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// Where the bytes went.
#[derive(Debug, PartialEq, Eq)]
pub enum Dest {
    /// The caller writes them to standard output.
    Stdout,
    /// Written to this file (a link's target when the path was a link).
    File(PathBuf),
    /// Written straight to a FIFO or a device.
    Stream(PathBuf),
}

#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("cannot write {0}: the directory {1} does not exist")]
    NoDir(String, String),
    #[error("cannot write {0}: it is a directory")]
    IsDir(String),
    #[error("cannot write {0}: {1} is a file, not a directory")]
    UnderFile(String, String),
    #[error("refusing to write {0}: {1}")]
    Refused(String, String),
    #[error("cannot write {0}: {1}")]
    Io(String, std::io::Error),
}

/// Whether `path` names standard output itself.
fn is_stdout(path: &Path) -> bool {
    matches!(
        path.to_str(),
        Some("/dev/stdout" | "/dev/fd/1" | "/proc/self/fd/1")
    )
}

/// The process's other open files (`/dev/stderr`, `/dev/fd/3`): links the
/// kernel resolves itself, written straight.
fn is_fd_name(path: &Path) -> bool {
    path.to_str().is_some_and(|p| {
        p == "/dev/stderr" || p.starts_with("/dev/fd/") || p.starts_with("/proc/self/fd/")
    })
}

/// Writes `bytes` to the file the user named (absolute, or relative to the
/// current directory); see the module's rules.
pub fn write_named(path: &Path, bytes: &[u8]) -> Result<Dest, OutputError> {
    let shown = path.display().to_string();
    if is_stdout(path) {
        return Ok(Dest::Stdout);
    }
    if is_fd_name(path) {
        return straight(path, bytes);
    }
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let dir = parent_of(path);
            if !dir.is_dir() {
                return Err(OutputError::NoDir(shown, dir.display().to_string()));
            }
            write_file(path, bytes, true).map_err(|e| OutputError::Io(shown, e))?;
            return Ok(Dest::File(path.to_path_buf()));
        }
        // A file where one of its directories should be: name it.
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => {
            return Err(match path.ancestors().skip(1).find(|a| a.is_file()) {
                Some(f) => OutputError::UnderFile(shown, f.display().to_string()),
                None => OutputError::Io(shown, e),
            })
        }
        Err(e) => return Err(OutputError::Io(shown, e)),
    };
    let ft = meta.file_type();
    if ft.is_symlink() {
        let target = followed(path)?;
        write_file(&target, bytes, true).map_err(|e| OutputError::Io(shown, e))?;
        return Ok(Dest::File(target));
    }
    if ft.is_file() {
        write_file(path, bytes, true).map_err(|e| OutputError::Io(shown, e))?;
        return Ok(Dest::File(path.to_path_buf()));
    }
    if ft.is_dir() {
        return Err(OutputError::IsDir(shown));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() || ft.is_char_device() || ft.is_block_device() {
            return straight(path, bytes);
        }
    }
    Err(OutputError::Refused(
        shown,
        "it is neither a file nor a FIFO nor a device".into(),
    ))
}

fn parent_of(path: &Path) -> PathBuf {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf()
}

/// Opens an existing FIFO or device and writes to it (never creating,
/// truncating or replacing it).
#[allow(clippy::disallowed_methods)] // the store is where files are written
fn straight(path: &Path, bytes: &[u8]) -> Result<Dest, OutputError> {
    let shown = path.display().to_string();
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| OutputError::Io(shown.clone(), e))?;
    f.write_all(bytes)
        .and_then(|_| f.flush())
        .map_err(|e| OutputError::Io(shown, e))?;
    Ok(Dest::Stream(path.to_path_buf()))
}

/// Where a link may be followed: a regular file in the link's own
/// directory or below, not inside a `.git` directory.
fn followed(link: &Path) -> Result<PathBuf, OutputError> {
    let shown = link.display().to_string();
    let refuse = |why: String| OutputError::Refused(shown.clone(), why);
    let target = link.canonicalize().map_err(|e| {
        refuse(format!(
            "it is a symbolic link that cannot be followed ({e})"
        ))
    })?;
    let area = parent_of(link)
        .canonicalize()
        .map_err(|e| OutputError::Io(shown.clone(), e))?;
    let inside = target.strip_prefix(&area).ok().filter(|rest| {
        !rest
            .components()
            .any(|c| c == Component::Normal(".git".as_ref()))
    });
    if inside.is_none() {
        return Err(refuse(format!(
            "it is a symbolic link that leads out of {} (platctl follows a link only to a file in the link's directory or below)",
            area.display()
        )));
    }
    match std::fs::metadata(&target) {
        Ok(m) if m.is_file() => Ok(target),
        Ok(_) => Err(refuse(
            "it is a symbolic link to something that is not a regular file".into(),
        )),
        Err(e) => Err(OutputError::Io(shown, e)),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn regular_missing_and_linked_files() {
        let d = tempfile::tempdir().expect("tempdir");
        let p = d.path().join("out.md");
        assert_eq!(write_named(&p, b"one").expect("new"), Dest::File(p.clone()));
        assert_eq!(std::fs::read(&p).expect("read"), b"one");
        let link = d.path().join("link.md");
        std::os::unix::fs::symlink("out.md", &link).expect("symlink");
        let real = p.canonicalize().expect("canon");
        assert_eq!(write_named(&link, b"two").expect("link"), Dest::File(real));
        assert!(std::fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read(&p).expect("read"), b"two");
        let err = write_named(&d.path().join("no/such/out.md"), b"x").expect_err("no dir");
        assert!(err.to_string().ends_with(&format!(
            "the directory {} does not exist",
            d.path().join("no/such").display()
        )));
        assert!(matches!(
            write_named(d.path(), b"x"),
            Err(OutputError::IsDir(_))
        ));
        // A file where a directory of the path should be is named.
        let err = write_named(&p.join("sub/x.md"), b"x").expect_err("under a file");
        assert_eq!(
            err.to_string(),
            format!(
                "cannot write {}: {} is a file, not a directory",
                p.join("sub/x.md").display(),
                p.display()
            )
        );
        assert_eq!(std::fs::read(&p).expect("read"), b"two");
        assert_eq!(
            write_named(Path::new("/dev/stdout"), b"x").expect("stdout"),
            Dest::Stdout
        );
    }

    #[test]
    fn links_out_of_their_directory_are_refused() {
        let d = tempfile::tempdir().expect("tempdir");
        let outside = d.path().join("secret.txt");
        std::fs::write(&outside, "keep").expect("write");
        let sub = d.path().join("sub");
        std::fs::create_dir_all(sub.join(".git")).expect("mkdir");
        std::fs::write(sub.join(".git/config"), "keep").expect("write");
        std::os::unix::fs::symlink("../secret.txt", sub.join("a")).expect("symlink");
        std::os::unix::fs::symlink(".git/config", sub.join("b")).expect("symlink");
        std::os::unix::fs::symlink("missing", sub.join("c")).expect("symlink");
        for name in ["a", "b", "c"] {
            let err = write_named(&sub.join(name), b"x").expect_err(name);
            assert!(matches!(err, OutputError::Refused(..)), "{name}: {err}");
        }
        assert_eq!(std::fs::read(&outside).expect("read"), b"keep");
        assert_eq!(
            std::fs::read(sub.join(".git/config")).expect("read"),
            b"keep"
        );
        assert!(!sub.join("missing").exists());
    }

    #[test]
    fn devices_are_written_straight() {
        assert_eq!(
            write_named(Path::new("/dev/null"), b"x").expect("null"),
            Dest::Stream(PathBuf::from("/dev/null"))
        );
    }
}
