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

/// Makes a directory and its parents when missing (for commands that write
/// several files into one output directory). A path that is a file says so,
/// rather than the system's "File exists".
pub fn ensure_dir(path: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(path).map_err(|e| match std::fs::metadata(path) {
        Ok(m) if !m.is_dir() => std::io::Error::new(
            e.kind(),
            format!("{} exists and is not a directory", path.display()),
        ),
        _ => e,
    })
}

/// A file written in several steps: a temporary file beside its
/// destination, renamed over it by [`PendingFile::commit`]; dropped without
/// a commit, it is removed and the destination left as it was. Permissions
/// as [`write_file`] gives them.
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
        let mut builder = tempfile::Builder::new();
        builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        Ok(PendingFile {
            tmp: builder.tempfile_in(dir)?,
            path: path.to_path_buf(),
        })
    }

    /// A handle to write the content through.
    pub fn handle(&self) -> std::io::Result<std::fs::File> {
        self.tmp.as_file().try_clone()
    }

    /// Puts the written content in place; a replaced file keeps its permissions.
    pub fn commit(self) -> std::io::Result<()> {
        self.finish(true)
    }

    /// [`PendingFile::commit`] without waiting for the disk: for a cache,
    /// which a crash may lose or leave cut short, and whose reader ignores
    /// what does not parse.
    pub fn commit_unsynced(self) -> std::io::Result<()> {
        self.finish(false)
    }

    /// Puts several written files in place as one [`Batch`]: one wait for
    /// the disk (a sync of their filesystem, not one per file), then the
    /// renames, then the directories synced. A crash leaves each file
    /// whole, old or new.
    pub fn commit_all(files: Vec<PendingFile>) -> std::io::Result<()> {
        let mut batch = Batch::default();
        for f in files {
            batch.adopt(f)?;
        }
        batch.commit()
    }

    /// Gives the temporary file the permissions of the file it replaces.
    fn keep_mode(&self) -> std::io::Result<()> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            if let Ok(m) = std::fs::metadata(&self.path) {
                self.tmp
                    .as_file()
                    .set_permissions(std::fs::Permissions::from_mode(m.permissions().mode()))?;
            }
        }
        Ok(())
    }

    fn finish(self, sync: bool) -> std::io::Result<()> {
        self.keep_mode()?;
        if sync {
            self.tmp.as_file().sync_all()?;
        }
        self.tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

/// Whether a file name is one of platctl's temporary files.
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
}

/// Removes platctl's temporary files in `dir` older than `age`: ones no
/// write is using any more. The writer calls it under the catalog lock,
/// where no other write into a catalog directory can be running.
#[allow(clippy::disallowed_methods)] // temporary files are swept by their age on the clock
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

    #[test]
    fn pending_files_committed_together_are_all_in_place_and_none_before() {
        use std::io::Write;
        let d = tempfile::tempdir().expect("tempdir");
        let (a, b) = (d.path().join("a.csv"), d.path().join("b.csv"));
        std::fs::write(&a, "old").expect("write");
        let mut files = Vec::new();
        for (p, text) in [(&a, "new a"), (&b, "new b")] {
            let f = PendingFile::create(p).expect("pending");
            f.handle()
                .expect("handle")
                .write_all(text.as_bytes())
                .expect("write");
            files.push(f);
        }
        assert_eq!(std::fs::read_to_string(&a).expect("read"), "old");
        assert!(!b.exists());
        PendingFile::commit_all(files).expect("committed");
        assert_eq!(std::fs::read_to_string(&a).expect("read"), "new a");
        assert_eq!(std::fs::read_to_string(&b).expect("read"), "new b");
        let left: Vec<_> = std::fs::read_dir(d.path())
            .expect("list")
            .filter_map(Result::ok)
            .filter(|e| is_temp_name(&e.file_name().to_string_lossy()))
            .collect();
        assert!(left.is_empty(), "temporary files left: {left:?}");
        PendingFile::commit_all(Vec::new()).expect("nothing to commit");
    }

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
/// Many files written atomically with one sync for the whole set: each
/// file goes to a temporary file beside it, the file system is synced once,
/// then every temporary file is renamed into place and each directory synced.
/// A crash leaves every file whole, old or new.
///
/// A directory that does not exist yet can be staged whole
/// ([`Batch::stage_dir`]): its files go into a hidden directory beside it,
/// which takes its name at commit, so every file appears at once with one
/// rename instead of one per file.
#[derive(Default)]
pub struct Batch {
    staged: Vec<(tempfile::NamedTempFile, std::path::PathBuf, bool)>,
    new_dirs: Vec<(tempfile::TempDir, std::path::PathBuf)>,
    removals: Vec<std::path::PathBuf>,
    dirs: std::collections::BTreeSet<std::path::PathBuf>,
}

/// The name of the hidden directory a new directory `NAME` is staged in:
/// `.NAME.platctl-XXXXXX.tmp` (a dot-file, which the catalog never reads).
fn staged_dir_prefix(name: &str) -> String {
    format!(".{name}{TEMP_PREFIX}")
}

/// Removes the staged directories a killed run left in `parent`
/// (`.NAME.platctl-*.tmp`, never a symbolic link). Called under the catalog
/// lock, where no other write can be staging one.
pub fn sweep_staged_dirs(parent: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let staged = name.starts_with('.')
            && name[1..].contains(TEMP_PREFIX)
            && name.ends_with(TEMP_SUFFIX)
            && e.file_type().is_ok_and(|t| t.is_dir());
        if staged {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

impl Batch {
    /// Takes a file written through a [`PendingFile`], to be put in place
    /// (replacing what is there, keeping its permissions) at commit.
    pub fn adopt(&mut self, f: PendingFile) -> std::io::Result<()> {
        f.keep_mode()?;
        #[cfg(not(unix))]
        f.tmp.as_file().sync_all()?;
        if let Some(d) = f.tmp.path().parent() {
            self.dirs.insert(d.to_path_buf());
        }
        self.staged.push((f.tmp, f.path, true));
        Ok(())
    }

    /// Writes `bytes` to a temporary file beside `path` (nothing is visible yet).
    pub fn stage(&mut self, path: &Path, bytes: &[u8], replace: bool) -> std::io::Result<()> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let mut tmp = tempfile::Builder::new()
            .prefix(".platctl-")
            .suffix(".tmp")
            .tempfile_in(dir)?;
        tmp.write_all(bytes)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path)
                .map(|m| m.permissions().mode())
                .unwrap_or(0o644);
            tmp.as_file()
                .set_permissions(std::fs::Permissions::from_mode(mode))?;
        }
        #[cfg(not(unix))]
        tmp.as_file().sync_all()?;
        self.dirs.insert(dir.to_path_buf());
        self.staged.push((tmp, path.to_path_buf(), replace));
        Ok(())
    }

    /// Writes `files` (plain file names, bytes) as the content of the new
    /// directory `dir`, which must not exist: into a hidden directory beside
    /// it, renamed to `dir` at commit. Nothing is visible before; dropped
    /// without a commit, the hidden directory is removed. Each file gets the
    /// mode [`Batch::stage`] gives a new file, the directory the one
    /// `create_dir` gives.
    #[allow(clippy::disallowed_methods)] // the store is where files are written
    pub fn stage_dir(&mut self, dir: &Path, files: &[(&str, &[u8])]) -> std::io::Result<()> {
        let parent = dir
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| std::io::Error::other(format!("{} has no name", dir.display())))?;
        let mut builder = tempfile::Builder::new();
        let prefix = staged_dir_prefix(&name);
        builder.prefix(&prefix).suffix(TEMP_SUFFIX);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // As create_dir makes it: the kernel takes the umask off.
            builder.permissions(std::fs::Permissions::from_mode(0o777));
        }
        let tmp = builder.tempdir_in(parent)?;
        for (file, bytes) in files {
            if file.is_empty() || *file == "." || *file == ".." || file.contains(['/', '\\']) {
                return Err(std::io::Error::other(format!(
                    "{file} is not a plain file name"
                )));
            }
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(tmp.path().join(file))?;
            f.write_all(bytes)?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                f.set_permissions(std::fs::Permissions::from_mode(0o644))?;
            }
            #[cfg(not(unix))]
            f.sync_all()?;
        }
        self.dirs.insert(parent.to_path_buf());
        self.new_dirs.push((tmp, dir.to_path_buf()));
        Ok(())
    }

    /// Removes `path` when the batch is committed.
    pub fn remove(&mut self, path: &Path) {
        if let Some(d) = path.parent() {
            self.dirs.insert(d.to_path_buf());
        }
        self.removals.push(path.to_path_buf());
    }

    /// Syncs once, renames every staged file into place, removes, syncs the directories.
    pub fn commit(self) -> std::io::Result<()> {
        if let Some(d) = self.dirs.iter().next() {
            sync_filesystem(d)?;
        }
        for (tmp, path, replace) in self.staged {
            if replace {
                tmp.persist(&path).map_err(|e| e.error)?;
            } else {
                tmp.persist_noclobber(&path).map_err(|e| e.error)?;
            }
        }
        for (tmp, dir) in self.new_dirs {
            // Under the catalog lock nothing else makes it; an empty
            // directory made meanwhile would be replaced, a full one not.
            if std::fs::symlink_metadata(&dir).is_ok() {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    format!("{} appeared meanwhile", dir.display()),
                ));
            }
            std::fs::rename(tmp.path(), &dir)?;
            let _ = tmp.keep();
        }
        for p in &self.removals {
            match std::fs::remove_file(p) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        #[cfg(unix)]
        for d in &self.dirs {
            std::fs::File::open(d)?.sync_all()?;
        }
        Ok(())
    }
}

/// Starts the disk's work early for files still being written: each
/// [`SyncBehind::kick`] asks a thread of its own to flush the file system
/// that holds them, while the caller goes on computing. A commit of those
/// files (which still waits for the disk, as ever) then waits only for
/// what was written after the last flush. Kicks made while a flush runs
/// fold into one; a failed flush is left to that commit to report. Dropped,
/// it waits for the flush under way.
pub struct SyncBehind {
    tx: Option<std::sync::mpsc::Sender<()>>,
    worker: Option<std::thread::JoinHandle<()>>,
    /// Flushes done (what the tests look at).
    #[cfg(test)]
    flushed: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl SyncBehind {
    /// Flushes behind the files written into `dir`.
    pub fn new(dir: &Path) -> SyncBehind {
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        let dir = dir.to_path_buf();
        let flushed = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let count = flushed.clone();
        let worker = std::thread::Builder::new()
            .name("platctl-sync".into())
            .spawn(move || {
                while rx.recv().is_ok() {
                    while rx.try_recv().is_ok() {}
                    let _ = sync_filesystem(&dir);
                    count.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
            })
            .ok();
        SyncBehind {
            // No thread to spare: no kick is sent, and the commit waits
            // for all of it, as before.
            tx: worker.is_some().then_some(tx),
            worker,
            #[cfg(test)]
            flushed,
        }
    }

    /// Asks for what is written so far to go to the disk.
    pub fn kick(&self) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(());
        }
    }
}

impl Drop for SyncBehind {
    fn drop(&mut self) {
        drop(self.tx.take());
        if let Some(w) = self.worker.take() {
            let _ = w.join();
        }
    }
}

/// Flushes every written file of the file system that holds `dir` (one call
/// instead of one fsync per file).
#[cfg(target_os = "linux")]
fn sync_filesystem(dir: &Path) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let f = std::fs::File::open(dir)?;
    // SAFETY: syncfs takes an open file descriptor, which `f` keeps open for the call.
    let r = unsafe { libc::syncfs(f.as_raw_fd()) };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(all(unix, not(target_os = "linux")))]
fn sync_filesystem(_dir: &Path) -> std::io::Result<()> {
    // SAFETY: sync takes no arguments and cannot fail.
    unsafe { libc::sync() };
    Ok(())
}

#[cfg(not(unix))]
fn sync_filesystem(_dir: &Path) -> std::io::Result<()> {
    // Each staged file was synced when written.
    Ok(())
}

/// Replaces the directory `dir` whole with `files` (relative path, bytes):
/// they are written to a new directory beside it, synced once, and the new
/// directory takes the old one's place (the old one is then removed).
#[allow(clippy::disallowed_methods)] // the store is where files are written
pub fn replace_dir(dir: &Path, files: &[(String, Vec<u8>)]) -> std::io::Result<()> {
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    if dir.exists() && !dir.is_dir() {
        return Err(std::io::Error::other(format!(
            "{} exists and is not a directory",
            dir.display()
        )));
    }
    let fresh = tempfile::Builder::new()
        .prefix(".platctl-new-")
        .tempdir_in(parent)?;
    for (rel, bytes) in files {
        if rel.split('/').any(|c| c == ".." || c.is_empty()) {
            return Err(std::io::Error::other(format!(
                "{rel} is not a relative path"
            )));
        }
        let p = fresh.path().join(rel);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d)?;
        }
        std::fs::write(&p, bytes)?;
    }
    sync_filesystem(fresh.path())?;
    let fresh = fresh.keep();
    if dir.exists() {
        let old = tempfile::Builder::new()
            .prefix(".platctl-old-")
            .tempdir_in(parent)?
            .keep();
        std::fs::remove_dir(&old)?;
        std::fs::rename(dir, &old)?;
        if let Err(e) = std::fs::rename(&fresh, dir) {
            let _ = std::fs::rename(&old, dir);
            return Err(e);
        }
        std::fs::remove_dir_all(&old)?;
    } else {
        std::fs::rename(&fresh, dir)?;
    }
    #[cfg(unix)]
    std::fs::File::open(parent)?.sync_all()?;
    Ok(())
}

#[cfg(test)]
mod batch_tests {
    use super::*;

    #[test]
    fn a_sync_behind_flushes_when_kicked_and_its_drop_waits_for_the_flush() {
        let d = tempfile::tempdir().expect("tempdir");
        std::fs::write(d.path().join("a"), "rows").expect("write");
        let idle = SyncBehind::new(d.path());
        let none = idle.flushed.clone();
        drop(idle);
        assert_eq!(none.load(std::sync::atomic::Ordering::Relaxed), 0);
        let s = SyncBehind::new(d.path());
        let done = s.flushed.clone();
        for _ in 0..3 {
            s.kick();
        }
        drop(s);
        // Kicks fold into fewer flushes, never none; all done once dropped.
        let n = done.load(std::sync::atomic::Ordering::Relaxed);
        assert!((1..=3).contains(&n), "{n} flushes");
    }

    #[test]
    fn a_batch_writes_replaces_and_removes_and_leaves_no_temporary_file() {
        let d = tempfile::tempdir().expect("tempdir");
        let (a, b, c) = (
            d.path().join("a.yaml"),
            d.path().join("b.yaml"),
            d.path().join("c.yaml"),
        );
        std::fs::write(&b, "old").expect("write");
        std::fs::write(&c, "gone").expect("write");
        let mut batch = Batch::default();
        batch.stage(&a, b"new a", false).expect("stage");
        batch.stage(&b, b"new b", true).expect("stage");
        batch.remove(&c);
        assert_eq!(
            std::fs::read_to_string(&b).expect("read"),
            "old",
            "nothing visible before commit"
        );
        batch.commit().expect("commit");
        assert_eq!(std::fs::read_to_string(&a).expect("read"), "new a");
        assert_eq!(std::fs::read_to_string(&b).expect("read"), "new b");
        assert!(!c.exists());
        assert_eq!(std::fs::read_dir(d.path()).expect("dir").count(), 2);
        // A new file never replaces one that appeared meanwhile.
        let mut batch = Batch::default();
        batch.stage(&a, b"clobber", false).expect("stage");
        assert!(batch.commit().is_err());
        assert_eq!(std::fs::read_to_string(&a).expect("read"), "new a");
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .expect("dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_new_directory_appears_whole_at_commit() {
        let d = tempfile::tempdir().expect("tempdir");
        let services = d.path().join("services");
        let mut batch = Batch::default();
        batch
            .stage_dir(&services, &[("a.yaml", b"id: a\n"), ("b.yaml", b"id: b\n")])
            .expect("staged");
        assert!(!services.exists(), "nothing visible before commit");
        batch.commit().expect("commit");
        assert_eq!(names(&services), vec!["a.yaml", "b.yaml"]);
        assert_eq!(
            std::fs::read_to_string(services.join("b.yaml")).expect("read"),
            "id: b\n"
        );
        assert_eq!(
            names(d.path()),
            vec!["services"],
            "no hidden directory left"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode(&services.join("a.yaml")), 0o644);
            let plain = d.path().join("plain");
            std::fs::create_dir(&plain).expect("mkdir");
            assert_eq!(mode(&services), mode(&plain), "the mode create_dir gives");
            std::fs::remove_dir(&plain).expect("rmdir");
        }
        // The directory exists now: staging it again fails at commit, and
        // what it holds is kept.
        let mut batch = Batch::default();
        batch
            .stage_dir(&services, &[("c.yaml", b"c")])
            .expect("staged");
        assert!(batch.commit().is_err());
        assert_eq!(names(&services), vec!["a.yaml", "b.yaml"]);
        assert_eq!(names(d.path()), vec!["services"]);
        let mut batch = Batch::default();
        for bad in ["../x.yaml", "a/b.yaml", "", ".."] {
            assert!(batch
                .stage_dir(&d.path().join("t"), &[(bad, b"x")])
                .is_err());
        }
        assert_eq!(
            names(d.path()),
            vec!["services"],
            "a refused name leaves nothing"
        );
    }

    #[test]
    fn a_run_killed_before_the_rename_leaves_only_a_hidden_directory_which_is_swept() {
        let d = tempfile::tempdir().expect("tempdir");
        let teams = d.path().join("teams");
        let mut batch = Batch::default();
        batch
            .stage_dir(&teams, &[("t.yaml", b"id: t\n")])
            .expect("staged");
        // Dropped without a commit: as if the write failed.
        drop(batch);
        assert!(names(d.path()).is_empty());
        let mut batch = Batch::default();
        batch
            .stage_dir(&teams, &[("t.yaml", b"id: t\n")])
            .expect("staged");
        // Killed: no destructor runs.
        std::mem::forget(batch);
        let left = names(d.path());
        assert_eq!(left.len(), 1);
        assert!(
            left[0].starts_with(".teams.platctl-") && left[0].ends_with(".tmp"),
            "{left:?}"
        );
        assert!(!teams.exists(), "no partial directory is visible");
        std::fs::write(d.path().join(".platctl-x.tmp"), "a temporary file").expect("write");
        std::fs::create_dir(d.path().join(".keep.tmp")).expect("mkdir");
        sweep_staged_dirs(d.path());
        assert_eq!(names(d.path()), vec![".keep.tmp", ".platctl-x.tmp"]);
    }

    #[test]
    fn a_directory_is_replaced_whole() {
        let d = tempfile::tempdir().expect("tempdir");
        let out = d.path().join("out");
        std::fs::create_dir_all(out.join("old")).expect("mkdir");
        std::fs::write(out.join("old/x.yaml"), "x").expect("write");
        replace_dir(
            &out,
            &[
                ("all.yaml".into(), b"a".to_vec()),
                ("t/b.yaml".into(), b"b".to_vec()),
            ],
        )
        .expect("replaced");
        assert!(!out.join("old").exists());
        assert_eq!(
            std::fs::read_to_string(out.join("t/b.yaml")).expect("read"),
            "b"
        );
        assert_eq!(
            std::fs::read_dir(d.path()).expect("dir").count(),
            1,
            "no temporary directory left"
        );
        assert!(replace_dir(&out, &[("../escape.yaml".into(), Vec::new())]).is_err());
        assert!(!d.path().join("escape.yaml").exists());
    }
}
