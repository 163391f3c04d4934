//! A catalog-wide write lock, so concurrent writers never lose an update.

use std::fs::{File, OpenOptions};
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

impl CatalogLock {
    /// Waits up to `timeout` for the lock on `<root>/.platctl.lock`.
    pub fn acquire(root: &Path, timeout: Duration) -> Result<CatalogLock, LockError> {
        let path = root.join(LOCK_FILE);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| LockError::Io(path.display().to_string(), e))?;
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(CatalogLock { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < timeout => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(LockError::Busy(path.display().to_string(), timeout.as_secs()));
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(LockError::Io(path.display().to_string(), e)),
            }
        }
    }
}
