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
    // Say which directory is missing, not the temporary file's name.
    match std::fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(std::io::Error::new(
                e.kind(),
                format!("directory {} does not exist", dir.display()),
            ))
        }
        Ok(m) if !m.is_dir() => {
            return Err(std::io::Error::other(format!(
                "{} is not a directory",
                dir.display()
            )))
        }
        _ => {}
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".platctl-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {}", dir.display(), plain(&e))))?;
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

/// An I/O error's own text, without the path tempfile appends to it.
fn plain(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" at path ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
