//! Roadmap quarters: themes and items.

use super::schema_types::{self as st, defaults as df};
use super::*;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

str_enum!(Commitment { Committed = "committed", Stretch = "stretch" });
str_enum!(ItemStatus { Planned = "planned", InProgress = "in-progress", AtRisk = "at-risk", Delivered = "delivered", Slipped = "slipped", Dropped = "dropped" });
mapping! {
    /// A theme of a quarter's roadmap.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Theme {
        /// The theme's id, unique within its file
        #[schemars(pattern(st::SLUG))]
        pub id: Id,
        /// The theme's name (default: its id)
        #[schemars(with = "Option<String>")]
        pub name: Sp<String>,
        /// The outcome the theme aims at
        #[serde(skip_serializing_if = "Option::is_none")]
        pub outcome: Option<String>,
        ;
    }
}

mapping! {
    /// A roadmap item.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Item {
        /// The item's id, unique across all quarters
        #[schemars(pattern(st::SLUG))]
        pub id: Id,
        /// What will be delivered
        pub title: Sp<String>,
        /// A theme id of the same file
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(pattern(st::SLUG))]
        pub theme: Option<Sp<String>>,
        /// The owning team's id
        #[schemars(pattern(st::SLUG))]
        pub owner: Sp<String>,
        /// The capability it builds or changes
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(pattern(st::SLUG))]
        pub capability: Option<Sp<String>>,
        /// Committed items count for predictability; stretch items do not
        #[schemars(default = "df::commitment")]
        pub commitment: Sp<Commitment>,
        /// Where the item stands
        pub status: Sp<ItemStatus>,
        /// Person-weeks, above 0
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(extend("exclusiveMinimum" = 0))]
        pub effort: Option<f64>,
        /// Roadmap item ids (any quarter) it depends on
        #[serde(skip_serializing_if = "Vec::is_empty")]
        #[schemars(default, inner(pattern(st::SLUG)))]
        pub depends_on: Vec<Sp<String>>,
        /// Intake request ids it answers
        #[serde(skip_serializing_if = "Vec::is_empty")]
        #[schemars(default, inner(pattern(st::INTAKE_ID)))]
        pub intake: Vec<Sp<String>>,
        /// The KPI it should move
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<st::KpiRef>")]
        pub kpi: Option<Sp<String>>,
        /// A measurable outcome
        #[serde(skip_serializing_if = "Option::is_none")]
        pub outcome: Option<String>,
        /// The delivery date: required when delivered, forbidden otherwise
        #[serde(skip_serializing_if = "Option::is_none")]
        pub delivered: Option<Sp<NaiveDate>>,
        /// The quarter it slipped to (only when slipped)
        #[serde(
            skip_serializing_if = "Option::is_none",
            serialize_with = "ser_quarter_opt"
        )]
        #[schemars(with = "Option<st::QuarterText>")]
        pub slipped_to: Option<Sp<Quarter>>,
        ;
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        #[schemars(default, with = "st::LabelMap")]
        pub labels: Labels,
        #[serde(skip)]
        pub meta: Meta,
    }
}

impl Item {
    pub fn is_committed(&self) -> bool {
        self.commitment.value == Commitment::Committed
    }
}

mapping! {
    /// A quarter of the roadmap: its themes and items. One file per quarter in roadmap/, named after it.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct RoadmapQuarter {
        /// The quarter, YYYY-Qn; the file is named after it
        #[serde(serialize_with = "ser_quarter")]
        #[schemars(with = "st::QuarterText")]
        pub quarter: Sp<Quarter>,
        /// Themes (ids unique within the file)
        #[schemars(default)]
        pub themes: Vec<Theme>,
        /// Roadmap items
        #[schemars(default)]
        pub items: Vec<Item>,
        ;
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        #[schemars(default, with = "st::LabelMap")]
        pub labels: Labels,
        #[serde(skip)]
        pub meta: Meta,
    }
}

described!(RoadmapQuarter, ; parts items);
