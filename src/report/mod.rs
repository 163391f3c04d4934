//! Reports as data (Serialize structs), rendered by `output/`.

pub mod kpi;
