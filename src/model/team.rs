//! Teams: who owns capabilities and roadmap items, and who consumes them.

use super::schema_types::{self as st, defaults as df};
use super::*;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

str_enum!(TeamType { Platform = "platform", Product = "product", Data = "data", Security = "security", Sre = "sre", Other = "other" });
mapping! {
    /// A team: who owns capabilities and roadmap items, and who consumes them. One file per team in teams/.
    #[derive(Clone, Debug, Serialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Team {
        /// The team's id, e.g. team-devex; other files point at it
        #[schemars(pattern(st::SLUG))]
        pub id: Id,
        /// The team's name, as people say it
        pub name: Sp<String>,
        /// What kind of team it is
        #[schemars(default = "df::team_type")]
        pub kind as "type": TeamType,
        /// A channel or address to reach the team, e.g. "#devex"
        #[serde(skip_serializing_if = "Option::is_none")]
        pub contact: Option<String>,
        /// The team above this one (its group), for roll-ups; no cycles
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(pattern(st::SLUG))]
        pub parent: Option<Sp<String>>,
        ;
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        #[schemars(default, with = "st::LabelMap")]
        pub labels: Labels,
        #[serde(skip)]
        pub meta: Meta,
    }
}

described!(Team, id);
