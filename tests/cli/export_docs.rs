//! The table reference in docs/export.md is the one the code defines.

use std::path::Path;

#[test]
fn table_reference_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/export.md");
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    let want = platctl::export::tables::markdown();
    assert!(
        have.contains(&want),
        "docs/export.md's tables are stale: paste this under `## Tables`:\n{want}"
    );
}
