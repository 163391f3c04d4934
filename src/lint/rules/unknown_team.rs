//! `unknown-team`: A reference names a team that does not exist.

use super::{refs, Ctx, Rule};
use crate::catalog::Kind;
use crate::diag::RuleId;
use crate::model::{FileId, Sp};

pub static RULE: Rule = Rule {
    id: RuleId::UnknownTeam,
    summary: "A reference names a team that does not exist",
    rationale: "Ownership is the first thing anyone looks up when something breaks or needs approval. A reference to a team that is not in `teams/` leaves a capability, service or request without a reachable owner and drops it out of every per-team view.",
    example: r##"# capabilities/ci-pipelines.yaml
id: ci-pipelines
name: Standard CI pipelines
summary: Reusable workflows with built-in scanning
owner: team-devx
lifecycle: beta
"##,
    fix: "Correct the id to an existing team (the help suggests the closest one), or add the team under `teams/`.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    refs::check_kind(cx, Kind::Team, RuleId::UnknownTeam);
    let cat = cx.cat;
    for sc in &cat.scorecards {
        owner(cx, sc.meta.file, &sc.owner);
    }
    for c in &cat.campaigns {
        owner(cx, c.meta.file, &c.owner);
    }
}

/// The owner of a scorecard or campaign.
fn owner(cx: &mut Ctx, file: FileId, r: &Sp<String>) {
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
