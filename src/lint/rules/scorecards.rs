//! scorecard-expr-invalid, scorecard-rule-error, scorecard-level-unknown,
//! scorecard-rule-duplicate, unknown-scorecard-rule, campaign-overdue (and
//! unknown-team for the owners of scorecards and campaigns).
//! scorecard-level-regressed compares two revisions: see [`regressions`].

use super::Ctx;
use crate::catalog::{Catalog, Kind};
use crate::diag::RuleId;
use crate::lint::Diagnostic;
use crate::model::{FileId, Sp, Span};
use crate::scorecard::{self, cel, Outcome};
use chrono::NaiveDate;
use std::collections::HashMap;

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

fn need_team(cx: &mut Ctx, file: FileId, r: &Sp<String>) {
    if cx.cat.has_id(Kind::Team, &r.value) {
        return;
    }
    let help = cx.suggest(Kind::Team, &r.value);
    cx.emit(
        RuleId::UnknownTeam,
        file,
        r.span,
        format!("owner `{}` is not a known team", r.value),
    )
    .help = help;
}

pub fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for sc in &cat.scorecards {
        let f = sc.meta.file;
        let who = format!("scorecard `{}`", sc.id.value);
        need_team(cx, f, &sc.owner);
        if let Some(w) = &sc.when {
            expr_invalid(cx, f, "when", &who, w);
        }
        let mut seen: HashMap<&str, u32> = HashMap::new();
        for r in &sc.rules {
            let rw = format!("rule `{}`", r.id.value);
            expr_invalid(cx, f, "expr", &rw, &r.expr);
            if let Some(w) = &r.applies_when {
                expr_invalid(cx, f, "applies_when", &rw, w);
            }
            if sc.level_rank(&r.level.value).is_none() {
                cx.emit(
                    RuleId::ScorecardLevelUnknown,
                    f,
                    r.level.span,
                    format!(
                        "rule `{}` is at level `{}`, which is not one of the levels ({})",
                        r.id.value,
                        r.level.value,
                        levels(sc)
                    ),
                )
                .help = crate::suggest::did_you_mean(
                    &r.level.value,
                    sc.levels.iter().map(|l| l.value.as_str()),
                )
                .or_else(|| {
                    Some(format!(
                        "use one of the levels ({}), or add `{}` to `levels`",
                        levels(sc),
                        r.level.value
                    ))
                });
            }
            if let Some(line) = seen.get(r.id.value.as_str()) {
                cx.emit(
                    RuleId::ScorecardRuleDuplicate,
                    f,
                    r.id.span,
                    format!(
                        "rule id `{}` is used twice in scorecard `{}` (first on line {line})",
                        r.id.value, sc.id.value
                    ),
                )
                .help = Some("give each rule of a scorecard its own id".into());
            } else {
                seen.insert(&r.id.value, r.id.span.line);
            }
        }
        if let Some(t) = &sc.target {
            if sc.level_rank(&t.level.value).is_none() {
                cx.emit(
                    RuleId::ScorecardLevelUnknown,
                    f,
                    t.level.span,
                    format!(
                        "target level `{}` is not one of the levels ({})",
                        t.level.value,
                        levels(sc)
                    ),
                )
                .help = crate::suggest::did_you_mean(
                    &t.level.value,
                    sc.levels.iter().map(|l| l.value.as_str()),
                );
            }
        }
        rule_errors(cx, sc);
    }
    for e in &cat.exceptions {
        let Some(r) = &e.rule else { continue };
        let Some((s, rule)) = r.value.split_once('/') else {
            continue;
        };
        if let Some((msg, help)) = missing_rule(cat, s, rule) {
            cx.emit(
                RuleId::UnknownScorecardRule,
                e.meta.file,
                r.span,
                format!("exception `{}` waives `{}`: {msg}", e.id.value, r.value),
            )
            .help = Some(help);
        }
    }
    for c in &cat.campaigns {
        let f = c.meta.file;
        need_team(cx, f, &c.owner);
        if let Some(w) = &c.when {
            expr_invalid(cx, f, "when", &format!("campaign `{}`", c.id.value), w);
        }
        if !cat
            .scorecards
            .iter()
            .any(|s| s.id.value == c.scorecard.value)
        {
            cx.emit(
                RuleId::UnknownScorecardRule,
                f,
                c.scorecard.span,
                format!(
                    "campaign `{}` names scorecard `{}`, which does not exist",
                    c.id.value, c.scorecard.value
                ),
            )
            .help = crate::suggest::did_you_mean(
                &c.scorecard.value,
                cat.scorecards.iter().map(|s| s.id.value.as_str()),
            );
        } else {
            for r in &c.rules {
                if let Some((msg, help)) = missing_rule(cat, &c.scorecard.value, &r.value) {
                    cx.emit(
                        RuleId::UnknownScorecardRule,
                        f,
                        r.span,
                        format!("campaign `{}` pushes `{}`: {msg}", c.id.value, r.value),
                    )
                    .help = Some(help);
                }
            }
        }
        if c.status.value == crate::model::CampaignStatus::Active && cx.today > c.due.value {
            if let Some(p) = scorecard::campaign::progress(cat, c, cx.today) {
                if scorecard::campaign::overdue(c, Some(&p), cx.today) {
                    cx.emit(
                        RuleId::CampaignOverdue,
                        f,
                        c.due.span,
                        format!(
                            "campaign `{}` was due {} and is {} done: {} of {} entities left",
                            c.id.value,
                            c.due.value,
                            crate::output::fmt::percent(p.progress.unwrap_or(0.0)),
                            p.in_scope - p.done,
                            p.in_scope
                        ),
                    )
                    .help = Some("finish it, move `due` (and say why in the pull request), or set `status: done` or `cancelled`".into());
                }
            }
        }
    }
}

fn levels(sc: &crate::model::Scorecard) -> String {
    sc.levels
        .iter()
        .map(|l| l.value.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why `scorecard/rule` names nothing, if it does not, and what to write.
fn missing_rule(cat: &Catalog, s: &str, rule: &str) -> Option<(String, String)> {
    let Some(sc) = cat.scorecards.iter().find(|x| x.id.value == s) else {
        let help =
            crate::suggest::did_you_mean(s, cat.scorecards.iter().map(|x| x.id.value.as_str()))
                .unwrap_or_else(|| "`platctl scorecard list` shows the scorecards".into());
        return Some((format!("there is no scorecard `{s}`"), help));
    };
    if sc.rule(rule).is_some() {
        return None;
    }
    let ids = || sc.rules.iter().map(|r| r.id.value.as_str());
    let help = crate::suggest::did_you_mean(rule, ids()).unwrap_or_else(|| {
        format!(
            "the rules of `{s}` are: {}",
            ids().collect::<Vec<_>>().join(", ")
        )
    });
    Some((format!("scorecard `{s}` has no rule `{rule}`"), help))
}

/// scorecard-rule-error: rules whose evaluation fails on some entity.
fn rule_errors(cx: &mut Ctx, sc: &crate::model::Scorecard) {
    if sc
        .rules
        .iter()
        .all(|r| cel::compile(&r.expr.value).is_err())
    {
        return;
    }
    let ev = scorecard::evaluate(cx.cat, sc, cx.today);
    for (i, r) in sc.rules.iter().enumerate() {
        if cel::compile(&r.expr.value).is_err() {
            continue;
        }
        let errs: Vec<(&str, Option<&str>)> = ev
            .entities
            .iter()
            .filter_map(|e| {
                let res = e.rules.get(i)?;
                let err = res.outcome == Outcome::Error
                    || (res.outcome == Outcome::Pending && res.would == Some(Outcome::Error));
                err.then_some((e.id.as_str(), res.detail.as_deref()))
            })
            .collect();
        if let Some((first, why)) = errs.first() {
            let n = errs.len();
            cx.emit(
                RuleId::ScorecardRuleError,
                sc.meta.file,
                r.expr.span,
                format!(
                    "rule `{}` cannot be evaluated for {n} {} of {}, first `{first}`: {}",
                    r.id.value,
                    if n == 1 { "entity" } else { "entities" },
                    ev.entities.len(),
                    why.unwrap_or("error")
                ),
            )
            .help = Some("guard optional fields with has(), and compare values of one type".into());
        }
    }
}

/// scorecard-level-regressed: entities whose level on `now` is lower than
/// on `before` (same day), each at its file.
pub fn regressions(
    now: &Catalog,
    before: &Catalog,
    rev: &str,
    today: NaiveDate,
) -> Vec<Diagnostic> {
    scorecard::level_drops(now, before, today)
        .into_iter()
        .map(|d| {
            let sc = now.scorecards.iter().find(|s| s.id.value == d.scorecard);
            let (file, span) = match d.subject {
                crate::model::Subject::Service => {
                    now.services.get(d.ix).map(|s| (s.meta.file, s.id.span))
                }
                crate::model::Subject::Capability => {
                    now.capabilities.get(d.ix).map(|s| (s.meta.file, s.id.span))
                }
                crate::model::Subject::Team => {
                    now.teams.get(d.ix).map(|s| (s.meta.file, s.id.span))
                }
            }
            .or_else(|| sc.map(|sc| (sc.meta.file, sc.id.span)))
            .unwrap_or_default();
            Diagnostic::new(
                RuleId::ScorecardLevelRegressed,
                file,
                span,
                format!(
                    "{} `{}` drops from {} to {} on scorecard `{}` (compared with {rev})",
                    d.subject, d.entity, d.from, d.to, d.scorecard
                ),
            )
            .help("`platctl scorecard check` shows which rule stopped passing")
        })
        .collect()
}
