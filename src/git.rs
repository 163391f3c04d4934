//! The one place that names git2.

use anyhow::{bail, Result};
use std::collections::HashSet;
use std::path::Path;

/// Files (relative to the catalog root) that differ from `rev` in the working tree.
pub fn changed_files(_root: &Path, rev: &str) -> Result<HashSet<String>> {
    bail!("--changed-since {rev}: not available yet")
}
