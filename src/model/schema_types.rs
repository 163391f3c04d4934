//! What the model types need to describe themselves as JSON Schema: `Sp<T>`
//! as `T`, the string forms of quarters and periods, id patterns, the
//! string-or-map `uses` entry, and the defaults the decoder applies.
//!
//! The model types derive `schemars::JsonSchema`; the attributes on their
//! fields point here. The decoder (catalog/kinds.rs) stays the authority on
//! what a file may hold: tests in `schema` check that the two agree.

use crate::model::*;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use std::borrow::Cow;

/// `^[a-z0-9][a-z0-9-]{0,62}$`, as `model::ids::is_slug` checks it.
pub const SLUG: &str = "^[a-z0-9][a-z0-9-]{0,62}$";
/// A request id: `INT-` and six Crockford base32 characters.
pub const INTAKE_ID: &str = "^INT-[0-9A-HJKMNP-TV-Z]{6}$";
/// An exception id: `EXC-` and six Crockford base32 characters.
pub const EXCEPTION_ID: &str = "^EXC-[0-9A-HJKMNP-TV-Z]{6}$";
/// `YYYY-MM-DD`, a day of the calendar: 30 days hath September, and
/// 29 February only in a leap year, as the decoder checks it.
pub const DATE: &str = "^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$";
/// Text that is not empty or blank.
pub const NOT_BLANK: &str = "\\S";
/// A scorecard rule: `scorecard-id/rule-id`.
pub const RULE_REF: &str = "^[a-z0-9][a-z0-9-]{0,62}/[a-z0-9][a-z0-9-]{0,62}$";
/// A link platctl will render: http, https or mailto only.
pub const URL: &str = "^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:)";
/// A key of a service's `facts`: a slug that may also hold `_`.
pub const FACT_KEY: &str = "^[a-z0-9][a-z0-9_-]{0,62}$";
pub const QUARTER: &str = "^[0-9]{4}-Q[1-4]$";
pub const PERIOD: &str = "^[0-9]{4}-(Q[1-4]|0[1-9]|1[0-2])$";

/// A value with a span is, in a file, just the value.
impl<T: JsonSchema> JsonSchema for Sp<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        T::json_schema(g)
    }
}

macro_rules! string_marker {
    ($(#[$m:meta])* $name:ident, $pattern:expr, $desc:literal) => {
        $(#[$m])*
        pub struct $name;
        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({"type": "string", "pattern": $pattern, "description": $desc})
            }
        }
    };
}

string_marker!(
    /// A quarter as written: `2026-Q4`.
    QuarterText,
    QUARTER,
    "A quarter, YYYY-Qn (of the fiscal year set in platctl.yaml), e.g. 2026-Q4"
);
string_marker!(
    /// A period as written: a quarter or a month.
    PeriodText,
    PERIOD,
    "A quarter (2026-Q4) or a month (2026-11)"
);

/// Intake impact: one of the RICE steps.
pub struct Impact;
impl JsonSchema for Impact {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Impact".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "number", "enum": IMPACTS})
    }
}

/// A `uses` entry: a capability id, or a map with `capability`, `since`, `version`.
pub struct UseEntry;
impl JsonSchema for UseEntry {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "UseEntry".into()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let map = g.subschema_for::<Use>();
        json_schema!({
            "anyOf": [
                {"type": "string", "pattern": SLUG, "description": "A capability id"},
                map,
            ]
        })
    }
}

/// `labels`: free-form, text to text (a number or boolean is read as its text).
pub struct LabelMap;
impl JsonSchema for LabelMap {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Labels".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "description": "Free-form labels of your own (text to text), for extensions",
            "additionalProperties": {"type": ["string", "number", "boolean"]}
        })
    }
}

string_marker!(
    /// A URL that may become a link.
    Url,
    URL,
    "A URL: http, https or mailto only"
);

/// A service's `facts`: slug keys (with `_`) to text, numbers or booleans.
pub struct FactMap;
impl JsonSchema for FactMap {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Facts".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "description": "Measured facts written by CI jobs, scanners or importers: text, numbers, booleans or dates",
            "propertyNames": {"pattern": FACT_KEY},
            "additionalProperties": {"type": ["string", "number", "boolean"]}
        })
    }
}

/// A KPI id: a built-in one (offered for completion) or one declared in platctl.yaml.
pub struct KpiRef;
impl JsonSchema for KpiRef {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "KpiRef".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "string", "examples": crate::model::BUILTIN_KPIS})
    }
}

/// `policy.ga_requires` entries.
pub struct GaField;
impl JsonSchema for GaField {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "GaField".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "string", "enum": GA_REQUIRABLE})
    }
}

/// `lint.rules`: a level per known rule id.
pub struct RuleLevels;
impl JsonSchema for RuleLevels {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "RuleLevels".into()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let ids: Vec<&str> = crate::diag::RuleId::ALL
            .iter()
            .map(|r| r.as_str())
            .collect();
        let level = g.subschema_for::<Level>();
        json_schema!({
            "type": "object",
            "description": "A level per rule id: error, warning or off (`platctl explain RULE` tells what each rule checks)",
            "propertyNames": {"enum": ids},
            "additionalProperties": level,
        })
    }
}

/// `kpis`: a target per built-in KPI, or a KPI of the team's own (which needs `unit` and `better`).
pub struct KpiTargets;
impl JsonSchema for KpiTargets {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "KpiTargets".into()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let setting = g.subschema_for::<KpiSetting>();
        let builtin: serde_json::Map<String, serde_json::Value> = crate::model::BUILTIN_KPIS
            .iter()
            .map(|id| ((*id).to_string(), setting.clone().to_value()))
            .collect();
        json_schema!({
            "type": "object",
            "description": "Targets per KPI id (min and/or max); an id that is not built in declares an observed KPI of your own and needs `unit` and `better`",
            "propertyNames": {"pattern": SLUG},
            "properties": builtin,
            "additionalProperties": {"allOf": [setting, {"required": ["unit", "better"]}]},
        })
    }
}

/// The values the decoder gives a field that is not written (shown as `default`).
pub mod defaults {
    use crate::model::*;

    fn sp<T>(v: T) -> Sp<T> {
        Sp::new(v, Span::default())
    }
    pub fn capability_types() -> Vec<String> {
        BackstageImport::default().capability_types
    }
    pub fn service_types() -> Vec<String> {
        BackstageImport::default().service_types
    }
    pub fn team_type() -> TeamType {
        TeamType::Other
    }
    pub fn tier() -> u8 {
        2
    }
    pub fn service_status() -> ServiceStatus {
        ServiceStatus::Active
    }
    pub fn interface_kind() -> InterfaceKind {
        InterfaceKind::Other
    }
    pub fn commitment() -> Sp<Commitment> {
        sp(Commitment::Committed)
    }
    pub fn deprecation_status() -> Sp<DeprecationStatus> {
        sp(DeprecationStatus::Announced)
    }
    pub fn consumer_status() -> Sp<ConsumerStatus> {
        sp(ConsumerStatus::Pending)
    }
    pub fn exception_status() -> Sp<ExceptionStatus> {
        sp(ExceptionStatus::Requested)
    }
    pub fn intake_type() -> IntakeType {
        IntakeType::Other
    }
    pub fn urgency() -> Urgency {
        Urgency::Medium
    }
    pub fn reach() -> u32 {
        1
    }
    pub fn impact() -> f64 {
        1.0
    }
    pub fn confidence() -> f64 {
        0.5
    }
    pub fn intake_status() -> Sp<IntakeStatus> {
        sp(IntakeStatus::New)
    }
    pub fn fiscal_year_start_month() -> u32 {
        1
    }
}
