//! `# platctl: allow(rule-id) reason` comments that silence one finding.

use super::Diagnostic;
use crate::catalog::Catalog;
use crate::diag::RuleId;
use crate::model::{FileId, Span};
use std::collections::HashMap;

struct Allow {
    file: FileId,
    line: u32,
    /// Alone on its line: it also covers the line below.
    alone: bool,
    rules: Vec<String>,
    span: Span,
    used: bool,
}

const MARK: &str = "platctl: allow(";

/// Finds suppression comments in one file's text. Returns the comments and
/// the findings about malformed ones.
fn scan(file: FileId, text: &str, out: &mut Vec<Allow>, bad: &mut Vec<Diagnostic>) {
    if !text.contains(MARK) {
        return;
    }
    let mut offset = 0usize;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let lno = i as u32 + 1;
        let start = offset;
        offset += line.len();
        let Some(pos) = line.find(MARK) else { continue };
        // The mark must follow a `#` that starts a comment.
        let before = line[..pos].trim_end();
        let Some(hash) = before.strip_suffix('#') else {
            continue;
        };
        if !(hash.is_empty() || hash.ends_with(char::is_whitespace)) {
            continue;
        }
        let alone = hash.trim().is_empty();
        let col = line[..hash.len()].chars().count() as u32 + 1;
        let span = Span {
            line: lno,
            col,
            offset: (start + hash.len()) as u32,
            len: line.trim_end().len().saturating_sub(hash.len()) as u32,
        };
        let rest = &line[pos + MARK.len()..];
        let Some(close) = rest.find(')') else {
            bad.push(
                Diagnostic::new(
                    RuleId::Schema,
                    file,
                    span,
                    "suppression comment lacks its closing `)`",
                )
                .help("write `# platctl: allow(rule-id) reason`"),
            );
            continue;
        };
        let rules: Vec<String> = rest[..close]
            .split(',')
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty())
            .collect();
        let reason = rest[close + 1..].trim();
        if reason.is_empty() {
            bad.push(
                Diagnostic::new(
                    RuleId::Schema,
                    file,
                    span,
                    "suppression comment without a reason",
                )
                .help("say why after the parenthesis: `# platctl: allow(rule-id) reason`"),
            );
            continue;
        }
        let mut ok = !rules.is_empty();
        for r in &rules {
            if super::registry::find(r).is_none() {
                ok = false;
                let ids = super::registry::RULES.iter().map(|x| x.id.as_str());
                bad.push(
                    Diagnostic::new(
                        RuleId::Schema,
                        file,
                        span,
                        format!("suppression names unknown rule `{r}`"),
                    )
                    .help_opt(crate::suggest::did_you_mean(r, ids)),
                );
            }
        }
        if ok {
            out.push(Allow {
                file,
                line: lno,
                alone,
                rules,
                span,
                used: false,
            });
        }
    }
}

/// Drops suppressed findings; adds findings for malformed and unused comments.
pub fn apply(
    cat: &Catalog,
    findings: Vec<Diagnostic>,
    ignored: impl Fn(&str) -> bool,
) -> Vec<Diagnostic> {
    let mut allows = Vec::new();
    let mut extra = Vec::new();
    for (i, f) in cat.files.iter().enumerate() {
        if f.read && !ignored(&f.path) {
            scan(FileId(i as u32), &f.text, &mut allows, &mut extra);
        }
    }
    if allows.is_empty() {
        let mut out = findings;
        out.extend(extra);
        return out;
    }
    let mut by_line: HashMap<(FileId, u32), Vec<usize>> = HashMap::new();
    for (i, a) in allows.iter().enumerate() {
        by_line.entry((a.file, a.line)).or_default().push(i);
    }
    let mut out = Vec::with_capacity(findings.len());
    for d in findings {
        let same = by_line
            .get(&(d.file, d.span.line))
            .cloned()
            .unwrap_or_default();
        let above = by_line
            .get(&(d.file, d.span.line.saturating_sub(1)))
            .map(|v| {
                v.iter()
                    .copied()
                    .filter(|&i| allows[i].alone)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        let hit = same
            .into_iter()
            .chain(above)
            .find(|&i| allows[i].rules.iter().any(|r| r == d.rule.as_str()));
        match hit {
            Some(i) => allows[i].used = true,
            None => out.push(d),
        }
    }
    for a in allows.iter().filter(|a| !a.used) {
        out.push(
            Diagnostic::new(
                RuleId::UnusedSuppression,
                a.file,
                a.span,
                format!("suppression of `{}` silences nothing", a.rules.join(", ")),
            )
            .help("remove the comment, or move it onto the line of the finding"),
        );
    }
    out.extend(extra);
    out
}
