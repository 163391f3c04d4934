//! Lint findings for CI: SARIF, GitHub workflow commands, JUnit XML.

use crate::catalog::Catalog;
use crate::lint::Diagnostic;
use anyhow::{bail, Result};

pub fn sarif(_cat: &Catalog, _d: &[Diagnostic]) -> Result<String> {
    bail!("--format sarif is not supported yet")
}
pub fn github(_cat: &Catalog, _d: &[Diagnostic]) -> Result<String> {
    bail!("--format github is not supported yet")
}
pub fn junit(_cat: &Catalog, _d: &[Diagnostic]) -> String {
    String::new()
}
