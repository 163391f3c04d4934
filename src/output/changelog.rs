//! Catalog changes as release notes (Markdown) or JSON (a shape kept stable for scripts).

use super::md_text::escape as md_escape;
use crate::history::cache::CacheStats;
use crate::history::changelog::{Change, ChangeKind, End};
use serde::Serialize;

fn end_text(e: &End) -> String {
    match &e.commit {
        Some(c) => format!(
            "{} ({}, {})",
            md_escape(&e.label),
            c.get(..12).unwrap_or(c),
            e.date
        ),
        None => format!("the {} ({})", md_escape(&e.label), e.date),
    }
}

/// Release notes: breaking changes first and marked, then one section per kind.
pub fn markdown(name: &str, from: &End, to: &End, changes: &[Change]) -> String {
    let mut out = format!(
        "# What changed in {}: {} → {}\n\n",
        md_escape(name),
        md_escape(&from.label),
        md_escape(&to.label)
    );
    out.push_str(&format!("From {} to {}.\n", end_text(from), end_text(to)));
    if changes.is_empty() {
        out.push_str("\nNo changes to the catalog.\n");
        return out;
    }
    let breaking: Vec<&Change> = changes.iter().filter(|c| c.breaking).collect();
    if !breaking.is_empty() {
        out.push_str("\n## ⚠ Breaking changes\n\n");
        for c in breaking {
            out.push_str(&format!("- **Breaking:** {}\n", md_escape(&c.summary)));
        }
    }
    for kind in ChangeKind::ALL {
        let these: Vec<&Change> = changes
            .iter()
            .filter(|c| c.kind == *kind && !c.breaking)
            .collect();
        if these.is_empty() {
            continue;
        }
        out.push_str(&format!("\n## {}\n\n", kind.title()));
        for c in these {
            out.push_str(&format!("- {}\n", md_escape(&c.summary)));
        }
    }
    out
}

#[derive(Serialize)]
struct Json<'a> {
    version: u32,
    from: Option<&'a str>,
    to: Option<&'a str>,
    from_label: &'a str,
    to_label: &'a str,
    from_date: &'a str,
    to_date: &'a str,
    changes: &'a [Change],
}

pub fn json(from: &End, to: &End, changes: &[Change]) -> String {
    let j = Json {
        version: 1,
        from: from.commit.as_deref(),
        to: to.commit.as_deref(),
        from_label: &from.label,
        to_label: &to.label,
        from_date: &from.date,
        to_date: &to.date,
        changes,
    };
    let mut s = serde_json::to_string_pretty(&j).unwrap_or_default();
    s.push('\n');
    s
}

/// With -v: how the file cache did while comparing the two revisions.
pub fn stats_line(s: &CacheStats) -> String {
    format!(
        "changelog: {} file lookups, {} cache hits, {} parsed",
        s.hits + s.misses,
        s.hits,
        s.misses
    )
}
