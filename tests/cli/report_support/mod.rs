//! Helpers for the report tests: their fixture catalogs copied out of the
//! repository (so that no git history leaks in), and the check that a page
//! loads nothing from outside; the rest is [`crate::common`]'s.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub fn fixture(name: &str) -> PathBuf {
    crate::common::fixture_dir("report").join(name)
}

/// The binary, with nothing from the caller's environment that platctl
/// reads; the report tests give `--today` themselves.
pub fn platctl() -> Command {
    let mut c = crate::common::platctl();
    c.env_remove("PLATCTL_TODAY");
    c
}

/// Runs platctl on a catalog directory and returns stdout; fails the test on a non-zero exit.
pub fn run_ok(dir: &Path, args: &[&str]) -> String {
    let out = platctl()
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .expect("run platctl");
    assert!(
        out.status.success(),
        "platctl {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Copies a fixture catalog into a fresh temporary directory (outside any git repository).
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    copy_dir(&fixture(name), tmp.path());
    tmp
}

pub use crate::common::copy_dir;

pub use crate::common::snapshot;

pub use crate::common::git;

/// The current commit id.
pub fn head(dir: &Path) -> String {
    crate::common::git(dir, "2026-01-01T00:00:00Z", &["rev-parse", "HEAD"])
}

/// Everything an HTML page could load or run from outside itself. Escaped
/// text holds no raw `<`, so every `<...>` below is real markup.
pub fn assert_self_contained(html: &str) {
    let lower = html.to_ascii_lowercase();
    for bad in ["@import", "url("] {
        assert!(!lower.contains(bad), "the page holds `{bad}`");
    }
    let mut rest = lower.as_str();
    while let Some(start) = rest.find('<') {
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start..end];
        let name: String = tag[1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!' || *c == '/')
            .collect();
        assert!(
            ![
                "script",
                "link",
                "iframe",
                "object",
                "embed",
                "img",
                "base",
                "audio",
                "video",
                "source",
                "frame",
                "image",
                "use",
                "foreignobject"
            ]
            .contains(&name.as_str()),
            "the page holds a <{name}> element"
        );
        for attr in [
            "src=",
            "srcset=",
            "xlink:href=",
            "action=",
            "formaction=",
            "onload=",
            "onerror=",
            "onclick=",
        ] {
            assert!(!tag.contains(attr), "the page holds `{attr}` in {tag}");
        }
        if let Some(h) = tag.find("href=\"") {
            let url = &tag[h + 6..];
            assert!(
                name == "a" && (url.starts_with("https://") || url.starts_with("http://")),
                "a non-web or non-link href: {tag}"
            );
        }
        if tag.contains("http-equiv=") {
            assert!(
                tag.contains("content-security-policy"),
                "only the CSP meta tag: {tag}"
            );
        }
        rest = &rest[end..];
    }
}
