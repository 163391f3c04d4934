//! KPIs: the registry, derived computations over a catalog, observed series.

pub mod registry;
