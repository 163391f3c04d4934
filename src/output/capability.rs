//! `capability list` as a listing; `capability show` and `capability
//! readiness` as text.

use super::fmt::{percent_or_dash as pct, relative_days};
use super::listing::{row, Cell, Column, Listing, To};
use super::record::Record;
use super::style::Style;
use crate::report::capability_detail::CapabilityDetail;
use crate::report::capability_view::CapabilityList;
use crate::report::readiness::Readiness;
use std::borrow::Cow;
use std::fmt::Write as _;

impl Listing for CapabilityList<'_> {
    fn columns(&self, _to: To) -> Vec<Column> {
        vec![
            Column::new("id"),
            Column::new("name").free(),
            Column::new("lifecycle"),
            Column::new("owner"),
            Column::new("category"),
            Column::new("golden_path"),
            Column::new("adopters"),
            Column::new("eligible"),
            Column::new("adoption_rate").header("ADOPTION"),
        ]
    }

    /// The adoption rate as a percentage in a table, as the plain ratio in CSV.
    fn rows(&self, to: To) -> Vec<Vec<Cell>> {
        self.capabilities
            .iter()
            .map(|r| {
                let c = r.capability;
                row([
                    c.id.value.clone(),
                    c.name.value.clone(),
                    c.lifecycle.value.to_string(),
                    c.owner.value.clone(),
                    c.category.clone().unwrap_or_default(),
                    if c.golden_path {
                        "yes".into()
                    } else {
                        String::new()
                    },
                    r.adopters.to_string(),
                    r.eligible.to_string(),
                    if to.is_csv() {
                        r.adoption_rate.map(|x| x.to_string()).unwrap_or_default()
                    } else {
                        pct(r.adoption_rate)
                    },
                ])
            })
            .collect()
    }

    fn empty(&self) -> Option<Cow<'_, str>> {
        Some("no capability matches\n".into())
    }
}

/// Everything about one capability, then its readiness checklist.
pub fn detail_text(d: &CapabilityDetail, st: Style) -> String {
    let c = d.capability;
    let mut o = Record::new(st, 16);
    o.title(&c.id.value, Some(&c.name.value))
        .item(&c.summary.value)
        .blank();
    let mut flags = Vec::new();
    if c.golden_path {
        flags.push("golden path");
    }
    if c.control {
        flags.push("control");
    }
    let life = if flags.is_empty() {
        c.lifecycle.value.to_string()
    } else {
        format!("{} ({})", c.lifecycle.value, flags.join(", "))
    };
    o.field("lifecycle", &life);
    o.field_opt("category", c.category.as_ref());
    fields(&mut o, d);
    adoption(&mut o, d);
    dependencies(&mut o, d);
    deprecations(&mut o, d);
    exceptions(&mut o, d);
    o.blank().text(&readiness_text(&d.readiness, st));
    o.finish()
}

/// The capability's own fields: owner, links, eligibility, interfaces.
fn fields(o: &mut Record, d: &CapabilityDetail) {
    let c = d.capability;
    let mut owner = d.owner.id.clone();
    if let Some(n) = &d.owner.name {
        owner.push_str(&format!(" — {n}"));
    } else {
        owner.push_str(" (not a known team)");
    }
    if let Some(ct) = &d.owner.contact {
        owner.push_str(&format!(" ({ct})"));
    }
    o.field("owner", &owner);
    match &c.support {
        Some(s) => {
            let mut parts = Vec::new();
            if let Some(ch) = &s.channel {
                parts.push(ch.clone());
            }
            if let Some(h) = s.hours {
                parts.push(if h.as_str() == "business" {
                    "business hours".to_string()
                } else {
                    h.to_string()
                });
            }
            if let Some(e) = &s.escalation {
                parts.push(format!("escalation {e}"));
            }
            o.field("support", parts.join(", "));
        }
        None => {
            o.field("support", "none recorded");
        }
    }
    match &c.slo {
        Some(s) => {
            let mut parts = Vec::new();
            if let Some(a) = s.availability {
                parts.push(format!("availability {a}%"));
            }
            if let Some(l) = s.latency_p99_ms {
                parts.push(format!("latency p99 {l} ms"));
            }
            o.field("SLOs", parts.join(", "));
        }
        None => {
            o.field("SLOs", "none recorded");
        }
    }
    if let Some(x) = &c.docs {
        o.field("docs", x);
    }
    if let Some(x) = &c.runbook {
        o.field("runbook", x);
    }
    if let Some(x) = c.security_review {
        o.field("security review", x.to_string());
    }
    if let Some(e) = &c.eligible {
        let mut parts = Vec::new();
        if let Some(t) = &e.tiers {
            parts.push(format!(
                "tiers {}",
                t.iter().map(u8::to_string).collect::<Vec<_>>().join(", ")
            ));
        }
        if let Some(t) = &e.teams {
            parts.push(format!(
                "teams {}",
                t.iter()
                    .map(|x| x.value.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        o.field(
            "eligible",
            format!("active services in {}", parts.join(" and ")),
        );
    }
    if c.interfaces.is_empty() {
        o.field("interfaces", "none recorded");
    }
    for (i, f) in c.interfaces.iter().enumerate() {
        let v = f
            .version
            .as_deref()
            .map(|v| format!(" {v}"))
            .unwrap_or_default();
        o.field(
            if i == 0 { "interfaces" } else { "" },
            format!("{} ({}{v})", f.name, f.kind),
        );
    }
}

/// Adoption: the share of eligible services, by team.
fn adoption(o: &mut Record, d: &CapabilityDetail) {
    let a = &d.adoption;
    o.section("Adoption");
    o.item(format!(
        "{} of {} eligible services ({})",
        a.adopters,
        a.eligible,
        pct(a.rate)
    ));
    for t in &d.adopters_by_team {
        if t.eligible() == 0 {
            continue;
        }
        let mut line = format!("{:<20} {}/{}", t.team, t.adopters.len(), t.eligible());
        if !t.adopters.is_empty() {
            line.push_str(&format!("  {}", t.adopters.join(", ")));
        }
        if !t.not_adopted.is_empty() {
            line.push_str(&format!(
                "  {}",
                o.style()
                    .dim(&format!("not yet: {}", t.not_adopted.join(", ")))
            ));
        }
        o.item(line);
    }
    let others: Vec<&str> = d
        .adopters_by_team
        .iter()
        .flat_map(|t| t.ineligible_users.iter().map(String::as_str))
        .collect();
    if !others.is_empty() {
        o.item(format!(
            "also used by (not eligible, not counted): {}",
            others.join(", ")
        ));
    }
}

/// What it depends on and what depends on it.
fn dependencies(o: &mut Record, d: &CapabilityDetail) {
    o.section("Dependencies");
    let deps = |v: &[crate::report::capability_detail::Dependency]| {
        if v.is_empty() {
            "nothing".to_string()
        } else {
            v.iter()
                .map(|x| {
                    format!(
                        "{} ({})",
                        x.id,
                        x.lifecycle.map_or("unknown".to_string(), |l| l.to_string())
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    o.field("needs", deps(&d.needs));
    o.field("needed by", deps(&d.needed_by));
}

/// Its open deprecations.
fn deprecations(o: &mut Record, d: &CapabilityDetail) {
    o.section("Open deprecations");
    if d.deprecations.is_empty() {
        o.item("none");
    }
    for x in &d.deprecations {
        let what = match (&x.interface, x.role) {
            (Some(i), "deprecated") => format!("{i} goes away"),
            (None, "deprecated") => "goes away".to_string(),
            _ => format!("replaces {}", x.capability),
        };
        o.item(format!(
            "{}  {what}; sunset {} ({}), {}, {} migrated, {} remaining",
            x.id,
            x.sunset,
            relative_days(x.days_to_sunset),
            x.state,
            pct(Some(x.progress)),
            x.remaining
        ));
    }
}

/// The exceptions that waive it.
fn exceptions(o: &mut Record, d: &CapabilityDetail) {
    o.section("Exceptions");
    if d.exceptions.is_empty() {
        o.item("none");
    }
    for x in &d.exceptions {
        let who = match &x.service {
            Some(s) => format!("{}/{s}", x.team),
            None => x.team.clone(),
        };
        let left = x
            .days_left
            .map_or_else(String::new, |l| format!(" ({})", relative_days(l)));
        o.item(format!(
            "{}  {:<9} expires {}{left}  {who}: {}",
            x.id,
            x.state.as_str(),
            x.expires,
            x.title
        ));
    }
}

/// The checklist, as `show` and `readiness` print it.
pub fn readiness_text(r: &Readiness, st: Style) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{} {} ({})",
        st.bold("Release readiness of"),
        st.bold(&r.capability),
        r.lifecycle
    );
    if r.checks.is_empty() {
        let _ = writeln!(o, "  policy.ga_requires names no field");
    }
    for c in &r.checks {
        let mark = if c.present {
            st.green("✓")
        } else {
            st.red("✗")
        };
        let note = if c.present {
            String::new()
        } else {
            st.dim("  missing")
        };
        let _ = writeln!(o, "  {mark} {}{note}", c.field);
    }
    for f in &r.findings {
        let head = match f.level {
            crate::model::Level::Error => st.red(&format!("error[{}]", f.rule)),
            _ => st.yellow(&format!("warning[{}]", f.rule)),
        };
        // One line each, whatever the file's name or the message quotes:
        // readiness runs as a CI gate.
        let _ = writeln!(
            o,
            "  {head} {}:{}:{}: {}",
            super::safe::term_line(&f.file),
            f.line,
            f.column,
            super::safe::term_line(&f.message)
        );
    }
    let verdict = if r.ready {
        st.green("ready")
    } else if r.gate_fails {
        st.red("not ready: a ga capability must have every field and no error finding")
    } else {
        st.yellow(&format!(
            "not ready for ga (the gate applies to ga capabilities only; this one is {})",
            r.lifecycle
        ))
    };
    let _ = writeln!(o, "  → {verdict}");
    o
}
