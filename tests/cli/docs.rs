//! Generated documentation stays current.

use std::path::Path;

#[test]
fn rules_reference_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let want = platctl::lint::registry::markdown();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &want).expect("write docs/rules.md");
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        have, want,
        "docs/rules.md is stale: run UPDATE_SNAPSHOTS=1 cargo test --test cli -- docs::"
    );
}
