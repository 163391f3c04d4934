//! `platctl report catalog`: the capability catalog page, with adoption
//! counted by hand on the fixture (services s1..s4).

use crate::common::{snapshot, TestEnv};
use serde_json::{json, Value};

fn page_json(env: &TestEnv) -> Value {
    serde_json::from_str(&env.ok(&[
        "--today",
        "2026-11-27",
        "report",
        "catalog",
        "--format",
        "json",
    ]))
    .expect("json")
}

fn cap<'a>(j: &'a Value, id: &str) -> &'a Value {
    j["capabilities"]
        .as_array()
        .expect("capabilities")
        .iter()
        .find(|c| c["id"] == id)
        .expect("capability")
}

#[test]
fn adoption_is_counted_by_hand() {
    let cat = TestEnv::fixture("report/calendar", "");
    let j = page_json(&cat);
    assert_eq!(j["version"], 1);
    assert_eq!(j["as_of"], "2026-11-27");
    // c-ga: eligible = active services s1 s2 s3; adopters s1 s2 (s4 is retired).
    let ga = cap(&j, "c-ga");
    assert_eq!(
        (
            ga["adopters"].as_u64(),
            ga["eligible"].as_u64(),
            ga["ineligible_users"].as_u64()
        ),
        (Some(2), Some(3), Some(0))
    );
    assert_eq!(ga["adoption_rate"].as_f64(), Some(2.0 / 3.0));
    assert_eq!(ga["golden_path"], true);
    assert_eq!(ga["owner_name"], "Team A");
    // c-beta: tier 1 only = s1 s3; adopters s1; s2 uses it without being eligible.
    let beta = cap(&j, "c-beta");
    assert_eq!(
        (
            beta["adopters"].as_u64(),
            beta["eligible"].as_u64(),
            beta["ineligible_users"].as_u64()
        ),
        (Some(1), Some(2), Some(1))
    );
    assert_eq!(beta["adoption_rate"].as_f64(), Some(0.5));
    // c-none: eligible for a team without services: no rate.
    let none = cap(&j, "c-none");
    assert_eq!(
        (none["adopters"].as_u64(), none["eligible"].as_u64()),
        (Some(0), Some(0))
    );
    assert_eq!(none["adoption_rate"], Value::Null);
    assert_eq!(
        none["open_deprecations"],
        json!([{"id": "c-none-sunset", "sunset": "2027-03-31", "replacement": "c-ga"}])
    );

    assert_eq!(j["summary"]["capabilities"], 3);
    assert_eq!(j["summary"]["golden_path"], 1);
    assert_eq!(j["summary"]["controls"], 1);
    assert_eq!(
        j["summary"]["by_lifecycle"],
        json!({"beta": 1, "deprecated": 1, "ga": 1})
    );
    assert_eq!(j["summary"]["ga_mean_adoption"].as_f64(), Some(2.0 / 3.0));
    assert_eq!(
        j["categories"],
        json!([
            {"id": "delivery", "capabilities": ["c-ga", "c-beta"], "by_lifecycle": {"beta": 1, "ga": 1}},
            {"id": null, "capabilities": ["c-none"], "by_lifecycle": {"deprecated": 1}}
        ])
    );
    let ids: Vec<&str> = j["capabilities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["c-beta", "c-ga", "c-none"], "sorted by id");
}

#[test]
fn markdown_and_json_snapshots() {
    let cat = TestEnv::fixture("report/calendar", "");
    snapshot(
        "report_catalog_calendar_md",
        &cat.ok(&["--today", "2026-11-27", "report", "catalog"]),
    );
    snapshot(
        "report_catalog_calendar_json",
        &cat.ok(&[
            "--today",
            "2026-11-27",
            "report",
            "catalog",
            "--format",
            "json",
        ]),
    );
}

#[test]
fn markdown_shows_percentages_and_safe_links() {
    let cat = TestEnv::fixture("report/calendar", "");
    let md = cat.ok(&["--today", "2026-11-27", "report", "catalog"]);
    assert!(md.contains("2 of 3 eligible (66.7%)"), "{md}");
    assert!(
        md.contains("1 of 2 eligible (50.0%), and 1 user not eligible"),
        "{md}"
    );
    assert!(md.contains("no eligible service"));
    assert!(md.contains("[Docs](<https://docs.example.com/ci?a=1&b=2>)"));
    assert!(
        md.contains("Runbook: javascript:alert(1)"),
        "a non-web runbook is text, not a link"
    );
    assert!(md.contains("Pipelines \\<img src=x onerror=alert(1)\\> \\| with a pipe"));
}

#[test]
fn html_escapes_everything_and_loads_nothing() {
    let cat = TestEnv::fixture("report/calendar", "");
    let html = cat.ok(&[
        "--today",
        "2026-11-27",
        "report",
        "catalog",
        "--format",
        "html",
    ]);
    assert!(html.contains("Paved &lt;b&gt;CI&lt;/b&gt;"));
    assert!(html.contains("Pipelines &lt;img src=x onerror=alert(1)&gt; | with a pipe"));
    assert!(html.contains(
        r#"<a class="print-url" href="https://docs.example.com/ci?a=1&amp;b=2">Docs</a>"#
    ));
    assert!(
        !html.contains("href=\"javascript"),
        "a javascript: runbook never becomes a link"
    );
    assert_self_contained(&html);
    assert!(html.contains("golden path") && html.contains("required control"));
}

#[test]
fn demo_catalog_page_renders() {
    let tmp = TestEnv::copy("catalog", "");
    let j = page_json(&tmp);
    assert_eq!(j["summary"]["capabilities"], 15);
    let ci = cap(&j, "ci-pipelines");
    assert_eq!(
        (ci["adopters"].as_u64(), ci["eligible"].as_u64()),
        (Some(42), Some(42))
    );
    let html = tmp.ok(&[
        "--today",
        "2026-11-27",
        "report",
        "catalog",
        "--format",
        "html",
    ]);
    assert_self_contained(&html);
}

#[test]
#[should_panic(expected = "<script> element")]
fn the_self_contained_check_catches_a_script() {
    assert_self_contained(
        "<html><body><p>&lt;script&gt; is text</p><script>alert(1)</script></body></html>",
    );
}

#[test]
#[should_panic(expected = "src=")]
fn the_self_contained_check_catches_a_loaded_resource() {
    assert_self_contained(r#"<div class="x" src="https://example.com/x.png"></div>"#);
}

/// Everything an HTML page could load or run from outside itself. Escaped
/// text holds no raw `<`, so every `<...>` below is real markup.
pub(crate) fn assert_self_contained(html: &str) {
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
