//! The lint rules as `platctl explain` prints them: one line per rule, or
//! one rule in full.

use super::style::Style;
use crate::lint::registry::Rule;

/// Every rule on a line: its id, default level and summary.
pub fn list(rules: &[Rule]) -> String {
    let width = rules.iter().map(|r| r.id.as_str().len()).max().unwrap_or(0);
    let mut out = String::new();
    for r in rules {
        out.push_str(&format!(
            "{:width$}  {:7}  {}\n",
            r.id,
            r.id.default_level().as_str(),
            r.summary
        ));
    }
    out
}

/// One rule: why it exists, an example that breaks it, the fix, and how to
/// configure it.
pub fn explain(r: &Rule, st: Style) -> String {
    let example: String = r.example.lines().map(|l| format!("    {l}\n")).collect();
    format!(
        "{} [{} by default]\n{}\n\n{}\n{}\n\n{}\n{example}\n{}\n{}\n\n{}\n  set its level in platctl.yaml (`lint.rules: {{ {}: warning }}`), for one run with `--rule {}=off`,\n  or silence one finding with `# platctl: allow({}) reason` on its line.\n",
        st.bold(r.id.as_str()), r.id.default_level().as_str(), r.summary,
        st.bold("Why"), r.rationale,
        st.bold("Example that breaks it"),
        st.bold("Fix"), r.fix,
        st.bold("Configure"), r.id, r.id, r.id,
    )
}
