//! Files platctl writes: a schema line for editors, and a round trip through
//! the reader that gives back exactly what was asked.

use crate::common::TestEnv;

#[test]
fn new_files_start_with_the_schema_line_when_the_catalog_has_schemas() {
    let demo = TestEnv::copy("catalog", "c");
    let root = demo.root();
    let out = demo
        .cmd()
        .args([
            "intake",
            "new",
            "--yes",
            "--title",
            "Bigger build runners",
            "--team",
            "team-payments",
            "--problem",
            "Builds queue for 20 minutes at peak",
        ])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let path = stdout
        .split_whitespace()
        .nth(1)
        .expect("prints id and path");
    let text = std::fs::read_to_string(root.join(path)).expect("written");
    assert!(
        text.starts_with("# yaml-language-server: $schema=../schemas/intake.schema.json\n"),
        "{text}"
    );
    // Without schemas, no header that leads nowhere.
    let dir = TestEnv::base(&[]);
    let out = dir
        .cmd()
        .args([
            "intake",
            "new",
            "--yes",
            "--title",
            "T",
            "--team",
            "team-a",
            "--problem",
            "P",
        ])
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let path = stdout
        .split_whitespace()
        .nth(1)
        .expect("prints id and path");
    let text = std::fs::read_to_string(dir.root().join(path)).expect("written");
    assert!(text.starts_with("id: INT-"), "{text}");
}

mod round_trips {
    use chrono::NaiveDate;
    use platctl::catalog::decode::Entity;
    use platctl::catalog::{parse::parse_file, Kind};
    use platctl::intake::draft::Draft;
    use platctl::lifecycle::draft::ExceptionDraft;
    use platctl::model::*;
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        // Printable text with the characters YAML cares about, no surrounding blanks.
        "[a-zA-Z0-9 :#'\"\\-\\[\\]{},&*!|>%@`?é]{1,40}"
            .prop_map(|s| s.trim().to_string())
            .prop_filter("not empty", |s| !s.is_empty())
    }

    fn lines() -> impl Strategy<Value = String> {
        prop::collection::vec(text(), 1..4).prop_map(|v| v.join("\n"))
    }

    fn date() -> impl Strategy<Value = NaiveDate> {
        (2020i32..2030, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default())
    }

    fn decode(kind: Kind, yaml: &str) -> Entity {
        let pf = parse_file(kind, yaml.as_bytes());
        assert!(pf.diags.is_empty(), "{yaml}\n{:?}", pf.diags);
        pf.entities.into_iter().next().expect("one entity")
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn intake_drafts_read_back_as_written(
            title in text(), problem in lines(), outcome in proptest::option::of(text()), contact in proptest::option::of(text()),
            created in date(), reach in 1u32..50, impact in prop::sample::select(IMPACTS.to_vec()),
            confidence in prop::sample::select(vec![0.1, 0.5, 0.8, 1.0]), effort in proptest::option::of(prop::sample::select(vec![0.5, 1.0, 3.0, 12.5])),
            kind in prop::sample::select(IntakeType::NAMES.to_vec()), urgency in prop::sample::select(Urgency::NAMES.to_vec()),
        ) {
            let d = Draft {
                title: title.clone(), team: "team-a".into(), contact: contact.clone(), created,
                kind: IntakeType::parse(kind).unwrap_or(IntakeType::Other), problem: problem.clone(), outcome: outcome.clone(),
                urgency: Urgency::parse(urgency).unwrap_or(Urgency::Medium), reach, impact, confidence, effort, capability: Some("cap-x".into()),
            };
            let yaml = d.to_yaml("INT-7K3F9Q");
            let Entity::Intake(r) = decode(Kind::Intake, &yaml) else { panic!("not a request") };
            prop_assert_eq!(&r.title.value, &title);
            prop_assert_eq!(r.problem.value.trim_end(), problem.as_str());
            prop_assert_eq!(r.outcome.as_deref(), outcome.as_deref());
            prop_assert_eq!(r.requester.contact.as_deref(), contact.as_deref());
            prop_assert_eq!(r.created.value, created);
            prop_assert_eq!((r.reach, r.impact, r.confidence, r.effort), (reach, impact, confidence, effort));
            prop_assert_eq!(r.kind.as_str(), kind);
            prop_assert_eq!(r.urgency.as_str(), urgency);
            prop_assert_eq!(r.status.value, IntakeStatus::New);
        }

        #[test]
        fn deprecation_drafts_read_back_as_written(guide in proptest::option::of("(https?://|mailto:)[a-z0-9./_%?=&#:@-]{1,40}"), announced in date(), days in 90i64..400, n in 0usize..5, iface in proptest::option::of("v[0-9]")) {
            let consumers: Vec<String> = (0..n).map(|i| format!("svc-{i}")).collect();
            let sunset = announced + chrono::Duration::days(days);
            let d = platctl::lifecycle::draft::DeprecationDraft {
                capability: "cap-x".into(), interface: iface.clone(), replacement: Some("cap-y".into()), announced, sunset,
                status: DeprecationStatus::Announced, migration_guide: guide.clone(), consumers: consumers.clone(), short_notice_reason: None,
            };
            let yaml = d.to_yaml("cap-x-sunset");
            let Entity::Deprecation(x) = decode(Kind::Deprecation, &yaml) else { panic!("not a deprecation") };
            prop_assert_eq!(x.migration_guide.as_deref(), guide.as_deref());
            prop_assert_eq!(x.interface.as_ref().map(|i| i.value.clone()), iface);
            prop_assert_eq!((x.announced.value, x.sunset.value), (announced, sunset));
            prop_assert_eq!(x.consumers.iter().map(|c| c.service.value.clone()).collect::<Vec<_>>(), consumers);
            prop_assert!(x.consumers.iter().all(|c| c.status.value == ConsumerStatus::Pending));
        }

        #[test]
        fn exception_drafts_read_back_as_written(title in text(), reason in text(), controls in proptest::option::of(text()), by in text(), requested in date(), days in 0i64..180) {
            let granted = requested;
            let expires = granted + chrono::Duration::days(days);
            let d = ExceptionDraft {
                title: title.clone(), standard: "cap-x".into(), team: "team-a".into(), service: Some("svc-a".into()), reason: reason.clone(),
                risk: Risk::High, compensating_controls: controls.clone(), requested, status: ExceptionStatus::Approved,
                approved_by: Some(by.clone()), granted: Some(granted), expires,
            };
            let yaml = d.to_yaml("EXC-4F7Q2M");
            let Entity::Exception(e) = decode(Kind::Exception, &yaml) else { panic!("not an exception") };
            prop_assert_eq!(&e.title.value, &title);
            prop_assert_eq!(&e.reason, &reason);
            prop_assert_eq!(e.compensating_controls.as_deref(), controls.as_deref());
            prop_assert_eq!(e.approved_by.as_ref().map(|a| a.value.clone()), Some(by));
            prop_assert_eq!((e.requested.value, e.granted.as_ref().map(|g| g.value), e.expires.value), (requested, Some(granted), expires));
        }
    }
}
