//! Generated files written into a directory, each atomically: the
//! catalog's JSON Schemas (which are missing or stale), shell completions,
//! manual pages.

use crate::schema::SchemaFile;
use anyhow::{bail, Context, Result};
use std::path::Path;

/// Refuses a schema directory inside the catalog that a symbolic link leads
/// out of the root: nothing is read or written through a link out of it.
pub fn refuse_link_out(root: &Path, dir: &Path) -> Result<()> {
    if std::fs::symlink_metadata(dir).is_ok() {
        let real = dir.canonicalize().unwrap_or_default();
        if !real.starts_with(root) {
            bail!(
                "{} leads outside the catalog root {} (a symbolic link); nothing was written",
                dir.display(),
                root.display()
            );
        }
    }
    Ok(())
}

/// The files of `files` that `dir` lacks or holds with other bytes. A link
/// is not followed: it is stale, and replaced by the file itself.
pub fn stale<'f>(dir: &Path, files: &'f [SchemaFile]) -> Vec<&'f SchemaFile> {
    files
        .iter()
        .filter(|f| {
            let p = dir.join(&f.name);
            !std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_file())
                || std::fs::read_to_string(&p).ok().as_deref() != Some(f.text.as_str())
        })
        .collect()
}

/// Writes schema files into `dir` (made if missing), each atomically.
pub fn write_into(dir: &Path, files: &[&SchemaFile]) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for f in files {
        let p = dir.join(&f.name);
        super::atomic::write_file(&p, f.text.as_bytes(), true)
            .with_context(|| format!("cannot write {}", p.display()))?;
    }
    Ok(())
}

/// Writes `(name, bytes)` files into `dir` (made if missing), each
/// atomically; with `only_changed`, a file that already holds those bytes is
/// left alone. Returns how many files were written.
pub fn write_files(dir: &Path, files: &[(String, Vec<u8>)], only_changed: bool) -> Result<usize> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut written = 0;
    for (name, bytes) in files {
        let p = dir.join(name);
        if only_changed && std::fs::read(&p).ok().as_deref() == Some(bytes.as_slice()) {
            continue;
        }
        super::atomic::write_file(&p, bytes, true)
            .with_context(|| format!("cannot write {}", p.display()))?;
        written += 1;
    }
    Ok(written)
}
