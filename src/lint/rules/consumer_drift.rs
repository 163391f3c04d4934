//! `consumer-drift`: A deprecation's consumer list disagrees with what services
//! actually use.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use crate::model::ConsumerStatus;

pub static RULE: Rule = Rule {
    id: RuleId::ConsumerDrift,
    summary: "A deprecation's consumer list disagrees with what services actually use",
    rationale: "Migration progress is only as good as the consumer list. A consumer marked migrated that still uses the deprecated capability, an active user missing from the list, or a retired service still waiting to migrate all make the progress figure wrong, and the sunset then catches someone by surprise. When the deprecation names an interface, only uses of that version count.",
    example: r##"# deprecations/legacy-auth-v1.yaml
id: legacy-auth-v1
capability: legacy-auth
interface: v1
announced: 2026-03-01
sunset: 2026-12-31
status: migrating
consumers:
  - service: payments-api
    status: migrated

# services/payments-api.yaml
id: payments-api
team: team-payments
uses:
  - capability: legacy-auth
    version: v1
"##,
    fix: "Make the two agree: update the service's `uses` after it has moved, set the consumer back to `in-progress` if it has not, add active users to `consumers`, and drop retired services from the list.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for d in cat.deprecations.iter().filter(|d| d.is_open()) {
        let f = d.meta.file;
        let iface = d.interface.as_ref().map(|i| i.value.as_str());
        let thing = match iface {
            Some(v) => format!("`{}` {v}", d.capability.value),
            None => format!("`{}`", d.capability.value),
        };
        for c in &d.consumers {
            let svc = cat.service(&c.service.value);
            match c.status.value {
                ConsumerStatus::Migrated => {
                    if svc
                        .is_some_and(|s| s.is_active() && s.uses_thing(&d.capability.value, iface))
                    {
                        cx.emit(RuleId::ConsumerDrift, f, c.status.span, format!("`{}` is marked migrated but still uses {thing}", c.service.value))
                            .help = Some("remove the use from the service, or set the consumer back to in-progress".into());
                    }
                }
                ConsumerStatus::Pending | ConsumerStatus::InProgress => {
                    if svc.is_some_and(|s| !s.is_active()) {
                        cx.emit(
                            RuleId::ConsumerDrift,
                            f,
                            c.service.span,
                            format!(
                                "consumer `{}` is retired but still counted as {}",
                                c.service.value, c.status.value
                            ),
                        )
                        .help = Some("mark it migrated, or remove it from the consumers".into());
                    }
                }
                // Checked by exempt-without-exception.
                ConsumerStatus::Exempt => {}
            }
        }
        for s in cat
            .services
            .iter()
            .filter(|s| s.is_active() && s.uses_thing(&d.capability.value, iface))
        {
            if !d.meta.partial && !d.consumers.iter().any(|c| c.service.value == s.id.value) {
                cx.emit(
                    RuleId::ConsumerDrift,
                    f,
                    d.capability.span,
                    format!(
                        "service `{}` uses {thing} but is not among the consumers",
                        s.id.value
                    ),
                )
                .help = Some(format!(
                    "add `- service: {}` with `status: pending` under `consumers`",
                    s.id.value
                ));
            }
        }
    }
}
