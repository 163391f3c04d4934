//! Every table, its columns, and its rows built from a catalog.
//!
//! The numbers come from the functions the listings use: adoption from
//! the [`crate::report::adoption::Index`] of `capability list`, progress and
//! state from [`crate::report::deprecation_status::migration`]
//! (`deprecation list`), exception state and days left as `exception list`,
//! RICE and age as `intake list`, and KPI rows from [`crate::kpi`].

use super::{col, Cell, ColType::*, Column, Table, TableSpec};
use crate::catalog::Catalog;
use crate::kpi::Row as KpiRow;
use crate::model::{Facts, Labels};
use crate::report::adoption::Index;
use crate::report::deprecation_status::migration;
use crate::report::exception_status::days_left;
use chrono::NaiveDate;
use std::collections::HashSet;

const LABELS: Column = col(
    "labels",
    String,
    true,
    "the labels as one JSON object (null when none)",
);

pub static TEAMS: TableSpec = TableSpec {
    name: "teams",
    description: "One row per team.",
    key: &["id"],
    snapshot: true,
    columns: &[
        col("id", String, false, "the team's id"),
        col("name", String, false, "the team's name"),
        col(
            "type",
            String,
            false,
            "platform, product, data, security, sre or other",
        ),
        col("contact", String, true, "a channel or address to reach it"),
        col("parent", String, true, "the id of the team above it"),
        col(
            "active_services",
            Int64,
            false,
            "active services the team owns",
        ),
        LABELS,
    ],
};

pub static SERVICES: TableSpec = TableSpec {
    name: "services",
    description: "One row per service.",
    key: &["id"],
    snapshot: true,
    columns: &[
        col("id", String, false, "the service's id"),
        col("name", String, true, "the service's name"),
        col("team", String, false, "the owning team's id"),
        col("tier", Int64, false, "1 is the most critical, 3 the least"),
        col("status", String, false, "active or retired"),
        col("created", Date, true, "when its repository was created"),
        col(
            "first_deploy",
            Date,
            true,
            "its first deploy to a non-production environment",
        ),
        col("description", String, true, "what it does"),
        col("system", String, true, "the product system it belongs to"),
        col("lifecycle", String, true, "the service's own stage"),
        col("repo", String, true, "source repository URL"),
        col("docs", String, true, "documentation URL"),
        col("runbook", String, true, "runbook URL"),
        col("oncall", String, true, "where pages go"),
        col(
            "uses",
            Int64,
            false,
            "capabilities it lists in `uses` (distinct)",
        ),
        col(
            "facts",
            String,
            true,
            "its measured facts as one JSON object (null when none)",
        ),
        LABELS,
    ],
};

pub static CAPABILITIES: TableSpec = TableSpec {
    name: "capabilities",
    description: "One row per capability, with its adoption as `capability list` counts it.",
    key: &["id"],
    snapshot: true,
    columns: &[
        col("id", String, false, "the capability's id"),
        col("name", String, false, "its name"),
        col(
            "summary",
            String,
            false,
            "one line: what it gives its users",
        ),
        col("owner", String, false, "the owning team's id"),
        col(
            "lifecycle",
            String,
            false,
            "proposed, experimental, beta, ga, deprecated or retired",
        ),
        col("category", String, true, "its category"),
        col("golden_path", Bool, false, "part of the paved road"),
        col(
            "control",
            Bool,
            false,
            "a required security or compliance control",
        ),
        col(
            "eligible_tiers",
            String,
            true,
            "the tiers that should adopt it, a JSON array (null: every tier)",
        ),
        col(
            "eligible_teams",
            String,
            true,
            "the teams whose services should adopt it, a JSON array (null: every team)",
        ),
        col(
            "adopters",
            Int64,
            false,
            "eligible services that use it (the rate's numerator)",
        ),
        col(
            "eligible",
            Int64,
            false,
            "active services that match the eligibility filter (the denominator)",
        ),
        col(
            "ineligible_users",
            Int64,
            false,
            "active services that use it without being eligible (counted in neither)",
        ),
        col(
            "adoption_rate",
            Float64,
            true,
            "adopters ÷ eligible (null when nothing is eligible)",
        ),
        col(
            "depends_on",
            String,
            true,
            "capability ids it depends on, a JSON array (null when none)",
        ),
        col("docs", String, true, "documentation URL"),
        col("runbook", String, true, "runbook URL"),
        col(
            "security_review",
            Date,
            true,
            "the date of its last security review",
        ),
        LABELS,
    ],
};

pub static ADOPTION: TableSpec = TableSpec {
    name: "adoption",
    description: "One row per service and capability it lists in `uses`.",
    key: &["service_id", "capability_id"],
    snapshot: true,
    columns: &[
        col("service_id", String, false, "the service"),
        col("capability_id", String, false, "the capability it uses"),
        col("team", String, false, "the service's team"),
        col("since", Date, true, "when the service adopted it"),
        col("version", String, true, "the interface version in use"),
        col(
            "eligible",
            Bool,
            true,
            "whether the service is eligible for the capability (an active service that \
             matches its filter); counted as an adopter when true; null when the \
             capability is not in the catalog",
        ),
    ],
};

pub static ROADMAP_ITEMS: TableSpec = TableSpec {
    name: "roadmap_items",
    description: "One row per roadmap item of every quarter.",
    key: &["quarter", "id"],
    snapshot: true,
    columns: &[
        col("quarter", String, false, "the quarter's file, YYYY-Qn"),
        col("id", String, false, "the item's id"),
        col("title", String, false, "what will be delivered"),
        col("theme", String, true, "its theme's id"),
        col("owner", String, false, "the owning team's id"),
        col(
            "capability",
            String,
            true,
            "the capability it builds or changes",
        ),
        col("commitment", String, false, "committed or stretch"),
        col(
            "status",
            String,
            false,
            "planned, in-progress, at-risk, delivered, slipped or dropped",
        ),
        col("effort", Float64, true, "person-weeks"),
        col("delivered", Date, true, "the delivery date"),
        col("slipped_to", String, true, "the quarter it slipped to"),
        col("kpi", String, true, "the KPI it should move"),
        col("outcome", String, true, "a measurable outcome"),
        LABELS,
    ],
};

pub static DEPRECATIONS: TableSpec = TableSpec {
    name: "deprecations",
    description: "One row per deprecation, with its progress as `deprecation list` computes it.",
    key: &["id"],
    snapshot: true,
    columns: &[
        col("id", String, false, "the deprecation's id"),
        col("capability", String, false, "the capability that goes away"),
        col(
            "interface",
            String,
            true,
            "only this interface version goes away",
        ),
        col("replacement", String, true, "the capability to move to"),
        col("announced", Date, false, "when it was announced"),
        col("sunset", Date, false, "the day after which it is gone"),
        col(
            "status",
            String,
            false,
            "announced, migrating, completed or cancelled, as written",
        ),
        col(
            "state",
            String,
            false,
            "upcoming, migrating, overdue, completed or cancelled, on the row's date",
        ),
        col(
            "progress",
            Float64,
            false,
            "migrated ÷ (consumers − exempt); 1 when nobody has to move",
        ),
        col("consumers", Int64, false, "consumers listed"),
        col("migrated", Int64, false, "consumers migrated"),
        col(
            "remaining",
            Int64,
            false,
            "consumers pending or in progress",
        ),
        col("pending", Int64, false, "consumers pending"),
        col("in_progress", Int64, false, "consumers in progress"),
        col("exempt", Int64, false, "consumers exempt"),
        col(
            "days_to_sunset",
            Int64,
            false,
            "days from the row's date to the sunset (negative once passed)",
        ),
        col("migration_guide", String, true, "migration guide URL"),
    ],
};

pub static DEPRECATION_CONSUMERS: TableSpec = TableSpec {
    name: "deprecation_consumers",
    description: "One row per consumer of a deprecation.",
    key: &["deprecation_id", "service_id"],
    snapshot: true,
    columns: &[
        col("deprecation_id", String, false, "the deprecation"),
        col("service_id", String, false, "the service that must move"),
        col(
            "team",
            String,
            true,
            "the service's team (null when the service is not in the catalog)",
        ),
        col(
            "status",
            String,
            false,
            "pending, in-progress, migrated or exempt",
        ),
        col("exception", String, true, "the exception that exempts it"),
    ],
};

pub static EXCEPTIONS: TableSpec = TableSpec {
    name: "exceptions",
    description: "One row per exception, with its state on the row's date.",
    key: &["id"],
    snapshot: true,
    columns: &[
        col("id", String, false, "the exception's id"),
        col("title", String, false, "what is waived, in one line"),
        col("standard", String, true, "the capability (standard) waived"),
        col(
            "rule",
            String,
            true,
            "the scorecard rule waived, scorecard-id/rule-id",
        ),
        col(
            "capability",
            String,
            true,
            "the capability exempted from the rule",
        ),
        col("team", String, false, "the team that asked"),
        col("service", String, true, "the service concerned"),
        col("risk", String, false, "low, medium or high"),
        col(
            "status",
            String,
            false,
            "requested, approved, rejected or revoked, as written",
        ),
        col(
            "state",
            String,
            false,
            "requested, open, expiring, expired, rejected or revoked, on the row's date",
        ),
        col("requested", Date, false, "when it was requested"),
        col("granted", Date, true, "when it was granted"),
        col("expires", Date, false, "when it ends"),
        col("approved_by", String, true, "who approved it"),
        col(
            "days_left",
            Int64,
            true,
            "days from the row's date to the expiry (null unless approved)",
        ),
    ],
};

pub static INTAKE: TableSpec = TableSpec {
    name: "intake",
    description: "One row per intake request, with RICE and age as `intake list` computes them.",
    key: &["id"],
    snapshot: true,
    columns: &[
        col("id", String, false, "the request's id"),
        col("title", String, false, "what is asked"),
        col("team", String, false, "the asking team"),
        col("created", Date, false, "when it was filed"),
        col("type", String, false, "what kind of request it is"),
        col("urgency", String, false, "low, medium, high or critical"),
        col("status", String, false, "where it stands"),
        col("route", String, true, "where it was routed"),
        col("reach", Int64, false, "RICE reach"),
        col("impact", Float64, false, "RICE impact"),
        col("confidence", Float64, false, "RICE confidence"),
        col("effort", Float64, true, "RICE effort, person-weeks"),
        col(
            "rice",
            Float64,
            true,
            "reach × impact × confidence ÷ effort (null without effort)",
        ),
        col(
            "age_days",
            Int64,
            false,
            "days from created to the row's date",
        ),
        col("capability", String, true, "the capability it relates to"),
        col("duplicate_of", String, true, "the request it duplicates"),
        col(
            "roadmap_item",
            String,
            true,
            "the roadmap item that answers it",
        ),
        col("triaged", Date, true, "when it was triaged"),
        col("resolved", Date, true, "when it was closed"),
    ],
};

pub static KPI_VALUES: TableSpec = TableSpec {
    name: "kpi_values",
    description: "One row per KPI and period, as `platctl kpi` computes it.",
    key: &["period", "kpi_id"],
    snapshot: false,
    columns: &[
        col(
            "period",
            String,
            false,
            "a quarter (2026-Q4) or a month (2026-11)",
        ),
        col("period_start", Date, false, "the period's first day"),
        col("period_end", Date, false, "the period's last day"),
        col("kpi_id", String, false, "the KPI's id"),
        col("source", String, false, "derived or observed"),
        col("unit", String, false, "ratio, days, score, percent, ..."),
        col("value", Float64, true, "the value (null: no data)"),
        col(
            "previous",
            Float64,
            true,
            "the value of the period before (null: no data)",
        ),
        col("change", Float64, true, "value − previous"),
        col(
            "target_min",
            Float64,
            true,
            "the target's minimum (inclusive)",
        ),
        col(
            "target_max",
            Float64,
            true,
            "the target's maximum (inclusive)",
        ),
        col(
            "target_trend",
            String,
            true,
            "up or down for a trend target, else null",
        ),
        col(
            "status",
            String,
            false,
            "on-target, off-target, no-data or no-target",
        ),
    ],
};

pub static SCORECARD_LEVELS: TableSpec = TableSpec {
    name: "scorecard_levels",
    description: "One row per scorecard and entity it applies to.",
    key: &["scorecard_id", "entity_id"],
    snapshot: true,
    columns: &[
        col("scorecard_id", String, false, "the scorecard"),
        col("entity_id", String, false, "the entity scored"),
        col(
            "entity_kind",
            String,
            false,
            "service, capability or team (what the scorecard applies to)",
        ),
        col("team", String, true, "the entity's team"),
        col(
            "level",
            String,
            false,
            "the highest level whose rules all pass (`none` below the first)",
        ),
        col(
            "score",
            Float64,
            true,
            "passing weight ÷ counted weight (null when no rule counts)",
        ),
    ],
};

pub static SCORECARD_OUTCOMES: TableSpec = TableSpec {
    name: "scorecard_outcomes",
    description: "One row per scorecard, entity and rule.",
    key: &["scorecard_id", "entity_id", "rule_id"],
    snapshot: true,
    columns: &[
        col("scorecard_id", String, false, "the scorecard"),
        col("entity_id", String, false, "the entity"),
        col("rule_id", String, false, "the rule"),
        col("level", String, false, "the rule's level"),
        col(
            "outcome",
            String,
            false,
            "pass, fail, exempt, skip, pending, unknown or error",
        ),
    ],
};

/// Every table, in the order the manifest lists them.
pub fn specs() -> [&'static TableSpec; 12] {
    [
        &TEAMS,
        &SERVICES,
        &CAPABILITIES,
        &ADOPTION,
        &ROADMAP_ITEMS,
        &DEPRECATIONS,
        &DEPRECATION_CONSUMERS,
        &EXCEPTIONS,
        &INTAKE,
        &KPI_VALUES,
        &SCORECARD_LEVELS,
        &SCORECARD_OUTCOMES,
    ]
}

/// Every table's columns as Markdown (the reference in the docs).
pub fn markdown() -> std::string::String {
    use std::fmt::Write;
    let mut o = std::string::String::new();
    for t in specs() {
        let key: Vec<std::string::String> = t.key.iter().map(|k| format!("`{k}`")).collect();
        let _ = writeln!(o, "### `{}`\n", t.name);
        let _ = writeln!(o, "{} Key: {}.\n", t.description, key.join(", "));
        o.push_str("| column | type | null | description |\n|---|---|---|---|\n");
        for c in t.columns {
            let ty = serde_json::to_value(c.ty)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let _ = writeln!(
                o,
                "| `{}` | {ty} | {} | {} |",
                c.name,
                if c.nullable { "yes" } else { "no" },
                c.description.replace('|', "\\|")
            );
        }
        o.push('\n');
    }
    o
}

fn labels(l: &Labels) -> Cell<'static> {
    if l.is_empty() {
        Cell::Null
    } else {
        Cell::str(serde_json::to_string(l).unwrap_or_default())
    }
}

fn facts(f: &Facts) -> Cell<'static> {
    if f.is_empty() {
        Cell::Null
    } else {
        Cell::str(serde_json::to_string(f).unwrap_or_default())
    }
}

fn json_list<T: serde::Serialize>(v: &[T]) -> Cell<'static> {
    if v.is_empty() {
        Cell::Null
    } else {
        Cell::str(serde_json::to_string(v).unwrap_or_default())
    }
}

fn sp_str<T: AsRef<str>>(v: &Option<crate::model::Sp<T>>) -> Cell<'_> {
    Cell::opt_str(v.as_ref().map(|s| s.value.as_ref()))
}

fn finish<'a>(spec: &TableSpec, rows: Vec<Vec<Cell<'a>>>) -> Table<'a> {
    let mut t = Table::new(spec);
    t.rows = rows;
    t.sort();
    t
}

/// A table of rows built in key order.
fn sorted<'a>(spec: &TableSpec, rows: Vec<Vec<Cell<'a>>>) -> Table<'a> {
    let mut t = Table::new(spec);
    t.rows = rows;
    t
}

/// The snapshot tables of a catalog on a day (`today` drives the states,
/// days left and ages, as in the listings). Scorecards are evaluated
/// through `memo`: an entity whose inputs another evaluation already
/// scored is not evaluated again.
pub fn snapshot<'a>(
    cat: &'a Catalog,
    today: NaiveDate,
    memo: &crate::scorecard::Memo,
) -> Vec<Table<'a>> {
    let (levels, outcomes) = scorecards(cat, today, memo);
    let mut v: Vec<Table<'a>> = specs()
        .iter()
        .filter_map(|s| build(s.name, cat, today))
        .collect();
    v.push(levels);
    v.push(outcomes);
    v
}

/// One snapshot table by name, but for the scorecards' two (built together
/// by [`scorecards`]) and `kpi_values` (not a snapshot): `None` for those.
pub fn build<'a>(name: &str, cat: &'a Catalog, today: NaiveDate) -> Option<Table<'a>> {
    Some(match name {
        "teams" => teams(cat),
        "services" => services(cat),
        "capabilities" => capabilities(cat),
        "adoption" => adoption_rows(cat),
        "roadmap_items" => roadmap_items(cat),
        "deprecations" => deprecations(cat, today),
        "deprecation_consumers" => deprecation_consumers(cat),
        "exceptions" => exceptions(cat, today),
        "intake" => intake(cat, today),
        _ => return None,
    })
}

/// Every scorecard's levels and rule outcomes, as `scorecard show` computes them.
pub fn scorecards<'a>(
    cat: &'a Catalog,
    today: NaiveDate,
    memo: &crate::scorecard::Memo,
) -> (Table<'a>, Table<'a>) {
    scorecard_tables(cat, &evaluate_scorecards(cat, today, memo, None))
}

/// The scored entities of each of the catalog's scorecards on a day, in
/// the catalog's order of scorecards.
/// Only the results of the scorecards of the ids `kept` names (all when
/// `None`) go to the memo: another state's evaluation meets the others'
/// only when there is one.
pub fn evaluate_scorecards(
    cat: &Catalog,
    today: NaiveDate,
    memo: &crate::scorecard::Memo,
    kept: Option<&[std::string::String]>,
) -> Vec<Vec<crate::scorecard::Scored>> {
    // What expressions read, built once for every scorecard.
    let inp = crate::scorecard::inputs::Inputs::new(cat, today);
    let cards: Vec<crate::scorecard::Compiled> = cat
        .scorecards
        .iter()
        .map(crate::scorecard::compile)
        .collect();
    crate::scorecard::evaluate_all_memo(&cards, &inp, memo, |sc| {
        kept.is_none_or(|ids| ids.contains(&sc.id.value))
    })
}

/// The levels and outcomes tables of [`evaluate_scorecards`]' results.
pub fn scorecard_tables<'a>(
    cat: &'a Catalog,
    scored: &[Vec<crate::scorecard::Scored>],
) -> (Table<'a>, Table<'a>) {
    // Scorecards in id order when no id repeats: the rows then come in key
    // order and need no sorting; else in the catalog's order, then sorted.
    let n = cat.scorecards.len().min(scored.len());
    let by_id = scorecards_by_id(cat, n);
    let in_order = by_id.is_some();
    let order = by_id.unwrap_or_else(|| (0..n).collect());
    let count: usize = scored.iter().take(n).map(Vec::len).sum();
    let rules: usize = cat
        .scorecards
        .iter()
        .zip(scored)
        .map(|(sc, e)| sc.rules.len() * e.len())
        .sum();
    let mut levels = Vec::with_capacity(count);
    let mut outcomes = Vec::with_capacity(rules);
    let Ok(()) = each_level_row::<std::convert::Infallible>(
        cat,
        scored,
        &order,
        |e| entity_of(cat, e),
        |r| {
            levels.push(r.to_vec());
            Ok(())
        },
    );
    let Ok(()) = each_outcome_row::<std::convert::Infallible>(
        cat,
        scored,
        &order,
        |e| entity_of(cat, e),
        |r| {
            outcomes.push(r.to_vec());
            Ok(())
        },
    );
    if in_order {
        return (
            sorted(&SCORECARD_LEVELS, levels),
            sorted(&SCORECARD_OUTCOMES, outcomes),
        );
    }
    (
        finish(&SCORECARD_LEVELS, levels),
        finish(&SCORECARD_OUTCOMES, outcomes),
    )
}

/// An entity's id and team cells borrowed from its results, which hold
/// what `entity_of` finds in the catalog (without reaching into it).
pub fn scored_cells(e: &crate::scorecard::Scored) -> (Cell<'_>, Cell<'_>) {
    (Cell::str(e.id.as_str()), Cell::opt_str(e.team.as_deref()))
}

/// The scorecards in an order that gives their levels and outcomes rows
/// in key order: by id, or `None` when the rows need sorting (a scorecard
/// id repeats).
pub fn streamed_order(
    cat: &Catalog,
    scored: &[Vec<crate::scorecard::Scored>],
) -> Option<Vec<usize>> {
    scorecards_by_id(cat, cat.scorecards.len().min(scored.len()))
}

/// The first `n` scorecards in id order, when no id repeats: their rows
/// (each scorecard's entities by id, each entity's rules by id) then come
/// in key order.
fn scorecards_by_id(cat: &Catalog, n: usize) -> Option<Vec<usize>> {
    let id = |i: usize| cat.scorecards.get(i).map(|s| s.id.value.as_str());
    let mut by_id: Vec<usize> = (0..n).collect();
    by_id.sort_by(|&a, &b| id(a).cmp(&id(b)));
    by_id
        .windows(2)
        .all(|w| id(w[0]) < id(w[1]))
        .then_some(by_id)
}

/// Each levels row of the scorecards in `order`, an entity's id and team
/// cells from `entity`.
pub fn each_level_row<'a, 's, E>(
    cat: &'a Catalog,
    scored: &'s [Vec<crate::scorecard::Scored>],
    order: &[usize],
    entity: impl Fn(&'s crate::scorecard::Scored) -> (Cell<'a>, Cell<'a>),
    mut level: impl FnMut(&[Cell<'a>]) -> Result<(), E>,
) -> Result<(), E> {
    for (sc, entities) in order
        .iter()
        .filter_map(|&i| cat.scorecards.get(i).zip(scored.get(i)))
    {
        for e in entities {
            let (id, team) = entity(e);
            let lv = e
                .level
                .and_then(|i| sc.levels.get(i))
                .map_or("none", |l| l.value.as_str());
            level(&[
                Cell::str(&sc.id.value),
                id,
                Cell::str(sc.applies_to.as_str()),
                team,
                Cell::str(lv),
                Cell::opt_f64(e.score),
            ])?;
        }
    }
    Ok(())
}

/// Each outcomes row of the scorecards in `order` ([`each_outcome`]), an
/// entity's id cell from `entity`.
pub fn each_outcome_row<'a, 's, E>(
    cat: &'a Catalog,
    scored: &'s [Vec<crate::scorecard::Scored>],
    order: &[usize],
    entity: impl Fn(&'s crate::scorecard::Scored) -> (Cell<'a>, Cell<'a>),
    mut outcome: impl FnMut(&[Cell<'a>]) -> Result<(), E>,
) -> Result<(), E> {
    each_outcome(cat, scored, order, |o| {
        let (id, _) = entity(o.e);
        for (rule, result) in (0..o.rules.len()).filter_map(|i| o.row(i)) {
            outcome(&[
                Cell::str(&o.sc.id.value),
                id.clone(),
                Cell::str(&rule.id.value),
                Cell::str(&rule.level.value),
                Cell::str(result.as_str()),
            ])?;
        }
        Ok(())
    })
}

/// The rows of the outcomes table of one entity of one scorecard.
pub struct EntityOutcomes<'a, 's, 'r> {
    /// The scorecard's place in the order written, and the scorecard.
    pub card: usize,
    pub sc: &'a crate::model::Scorecard,
    /// The entity's results.
    pub e: &'s crate::scorecard::Scored,
    /// A row per index: of the rule in the scorecard, and of its result.
    pub rules: &'r [usize],
}

impl<'a, 's> EntityOutcomes<'a, 's, '_> {
    /// Row `i`'s rule and outcome.
    pub fn row(
        &self,
        i: usize,
    ) -> Option<(&'a crate::model::ScoreRule, crate::scorecard::Outcome)> {
        let at = *self.rules.get(i)?;
        self.sc.rules.get(at).zip(self.e.outcome(at))
    }
}

/// The outcomes rows of the scorecards in `order` (as [`streamed_order`]
/// gives them, or the catalog's), entity by entity in that order: each
/// scorecard's entities as scored, each entity's rules by id.
pub fn each_outcome<'a, 's, E>(
    cat: &'a Catalog,
    scored: &'s [Vec<crate::scorecard::Scored>],
    order: &[usize],
    mut f: impl FnMut(&EntityOutcomes<'a, 's, '_>) -> Result<(), E>,
) -> Result<(), E> {
    for (card, (sc, entities)) in order
        .iter()
        .filter_map(|&i| cat.scorecards.get(i).zip(scored.get(i)))
        .enumerate()
    {
        // The rules in id order, the first of a repeated id only: an
        // entity's outcomes come in key order.
        let mut rules: Vec<usize> = (0..sc.rules.len()).collect();
        rules.sort_by(|&a, &b| sc.rules[a].id.value.cmp(&sc.rules[b].id.value));
        rules.dedup_by(|a, b| sc.rules[*a].id.value == sc.rules[*b].id.value);
        let mut fewer: Vec<usize> = Vec::new();
        for e in entities {
            // An entity with fewer results than rules (which does not
            // happen) has rows for those it has.
            let rules = if e.rules.len() >= sc.rules.len() {
                &rules
            } else {
                fewer.clear();
                fewer.extend(rules.iter().filter(|&&at| at < e.rules.len()));
                &fewer
            };
            f(&EntityOutcomes { card, sc, e, rules })?;
        }
    }
    Ok(())
}

/// A scored entity's id and team, borrowed from the catalog (copied when
/// the entity is not where its index says, which does not happen).
fn entity_of<'a>(cat: &'a Catalog, e: &crate::scorecard::Scored) -> (Cell<'a>, Cell<'a>) {
    use crate::model::Subject;
    let found: Option<(&'a str, &'a str)> = match e.subject {
        Subject::Service => cat
            .services
            .get(e.ix)
            .map(|s| (s.id.value.as_str(), s.team.value.as_str())),
        Subject::Capability => cat
            .capabilities
            .get(e.ix)
            .map(|c| (c.id.value.as_str(), c.owner.value.as_str())),
        Subject::Team => cat
            .teams
            .get(e.ix)
            .map(|t| (t.id.value.as_str(), t.id.value.as_str())),
    };
    match found {
        Some((id, team)) if id == e.id && Some(team) == e.team.as_deref() => {
            (Cell::str(id), Cell::str(team))
        }
        _ => (Cell::str(e.id.clone()), Cell::opt_str(e.team.clone())),
    }
}

pub fn teams(cat: &Catalog) -> Table<'_> {
    let mut active: crate::hash::Map<&str, usize> = Default::default();
    for s in cat.services.iter().filter(|s| s.is_active()) {
        *active.entry(s.team.value.as_str()).or_default() += 1;
    }
    let rows = cat
        .teams
        .iter()
        .map(|t| {
            vec![
                Cell::str(&t.id.value),
                Cell::str(&t.name.value),
                Cell::str(t.kind.as_str()),
                Cell::opt_str(t.contact.as_deref()),
                sp_str(&t.parent),
                Cell::count(active.get(t.id.value.as_str()).copied().unwrap_or(0)),
                labels(&t.labels),
            ]
        })
        .collect();
    finish(&TEAMS, rows)
}

pub fn services(cat: &Catalog) -> Table<'_> {
    let mut rows = Vec::new();
    let Ok(()) = each_service_row::<std::convert::Infallible>(&services_by_id(cat), |r| {
        rows.push(r.to_vec());
        Ok(())
    });
    sorted(&SERVICES, rows)
}

/// Gives each row of the services table to `row`, in key order (the
/// table's rows, without the table), the services `by_id` as
/// [`services_by_id`] gives them.
pub fn each_service_row<'a, E>(
    by_id: &[&'a crate::model::Service],
    mut row: impl FnMut(&[Cell<'a>]) -> Result<(), E>,
) -> Result<(), E> {
    by_id.iter().try_for_each(|s| {
        row(&[
            Cell::str(&s.id.value),
            Cell::opt_str(s.name.as_deref()),
            Cell::str(&s.team.value),
            Cell::Int(i64::from(s.tier)),
            Cell::str(s.status.as_str()),
            Cell::opt_date(s.created),
            Cell::opt_date(s.first_deploy),
            Cell::opt_str(s.description.as_deref()),
            sp_str(&s.system),
            sp_str(&s.lifecycle),
            sp_str(&s.repo),
            sp_str(&s.docs),
            sp_str(&s.runbook),
            Cell::opt_str(s.oncall.as_deref()),
            Cell::count(s.distinct_uses().count()),
            facts(&s.facts),
            labels(&s.labels),
        ])
    })
}

/// The services in id order, those of a repeated id in the catalog's
/// order: rows made in this order are those of a stable sort by id, with
/// no table sorted (file order is not id order: `a-2.yaml` comes before
/// `a.yaml`). Made once for the services and adoption tables of a state.
pub fn services_by_id(cat: &Catalog) -> Vec<&crate::model::Service> {
    // Sorted beside its id: comparing through each service's shared fields
    // was most of the sort's time (three loads before the first byte).
    // Repeated ids in file order: the position makes every key distinct,
    // so the faster unstable sort gives the stable sort's order.
    let mut v: Vec<(&str, usize, &crate::model::Service)> = cat
        .services
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.value.as_str(), i, s))
        .collect();
    v.sort_unstable_by(|a, b| a.0.cmp(b.0).then(a.1.cmp(&b.1)));
    v.into_iter().map(|(_, _, s)| s).collect()
}

pub fn capabilities(cat: &Catalog) -> Table<'_> {
    capabilities_with(cat, &Index::new(&cat.services))
}

/// [`capabilities`] through an adoption index of the catalog's services
/// made already.
pub fn capabilities_with<'a>(cat: &'a Catalog, ix: &Index) -> Table<'a> {
    let rows = cat
        .capabilities
        .iter()
        .map(|c| {
            let ad = ix.of(c);
            let (tiers, teams) = match &c.eligible {
                None => (Cell::Null, Cell::Null),
                Some(e) => (
                    e.tiers.as_ref().map_or(Cell::Null, |t| {
                        Cell::str(serde_json::to_string(t).unwrap_or_default())
                    }),
                    e.teams.as_ref().map_or(Cell::Null, |t| {
                        let ids: Vec<&str> = t.iter().map(|x| x.value.as_str()).collect();
                        Cell::str(serde_json::to_string(&ids).unwrap_or_default())
                    }),
                ),
            };
            let deps: Vec<&str> = c.depends_on.iter().map(|d| d.value.as_str()).collect();
            vec![
                Cell::str(&c.id.value),
                Cell::str(&c.name.value),
                Cell::str(&c.summary.value),
                Cell::str(&c.owner.value),
                Cell::str(c.lifecycle.value.as_str()),
                Cell::opt_str(c.category.as_deref()),
                Cell::Bool(c.golden_path),
                Cell::Bool(c.control),
                tiers,
                teams,
                Cell::count(ad.adopters),
                Cell::count(ad.eligible),
                Cell::count(ad.ineligible_users),
                Cell::opt_f64(ad.rate),
                json_list(&deps),
                Cell::opt_str(c.docs.as_deref()),
                Cell::opt_str(c.runbook.as_deref()),
                Cell::opt_date(c.security_review),
                labels(&c.labels),
            ]
        })
        .collect();
    finish(&CAPABILITIES, rows)
}

/// A service's uses, one row per distinct capability (the first listing
/// of it gives since and version).
pub fn adoption_rows(cat: &Catalog) -> Table<'_> {
    let mut rows = Vec::new();
    let Ok(()) = each_adoption_row::<std::convert::Infallible>(cat, &services_by_id(cat), |r| {
        rows.push(r.to_vec());
        Ok(())
    });
    sorted(&ADOPTION, rows)
}

/// Gives each row of the adoption table to `row`, in key order (the
/// table's rows, without the table: it is most of a catalog's rows after
/// the scorecards'), the services `by_id` as [`services_by_id`] gives
/// them.
pub fn each_adoption_row<'a, E>(
    cat: &'a Catalog,
    by_id: &[&'a crate::model::Service],
    mut row: impl FnMut(&[Cell<'a>]) -> Result<(), E>,
) -> Result<(), E> {
    // Services in id order, each one's distinct uses (the first listing of
    // a capability) by capability id: the rows of a stable sort of the
    // table by its key, since no two rows of one service share a key,
    // without sorting the table (a tenth of its time on a large catalog).
    let mut uses: Vec<&crate::model::Use> = Vec::new();
    for &s in by_id {
        uses.clear();
        uses.extend(s.distinct_uses());
        uses.sort_unstable_by(|a, b| a.capability.value.cmp(&b.capability.value));
        for &u in &uses {
            let eligible = cat
                .capability(&u.capability.value)
                .map_or(Cell::Null, |c| Cell::Bool(c.is_eligible(s)));
            row(&[
                Cell::str(&s.id.value),
                Cell::str(&u.capability.value),
                Cell::str(&s.team.value),
                Cell::opt_date(u.since),
                sp_str(&u.version),
                eligible,
            ])?;
        }
    }
    Ok(())
}

pub fn roadmap_items(cat: &Catalog) -> Table<'_> {
    let mut rows = Vec::new();
    for q in &cat.roadmap {
        for it in &q.items {
            rows.push(vec![
                Cell::str(q.quarter.value.to_string()),
                Cell::str(&it.id.value),
                Cell::str(&it.title.value),
                sp_str(&it.theme),
                Cell::str(&it.owner.value),
                sp_str(&it.capability),
                Cell::str(it.commitment.value.as_str()),
                Cell::str(it.status.value.as_str()),
                Cell::opt_f64(it.effort),
                Cell::opt_date(it.delivered.as_ref().map(|d| d.value)),
                Cell::opt_str(it.slipped_to.as_ref().map(|q| q.value.to_string())),
                sp_str(&it.kpi),
                Cell::opt_str(it.outcome.as_deref()),
                labels(&it.labels),
            ]);
        }
    }
    finish(&ROADMAP_ITEMS, rows)
}

pub fn deprecations(cat: &Catalog, today: NaiveDate) -> Table<'_> {
    let rows = cat
        .deprecations
        .iter()
        .map(|d| {
            let m = migration(cat, d, today);
            vec![
                Cell::str(&d.id.value),
                Cell::str(&d.capability.value),
                sp_str(&d.interface),
                sp_str(&d.replacement),
                Cell::Date(d.announced.value),
                Cell::Date(d.sunset.value),
                Cell::str(d.status.value.as_str()),
                Cell::str(m.state.as_str()),
                Cell::opt_f64(Some(m.progress)),
                Cell::count(m.consumer_count),
                Cell::count(m.migrated),
                Cell::count(m.remaining),
                Cell::count(m.pending),
                Cell::count(m.in_progress),
                Cell::count(m.exempt),
                Cell::Int(m.days_to_sunset),
                Cell::opt_str(d.migration_guide.as_deref()),
            ]
        })
        .collect();
    finish(&DEPRECATIONS, rows)
}

/// A consumer listed twice under one deprecation gives one row (the first).
pub fn deprecation_consumers(cat: &Catalog) -> Table<'_> {
    let mut rows = Vec::new();
    for d in &cat.deprecations {
        let mut seen: HashSet<&str> = HashSet::new();
        for c in &d.consumers {
            if !seen.insert(c.service.value.as_str()) {
                continue;
            }
            rows.push(vec![
                Cell::str(&d.id.value),
                Cell::str(&c.service.value),
                Cell::opt_str(cat.service(&c.service.value).map(|s| s.team.value.as_str())),
                Cell::str(c.status.value.as_str()),
                sp_str(&c.exception),
            ]);
        }
    }
    finish(&DEPRECATION_CONSUMERS, rows)
}

pub fn exceptions(cat: &Catalog, today: NaiveDate) -> Table<'_> {
    let warn = cat.config.policy.exception_warn_days;
    let rows = cat
        .exceptions
        .iter()
        .map(|e| {
            vec![
                Cell::str(&e.id.value),
                Cell::str(&e.title.value),
                sp_str(&e.standard),
                sp_str(&e.rule),
                sp_str(&e.capability),
                Cell::str(&e.team.value),
                sp_str(&e.service),
                Cell::str(e.risk.as_str()),
                Cell::str(e.status.value.as_str()),
                Cell::str(e.state(today, warn).as_str()),
                Cell::Date(e.requested.value),
                Cell::opt_date(e.granted.as_ref().map(|g| g.value)),
                Cell::Date(e.expires.value),
                sp_str(&e.approved_by),
                Cell::opt_int(days_left(e, today)),
            ]
        })
        .collect();
    finish(&EXCEPTIONS, rows)
}

pub fn intake(cat: &Catalog, today: NaiveDate) -> Table<'_> {
    let rows = cat
        .intake
        .iter()
        .map(|r| {
            vec![
                Cell::str(&r.id.value),
                Cell::str(&r.title.value),
                Cell::str(&r.requester.team.value),
                Cell::Date(r.created.value),
                Cell::str(r.kind.as_str()),
                Cell::str(r.urgency.as_str()),
                Cell::str(r.status.value.as_str()),
                Cell::opt_str(r.route.as_ref().map(|x| x.value.as_str())),
                Cell::Int(i64::from(r.reach)),
                Cell::opt_f64(Some(r.impact)),
                Cell::opt_f64(Some(r.confidence)),
                Cell::opt_f64(r.effort),
                Cell::opt_f64(r.rice()),
                Cell::Int(crate::intake::age_days(r, today)),
                sp_str(&r.capability),
                sp_str(&r.duplicate_of),
                sp_str(&r.roadmap_item),
                Cell::opt_date(r.triaged.as_ref().map(|d| d.value)),
                Cell::opt_date(r.resolved.as_ref().map(|d| d.value)),
            ]
        })
        .collect();
    finish(&INTAKE, rows)
}

/// KPI rows as `platctl kpi` computes them (one period, or a trend).
pub fn kpi_values<'a>(rows: &'a [KpiRow<'_>], fy: u32) -> Table<'a> {
    let rows = rows
        .iter()
        .map(|r| {
            let t = r.kpi.target_view();
            vec![
                Cell::str(r.period.to_string()),
                Cell::Date(r.period.start(fy)),
                Cell::Date(r.period.end(fy)),
                Cell::str(&r.kpi.id),
                Cell::str(r.kpi.source.as_str()),
                Cell::str(r.kpi.unit.as_str()),
                Cell::opt_f64(r.value),
                Cell::opt_f64(r.previous),
                Cell::opt_f64(r.change),
                Cell::opt_f64(t.min),
                Cell::opt_f64(t.max),
                Cell::opt_str(t.trend),
                Cell::str(r.status.as_str()),
            ]
        })
        .collect();
    finish(&KPI_VALUES, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testcat::{catalog, date, service_scorecard as card, svc};

    #[test]
    fn every_row_has_one_cell_per_column_and_types_match() {
        let (p1, t1) = svc("a", "t1", 1, "active", "ci");
        let (p2, t2) = svc("b", "t1", 2, "retired", "ci, ci");
        let cat = catalog(&[
            ("teams/t1.yaml", "id: t1\nname: T1\n"),
            (&p1, &t1),
            (&p2, &t2),
            (
                "capabilities/ci.yaml",
                "id: ci\nname: CI\nsummary: s\nowner: t1\nlifecycle: ga\n",
            ),
        ]);
        for t in snapshot(&cat, date("2026-11-27"), &Default::default()) {
            for r in &t.rows {
                assert_eq!(r.len(), t.columns.len(), "{}", t.name);
                for (c, v) in t.columns.iter().zip(r) {
                    let ok = match v {
                        Cell::Null => c.nullable,
                        Cell::Str(_) => c.ty == String,
                        Cell::Int(_) => c.ty == Int64,
                        Cell::Float(_) => c.ty == Float64,
                        Cell::Bool(_) => c.ty == Bool,
                        Cell::Date(_) => c.ty == Date,
                    };
                    assert!(ok, "{}.{}: {v:?}", t.name, c.name);
                }
            }
        }
        // One adoption row per distinct use; the retired service is not eligible.
        let ad = adoption_rows(&cat);
        assert_eq!(ad.rows.len(), 2);
        assert_eq!(ad.rows[0][5], Cell::Bool(true));
        assert_eq!(ad.rows[1][5], Cell::Bool(false));
        // adopters 1 of 1 eligible (the retired one counts in neither).
        let caps = capabilities(&cat);
        assert_eq!(caps.rows[0][10], Cell::Int(1));
        assert_eq!(caps.rows[0][11], Cell::Int(1));
        assert_eq!(caps.rows[0][13], Cell::Float(1.0));
        let teams = teams(&cat);
        assert_eq!(teams.rows[0][5], Cell::Int(1));
    }

    /// Scorecards whose files come out of id order, and a repeated id:
    /// the rows are those of a stable sort by the key either way.
    #[test]
    fn scorecard_rows_come_in_key_order() {
        let two = "  - { id: z-last, level: silver, expr: \"size(uses) >= 2\" }\n  \
                   - { id: a-first, level: bronze, expr: \"size(uses) >= 1\" }\n";
        let one = "  - { id: only, level: bronze, expr: \"entity.tier == 1\" }\n";
        let (pa, ta) = svc("b-svc", "t1", 1, "active", "ci");
        let (pb, tb) = svc("a-svc", "t1", 2, "active", "ci, obs");
        let base = vec![
            (
                "teams/t1.yaml".to_string(),
                "id: t1\nname: T1\n".to_string(),
            ),
            (pa, ta),
            (pb, tb),
        ];
        let memo = crate::scorecard::Memo::default();
        for (distinct, cards) in [
            (
                true,
                [
                    ("scorecards/1.yaml", card("zeta", two)),
                    ("scorecards/2.yaml", card("alpha", one)),
                ],
            ),
            (
                false,
                [
                    ("scorecards/1.yaml", card("dup", two)),
                    ("scorecards/2.yaml", card("dup", one)),
                ],
            ),
        ] {
            let mut files = base.clone();
            files.extend(cards.iter().map(|(p, t)| (p.to_string(), t.clone())));
            let refs: Vec<(&str, &str)> = files
                .iter()
                .map(|(p, t)| (p.as_str(), t.as_str()))
                .collect();
            let cat = catalog(&refs);
            let day = date("2026-11-27");
            let (levels, outcomes) = scorecards(&cat, day, &memo);
            for t in [levels, outcomes] {
                // Sorted; with distinct ids no two rows share a key, and
                // sorting decides every row's place.
                let mut again = t.clone();
                if distinct {
                    again.rows.reverse();
                }
                again.sort();
                assert_eq!(t, again, "{}", t.name);
                assert!(!t.rows.is_empty());
                if t.name == "scorecard_levels" && !distinct {
                    // Equal keys keep the scorecards' order: the first
                    // file's (two rules, silver) before the second's.
                    let a: Vec<&Cell> = t.rows.iter().take(2).map(|r| &r[4]).collect();
                    assert_eq!(a, vec![&Cell::str("silver"), &Cell::str("none")]);
                }
            }
        }
        // Levels: one row per scorecard and entity, scorecards by id.
        let cat = catalog(&[
            ("teams/t1.yaml", "id: t1\nname: T1\n"),
            ("services/s.yaml", "id: s\nteam: t1\n"),
            ("scorecards/1.yaml", &card("zeta", one)),
            ("scorecards/2.yaml", &card("alpha", one)),
        ]);
        let (levels, outcomes) = scorecards(&cat, date("2026-11-27"), &memo);
        let first: Vec<&Cell> = levels.rows.iter().map(|r| &r[0]).collect();
        assert_eq!(first, vec![&Cell::str("alpha"), &Cell::str("zeta")]);
        let first: Vec<&Cell> = outcomes.rows.iter().map(|r| &r[0]).collect();
        assert_eq!(first, vec![&Cell::str("alpha"), &Cell::str("zeta")]);
    }

    /// Adoption rows are one per distinct use (the first listing gives
    /// since and version), in key order, whether the services come in id
    /// order or not and whatever the order of their uses.
    #[test]
    fn adoption_rows_come_in_key_order_with_the_first_listing() {
        let svc = |id: &str, uses: &str| {
            (
                format!("services/{id}.yaml"),
                format!("id: {id}\nteam: t1\nuses:\n{uses}"),
            )
        };
        let (pa, ta) = svc(
            "a",
            "  - { capability: obs, version: v2 }\n  - ci\n  - { capability: obs, version: v1 }\n",
        );
        let (pb, tb) = svc("b", "  - zz\n  - ci\n");
        let want = vec![
            vec![Cell::str("a"), Cell::str("ci")],
            vec![Cell::str("a"), Cell::str("obs")],
            vec![Cell::str("b"), Cell::str("ci")],
            vec![Cell::str("b"), Cell::str("zz")],
        ];
        // The second catalog lists b's file first (its path sorts first).
        for (b_path, b_text) in [
            (pb.clone(), tb.clone()),
            ("services/0-b.yaml".to_string(), tb),
        ] {
            let cat = catalog(&[
                ("teams/t1.yaml", "id: t1\nname: T1\n"),
                (&pa, &ta),
                (&b_path, &b_text),
            ]);
            let t = adoption_rows(&cat);
            let keys: Vec<Vec<Cell>> = t.rows.iter().map(|r| r[..2].to_vec()).collect();
            assert_eq!(keys, want, "{b_path}");
            // a's first listing of obs gives its version.
            assert_eq!(t.rows[1][4], Cell::str("v2"));
            let mut again = t.clone();
            again.rows.reverse();
            again.sort();
            assert_eq!(again, t);
            // The services table too comes in id order.
            let svcs = services(&cat);
            let ids: Vec<&Cell> = svcs.rows.iter().map(|r| &r[0]).collect();
            assert_eq!(ids, vec![&Cell::str("a"), &Cell::str("b")], "{b_path}");
        }
    }

    #[test]
    fn every_spec_has_its_key_among_its_columns() {
        for s in specs() {
            for k in s.key {
                assert!(s.columns.iter().any(|c| c.name == *k), "{}.{k}", s.name);
            }
        }
    }
}
