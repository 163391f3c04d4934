//! Why a file of the catalog was not read: as a type, so that callers tell
//! the cases apart; as text, the end of the sentence users read after the
//! file's path (`services/a.yaml is not a regular file`).

use super::parse::MAX_FILE_BYTES;
use std::sync::Arc;

/// The error of whatever holds past versions (git), kept with its causes.
pub type SourceError = Arc<dyn std::error::Error + Send + Sync + 'static>;

/// Why a file (on disk or in a git tree) could not be read. Cheap to clone:
/// a parsed catalog is assembled again with one file replaced.
#[derive(Clone, Debug, thiserror::Error)]
pub enum LoadError {
    /// Opening or reading the file failed.
    #[error("cannot be read: {0}")]
    Io(Arc<std::io::Error>),
    /// Larger than [`MAX_FILE_BYTES`]; read no further than the limit.
    #[error("file is over the {} MiB limit", MAX_FILE_BYTES / (1024 * 1024))]
    TooLarge,
    /// A symbolic link whose target is outside the catalog root.
    #[error("is a symbolic link that leads outside the catalog root")]
    LinkOutside,
    /// A symbolic link that does not resolve (dangling, a loop, no access).
    #[error("is a symbolic link that cannot be followed ({0})")]
    LinkBroken(Arc<std::io::Error>),
    /// A symbolic link (inside the root) to something that is not a file.
    #[error("is a symbolic link that does not lead to a file")]
    LinkNotFile,
    /// A symbolic link below a kind directory to a directory with YAML
    /// files: not followed (only a kind directory itself may be a link).
    #[error("is a symbolic link to a directory, which is not followed below a kind directory: link the kind directory itself, or move the files here")]
    LinkedDir,
    /// A FIFO, a device or a socket: reading it could block or never end.
    #[error("is not a regular file")]
    NotRegular,
    /// A directory of a kind whose entries cannot be listed.
    #[error("is a directory that cannot be read")]
    DirUnreadable,
    /// A past version (from git history) could not be read: the history's
    /// error, its causes on the same line.
    #[error("{}", chain(.0.as_ref()))]
    History(SourceError),
    /// The file's id in history (its git blob id) could not be computed.
    #[error("cannot be hashed: {0}")]
    Hash(SourceError),
    /// A past version that reading history left unread.
    #[error("was not read")]
    NotRead,
    /// A file whose parse the blob cache does not hold.
    #[error("was not parsed")]
    NotParsed,
}

impl LoadError {
    pub fn io(e: std::io::Error) -> LoadError {
        LoadError::Io(Arc::new(e))
    }

    /// A past version that history could not read, for `e`.
    pub fn history(e: impl std::error::Error + Send + Sync + 'static) -> LoadError {
        LoadError::History(Arc::new(e))
    }
}

/// An error and its causes on one line, `: ` between them.
fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut s = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cause = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn io(kind: std::io::ErrorKind, msg: &str) -> Arc<std::io::Error> {
        Arc::new(std::io::Error::new(kind, msg))
    }

    /// Each case reads as the sentence users read before it had a type.
    #[test]
    fn users_read_the_same_sentences() {
        let denied = io(std::io::ErrorKind::PermissionDenied, "Permission denied");
        let cases = [
            (
                LoadError::Io(denied.clone()),
                "cannot be read: Permission denied",
            ),
            (LoadError::TooLarge, "file is over the 4 MiB limit"),
            (
                LoadError::LinkOutside,
                "is a symbolic link that leads outside the catalog root",
            ),
            (
                LoadError::LinkBroken(io(std::io::ErrorKind::NotFound, "No such file")),
                "is a symbolic link that cannot be followed (No such file)",
            ),
            (
                LoadError::LinkNotFile,
                "is a symbolic link that does not lead to a file",
            ),
            (
                LoadError::LinkedDir,
                "is a symbolic link to a directory, which is not followed below a kind directory: link the kind directory itself, or move the files here",
            ),
            (LoadError::NotRegular, "is not a regular file"),
            (
                LoadError::DirUnreadable,
                "is a directory that cannot be read",
            ),
            (LoadError::NotRead, "was not read"),
            (LoadError::NotParsed, "was not parsed"),
            (
                LoadError::Hash(Arc::new(std::io::Error::other("odb unavailable"))),
                "cannot be hashed: odb unavailable",
            ),
        ];
        for (e, want) in cases {
            assert_eq!(e.to_string(), want, "{e:?}");
        }
    }

    /// A cause reads as anyhow's `{:#}` showed it: the sentence, then the
    /// reason, on one line.
    #[test]
    fn causes_stay_on_the_line() {
        #[derive(Debug, thiserror::Error)]
        #[error("cannot read commit abc")]
        struct Outer(#[source] std::io::Error);
        let outer = || Outer(std::io::Error::other("object not found"));
        assert_eq!(chain(&outer()), "cannot read commit abc: object not found");
        assert_eq!(
            LoadError::history(outer()).to_string(),
            "cannot read commit abc: object not found"
        );
    }
}
