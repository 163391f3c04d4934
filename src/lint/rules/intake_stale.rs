//! `intake-stale`: An intake request has waited too long for triage.

use super::{days, plural_days, Ctx, Rule};
use crate::diag::RuleId;
use crate::model::IntakeStatus;

pub static RULE: Rule = Rule {
    id: RuleId::IntakeStale,
    summary: "An intake request has waited too long for triage",
    rationale: "Product teams judge the platform by how fast it answers them. A request left in `new` for weeks tells the requester it was lost, and pushes them to build their own solution. Triage within 10 days by default keeps the front door responsive, even when the answer is no.",
    example: r##"# intake/INT-7K3F9Q.yaml  (linted on 2026-11-20)
id: INT-7K3F9Q
title: Managed Postgres for analytics workloads
requester:
  team: team-analytics
created: 2026-11-02
type: capability
problem: Analytics runs its own Postgres on VMs; patching takes a day a month.
status: new
"##,
    fix: "Triage the request: set its `status`, `route` and `triaged` date. The allowed delay is `policy.intake_triage_sla_days` in platctl.yaml.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    let sla = cat.config.policy.intake_triage_sla_days;
    for r in &cat.intake {
        if r.status.value != IntakeStatus::New {
            continue;
        }
        let age = days(r.created.value, cx.today);
        if age > sla {
            cx.emit(
                RuleId::IntakeStale,
                r.meta.file,
                r.status.span,
                format!(
                    "request `{}` is still new {} after it was filed",
                    r.id.value,
                    plural_days(age)
                ),
            )
            .help = Some(format!(
                "triage it: `platctl intake triage {} --route ...` (the triage SLA is {})",
                r.id.value,
                plural_days(sla)
            ));
        }
    }
}
