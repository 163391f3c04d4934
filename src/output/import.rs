//! The import report as text, and the dry run's diff.

use crate::interop::Report;
use crate::output::safe::term_line;
use crate::output::style::Style;

/// The report as a person reads it.
pub fn text(r: &Report, style: Style, width: Option<u16>) -> String {
    let mut s = String::new();
    summary(&mut s, r, style, width);
    problems(&mut s, r, style);
    gone(&mut s, r, style);
    files_line(&mut s, r);
    s
}

/// The title, the per-kind table and the kinds platctl has no entity for.
fn summary(s: &mut String, r: &Report, style: Style, width: Option<u16>) {
    let verb = if r.dry_run {
        "would import (dry run: nothing was written)"
    } else {
        "import"
    };
    s.push_str(&style.bold(&format!("{} {verb}\n", r.source)));
    if r.kinds.is_empty() {
        s.push_str("nothing to import: no entity platctl can map was found\n");
    } else {
        let rows = r
            .kinds
            .iter()
            .map(|k| {
                vec![
                    term_line(&k.kind).into_owned(),
                    k.imported.to_string(),
                    k.updated.to_string(),
                    k.unchanged.to_string(),
                    k.skipped.to_string(),
                ]
            })
            .collect();
        s.push_str(&crate::output::table::table(
            &["kind", "imported", "updated", "unchanged", "skipped"],
            rows,
            width,
        ));
        if !s.ends_with('\n') {
            s.push('\n');
        }
    }
    if !r.skipped_kinds.is_empty() {
        let list: Vec<String> = r
            .skipped_kinds
            .iter()
            .map(|k| format!("{} {}", term_line(&k.kind), k.count))
            .collect();
        s.push_str(&format!(
            "not imported (platctl has no such entity): {}\n",
            list.join(", ")
        ));
    }
}

/// One titled section of indented lines; nothing when there are no lines.
fn section(s: &mut String, style: Style, title: &str, lines: Vec<String>) {
    if !lines.is_empty() {
        s.push_str(&format!("\n{}\n", style.bold(title)));
        for l in lines {
            s.push_str(&format!("  {l}\n"));
        }
    }
}

/// The sections about what was skipped, unresolved, unmapped, named twice or not read.
fn problems(s: &mut String, r: &Report, style: Style) {
    section(
        s,
        style,
        "skipped:",
        r.skipped
            .iter()
            .map(|p| {
                let who = if p.entity.is_empty() {
                    String::new()
                } else {
                    format!("{}: ", term_line(&p.entity))
                };
                format!(
                    "{}: {who}{}",
                    term_line(&p.at.to_string()),
                    term_line(&p.message)
                )
            })
            .collect(),
    );
    section(
        s,
        style,
        "owners that name no team:",
        r.unresolved_owners
            .iter()
            .map(|u| {
                format!(
                    "{}: {} owner `{}`",
                    term_line(&u.at.to_string()),
                    term_line(&u.entity),
                    term_line(&u.owner)
                )
            })
            .collect(),
    );
    section(
        s,
        style,
        "values not mapped:",
        r.unmapped
            .iter()
            .map(|u| {
                format!(
                    "{}: {} `{}` {}: {}",
                    term_line(&u.at.to_string()),
                    term_line(&u.entity),
                    term_line(&u.field),
                    if u.value.is_empty() {
                        String::new()
                    } else {
                        format!("= `{}`", term_line(&u.value))
                    },
                    term_line(&u.message)
                )
            })
            .collect(),
    );
    section(
        s,
        style,
        "named twice (the first is imported):",
        r.conflicts
            .iter()
            .map(|c| {
                format!(
                    "{}: {} (first: {})",
                    term_line(&c.second.to_string()),
                    term_line(&c.entity),
                    term_line(&c.first)
                )
            })
            .collect(),
    );
    section(
        s,
        style,
        "not read:",
        r.not_read
            .iter()
            .map(|n| {
                format!(
                    "{}: {}: {}",
                    term_line(&n.at.to_string()),
                    term_line(&n.target),
                    term_line(&n.reason)
                )
            })
            .collect(),
    );
}

/// The section about catalog files import created whose entity left the source.
fn gone(s: &mut String, r: &Report, style: Style) {
    section(
        s,
        style,
        "gone from the source (created by import):",
        r.missing
            .iter()
            .map(|m| {
                let what = if m.pruned {
                    if r.dry_run {
                        "would be removed"
                    } else {
                        "removed"
                    }
                } else {
                    "kept (--prune removes it)"
                };
                format!("{} ({}): {what}", term_line(&m.entity), term_line(&m.path))
            })
            .collect(),
    );
}

/// The closing count of files created, updated and removed, and the commit.
fn files_line(s: &mut String, r: &Report) {
    let count = |a: &str| r.files.iter().filter(|f| f.action == a).count();
    let committed = r
        .commit
        .as_deref()
        .map(|c| format!(", committed {}", &c[..c.len().min(12)]))
        .unwrap_or_default();
    s.push_str(&format!(
        "\nfiles: {} created, {} updated, {} removed{committed}\n",
        count("created"),
        count("updated"),
        count("removed")
    ));
}

/// Like [`term`], line by line (newlines kept).
pub fn term_lines(s: &str) -> String {
    s.split_inclusive('\n')
        .map(|l| match l.strip_suffix('\n') {
            Some(body) => format!("{}\n", term_line(body)),
            None => term_line(l).into_owned(),
        })
        .collect()
}
