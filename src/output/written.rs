//! What a command that writes says about it: `ID PATH` on standard output,
//! a remark on standard error.

use crate::store::writer::Written;

/// The result line: the id and the file, for scripts.
pub fn line(w: &Written) -> String {
    format!("{} {}\n", w.id, w.path)
}

/// ", committed <12 hex digits>" after a `--commit`, else nothing.
pub fn committed(w: &Written) -> String {
    w.commit
        .as_deref()
        .map(|c| format!(", committed {}", c.get(..12).unwrap_or(c)))
        .unwrap_or_default()
}

/// "<done>, committed <sha>; next: <next>", as every write says it.
pub fn done(w: &Written, done: &str, next: &str) -> String {
    let next = if next.is_empty() {
        String::new()
    } else {
        format!("; next: {next}")
    };
    format!("{done}{}{next}", committed(w))
}

/// A dry run's verdict (its text goes to standard output).
pub fn dry_run(w: &Written) -> String {
    format!("{} is valid (dry run: nothing was written)", w.path)
}

/// An edit that found everything as asked already.
pub fn unchanged(w: &Written) -> String {
    format!("{} {}: nothing changed", w.id, w.path)
}
