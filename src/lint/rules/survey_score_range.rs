//! `survey-score-range`: A survey response is outside the scale of its kind.

use super::{Ctx, Rule};
use crate::catalog::decode::fmt_num;
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::SurveyScoreRange,
    summary: "A survey response is outside the scale of its kind",
    rationale: "NPS responses run from 0 to 10, CSAT and alignment from 1 to 5. A score outside the scale, often from importing answers on the wrong scale or into the wrong kind, skews the result without anyone noticing.",
    example: r##"# surveys/devex-2026-q3.yaml
id: devex-2026-q3
kind: csat
period: 2026-Q3
capability: ci-pipelines
responses: [4, 5, 9, 3, 10]
"##,
    fix: "Correct the responses, or set `kind` to the survey's actual scale (`nps` for 0 to 10).",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for s in &cat.surveys {
        let (lo, hi) = s.kind.scale();
        for r in &s.responses {
            if r.value < lo || r.value > hi {
                cx.emit(
                    RuleId::SurveyScoreRange,
                    s.meta.file,
                    r.span,
                    format!(
                        "score {} is outside the {} scale {}..{}",
                        fmt_num(r.value),
                        s.kind,
                        fmt_num(lo),
                        fmt_num(hi)
                    ),
                )
                .help = Some(format!(
                    "a {} response is a score from {} to {}: correct it, or move it to a survey of its own kind",
                    s.kind,
                    fmt_num(lo),
                    fmt_num(hi)
                ));
            }
        }
    }
}
