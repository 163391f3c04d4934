//! `retired-in-use`: An active service uses a retired capability.

use super::{Ctx, Rule};
use crate::diag::RuleId;
use crate::model::Lifecycle;

pub static RULE: Rule = Rule {
    id: RuleId::RetiredInUse,
    summary: "An active service uses a retired capability",
    rationale: "A retired capability is no longer operated or supported, so an active service that still lists it is either broken already or running on something nobody looks after. Either the service needs to move, or the catalog no longer tells the truth about it.",
    example: r##"# services/search-api.yaml
id: search-api
team: team-search
status: active
uses:
  - jenkins-ci   # lifecycle: retired
  - identity-sso
"##,
    fix: "Migrate the service to the replacement and update its `uses`, or remove the entry if the service no longer depends on it. A service that is itself gone should be marked `status: retired`.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for s in cat.services.iter().filter(|s| s.is_active()) {
        for u in &s.uses {
            if cat
                .capability(&u.capability.value)
                .is_some_and(|c| c.lifecycle.value == Lifecycle::Retired)
            {
                cx.emit(
                    RuleId::RetiredInUse,
                    s.meta.file,
                    u.capability.span,
                    format!(
                        "active service `{}` uses retired capability `{}`",
                        s.id.value, u.capability.value
                    ),
                )
                .help = Some("move the service to the replacement, or retire the service".into());
            }
        }
    }
}
