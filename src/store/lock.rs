//! A catalog-wide write lock, so concurrent writers never lose an update.

use std::fs::File;
#[cfg(not(unix))]
use std::fs::OpenOptions;
use std::path::Path;
use std::time::{Duration, Instant};

/// Held while a command reads, changes and writes catalog files.
pub struct CatalogLock {
    _file: File,
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("another platctl is writing this catalog (lock {0} held for more than {1} s); try again when it is done")]
    Busy(String, u64),
    #[error("cannot open the lock file {0}: {1}")]
    Io(String, std::io::Error),
}

pub const LOCK_FILE: &str = ".platctl.lock";

#[cfg(unix)]
fn open_lock(root: &Path) -> Result<(std::path::PathBuf, File), LockError> {
    let file = File::open(root).map_err(|e| LockError::Io(root.display().to_string(), e))?;
    Ok((root.to_path_buf(), file))
}

#[cfg(not(unix))]
fn open_lock(root: &Path) -> Result<(std::path::PathBuf, File), LockError> {
    let path = root.join(LOCK_FILE);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| LockError::Io(path.display().to_string(), e))?;
    Ok((path, file))
}

impl CatalogLock {
    /// Waits up to `timeout` for the lock on `<root>/.platctl.lock`.
    /// On Unix the lock is taken on the root directory itself, so that no
    /// lock file ever shows up in the work tree (`--commit` promises to leave
    /// the working tree as it was); elsewhere on `<root>/.platctl.lock`.
    pub fn acquire(root: &Path, timeout: Duration) -> Result<CatalogLock, LockError> {
        let (path, file) = open_lock(root)?;
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(CatalogLock { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < timeout => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(LockError::Busy(
                        path.display().to_string(),
                        timeout.as_secs(),
                    ));
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(LockError::Io(path.display().to_string(), e))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_waits_then_gives_up() {
        let d = tempfile::tempdir().expect("tempdir");
        let held = CatalogLock::acquire(d.path(), Duration::from_secs(1)).expect("first lock");
        assert!(matches!(
            CatalogLock::acquire(d.path(), Duration::from_millis(50)),
            Err(LockError::Busy(..))
        ));
        drop(held);
        assert!(CatalogLock::acquire(d.path(), Duration::from_millis(50)).is_ok());
        assert_eq!(
            std::fs::read_dir(d.path()).expect("dir").count(),
            0,
            "no lock file left behind"
        );
    }
}
