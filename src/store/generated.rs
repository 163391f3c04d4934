//! Generated files written into a directory, each atomically: the
//! catalog's JSON Schemas (which are missing or stale), shell completions,
//! manual pages.

use crate::schema::SchemaFile;
use std::path::Path;

/// Why a generated file was not written. The I/O error is the source, so
/// that a report of the whole chain says it after the path.
#[derive(Debug, thiserror::Error)]
pub enum GeneratedError {
    #[error("{dir} leads outside the catalog root {root} (a symbolic link); nothing was written")]
    LinkOut { dir: String, root: String },
    #[error("cannot create {0}")]
    Create(String, #[source] std::io::Error),
    #[error("cannot write {0}")]
    Write(String, #[source] std::io::Error),
}

type Result<T> = std::result::Result<T, GeneratedError>;

/// Refuses a schema directory inside the catalog that a symbolic link leads
/// out of the root: nothing is read or written through a link out of it.
pub fn refuse_link_out(root: &Path, dir: &Path) -> Result<()> {
    if std::fs::symlink_metadata(dir).is_ok() {
        let real = dir.canonicalize().unwrap_or_default();
        if !real.starts_with(root) {
            return Err(GeneratedError::LinkOut {
                dir: dir.display().to_string(),
                root: root.display().to_string(),
            });
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
    super::atomic::ensure_dir(dir)
        .map_err(|e| GeneratedError::Create(dir.display().to_string(), e))?;
    for f in files {
        let p = dir.join(&f.name);
        super::atomic::write_file(&p, f.text.as_bytes(), true)
            .map_err(|e| GeneratedError::Write(p.display().to_string(), e))?;
    }
    Ok(())
}

/// Writes `(name, bytes)` files into `dir` (made if missing), each
/// atomically; with `only_changed`, a file that already holds those bytes is
/// left alone. Returns how many files were written.
pub fn write_files(dir: &Path, files: &[(String, Vec<u8>)], only_changed: bool) -> Result<usize> {
    super::atomic::ensure_dir(dir)
        .map_err(|e| GeneratedError::Create(dir.display().to_string(), e))?;
    let mut written = 0;
    for (name, bytes) in files {
        let p = dir.join(name);
        if only_changed && std::fs::read(&p).ok().as_deref() == Some(bytes.as_slice()) {
            continue;
        }
        super::atomic::write_file(&p, bytes, true)
            .map_err(|e| GeneratedError::Write(p.display().to_string(), e))?;
        written += 1;
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_that_cannot_be_made_is_named_then_the_io_error_follows() {
        let d = tempfile::tempdir().expect("tempdir");
        let file = d.path().join("plain");
        std::fs::write(&file, "x").expect("write");
        let dir = file.join("schemas");
        let err = write_files(&dir, &[("a".into(), b"a".to_vec())], false)
            .expect_err("a directory under a file");
        assert_eq!(err.to_string(), format!("cannot create {}", dir.display()));
        let chained = format!("{:#}", anyhow::Error::from(err));
        assert!(
            chained.starts_with(&format!("cannot create {}: ", dir.display())),
            "{chained}"
        );
    }

    #[test]
    fn a_file_where_the_directory_goes_is_said_to_be_one() {
        let d = tempfile::tempdir().expect("tempdir");
        let file = d.path().join("plain");
        std::fs::write(&file, "x").expect("write");
        let err = write_files(&file, &[("a".into(), b"a".to_vec())], false)
            .expect_err("a file, not a directory");
        let chained = format!("{:#}", anyhow::Error::from(err));
        assert_eq!(
            chained,
            format!(
                "cannot create {0}: {0} exists and is not a directory",
                file.display()
            )
        );
        assert_eq!(std::fs::read(&file).expect("still there"), b"x");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_root_is_refused() {
        let root = tempfile::tempdir().expect("tempdir");
        let out = tempfile::tempdir().expect("tempdir");
        let root_path = root.path().canonicalize().expect("canonical");
        let link = root_path.join("schemas");
        std::os::unix::fs::symlink(out.path(), &link).expect("symlink");
        let err = refuse_link_out(&root_path, &link).expect_err("a link out");
        assert_eq!(
            err.to_string(),
            format!(
                "{} leads outside the catalog root {} (a symbolic link); nothing was written",
                link.display(),
                root_path.display()
            )
        );
    }
}
