//! Atomic file writes: a temporary file in the same directory, then a rename.
//!
//! Temporary files are named `.platctl-*.tmp`: a dot-file, which the catalog
//! never reads, and a name `platctl init` lists in the catalog's
//! `.gitignore`. A write that fails removes its temporary file; one left by
//! a killed process is swept by the next write into that directory
//! ([`sweep_stale_temps`]).

use std::io::Write;
use std::path::Path;
use std::time::Duration;

/// The prefix and suffix of every temporary file platctl makes.
pub const TEMP_PREFIX: &str = ".platctl-";
pub const TEMP_SUFFIX: &str = ".tmp";

/// Writes `bytes` to `path` atomically. With `replace` false, fails if the
/// file exists (and never replaces one created meanwhile). A replaced file
/// keeps its permissions; a new file gets the ones the umask allows (as
/// any program creating a file, `0666` less the umask).
pub fn write_file(path: &Path, bytes: &[u8], replace: bool) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Created with 0666: the kernel takes the umask off.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    #[cfg(unix)]
    if replace {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(m) = std::fs::metadata(path) {
            tmp.as_file()
                .set_permissions(std::fs::Permissions::from_mode(m.permissions().mode()))?;
        }
    }
    tmp.as_file().sync_all()?;
    if replace {
        tmp.persist(path).map_err(|e| e.error)?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| e.error)?;
    }
    Ok(())
}

/// Whether a file name is one of platctl's temporary files.
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
}

/// Removes platctl's temporary files in `dir` older than `age`: ones no
/// write is using any more. The writer calls it under the catalog lock,
/// where no other write into a catalog directory can be running.
pub fn sweep_stale_temps(dir: &Path, age: Duration) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        if !is_temp_name(&name.to_string_lossy()) {
            continue;
        }
        let stale = e
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .and_then(|m| m.modified().ok())
            .and_then(|t| std::time::SystemTime::now().duration_since(t).ok())
            .is_some_and(|a| a >= age);
        if stale {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().expect("tempdir");
        let p = d.path().join("f");
        std::fs::write(&p, "old").expect("write");
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        write_file(&p, b"new", true).expect("replace");
        assert_eq!(std::fs::read(&p).expect("read"), b"new");
        assert_eq!(
            std::fs::metadata(&p).expect("meta").permissions().mode() & 0o777,
            0o640
        );
        assert!(write_file(&p, b"x", false).is_err(), "no clobber");
        assert_eq!(
            std::fs::read_dir(d.path()).expect("dir").count(),
            1,
            "no temp left"
        );
    }

    #[test]
    fn only_old_temporary_files_are_swept() {
        let d = tempfile::tempdir().expect("tempdir");
        std::fs::write(d.path().join(".platctl-abc.tmp"), "x").expect("write");
        std::fs::write(d.path().join("keep.yaml"), "x").expect("write");
        sweep_stale_temps(d.path(), Duration::from_secs(3600));
        assert_eq!(std::fs::read_dir(d.path()).expect("dir").count(), 2);
        sweep_stale_temps(d.path(), Duration::ZERO);
        let left: Vec<_> = std::fs::read_dir(d.path())
            .expect("dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(left, vec!["keep.yaml".to_string()]);
        assert!(is_temp_name(".platctl-x1.tmp") && !is_temp_name("platctl-x1.tmp"));
    }
}
