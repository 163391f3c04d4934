//! `scorecard-expr-invalid`: A scorecard or campaign expression is not valid
//! CEL, or names an unknown variable.

use super::{Ctx, Rule};
use crate::catalog::Catalog;
use crate::diag::RuleId;
use crate::model::{FileId, Sp, Span};
use crate::scorecard::cel;

pub static RULE: Rule = Rule {
    id: RuleId::ScorecardExprInvalid,
    summary: "A scorecard or campaign expression is not valid CEL, or names an unknown variable",
    rationale: "Scorecard rules are CEL expressions evaluated on every entity. One that does not parse, or that reads a variable the environment does not have, can never give a result: every entity would show an error for it. The finding points at the place inside the expression where the parser stopped. The variables are entity, uses, team, services, capabilities, exceptions, metrics, facts and today. An expression longer than 2,000 characters, or nested more than 32 levels deep (operators within operators, brackets within brackets), is refused too: reading or running it could exhaust the stack; split it into several rules.",
    example: r##"# scorecards/production-readiness.yaml
id: production-readiness
name: Production readiness
owner: team-sre
applies_to: service
levels: [bronze]
rules:
  - id: has-runbook
    level: bronze
    expr: "has(entity.runbook) &&"
"##,
    fix: "Correct the expression at the position shown (CEL: `==`, `&&`, `||`, `has(entity.field)`, `'x' in uses`, `facts.coverage >= 80`), and use only the variables listed above.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for sc in &cat.scorecards {
        let f = sc.meta.file;
        if let Some(w) = &sc.when {
            expr_invalid(cx, f, "when", &format!("scorecard `{}`", sc.id.value), w);
        }
        for r in &sc.rules {
            let rw = format!("rule `{}`", r.id.value);
            expr_invalid(cx, f, "expr", &rw, &r.expr);
            if let Some(w) = &r.applies_when {
                expr_invalid(cx, f, "applies_when", &rw, w);
            }
        }
    }
    for c in &cat.campaigns {
        if let Some(w) = &c.when {
            expr_invalid(cx, c.meta.file, "when", &format!("campaign `{}`", c.id.value), w);
        }
    }
}

/// Where a place inside an expression stands in its file: on the value's
/// line, after an opening quote; a place on a later line of a block
/// scalar points at the value itself.
fn inner_span(cat: &Catalog, file: FileId, v: &Sp<String>, at: Option<(u32, u32)>) -> Span {
    let Some((line, col)) = at else {
        return v.span;
    };
    let text = cat.text(file);
    let first = text.as_bytes().get(v.span.offset as usize).copied();
    let quoted = matches!(first, Some(b'"') | Some(b'\''));
    let plain = !matches!(first, Some(b'|') | Some(b'>'));
    if line != 1 || !plain {
        return v.span;
    }
    let shift = col - 1 + u32::from(quoted);
    let offset = v.span.offset
        + v.value[..]
            .char_indices()
            .nth((col - 1) as usize)
            .map_or(v.value.len(), |(i, _)| i) as u32
        + u32::from(quoted);
    Span {
        line: v.span.line,
        col: v.span.col + shift,
        offset,
        len: 1,
    }
}

fn expr_invalid(cx: &mut Ctx, file: FileId, field: &str, owner: &str, v: &Sp<String>) {
    if let Err(e) = cel::compile(&v.value) {
        let span = inner_span(cx.cat, file, v, e.at);
        let at =
            e.at.map(|(l, c)| format!(" at line {l}, column {c} of the expression"))
                .unwrap_or_default();
        cx.emit(
            RuleId::ScorecardExprInvalid,
            file,
            span,
            format!("`{field}` of {owner} is not valid CEL{at}: {}", e.message),
        )
        .help = Some(
            "see `platctl explain scorecard-expr-invalid` for the variables and a few examples"
                .into(),
        );
    }
}
