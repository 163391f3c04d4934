//! Finding the catalog root and reading its files from disk.

use super::parse::MAX_FILE_BYTES;
use super::{Kind, LoadError, RawFile};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum RootError {
    #[error("no catalog found: neither {0} nor any directory above it holds platctl.yaml")]
    NotFound(PathBuf),
    #[error("{0} holds no platctl.yaml")]
    NoConfig(PathBuf),
    #[error("catalog directory {0} does not exist")]
    Missing(PathBuf),
    #[error("catalog directory {0} is not a directory")]
    NotADir(PathBuf),
    #[error("cannot read the catalog root {0}: {1}")]
    Io(PathBuf, std::io::Error),
}

/// The root named by `-C`/`PLATCTL_CATALOG`, or the nearest directory from
/// `cwd` upward that holds `platctl.yaml`.
pub fn find_root(explicit: Option<&Path>, cwd: &Path) -> Result<PathBuf, RootError> {
    if let Some(dir) = explicit {
        let dir = if dir.is_absolute() {
            dir.to_path_buf()
        } else {
            cwd.join(dir)
        };
        match std::fs::metadata(&dir) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(RootError::Missing(dir))
            }
            Err(e) => return Err(RootError::Io(dir, e)),
            Ok(m) if !m.is_dir() => return Err(RootError::NotADir(dir)),
            Ok(_) => {}
        }
        if !dir.join("platctl.yaml").is_file() {
            return Err(RootError::NoConfig(dir));
        }
        return dir.canonicalize().map_err(|e| RootError::Io(dir, e));
    }
    let mut dir = Some(cwd);
    while let Some(d) = dir {
        if d.join("platctl.yaml").is_file() {
            return d
                .canonicalize()
                .map_err(|e| RootError::Io(d.to_path_buf(), e));
        }
        dir = d.parent();
    }
    Err(RootError::NotFound(cwd.to_path_buf()))
}

/// Whether a file name is one the catalog reads (`.yaml` or `.yml`): the
/// walk of the working tree, history's trees and import's sources agree.
pub fn is_yaml(name: &str) -> bool {
    name.ends_with(".yaml") || name.ends_with(".yml")
}

/// A relative path with `/` separators.
fn rel(root: &Path, p: &Path) -> String {
    let r = p.strip_prefix(root).unwrap_or(p);
    r.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// What the walk found: files to read, and directories that are not kinds.
pub struct Walk {
    pub files: Vec<(String, Option<Kind>, PathBuf)>,
    /// (directory, first YAML file in it)
    pub unknown_dirs: Vec<(String, String)>,
    /// Files refused before reading (links out of the root, loops).
    pub refused: Vec<(String, Option<Kind>, LoadError)>,
}

/// A directory's entries by name, dot-files left out (the format ignores them).
fn listing(dir: &Path) -> std::io::Result<Vec<(String, fs::DirEntry)>> {
    let mut v: Vec<(String, fs::DirEntry)> = fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e))
        .filter(|(name, _)| !name.starts_with('.'))
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(v)
}

/// Lists the files of a catalog, sorted, without reading them.
pub fn walk(root: &Path) -> std::io::Result<Walk> {
    let mut w = Walk {
        files: Vec::new(),
        unknown_dirs: Vec::new(),
        refused: Vec::new(),
    };
    // The settings file obeys the rule every file does: a link is followed
    // only inside the root, and a refused one is never read.
    let config = root.join("platctl.yaml");
    match fs::symlink_metadata(&config) {
        Ok(m) if m.file_type().is_symlink() => match checked_link(root, &config) {
            Ok(t) if t.is_file() => w.files.push(("platctl.yaml".into(), Some(Kind::Config), t)),
            Ok(_) => w.refused.push((
                "platctl.yaml".into(),
                Some(Kind::Config),
                LoadError::LinkNotFile,
            )),
            Err(why) => w
                .refused
                .push(("platctl.yaml".into(), Some(Kind::Config), why)),
        },
        // A FIFO or a device would block or never end: not read.
        Ok(m) if !m.is_file() => w.refused.push((
            "platctl.yaml".into(),
            Some(Kind::Config),
            LoadError::NotRegular,
        )),
        _ => w
            .files
            .push(("platctl.yaml".into(), Some(Kind::Config), config)),
    }
    for (name, e) in listing(root)? {
        let path = e.path();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_symlink() {
            // A linked kind directory is followed only when it stays inside the root.
            if let Some(k) = Kind::from_dir(&name) {
                match checked_link(root, &path) {
                    Ok(t) if t.is_dir() => walk_kind(root, &path, k, &mut w, 0),
                    Ok(_) => {}
                    Err(why) => w.refused.push((name, Some(k), why)),
                }
            }
            continue;
        }
        if !ft.is_dir() {
            continue;
        }
        match Kind::from_dir(&name) {
            Some(k) => walk_kind(root, &path, k, &mut w, 0),
            None => {
                if let Some(first) = first_yaml(&path, 0) {
                    w.unknown_dirs.push((name, rel(root, &first)));
                }
            }
        }
    }
    w.files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(w)
}

/// Where a symbolic link leads, if it stays inside the root.
fn checked_link(root: &Path, link: &Path) -> Result<PathBuf, LoadError> {
    match link.canonicalize() {
        Ok(t) if t.starts_with(root) => Ok(t),
        Ok(_) => Err(LoadError::LinkOutside),
        Err(e) => Err(LoadError::LinkBroken(e.into())),
    }
}

const MAX_WALK_DEPTH: usize = 16;

fn walk_kind(root: &Path, dir: &Path, kind: Kind, w: &mut Walk, depth: usize) {
    if depth > MAX_WALK_DEPTH {
        return;
    }
    let Ok(entries) = listing(dir) else {
        w.refused
            .push((rel(root, dir), Some(kind), LoadError::DirUnreadable));
        return;
    };
    for (name, e) in entries {
        let path = e.path();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_symlink() {
            if !is_yaml(&name) {
                // A linked directory is not walked (links below a kind
                // directory could loop or read a file twice); one with YAML
                // in it is said, so that its files are not missed unnoticed.
                if let Ok(t) = checked_link(root, &path) {
                    if t.is_dir() && first_yaml(&t, 0).is_some() {
                        w.refused
                            .push((rel(root, &path), Some(kind), LoadError::LinkedDir));
                    }
                }
                continue;
            }
            match checked_link(root, &path) {
                Ok(t) if t.is_file() => w.files.push((rel(root, &path), Some(kind), t)),
                // A YAML name that leads to a directory or a FIFO: said, so
                // that what it was meant to hold is not missed unnoticed.
                Ok(_) => w
                    .refused
                    .push((rel(root, &path), Some(kind), LoadError::LinkNotFile)),
                Err(why) => w.refused.push((rel(root, &path), Some(kind), why)),
            }
        } else if ft.is_dir() {
            walk_kind(root, &path, kind, w, depth + 1);
        } else if ft.is_file() && is_yaml(&name) {
            w.files.push((rel(root, &path), Some(kind), path));
        } else if is_yaml(&name) {
            // A FIFO, a socket or a device would block or never end: not
            // read, but reported like the settings file would be.
            w.refused
                .push((rel(root, &path), Some(kind), LoadError::NotRegular));
        }
    }
}

fn first_yaml(dir: &Path, depth: usize) -> Option<PathBuf> {
    if depth > 3 {
        return None;
    }
    let entries = listing(dir).ok()?;
    for (name, e) in &entries {
        if is_yaml(name) && e.file_type().is_ok_and(|t| t.is_file()) {
            return Some(e.path());
        }
    }
    entries
        .iter()
        .filter(|(_, e)| e.file_type().is_ok_and(|t| t.is_dir()))
        .find_map(|(_, e)| first_yaml(&e.path(), depth + 1))
}

/// Reads a file, refusing more than the size limit without reading it all.
pub fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    let mut f = fs::File::open(path).map_err(LoadError::io)?;
    // Most files are a few KiB: one read fills them in from a buffer of that
    // size and a second finds the end (growing a vector from nothing takes
    // seven reads for 600 bytes).
    let mut first = [0u8; 16 * 1024];
    let mut n = 0;
    while n < first.len() {
        match f.read(&mut first[n..]) {
            Ok(0) => return Ok(first[..n].to_vec()),
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(LoadError::io(e)),
        }
    }
    let mut buf = first.to_vec();
    f.take((MAX_FILE_BYTES + 1 - n) as u64)
        .read_to_end(&mut buf)
        .map_err(LoadError::io)?;
    if buf.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge);
    }
    Ok(buf)
}

/// Reads in flight while reading a catalog. A file not in the page cache
/// makes its thread wait on the disk; with as many reads as cores, the
/// cores wait with it (lint of 10,000 services after dropping the cache,
/// on 2 cores: 1.17 s with 2 reads in flight, 0.87 s with 8, 0.96 s with
/// 16; the same 0.6–0.7 s when the files are cached).
const READS_IN_FLIGHT: usize = 8;

/// Below this many files, starting the readers costs more than it saves.
const POOL_FROM: usize = 256;

/// Threads that only read, for `files` files (none for a few, or when
/// they cannot be started: the common pool reads then).
fn io_pool(files: usize) -> Option<rayon::ThreadPool> {
    if files < POOL_FROM || rayon::current_num_threads() >= READS_IN_FLIGHT {
        return None;
    }
    rayon::ThreadPoolBuilder::new()
        .num_threads(READS_IN_FLIGHT)
        .thread_name(|i| format!("platctl-read-{i}"))
        .build()
        .ok()
}

/// Reads every walked file (in parallel, several reads in flight per core
/// for large catalogs; order kept).
pub fn read_all(w: &Walk) -> Vec<RawFile> {
    use rayon::prelude::*;
    let read = || {
        w.files
            .par_iter()
            .map(|(path, kind, abs)| RawFile {
                path: path.clone(),
                kind: *kind,
                bytes: read_limited(abs),
            })
            .collect::<Vec<RawFile>>()
    };
    let mut out = match io_pool(w.files.len()) {
        Some(pool) => pool.install(read),
        None => read(),
    };
    out.extend(refused_files(w));
    out
}

/// The files the walk refused before reading, each as a file that could not
/// be read, saying why.
pub fn refused_files(w: &Walk) -> impl Iterator<Item = RawFile> + '_ {
    w.refused.iter().map(|(path, kind, why)| RawFile {
        path: path.clone(),
        kind: *kind,
        bytes: Err(why.clone()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A catalog large enough for the readers' own threads reads every
    /// file, in path order, as a file at a time would.
    #[test]
    fn many_reads_in_flight_keep_every_file_and_the_order() {
        let d = tempfile::tempdir().expect("tempdir");
        let n = POOL_FROM + 44;
        std::fs::write(d.path().join("platctl.yaml"), "version: 1\n").expect("write");
        std::fs::create_dir_all(d.path().join("services")).expect("mkdir");
        for i in 0..n {
            let text = format!("id: s{i:04}\nteam: t\n");
            std::fs::write(d.path().join(format!("services/s{i:04}.yaml")), text).expect("write");
        }
        let w = walk(d.path()).expect("walk");
        // (A machine with 8 cores or more reads on its common pool.)
        assert_eq!(
            io_pool(w.files.len()).is_some(),
            rayon::current_num_threads() < READS_IN_FLIGHT
        );
        let raw = read_all(&w);
        assert_eq!(raw.len(), n + 1);
        for (f, (path, _, abs)) in raw.iter().zip(&w.files) {
            assert_eq!(&f.path, path);
            let alone = std::fs::read(abs).expect("read");
            assert_eq!(f.bytes.as_deref().ok(), Some(alone.as_slice()), "{path}");
        }
    }
}
