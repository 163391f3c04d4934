//! The import cache's file, `.platctl/cache/import-<source>.json` under the
//! catalog root: read only when every part of that path is a real directory
//! or file (no link), written atomically beside itself. The directory holds
//! a `.gitignore` of `*`, so git never sees it; the catalog never reads a
//! dot-directory. What the file says is checked by the import
//! (`interop::cache`); here it is only found, read and written.

use super::atomic::{self, PendingFile};
use crate::interop::cache::Ident;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The cache directory, relative to the catalog root.
pub const DIR: &str = ".platctl/cache";

/// The largest cache file read (a catalog of 50,000 services needs ~15 MiB).
const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// The cache directory under `root` when `.platctl` and `.platctl/cache`
/// are real directories (no link); with `create`, made when missing.
fn dir(root: &Path, create: bool) -> Option<PathBuf> {
    let mut d = root.to_path_buf();
    for part in DIR.split('/') {
        d.push(part);
        match std::fs::symlink_metadata(&d) {
            Ok(m) if m.file_type().is_dir() => {}
            Err(e) if create && e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir(&d).ok()?;
            }
            _ => return None,
        }
    }
    Some(d)
}

/// The file's name for imports from `source`.
fn file_name(source: &str) -> String {
    format!("import-{source}.json")
}

/// The cache of imports from `source`, if there is a regular file (not a
/// link) of at most the size limit.
pub fn read(root: &Path, source: &str) -> Option<Vec<u8>> {
    let path = dir(root, false)?.join(file_name(source));
    let m = std::fs::symlink_metadata(&path).ok()?;
    if !m.file_type().is_file() || m.len() > MAX_BYTES {
        return None;
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Swapped for a link since it was looked at: not opened.
        opts.custom_flags(libc::O_NOFOLLOW);
    }
    #[allow(clippy::disallowed_methods)] // opened to read, never to write
    let f = opts.open(&path).ok()?;
    let mut buf = Vec::with_capacity(usize::try_from(m.len()).unwrap_or(0) + 1);
    f.take(MAX_BYTES + 1).read_to_end(&mut buf).ok()?;
    (buf.len() as u64 <= MAX_BYTES).then_some(buf)
}

/// A cache file being made: its temporary file is created before the
/// import reads anything, and its time of creation (the file system's
/// clock) is the reference a file changed since is measured against.
pub struct Pending {
    file: PendingFile,
    reference: i64,
}

impl Pending {
    /// Starts the cache file of imports from `source`; None when the cache
    /// directory cannot be made or is not a real directory inside the root.
    pub fn start(root: &Path, source: &str) -> Option<Pending> {
        let dir = dir(root, true)?;
        let ignore = dir.join(".gitignore");
        if std::fs::symlink_metadata(&ignore).is_err() {
            // Lost to a concurrent import that made it first: the same bytes.
            let _ = atomic::write_file(
                &ignore,
                b"# Made by platctl: a cache, never committed.\n*\n",
                false,
            );
        }
        atomic::sweep_stale_temps(&dir, std::time::Duration::from_secs(3600));
        let file = PendingFile::create(&dir.join(file_name(source))).ok()?;
        let meta = file.handle().ok()?.metadata().ok()?;
        let reference = Ident::of(&meta)?.mtime();
        Some(Pending { file, reference })
    }

    /// The file system time before anything was read (nanoseconds).
    pub fn reference(&self) -> i64 {
        self.reference
    }

    /// Writes `bytes` and puts the file in place (atomically; not synced:
    /// after a crash, a cache cut short does not parse and is not used).
    pub fn commit(self, bytes: &[u8]) -> std::io::Result<()> {
        self.file.handle()?.write_all(bytes)?;
        self.file.commit_unsynced()
    }
}
