//! `intake list` and similar requests as listings, `intake show` as a record.

use super::fmt::indent;
use super::listing::{self, Cell, Column, Listing, To};
use super::record::Record;
use super::style::Style;
use crate::intake::draft;
use crate::intake::SortKey;
use crate::model::Intake;
use crate::report::intake_view::{Candidate, IntakeList, IntakeShow, ListFilter, SimilarView};

/// RICE with two decimals, or a dash without effort.
fn rice_text(r: Option<f64>) -> String {
    r.map_or_else(|| "-".into(), |x| format!("{x:.2}"))
}

/// The age reads "12d" in a table, "12" in CSV. An empty listing prints
/// nothing: the command says what it looked for instead.
impl Listing for IntakeList<'_> {
    fn columns(&self, _to: To) -> Vec<Column> {
        vec![
            Column::new("id"),
            Column::new("title").free(),
            Column::new("team"),
            Column::new("type"),
            Column::new("urgency"),
            Column::new("status"),
            Column::new("route"),
            Column::new("rice"),
            Column::new("age_days").header("AGE"),
        ]
    }

    fn rows(&self, to: To) -> Vec<Vec<Cell>> {
        self.requests
            .iter()
            .map(|row| {
                let r = row.request;
                let age = if to.is_csv() {
                    row.age_days.to_string()
                } else {
                    format!("{}d", row.age_days)
                };
                listing::row([
                    r.id.value.clone(),
                    r.title.value.clone(),
                    r.requester.team.value.clone(),
                    r.kind.to_string(),
                    r.urgency.to_string(),
                    r.status.value.to_string(),
                    r.route
                        .as_ref()
                        .map_or_else(|| "-".into(), |x| x.value.to_string()),
                    rice_text(row.rice),
                    age,
                ])
            })
            .collect()
    }
}

/// Similar requests: id, title, status and score.
fn candidate_columns() -> Vec<Column> {
    vec![
        Column::new("id"),
        Column::new("title").free(),
        Column::new("status"),
        Column::new("score"),
    ]
}

fn candidate_rows(c: &[Candidate]) -> Vec<Vec<Cell>> {
    c.iter()
        .map(|c| {
            listing::row([
                c.id.to_string(),
                c.title.to_string(),
                c.status.to_string(),
                format!("{:.2}", c.score),
            ])
        })
        .collect()
}

impl Listing for SimilarView<'_> {
    fn columns(&self, _to: To) -> Vec<Column> {
        candidate_columns()
    }

    fn rows(&self, _to: To) -> Vec<Vec<Cell>> {
        candidate_rows(&self.similar)
    }
}

/// Candidates on their own, as the questions of `intake new` and `intake
/// triage` show them.
#[derive(serde::Serialize)]
struct Candidates<'c, 'a>(&'c [Candidate<'a>]);

impl Listing for Candidates<'_, '_> {
    fn columns(&self, _to: To) -> Vec<Column> {
        candidate_columns()
    }

    fn rows(&self, _to: To) -> Vec<Vec<Cell>> {
        candidate_rows(self.0)
    }
}

/// What a listing shows, in words: "4 open requests (new, triaged,
/// accepted; --all adds the closed ones), team team-growth, by RICE".
pub fn list_scope(f: &ListFilter, n: usize) -> String {
    let noun = if n == 1 { "request" } else { "requests" };
    let mut out = if f.all {
        format!("{n} {noun}, open and closed")
    } else if f.statuses.is_empty() {
        format!("{n} open {noun} (new, triaged, accepted; --all adds the closed ones)")
    } else {
        format!("{n} {noun} with status {}", f.statuses.join(", "))
    };
    if let Some(t) = f.team {
        out.push_str(&format!(", team {t}"));
    }
    if !f.types.is_empty() {
        out.push_str(&format!(", type {}", f.types.join(", ")));
    }
    out.push_str(match f.sort {
        SortKey::Rice => ", by RICE",
        SortKey::Created => ", oldest first",
        SortKey::Urgency => ", most urgent first",
        SortKey::Id => ", by id",
    });
    out
}

/// Similar requests as a table (for the questions of `intake new` and
/// `intake triage`).
pub fn candidates_table(c: &[Candidate], width: Option<u16>) -> String {
    listing::table_text(&Candidates(c), Style::default(), width)
}

/// "0.72 = reach 3 × impact 2 × confidence 0.8 ÷ effort 6.67", or why there is none.
fn rice_line(r: &Intake) -> String {
    match r.rice() {
        Some(x) => format!(
            "{x:.2} = reach {} × impact {} × confidence {} ÷ effort {}",
            r.reach,
            draft::number(r.impact),
            draft::number(r.confidence),
            draft::number(r.effort.unwrap_or(0.0))
        ),
        None => format!(
            "- (no effort; reach {}, impact {}, confidence {})",
            r.reach,
            draft::number(r.impact),
            draft::number(r.confidence)
        ),
    }
}

/// Status, route and the triage and resolution dates.
fn status_line(r: &Intake) -> String {
    let mut status = r.status.value.to_string();
    if let Some(rt) = &r.route {
        status.push_str(&format!(", route {}", rt.value));
    }
    if let Some(t) = &r.triaged {
        status.push_str(&format!(", triaged {}", t.value));
    }
    if let Some(t) = &r.resolved {
        status.push_str(&format!(", resolved {}", t.value));
    }
    status
}

/// `intake show` as text: the fields, then the links, then the prose.
pub fn show_text(v: &IntakeShow, st: Style, width: Option<u16>) -> String {
    let r = v.request.request;
    let mut o = Record::new(st, 12).flush_left();
    let mut line = |k: &str, v: String| {
        o.field(k, v);
    };
    line("id", st.bold(&r.id.value));
    line("title", r.title.value.clone());
    let team_name = v.team_name.map(|n| format!(" ({n})")).unwrap_or_default();
    let contact = r
        .requester
        .contact
        .as_ref()
        .map(|c| format!(", contact {c}"))
        .unwrap_or_default();
    line(
        "requester",
        format!("{}{team_name}{contact}", r.requester.team.value),
    );
    let age = v.request.age_days;
    line(
        "created",
        format!(
            "{} ({age} day{} ago)",
            r.created.value,
            if age == 1 { "" } else { "s" }
        ),
    );
    line("type", r.kind.to_string());
    line("urgency", r.urgency.to_string());
    line("status", status_line(r));
    line("RICE", rice_line(r));
    links(v, &mut line);
    line("file", super::safe::term_line(v.request.file).into_owned());
    prose(v, width, &mut o);
    o.finish()
}

/// The capability, roadmap items and requests a request is linked with.
fn links(v: &IntakeShow, line: &mut dyn FnMut(&str, String)) {
    let r = v.request.request;
    if let Some(c) = &r.capability {
        line(
            "capability",
            match &v.capability {
                Some(k) => format!(
                    "{} — {} ({}, owner {})",
                    c.value, k.name, k.lifecycle, k.owner
                ),
                None => format!("{} (not in the catalog)", c.value),
            },
        );
    }
    let quarter = |q: &Option<String>| q.clone().unwrap_or_default();
    if let Some(i) = &r.roadmap_item {
        line(
            "roadmap",
            match &v.roadmap_item {
                Some(it) => format!(
                    "{} — {} ({}, {})",
                    i.value,
                    it.title,
                    quarter(&it.quarter),
                    it.status
                ),
                None => format!("{} (not in the roadmap)", i.value),
            },
        );
    }
    for it in &v.roadmap_items {
        if r.roadmap_item.as_ref().is_none_or(|x| x.value != it.id) {
            line(
                "roadmap",
                format!(
                    "{} — {} ({}, {}) lists this request",
                    it.id,
                    it.title,
                    quarter(&it.quarter),
                    it.status
                ),
            );
        }
    }
    if let Some(d) = &r.duplicate_of {
        line(
            "duplicate of",
            match &v.duplicate_of {
                Some(x) => format!("{} — {} ({})", d.value, x.title, x.status),
                None => format!("{} (not in the catalog)", d.value),
            },
        );
    }
    for d in &v.duplicates {
        line(
            "duplicated by",
            format!("{} — {} ({})", d.id, d.title, d.status),
        );
    }
}

/// The problem, the outcome, the suggested route and similar requests.
fn prose(v: &IntakeShow, width: Option<u16>, o: &mut Record) {
    let r = v.request.request;
    o.section("Problem")
        .text(&indent(r.problem.value.trim_end()))
        .blank();
    if let Some(x) = &r.outcome {
        o.section("Outcome").text(&indent(x)).blank();
    }
    if let Some(s) = &v.suggested_route {
        let title = o.style().bold("Suggested route:");
        o.text(&format!(
            "\n{title} {}: {}\n  platctl intake triage {} --route {}\n",
            s.route, s.reason, r.id.value, s.route
        ));
    }
    if !v.similar.is_empty() {
        o.section("Similar requests")
            .text(&candidates_table(&v.similar, width));
    }
}
