//! Atomic file writes: a temporary file in the same directory, then a rename.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` atomically. With `replace` false, fails if the
/// file exists (and never replaces one created meanwhile).
pub fn write_file(path: &Path, bytes: &[u8], replace: bool) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".platctl-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    // tempfile creates 0600; a catalog file should be readable like its neighbours.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map(|m| m.permissions().mode())
            .unwrap_or(0o644);
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    if replace {
        tmp.persist(path).map_err(|e| e.error)?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| e.error)?;
    }
    Ok(())
}

/// Makes a directory and its parents when missing (for commands that write
/// several files into one output directory).
pub fn ensure_dir(path: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(path)
}

/// A file being written in several steps: a temporary file beside its
/// destination, renamed over it by [`PendingFile::commit`]; dropped without
/// a commit, it is removed and the destination left as it was.
pub struct PendingFile {
    tmp: tempfile::NamedTempFile,
    path: std::path::PathBuf,
}

impl PendingFile {
    pub fn create(path: &Path) -> std::io::Result<PendingFile> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let tmp = tempfile::Builder::new()
            .prefix(".platctl-")
            .suffix(".tmp")
            .tempfile_in(dir)?;
        Ok(PendingFile {
            tmp,
            path: path.to_path_buf(),
        })
    }

    /// A handle to write the content through.
    pub fn handle(&self) -> std::io::Result<std::fs::File> {
        self.tmp.as_file().try_clone()
    }

    /// Puts the written content in place (readable like its neighbours).
    pub fn commit(self) -> std::io::Result<()> {
        self.tmp.as_file().sync_all()?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&self.path)
                .map(|m| m.permissions().mode())
                .unwrap_or(0o644);
            self.tmp
                .as_file()
                .set_permissions(std::fs::Permissions::from_mode(mode))?;
        }
        self.tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}
