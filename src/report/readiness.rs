//! The release-readiness checklist of a capability: every field
//! `policy.ga_requires` names, ticked or missing, plus the lint findings in
//! the capability's file. A `ga` capability that is not ready fails the gate
//! (`platctl capability readiness` exits 1).

use crate::catalog::Catalog;
use crate::lint::Diagnostic;
use crate::model::{Capability, Level, Lifecycle};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Check {
    pub field: String,
    pub present: bool,
}

/// A lint finding in the capability's file, as the checklist shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub level: Level,
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Readiness {
    pub capability: String,
    pub lifecycle: Lifecycle,
    /// One per `policy.ga_requires` field, in the policy's order.
    pub checks: Vec<Check>,
    /// Findings in the capability's file (`ga-not-ready` left out: the
    /// checks already say it).
    pub findings: Vec<Finding>,
    /// Every check ticked and no finding at level error.
    pub ready: bool,
    /// The gate fails: the capability is `ga` and not ready.
    pub gate_fails: bool,
}

impl Readiness {
    pub fn missing(&self) -> impl Iterator<Item = &str> {
        self.checks
            .iter()
            .filter(|c| !c.present)
            .map(|c| c.field.as_str())
    }
}

/// The checklist of `cap`; `diags` are the lint findings of the catalog.
pub fn readiness(cat: &Catalog, cap: &Capability, diags: &[Diagnostic]) -> Readiness {
    let mut checks: Vec<Check> = Vec::new();
    for f in &cat.config.policy.ga_requires {
        if !checks.iter().any(|c| c.field == f.value) {
            checks.push(Check {
                field: f.value.clone(),
                present: cap.has_field(&f.value),
            });
        }
    }
    let findings: Vec<Finding> = diags
        .iter()
        .filter(|d| d.file == cap.meta.file && d.rule != "ga-not-ready" && d.level != Level::Off)
        .map(|d| Finding {
            rule: d.rule.as_str(),
            level: d.level,
            file: cat.path(d.file).to_string(),
            line: d.span.line,
            column: d.span.col,
            message: d.message.clone(),
        })
        .collect();
    let ready =
        checks.iter().all(|c| c.present) && !findings.iter().any(|f| f.level == Level::Error);
    let lifecycle = cap.lifecycle.value;
    Readiness {
        capability: cap.id.value.clone(),
        lifecycle,
        checks,
        findings,
        ready,
        gate_fails: lifecycle == Lifecycle::Ga && !ready,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testcat::{catalog_with, date};

    const CFG: &str = "version: 1\npolicy:\n  ga_requires: [docs, slo, support]\n";

    fn check(cap: &str) -> Readiness {
        let cat = catalog_with(
            CFG,
            &[
                ("teams/t.yaml", "id: t\nname: T\n"),
                ("capabilities/c.yaml", cap),
            ],
        );
        let diags = crate::lint::lint(&cat, date("2026-11-27"), &Default::default());
        readiness(&cat, cat.capability("c").expect("c"), &diags)
    }

    #[test]
    fn ga_with_every_field_is_ready() {
        let r = check("id: c\nname: C\nsummary: s\nowner: t\nlifecycle: ga\ndocs: https://d\nslo:\n  availability: 99.9\nsupport:\n  channel: \"#c\"\n");
        assert!(r.ready && !r.gate_fails, "{r:?}");
        assert_eq!(
            r.checks
                .iter()
                .map(|c| (c.field.as_str(), c.present))
                .collect::<Vec<_>>(),
            [("docs", true), ("slo", true), ("support", true)]
        );
    }

    #[test]
    fn ga_missing_a_field_fails_the_gate() {
        let r = check("id: c\nname: C\nsummary: s\nowner: t\nlifecycle: ga\ndocs: https://d\n");
        assert!(!r.ready && r.gate_fails);
        assert_eq!(r.missing().collect::<Vec<_>>(), ["slo", "support"]);
        assert!(r.findings.iter().all(|f| f.rule != "ga-not-ready"));
    }

    #[test]
    fn beta_not_ready_does_not_fail_the_gate() {
        let r = check("id: c\nname: C\nsummary: s\nowner: t\nlifecycle: beta\n");
        assert!(!r.ready && !r.gate_fails);
    }

    #[test]
    fn an_error_finding_makes_it_not_ready() {
        let r = check("id: c\nname: C\nsummary: s\nowner: t\nlifecycle: ga\ndocs: https://d\nslo:\n  availability: 99.9\nsupport:\n  channel: \"#c\"\ndepends_on: [nope]\n");
        assert!(!r.ready && r.gate_fails);
        assert_eq!(
            r.findings.iter().map(|f| f.rule).collect::<Vec<_>>(),
            ["unknown-capability"]
        );
    }
}
