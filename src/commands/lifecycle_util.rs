//! Small helpers shared by `capability`, `deprecation` and `exception`:
//! checking ids given on the command line, formats, bars and day counts.

use crate::catalog::{Catalog, Kind};
use crate::model::ids::{is_allocated, is_slug};
use anyhow::{bail, Result};

/// Output of a listing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
    Csv,
}

/// Output of a `show`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowFormat {
    Text,
    Json,
}

/// Refuses an id that is not of its kind's form before it is used anywhere:
/// an id never becomes a path outside the catalog (`../../etc/passwd`).
pub fn check_id_form(kind: Kind, id: &str) -> Result<()> {
    let ok = match kind {
        Kind::Exception => is_allocated(id, "EXC"),
        Kind::Intake => is_allocated(id, "INT"),
        _ => is_slug(id),
    };
    if !ok {
        let form = match kind {
            Kind::Exception => "`EXC-` and six characters of 0-9 A-Z (e.g. EXC-4F7Q2M)",
            Kind::Intake => "`INT-` and six characters of 0-9 A-Z (e.g. INT-7K3F9Q)",
            _ => "lowercase letters, digits and dashes (e.g. ci-pipelines)",
        };
        bail!("`{id}` is not a valid {} id: an id is {form}", kind.noun());
    }
    Ok(())
}

/// The error for an id of the right form that the catalog does not hold.
pub fn unknown(cat: &Catalog, kind: Kind, id: &str) -> anyhow::Error {
    let hint = crate::suggest::did_you_mean(id, cat.ids_of(kind))
        .unwrap_or_else(|| format!("`platctl {} list` shows them all", kind.noun()));
    anyhow::anyhow!(
        "no {} `{id}` in the catalog at {} ({hint})",
        kind.noun(),
        cat.root.display()
    )
}

/// A progress bar of `width` cells and the percentage: `██████░░░░  60%`.
pub fn bar(ratio: f64, width: usize) -> String {
    let r = if ratio.is_finite() {
        ratio.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let full = (r * width as f64).round() as usize;
    format!(
        "{}{} {:>3.0}%",
        "█".repeat(full),
        "░".repeat(width - full.min(width)),
        r * 100.0
    )
}

/// A percentage for a table cell, or `–` when there is no ratio.
pub fn pct(r: Option<f64>) -> String {
    r.map_or_else(|| "–".to_string(), |r| format!("{:.0}%", r * 100.0))
}

/// "in 3 days", "today", "2 days ago".
pub fn relative_days(n: i64) -> String {
    match n {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        n if n > 0 => format!("in {n} days"),
        n => format!("{} days ago", -n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars() {
        assert_eq!(bar(0.5, 10), "█████░░░░░  50%");
        assert_eq!(bar(1.0, 4), "████ 100%");
        assert_eq!(bar(0.0, 4), "░░░░   0%");
        assert_eq!(bar(f64::NAN, 2), "░░   0%");
    }

    #[test]
    fn ids_never_paths() {
        assert!(check_id_form(Kind::Deprecation, "../../etc/passwd").is_err());
        assert!(check_id_form(Kind::Exception, "EXC-../..").is_err());
        assert!(check_id_form(Kind::Exception, "EXC-4F7Q2M").is_ok());
        assert!(check_id_form(Kind::Capability, "ci-pipelines").is_ok());
    }
}
