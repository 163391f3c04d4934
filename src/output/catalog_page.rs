//! The capability catalog page, in Markdown and as one self-contained HTML
//! page: what exists by category and lifecycle, owners, SLOs, support,
//! docs and runbook, golden-path badges and adoption.

use super::fmt::{date, number, percent, percent_or_dash, plural};
use super::html::{chip, is_web_url, link, page, tiles, Page, Tile, Tone};
use super::md::{code, escape, table, table_aligned};
use super::svg;
use crate::model::{Lifecycle, SupportHours};
use crate::report::catalog::{CapabilityRow, CatalogPage, CategoryRow, LIFECYCLES};
use maud::{html, Markup};

// ---------------------------------------------------------------------------
// Words both formats use.
// ---------------------------------------------------------------------------

/// "delivery" → "Delivery", "developer-experience" → "Developer experience".
pub fn category_title(c: &CategoryRow) -> String {
    match &c.id {
        None => "Uncategorized".into(),
        Some(id) => {
            let s = id.replace('-', " ");
            let mut ch = s.chars();
            match ch.next() {
                Some(f) => f.to_uppercase().chain(ch).collect(),
                None => s,
            }
        }
    }
}

fn slo_text(r: &CapabilityRow) -> Option<String> {
    let s = r.capability.slo.as_ref()?;
    let mut parts = Vec::new();
    if let Some(a) = s.availability {
        parts.push(format!("{}% availability", number(a)));
    }
    if let Some(l) = s.latency_p99_ms {
        parts.push(format!("p99 ≤ {} ms", number(l)));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

fn support_parts(r: &CapabilityRow) -> Vec<String> {
    let Some(s) = &r.capability.support else {
        return Vec::new();
    };
    let mut parts = Vec::new();
    if let Some(c) = &s.channel {
        parts.push(c.clone());
    }
    if let Some(h) = s.hours {
        parts.push(match h {
            SupportHours::Business => "business hours".into(),
            SupportHours::AllDay => "24×7".into(),
        });
    }
    if let Some(e) = &s.escalation {
        parts.push(format!("escalation {e}"));
    }
    parts
}

fn adoption_text(r: &CapabilityRow) -> String {
    let mut s = match r.adoption_rate {
        Some(rate) => format!(
            "{} of {} eligible ({})",
            r.adopters,
            r.eligible,
            percent(rate)
        ),
        None => "no eligible service".into(),
    };
    if r.ineligible_users > 0 {
        s.push_str(&format!(
            ", and {} not eligible",
            plural(r.ineligible_users, "user", "users")
        ));
    }
    s
}

fn deprecation_texts(r: &CapabilityRow) -> Vec<String> {
    r.open_deprecations
        .iter()
        .map(|d| {
            let what = d
                .interface
                .as_deref()
                .map(|i| format!("interface {i} "))
                .unwrap_or_default();
            let instead = d
                .replacement
                .as_deref()
                .map(|x| format!("; move to {x}"))
                .unwrap_or_default();
            format!("{what}sunset {} ({}){instead}", date(d.sunset), d.id)
        })
        .collect()
}

fn lifecycle_tone(l: Lifecycle) -> Tone {
    match l {
        Lifecycle::Ga => Tone::Good,
        Lifecycle::Beta | Lifecycle::Experimental => Tone::Info,
        Lifecycle::Deprecated => Tone::Warn,
        Lifecycle::Proposed | Lifecycle::Retired => Tone::Neutral,
    }
}

/// Lifecycles that appear somewhere, in reading order (the matrix's columns).
fn present_lifecycles(p: &CatalogPage) -> Vec<Lifecycle> {
    LIFECYCLES
        .iter()
        .copied()
        .filter(|l| p.summary.by_lifecycle.contains_key(l))
        .collect()
}

fn headline(p: &CatalogPage) -> String {
    let mut s = format!(
        "{} · {} on the golden path · {}",
        plural(p.summary.capabilities, "capability", "capabilities"),
        p.summary.golden_path,
        plural(p.summary.controls, "required control", "required controls")
    );
    if let Some(m) = p.summary.ga_mean_adoption {
        s.push_str(&format!(
            " · mean adoption of GA capabilities {}",
            percent(m)
        ));
    }
    s
}

fn members<'a>(p: &'a CatalogPage, c: &'a CategoryRow) -> impl Iterator<Item = &'a CapabilityRow> {
    c.capabilities.iter().filter_map(|id| p.capability(id))
}

// ---------------------------------------------------------------------------
// Markdown.
// ---------------------------------------------------------------------------

fn md_link(url: &str, text: &str) -> String {
    if is_web_url(url) && !url.contains(['<', '>']) {
        format!("[{text}](<{url}>)")
    } else {
        format!("{text}: {}", escape(url))
    }
}

pub fn markdown(p: &CatalogPage) -> String {
    let mut o = String::new();
    o.push_str(&format!(
        "# {} — capability catalog\n\n",
        escape(&p.catalog)
    ));
    o.push_str(&format!(
        "**As of:** {} · {}\n\n",
        p.as_of,
        escape(&headline(p))
    ));

    o.push_str("## At a glance\n\n");
    let lcs = present_lifecycles(p);
    let mut header: Vec<&str> = vec!["Category"];
    header.extend(lcs.iter().map(|l| l.as_str()));
    header.push("Total");
    let count = |m: &std::collections::BTreeMap<Lifecycle, usize>, l: &Lifecycle| {
        m.get(l).map_or(String::new(), |n| n.to_string())
    };
    let mut rows: Vec<Vec<String>> = p
        .categories
        .iter()
        .map(|c| {
            let mut r = vec![escape(&category_title(c))];
            r.extend(lcs.iter().map(|l| count(&c.by_lifecycle, l)));
            r.push(c.capabilities.len().to_string());
            r
        })
        .collect();
    let mut total = vec!["**All**".to_string()];
    total.extend(
        lcs.iter()
            .map(|l| format!("**{}**", count(&p.summary.by_lifecycle, l))),
    );
    total.push(format!("**{}**", p.summary.capabilities));
    rows.push(total);
    let right: Vec<usize> = (1..header.len()).collect();
    o.push_str(&table_aligned(&header, &right, &rows));
    o.push('\n');

    for c in &p.categories {
        o.push_str(&format!("## {}\n\n", escape(&category_title(c))));
        let rows: Vec<Vec<String>> = members(p, c)
            .map(|r| {
                let cap = &r.capability;
                let mut name = format!("**{}**", escape(&cap.name.value));
                if cap.golden_path {
                    name.push_str(" · golden path");
                }
                if cap.control {
                    name.push_str(" · required control");
                }
                name.push_str(&format!(
                    "<br>{} — {}",
                    code(&cap.id.value),
                    escape(&cap.summary.value)
                ));
                for d in deprecation_texts(r) {
                    name.push_str(&format!("<br>*Deprecated: {}*", escape(&d)));
                }
                let links: Vec<String> = [("Docs", &cap.docs), ("Runbook", &cap.runbook)]
                    .iter()
                    .filter_map(|(t, u)| u.as_deref().map(|u| md_link(u, t)))
                    .collect();
                vec![
                    name,
                    cap.lifecycle.value.as_str().to_string(),
                    escape(r.owner_name.as_deref().unwrap_or(&cap.owner.value)),
                    slo_text(r).unwrap_or_default(),
                    support_parts(r)
                        .iter()
                        .map(|s| escape(s))
                        .collect::<Vec<_>>()
                        .join(" · "),
                    links.join(" · "),
                    adoption_text(r),
                ]
            })
            .collect();
        o.push_str(&table(
            &[
                "Capability",
                "Lifecycle",
                "Owner",
                "SLO",
                "Support",
                "Links",
                "Adoption",
            ],
            &rows,
        ));
        o.push('\n');
    }
    o.push_str(&format!(
        "---\n\n*Generated by platctl from the catalog “{}” as of {}. Adoption = eligible active services that use a capability ÷ eligible active services; services that use a capability they are not eligible for are shown but not counted.*\n",
        escape(&p.catalog),
        date(p.as_of)
    ));
    o
}

// ---------------------------------------------------------------------------
// HTML.
// ---------------------------------------------------------------------------

fn card(r: &CapabilityRow) -> Markup {
    let cap = &r.capability;
    let l = cap.lifecycle.value;
    let support = support_parts(r);
    html! {
        div.card.retired[l == Lifecycle::Retired] {
            div.badges {
                (chip(l.as_str(), lifecycle_tone(l)))
                @if cap.golden_path { (chip("golden path", Tone::Good)) }
                @if cap.control { (chip("required control", Tone::Info)) }
            }
            h4 { (cap.name.value) " " span.id { (cap.id.value) } }
            p.summary.small { (cap.summary.value) }
            dl {
                dt { "Owner" } dd { (r.owner_name.as_deref().unwrap_or(&cap.owner.value)) }
                dt { "SLO" } dd { @match slo_text(r) { Some(s) => (s), None => span.dim { "none stated" } } }
                dt { "Support" } dd { @if support.is_empty() { span.dim { "none stated" } } @else { (support.join(" · ")) } }
                dt { "Links" } dd {
                    @if cap.docs.is_none() && cap.runbook.is_none() { span.dim { "none" } }
                    @if let Some(u) = &cap.docs { (link(u, "Docs")) }
                    @if cap.docs.is_some() && cap.runbook.is_some() { " · " }
                    @if let Some(u) = &cap.runbook { (link(u, "Runbook")) }
                }
                @if !cap.interfaces.is_empty() {
                    dt { "Interfaces" } dd {
                        @for (n, i) in cap.interfaces.iter().enumerate() {
                            @if n > 0 { ", " }
                            (i.name) " " span.muted { "(" (i.kind.as_str()) @if let Some(v) = &i.version { " " (v) } ")" }
                        }
                    }
                }
                dt { "Adoption" } dd {
                    (svg::meter(r.adoption_rate, None, None, "#0969da", &adoption_text(r))) br;
                    span.small { (adoption_text(r)) }
                }
                @for d in deprecation_texts(r) { dt { "Deprecated" } dd { (d) } }
            }
        }
    }
}

pub fn html(p: &CatalogPage) -> String {
    let lcs = present_lifecycles(p);
    let by_lc = |l: Lifecycle| p.summary.by_lifecycle.get(&l).copied().unwrap_or(0);
    let ts = [
        Tile {
            label: "Capabilities",
            value: p.summary.capabilities.to_string(),
            note: lcs
                .iter()
                .map(|l| format!("{} {}", by_lc(*l), l.as_str()))
                .collect::<Vec<_>>()
                .join(" · "),
            tone: Tone::Info,
        },
        Tile {
            label: "Golden path",
            value: p.summary.golden_path.to_string(),
            note: "the paved road".into(),
            tone: Tone::Good,
        },
        Tile {
            label: "Required controls",
            value: p.summary.controls.to_string(),
            note: "security and compliance".into(),
            tone: Tone::Neutral,
        },
        Tile {
            label: "GA adoption",
            value: percent_or_dash(p.summary.ga_mean_adoption),
            note: "mean over GA capabilities with eligible services".into(),
            tone: Tone::Neutral,
        },
    ];
    let body = html! {
        (tiles(&ts))
        h2 { "At a glance" }
        table.data {
            thead { tr { th { "Category" } @for l in &lcs { th.num { (l.as_str()) } } th.num { "Total" } } }
            tbody {
                @for c in &p.categories {
                    tr {
                        td { strong { (category_title(c)) } }
                        @for l in &lcs { td.num { @if let Some(n) = c.by_lifecycle.get(l) { (n) } } }
                        td.num { strong { (c.capabilities.len()) } }
                    }
                }
                tr {
                    td { strong { "All" } }
                    @for l in &lcs { td.num { strong { (by_lc(*l)) } } }
                    td.num { strong { (p.summary.capabilities) } }
                }
            }
        }
        @for c in &p.categories {
            h2 { (category_title(c)) " " span.muted.small { "(" (c.capabilities.len()) ")" } }
            div.cards { @for r in members(p, c) { (card(r)) } }
        }
    };
    let title = format!("{} — capability catalog", p.catalog);
    let meta = html! { "as of " (date(p.as_of)) " · " (headline(p)) };
    let footer = format!(
        "Generated by platctl from the catalog “{}” as of {}. Adoption = eligible active services that use a capability ÷ eligible active services; services that use a capability they are not eligible for are shown but not counted.",
        p.catalog,
        date(p.as_of)
    );
    page(
        &Page {
            title: &title,
            eyebrow: &format!("{} · capability catalog", p.catalog),
            heading: "Capability catalog",
            meta,
            footer: &footer,
        },
        body,
    )
}
