//! `unknown-theme`: A roadmap item names a theme its quarter does not define.

use super::{Ctx, Rule};
use crate::diag::RuleId;

pub static RULE: Rule = Rule {
    id: RuleId::UnknownTheme,
    summary: "A roadmap item names a theme its quarter does not define",
    rationale: "Themes group a quarter's items into the story a platform team tells its stakeholders. An item with a theme that its own quarter file does not declare falls out of that story and out of the per-theme view of the roadmap.",
    example: r##"# roadmap/2026-Q4.yaml
quarter: 2026-Q4
themes:
  - id: self-service
    name: Self-service onboarding
items:
  - id: ns-self-service
    title: Self-service namespace provisioning
    theme: self-serve
    owner: team-runtime
    status: in-progress
    outcome: Namespaces in minutes, not days
"##,
    fix: "Use the id of a theme declared in the same quarter file (the help suggests the closest one), or add the theme to that file's `themes`; themes are not shared between quarter files.",
    check: Some(check),
};

fn check(cx: &mut Ctx) {
    let cat = cx.cat;
    for q in &cat.roadmap {
        let f = q.meta.file;
        for it in &q.items {
            let Some(t) = &it.theme else { continue };
            if !q.themes.iter().any(|x| x.id.value == t.value) {
                let help = crate::suggest::did_you_mean(
                    &t.value,
                    q.themes.iter().map(|x| x.id.value.as_str()),
                )
                .or_else(|| Some(format!("declare it under `themes:` in {}", cat.path(f))));
                cx.emit(
                    RuleId::UnknownTheme,
                    f,
                    t.span,
                    format!("theme `{}` is not a theme of {}", t.value, q.quarter.value),
                )
                .help = help;
            }
        }
    }
}
