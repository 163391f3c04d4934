use super::cel::{self, Eval};

fn probe(src: &str, facts: &[(&str, i64)]) -> Result<Eval, cel::ExprError> {
    let e = cel::compile(src)?;
    let shared = cel::Shared {
        capabilities: cel::map([]),
        today: cel::string("2026-12-01".into()),
    };
    let entity = cel::from_json(&serde_json::json!({"id": "a", "tier": 1, "status": "active"}));
    let l = cel::list(vec![cel::string("ci".into())]);
    let m = cel::map([]);
    let f = cel::tracked(
        "facts",
        facts
            .iter()
            .map(|(k, v)| (k.to_string(), cel::from_json(&serde_json::json!(v)))),
    );
    let met = cel::tracked("metrics", []);
    let vars = cel::Vars {
        entity: &entity,
        uses: &l,
        team: &m,
        services: &l,
        exceptions: &l,
        metrics: &met,
        facts: &f,
    };
    Ok(cel::with_scope(&shared, &vars, |s| s.eval(&e)))
}

#[test]
fn cel_probe() {
    assert_eq!(probe("entity.tier == 1", &[]), Ok(Eval::Bool(true)));
    assert_eq!(probe("has(entity.runbook)", &[]), Ok(Eval::Bool(false)));
    assert_eq!(probe("has(facts.cov)", &[]), Ok(Eval::Bool(false)));
    assert_eq!(
        probe("facts.cov > 3", &[]),
        Ok(Eval::NoData("facts.cov".into()))
    );
    assert_eq!(
        probe("facts['cov'] > 3", &[]),
        Ok(Eval::NoData("facts.cov".into()))
    );
    assert_eq!(probe("facts.cov > 3", &[("cov", 5)]), Ok(Eval::Bool(true)));
    assert_eq!(
        probe("entity.tier == 2 && facts.cov > 3", &[]),
        Ok(Eval::Bool(false))
    );
    assert_eq!(
        probe("metrics.mttr < 3", &[]),
        Ok(Eval::NoData("metrics.mttr".into()))
    );
    assert!(matches!(
        probe("entity.runbook == 'x'", &[]),
        Ok(Eval::Error(_))
    ));
    assert_eq!(
        probe("uses.exists(u, u == 'ci')", &[]),
        Ok(Eval::Bool(true))
    );
    assert_eq!(
        probe("'ci' in uses && today > '2026-01-01'", &[]),
        Ok(Eval::Bool(true))
    );
    assert_eq!(probe("size(facts) == 0", &[]), Ok(Eval::Bool(true)));
    let at = |src: &str| probe(src, &[]).err().and_then(|e| e.at);
    assert_eq!(at("entity.tier ="), Some((1, 13)));
    assert_eq!(at("entity.tier == 1 &&\n  nope.x"), Some((2, 3)));
    assert!(probe("nope == 1", &[])
        .err()
        .is_some_and(|e| e.message.contains("unknown variable `nope`")));
}

/// Results reused through a memo equal fresh ones: across days (an
/// exception expires in between), across catalogs (a capability's
/// lifecycle changes: re-read by the scorecard that names `capabilities`),
/// with the memo shared by both scorecards.
#[test]
fn memo_results_equal_fresh_evaluations() {
    use crate::report::testcat::{catalog, date, svc};
    let scorecards = [
        (
            "scorecards/s1.yaml",
            "id: s1\nname: S1\nowner: t1\napplies_to: service\nlevels: [bronze, silver]\nrules:\n  \
             - { id: waivers, level: bronze, expr: \"exceptions.all(x, x.state != 'expired')\" }\n  \
             - { id: current, level: silver, expr: \"uses.all(c, capabilities[c].lifecycle != 'deprecated')\" }\n",
        ),
        (
            "scorecards/s2.yaml",
            "id: s2\nname: S2\nowner: t1\napplies_to: service\nlevels: [bronze]\nrules:\n  \
             - { id: adopts, level: bronze, expr: \"size(uses) >= 2\" }\n",
        ),
    ];
    let exception =
        "id: EXC-000001\ntitle: T\nstandard: ci\nteam: t1\nservice: a\nreason: r\nrisk: low\n\
                     requested: 2026-01-02\nstatus: approved\napproved_by: X\ngranted: 2026-01-05\n\
                     expires: 2026-06-30\n";
    let cap = |id: &str, lc: &str| {
        (
            format!("capabilities/{id}.yaml"),
            format!("id: {id}\nname: N\nsummary: s\nowner: t1\nlifecycle: {lc}\n"),
        )
    };
    let state = |obs: &str| {
        let (pa, ta) = svc("a", "t1", 1, "active", "ci");
        let (pb, tb) = svc("b", "t1", 2, "active", "ci, obs");
        let (pc, tc) = cap("ci", "ga");
        let (po, to) = cap("obs", obs);
        let mut files: Vec<(String, String)> = vec![
            ("teams/t1.yaml".into(), "id: t1\nname: T1\n".into()),
            (pa, ta),
            (pb, tb),
            (pc, tc),
            (po, to),
            ("exceptions/EXC-000001.yaml".into(), exception.into()),
        ];
        files.extend(
            scorecards
                .iter()
                .map(|(p, t)| (p.to_string(), t.to_string())),
        );
        let refs: Vec<(&str, &str)> = files
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        catalog(&refs)
    };
    let before = state("ga");
    let after = state("deprecated");
    let memo = super::Memo::default();
    let outcomes = |ev: &super::Evaluation| -> Vec<(String, Vec<&'static str>)> {
        ev.entities
            .iter()
            .map(|e| {
                (
                    e.id.clone(),
                    e.rules.iter().map(|r| r.outcome.as_str()).collect(),
                )
            })
            .collect()
    };
    let mut seen = Vec::new();
    for (i, (cat, day)) in [
        (&before, "2026-03-31"),
        (&before, "2026-09-30"),
        (&after, "2026-09-30"),
        (&before, "2026-03-31"),
        (&before, "2026-03-31"),
    ]
    .into_iter()
    .enumerate()
    {
        // A new generation now and then: results met again move back.
        if i % 2 == 1 {
            memo.rotate();
        }
        assert_eq!(cat.scorecards.len(), 2);
        for sc in &cat.scorecards {
            let fresh = super::evaluate(cat, sc, date(day));
            let kept = super::evaluate_memo(cat, sc, date(day), &memo);
            assert_eq!(
                outcomes(&kept),
                outcomes(&fresh),
                "{} on {day}",
                sc.id.value
            );
            seen.push(outcomes(&fresh));
        }
    }
    // The cases differ: the waiver expired, then `obs` was deprecated.
    assert_eq!(seen[0][0].1, vec!["pass", "pass"]);
    assert_eq!(seen[2][0].1, vec!["fail", "pass"]);
    assert_eq!(seen[4][1].1, vec!["pass", "fail"]);
}

/// Results a memo keeps are finished for each state's own day: a rule
/// waived by an exception until it expires, and a rule enabled on a date,
/// give each day its own outcomes, levels and scores; an entity nothing
/// waives shares one set of results between the days.
#[test]
fn memo_results_are_finished_on_each_day() {
    use crate::report::testcat::{catalog, date, svc};
    let (pa, ta) = svc("a", "t1", 1, "active", "ci");
    let (pb, tb) = svc("b", "t1", 1, "active", "ci");
    let files = [
        ("teams/t1.yaml", "id: t1\nname: T1\n"),
        (pa.as_str(), ta.as_str()),
        (pb.as_str(), tb.as_str()),
        (
            "scorecards/s1.yaml",
            "id: s1\nname: S1\nowner: t1\napplies_to: service\nlevels: [bronze, silver]\nrules:\n  \
             - { id: tiered, level: bronze, expr: \"entity.tier == 1\" }\n  \
             - { id: wide, level: silver, expr: \"size(uses) >= 2\", enable_on: 2026-06-01 }\n",
        ),
        (
            "scorecards/s2.yaml",
            "id: s2\nname: S2\nowner: t1\napplies_to: service\nlevels: [bronze]\nrules:\n  \
             - { id: wide, level: bronze, expr: \"size(uses) >= 2\" }\n",
        ),
        (
            "exceptions/EXC-000001.yaml",
            "id: EXC-000001\ntitle: T\nrule: s2/wide\nteam: t1\nservice: a\nreason: r\nrisk: low\n\
             requested: 2026-01-02\nstatus: approved\napproved_by: X\ngranted: 2026-01-05\n\
             expires: 2026-06-30\n",
        ),
    ];
    let cat = catalog(&files);
    type Seen = Vec<(String, Vec<&'static str>, Option<usize>, Option<u64>)>;
    let seen = |ev: &super::Evaluation| -> Seen {
        ev.entities
            .iter()
            .map(|e| {
                (
                    e.id.clone(),
                    e.rules.iter().map(|r| r.outcome.as_str()).collect(),
                    e.level,
                    e.score.map(f64::to_bits),
                )
            })
            .collect()
    };
    let memo = super::Memo::default();
    let mut got: Vec<Seen> = Vec::new();
    for day in ["2026-03-31", "2026-09-30", "2026-03-31", "2026-09-30"] {
        memo.rotate();
        for sc in &cat.scorecards {
            let fresh = seen(&super::evaluate(&cat, sc, date(day)));
            let kept = super::evaluate_memo(&cat, sc, date(day), &memo);
            assert_eq!(seen(&kept), fresh, "{} on {day}", sc.id.value);
            got.push(fresh);
        }
    }
    // The days differ: `wide` pending, then failing; `a` exempt, then failing.
    assert_eq!(got[0][0].1, vec!["pass", "pending"]);
    assert_eq!(got[2][0].1, vec!["pass", "fail"]);
    assert_eq!(got[1][0].1, vec!["exempt"]);
    assert_eq!(got[3][0].1, vec!["fail"]);
    assert_eq!(got[3][1].1, vec!["fail"]);
    // Evaluated once each (two entities, two scorecards), then reused.
    assert_eq!(memo.evaluated(), 4);
    // `b` in s2 is waived by nothing: its results are shared between days.
    let b = |day: &str| {
        let sc = cat
            .scorecards
            .iter()
            .find(|s| s.id.value == "s2")
            .expect("s2");
        super::evaluate_memo(&cat, sc, date(day), &memo)
            .entities
            .into_iter()
            .find(|e| e.id == "b")
            .expect("b")
            .rules
    };
    assert!(std::sync::Arc::ptr_eq(&b("2026-03-31"), &b("2026-09-30")));
}

#[test]
fn keyed_reads_of_capabilities_are_told_from_whole_ones() {
    use cel::ByKey;
    let by_key = |src: &str| cel::compile(src).map(|e| e.by_key("capabilities"));
    let fields = |f: &[&str]| Ok(ByKey::Fields(f.iter().map(|s| s.to_string()).collect()));
    assert_eq!(by_key("uses.all(c, c in capabilities)"), fields(&[]));
    assert_eq!(
        by_key("uses.all(c, !(c in capabilities) || capabilities[c].lifecycle != 'retired')"),
        fields(&["lifecycle"])
    );
    assert_eq!(
        by_key("capabilities['ci'].golden_path && has(capabilities[entity.id].docs)"),
        fields(&["docs", "golden_path"])
    );
    assert_eq!(by_key("entity.tier == 1"), fields(&[]));
    // Keys read by key: every key read, its fields y and z.
    assert_eq!(
        by_key("capabilities[capabilities['x'].y].z"),
        fields(&["y", "z"])
    );
    assert_eq!(
        by_key("capabilities['ci'] == {} || capabilities['ci'].x"),
        Ok(ByKey::Entries)
    );
    assert_eq!(
        by_key("uses.exists(c, capabilities[c]['lifecycle'] == 'ga')"),
        Ok(ByKey::Entries)
    );
    for src in [
        "size(capabilities) > 3",
        "capabilities.ci.golden_path",
        "has(capabilities.ci)",
        "capabilities.exists(c, c == 'ci')",
        "capabilities == {}",
        "{} == capabilities",
        "[capabilities][0]['ci'].golden_path",
        "capabilities in [capabilities]",
    ] {
        assert_eq!(by_key(src), Ok(ByKey::Not), "{src}");
    }
    assert_eq!(
        ByKey::Fields(vec!["a".into()]).and(ByKey::Fields(vec!["b".into(), "a".into()])),
        ByKey::Fields(vec!["a".into(), "b".into()])
    );
    assert_eq!(ByKey::Entries.and(ByKey::Fields(vec![])), ByKey::Entries);
    assert_eq!(ByKey::Entries.and(ByKey::Not), ByKey::Not);
}

/// What a logged scope notes of `capabilities`: the keys read, or the
/// whole map; the results are those of an unlogged scope.
#[test]
fn a_logged_scope_notes_the_keys_read() {
    let caps = cel::map([
        (
            "ci".to_string(),
            cel::from_json(&serde_json::json!({"lifecycle": "ga"})),
        ),
        (
            "obs".to_string(),
            cel::from_json(&serde_json::json!({"lifecycle": "deprecated"})),
        ),
    ]);
    let shared = cel::Shared {
        capabilities: caps,
        today: cel::string("2026-12-01".into()),
    };
    let entity = cel::from_json(&serde_json::json!({"id": "a"}));
    let uses = cel::list(vec![cel::string("ci".into()), cel::string("nope".into())]);
    let m = cel::map([]);
    let t = cel::tracked("facts", []);
    let vars = cel::Vars {
        entity: &entity,
        uses: &uses,
        team: &m,
        services: &uses,
        exceptions: &uses,
        metrics: &t,
        facts: &t,
    };
    let run = |src: &str| {
        let e = match cel::compile(src) {
            Ok(e) => e,
            Err(e) => panic!("{src}: {}", e.message),
        };
        let log = cel::KeyLog::default();
        let logged = cel::with_logged_scope(&shared, &vars, &log, |s| s.eval(&e));
        let plain = cel::with_scope(&shared, &vars, |s| s.eval(&e));
        assert_eq!(logged, plain, "{src}");
        (logged, log.reads())
    };
    let keys = |k: &[&str]| cel::KeyReads::Keys(k.iter().map(|s| s.to_string()).collect());
    assert_eq!(
        run("uses.all(c, !(c in capabilities) || capabilities[c].lifecycle != 'deprecated')"),
        (Eval::Bool(true), keys(&["ci", "nope"]))
    );
    assert_eq!(
        run("capabilities['obs'].lifecycle == 'deprecated' && 'ci' in capabilities"),
        (Eval::Bool(true), keys(&["ci", "obs"]))
    );
    assert!(
        matches!(run("capabilities['x'].lifecycle == 'ga'"), (Eval::Error(_), r) if r == keys(&["x"]))
    );
    assert_eq!(run("entity.id == 'a'"), (Eval::Bool(true), keys(&[])));
    assert_eq!(
        run("size(capabilities) == 2"),
        (Eval::Bool(true), cel::KeyReads::All)
    );
    assert_eq!(
        run("capabilities.exists(c, c == 'obs')"),
        (Eval::Bool(true), cel::KeyReads::All)
    );
    assert_eq!(
        run("capabilities == {}"),
        (Eval::Bool(false), cel::KeyReads::All)
    );
}

/// A scorecard that reads capabilities by key evaluates again only the
/// services that use a capability that changed; one that reads the whole
/// map, every service. Results equal fresh evaluations either way.
#[test]
fn a_memo_reevaluates_only_what_read_a_changed_capability() {
    use crate::report::testcat::{catalog, date, svc};
    let keyed = "id: k\nname: K\nowner: t1\napplies_to: service\nlevels: [good]\nrules:\n  \
                 - { id: current, level: good, expr: \"uses.all(c, !(c in capabilities) || capabilities[c].lifecycle != 'deprecated')\" }\n";
    let whole = "id: w\nname: W\nowner: t1\napplies_to: service\nlevels: [good]\nrules:\n  \
                 - { id: few, level: good, expr: \"capabilities.all(c, capabilities[c].lifecycle != 'deprecated')\" }\n";
    let state = |obs: &str, docs: &str| {
        let (pa, ta) = svc("a", "t1", 1, "active", "ci");
        let (pb, tb) = svc("b", "t1", 2, "active", "ci, obs");
        let (pc, tc) = svc("c", "t1", 2, "active", "");
        let files: Vec<(String, String)> = vec![
            ("teams/t1.yaml".into(), "id: t1\nname: T1\n".into()),
            (pa, ta),
            (pb, tb),
            (pc, tc),
            (
                "capabilities/ci.yaml".into(),
                "id: ci\nname: N\nsummary: s\nowner: t1\nlifecycle: ga\n".into(),
            ),
            (
                "capabilities/obs.yaml".into(),
                format!("id: obs\nname: N\nsummary: s\nowner: t1\nlifecycle: {obs}\n{docs}"),
            ),
            ("scorecards/k.yaml".into(), keyed.into()),
            ("scorecards/w.yaml".into(), whole.into()),
        ];
        let refs: Vec<(&str, &str)> = files
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        catalog(&refs)
    };
    let (before, after) = (state("ga", ""), state("deprecated", ""));
    let day = date("2026-09-30");
    let outcomes = |ev: &super::Evaluation| -> Vec<(String, Vec<&'static str>)> {
        ev.entities
            .iter()
            .map(|e| {
                (
                    e.id.clone(),
                    e.rules.iter().map(|r| r.outcome.as_str()).collect(),
                )
            })
            .collect()
    };
    // (scorecard, evaluated in the second state, its outcomes there)
    let cases = [
        (0, 1, vec![("a", "pass"), ("b", "fail"), ("c", "pass")]),
        (1, 3, vec![("a", "fail"), ("b", "fail"), ("c", "fail")]),
    ];
    for (ix, again, want) in cases {
        let memo = super::Memo::default();
        let sc = &before.scorecards[ix];
        let first = super::evaluate_memo(&before, sc, day, &memo);
        assert_eq!(
            outcomes(&first),
            outcomes(&super::evaluate(&before, sc, day))
        );
        assert_eq!(memo.evaluated(), 3);
        memo.rotate();
        let sc = &after.scorecards[ix];
        let kept = super::evaluate_memo(&after, sc, day, &memo);
        assert_eq!(memo.evaluated(), 3 + again, "{}", sc.id.value);
        let want: Vec<(String, Vec<&str>)> = want
            .iter()
            .map(|(id, o)| (id.to_string(), vec![*o]))
            .collect();
        assert_eq!(outcomes(&kept), want, "{}", sc.id.value);
        assert_eq!(outcomes(&kept), outcomes(&super::evaluate(&after, sc, day)));
    }
    // A field no expression reads changes: nothing is evaluated again by
    // the scorecard that reads `lifecycle`, everything by the other.
    let docs = state("ga", "docs: https://docs.example.com/obs\n");
    for (ix, again) in [(0, 0), (1, 3)] {
        let memo = super::Memo::default();
        super::evaluate_memo(&before, &before.scorecards[ix], day, &memo);
        memo.rotate();
        let sc = &docs.scorecards[ix];
        let kept = super::evaluate_memo(&docs, sc, day, &memo);
        assert_eq!(memo.evaluated(), 3 + again, "{}", sc.id.value);
        assert_eq!(outcomes(&kept), outcomes(&super::evaluate(&docs, sc, day)));
    }
}

/// The hash of the capabilities an entity read is the same whether each
/// entry's fields are hashed then or once a state beforehand: the memo
/// compares one with the other.
#[test]
fn capability_reads_hash_the_same_with_entry_hashes_made_beforehand() {
    use crate::report::testcat::{catalog, date};
    let cat = catalog(&[
        ("teams/t1.yaml", "id: t1\nname: T1\n"),
        (
            "capabilities/ci.yaml",
            "id: ci\nname: N\nsummary: s\nowner: t1\nlifecycle: ga\n",
        ),
        (
            "capabilities/obs.yaml",
            "id: obs\nname: N\nsummary: s\nowner: t1\nlifecycle: beta\n",
        ),
    ]);
    let inp = super::inputs::Inputs::new(&cat, date("2026-09-30"));
    let reads = super::cel::KeyReads::Keys(vec!["ci".into(), "nope".into(), "obs".into()]);
    let one = super::cel::ByKey::Fields(vec!["lifecycle".into()]);
    let two = super::cel::ByKey::Fields(vec!["golden_path".into(), "lifecycle".into()]);
    for by in [&one, &two] {
        let pre = inp.entry_hashes(by);
        assert!(pre.is_some());
        assert_eq!(
            inp.caps_hash(&reads, by, pre.as_ref()),
            inp.caps_hash(&reads, by, None)
        );
    }
    // Other fields, another hash; not by field, none made beforehand.
    assert_ne!(
        inp.caps_hash(&reads, &one, None),
        inp.caps_hash(&reads, &two, None)
    );
    assert!(inp.entry_hashes(&super::cel::ByKey::Entries).is_none());
}

/// Results pinned stay until met, through rotations: two states scored
/// (as the KPIs score them), then each again after rotations, in date
/// order, evaluates nobody again; unpinned, the first state's results go
/// with the second rotation.
#[test]
fn pinned_results_outlive_rotations() {
    use crate::report::testcat::{catalog, date, svc};
    let sc = "id: s\nname: S\nowner: t1\napplies_to: service\nlevels: [good]\nrules:\n  \
              - { id: adopts, level: good, expr: \"size(uses) >= 2\" }\n";
    let state = |uses: &str| {
        let (pa, ta) = svc("a", "t1", 1, "active", uses);
        catalog(&[
            ("teams/t1.yaml", "id: t1\nname: T1\n"),
            (&pa, &ta),
            ("scorecards/s.yaml", sc),
        ])
    };
    let (one, two) = (state("ci"), state("ci, obs"));
    let day = date("2026-09-30");
    for pin in [true, false] {
        let memo = super::Memo::default();
        for cat in [&one, &two] {
            super::evaluate_memo(cat, &cat.scorecards[0], day, &memo);
        }
        assert_eq!(memo.evaluated(), 2);
        if pin {
            memo.pin();
        }
        for cat in [&one, &one, &two] {
            memo.rotate();
            let ev = super::evaluate_memo(cat, &cat.scorecards[0], day, &memo);
            let fresh = super::evaluate(cat, &cat.scorecards[0], day);
            assert_eq!(ev.entities[0].level, fresh.entities[0].level);
        }
        assert_eq!(memo.evaluated(), if pin { 2 } else { 3 });
    }
}

/// Values built directly equal those built through JSON, types included
/// (a whole float stays a double, a date is text, absent optionals are
/// null), for every kind expressions read; what is not built directly
/// (here a number past i64, kept as a double) still agrees.
#[test]
fn values_built_directly_equal_values_built_through_json() {
    use crate::report::testcat::catalog;
    let cat = catalog(&[
        (
            "teams/t1.yaml",
            "id: t1\nname: T1\ntype: platform\ncontact: '#t1'\nlabels: {a: b}\n",
        ),
        (
            "services/s.yaml",
            "id: s\nname: S\nteam: t1\ntier: 1\ncreated: 2024-02-03\n\
             uses:\n  - capability: ci\n    since: 2025-01-02\n    version: v2\n  - ci\n\
             facts: {test_coverage: 0.75, whole: 1.0, count: 3, sbom: true, owner: x, day: 2026-01-01}\n\
             labels: {tier: gold}\n",
        ),
        (
            "capabilities/ci.yaml",
            "id: ci\nname: CI\nsummary: s\nowner: t1\nlifecycle: ga\ngolden_path: true\n\
             eligible: {tiers: [1, 2]}\ndepends_on: [obs]\n",
        ),
        (
            "exceptions/e.yaml",
            "id: EXC-000001\ntitle: T\nstandard: ci\nteam: t1\nservice: s\nreason: r\nrisk: low\n\
             requested: 2026-01-02\nstatus: approved\napproved_by: X\ngranted: 2026-01-05\n\
             expires: 2026-06-30\n",
        ),
    ]);
    let json = |j: serde_json::Result<serde_json::Value>| match j {
        Ok(v) => cel::from_json(&v),
        Err(e) => panic!("{e}"),
    };
    let direct = |v: Option<cel::Value>| v.unwrap_or_else(|| panic!("not built directly"));
    let mut pairs = vec![
        (
            direct(cel::to_value(&cat.services[0])),
            json(serde_json::to_value(&cat.services[0])),
        ),
        (
            direct(cel::to_value(&cat.capabilities[0])),
            json(serde_json::to_value(&cat.capabilities[0])),
        ),
        (
            direct(cel::to_value(&cat.teams[0])),
            json(serde_json::to_value(&cat.teams[0])),
        ),
        (
            direct(cel::to_value(&cat.exceptions[0])),
            json(serde_json::to_value(&cat.exceptions[0])),
        ),
        (
            direct(cel::to_value(&cat.services[0].facts)),
            json(serde_json::to_value(&cat.services[0].facts)),
        ),
        (
            direct(cel::to_value(&f64::NAN)),
            json(serde_json::to_value(f64::NAN)),
        ),
    ];
    assert_eq!(cat.services[0].facts.len(), 6);
    // Past i64: JSON keeps the integer, which reads as a double.
    pairs.push((
        direct(cel::to_value(&u64::MAX)),
        json(serde_json::to_value(u64::MAX)),
    ));
    // Each pair as `entity` and `team`: equal, with the same keys and each
    // value (and each value of a nested map) of the same type.
    let same = "type(entity) == type(team) && entity == team && \
                (type(entity) != type({}) || (entity.all(k, k in team) && team.all(k, k in entity) && \
                 entity.all(k, type(entity[k]) == type(team[k]) && \
                   (type(entity[k]) != type({}) || entity[k].all(j, type(entity[k][j]) == type(team[k][j]))))))";
    let e = match cel::compile(same) {
        Ok(e) => e,
        Err(e) => panic!("{}", e.message),
    };
    let shared = cel::Shared {
        capabilities: cel::map([]),
        today: cel::string("2026-12-01".into()),
    };
    let empty = cel::list(Vec::new());
    let none = cel::tracked("facts", []);
    for (i, (a, b)) in pairs.iter().enumerate() {
        let vars = cel::Vars {
            entity: a,
            uses: &empty,
            team: b,
            services: &empty,
            exceptions: &empty,
            metrics: &none,
            facts: &none,
        };
        assert_eq!(
            cel::with_scope(&shared, &vars, |s| s.eval(&e)),
            Eval::Bool(true),
            "pair {i}: {a:?} / {b:?}"
        );
    }
    whole_floats_stay_doubles(&cat.services[0].facts);
}

/// A whole float of the facts stays a double, not an int; a date is text.
fn whole_floats_stay_doubles(facts: &crate::model::Facts) {
    let shared = cel::Shared {
        capabilities: cel::map([]),
        today: cel::string("2026-12-01".into()),
    };
    let empty = cel::list(Vec::new());
    let none = cel::tracked("facts", []);
    let facts = cel::to_value(facts).unwrap_or_else(|| panic!("not built directly"));
    let vars = cel::Vars {
        entity: &facts,
        uses: &empty,
        team: &facts,
        services: &empty,
        exceptions: &empty,
        metrics: &none,
        facts: &none,
    };
    let probe = |src: &str| match cel::compile(src) {
        Ok(x) => cel::with_scope(&shared, &vars, |s| s.eval(&x)),
        Err(e) => panic!("{}", e.message),
    };
    assert_eq!(probe("type(entity.whole) == type(1.5)"), Eval::Bool(true));
    assert_eq!(probe("type(entity.count) == type(1)"), Eval::Bool(true));
    assert_eq!(probe("entity.day == '2026-01-01'"), Eval::Bool(true));
}

/// Scorecards over several kinds evaluated together give each one's
/// results as evaluating it alone does (order, `when`, levels, outcomes),
/// through a memo too, and evaluate an entity once per scorecard as
/// evaluating them one by one does; a changed state after a rotation
/// evaluates again only what changed.
#[test]
fn scorecards_evaluated_together_equal_each_alone() {
    use crate::report::testcat::{catalog, date, svc};
    let card = |id: &str, kind: &str, when: &str, rules: &str| {
        format!(
            "id: {id}\nname: N\nowner: t1\napplies_to: {kind}\n{when}levels: [bronze, silver]\n\
             rules:\n{rules}"
        )
    };
    let cards = [
        card(
            "active",
            "service",
            "when: \"entity.status == 'active'\"\n",
            "  - { id: uses, level: bronze, expr: \"size(uses) >= 1\" }\n  \
             - { id: team, level: silver, expr: \"has(team.id)\" }\n",
        ),
        card(
            "caps",
            "service",
            "",
            "  - { id: known, level: bronze, expr: \"uses.all(c, c in capabilities)\" }\n  \
             - { id: tier, level: silver, expr: \"entity.tier == 1\" }\n",
        ),
        card(
            "teams",
            "team",
            "",
            "  - { id: owns, level: bronze, expr: \"size(services) >= 1\" }\n",
        ),
        card(
            "adopted",
            "capability",
            "",
            "  - { id: used, level: bronze, expr: \"size(uses) >= 2\" }\n",
        ),
    ];
    let state = |c_uses: &str| {
        let (pa, ta) = svc("a", "t1", 1, "active", "ci");
        let (pb, tb) = svc("b", "t2", 2, "retired", "ci, obs");
        let (pc, tc) = svc("c", "t1", 1, "active", c_uses);
        let mut files: Vec<(String, String)> = vec![
            ("teams/t1.yaml".into(), "id: t1\nname: T1\n".into()),
            ("teams/t2.yaml".into(), "id: t2\nname: T2\n".into()),
            (pa, ta),
            (pb, tb),
            (pc, tc),
            (
                "capabilities/ci.yaml".into(),
                "id: ci\nname: CI\nsummary: s\nowner: t1\nlifecycle: ga\n".into(),
            ),
        ];
        for (i, c) in cards.iter().enumerate() {
            files.push((format!("scorecards/{i}.yaml"), c.clone()));
        }
        let refs: Vec<(&str, &str)> = files
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        catalog(&refs)
    };
    let day = date("2026-09-30");
    let (together, alone) = (super::Memo::default(), super::Memo::default());
    for (cat, again) in [(state(""), 9), (state("ci"), 4)] {
        together.rotate();
        alone.rotate();
        let inp = super::Inputs::new(&cat, day);
        let compiled: Vec<super::Compiled> = cat.scorecards.iter().map(super::compile).collect();
        let before = together.evaluated();
        let all = super::evaluate_all_memo(&compiled, &inp, &together, |_| true);
        // a, b, c on both service scorecards (`when` runs on b too), t1,
        // t2, ci: 3 + 3 + 2 + 1; then c on both service scorecards, ci
        // (its users) and t1 (its services' files).
        assert_eq!(together.evaluated() - before, again);
        assert_eq!(all.len(), cat.scorecards.len());
        for (sc, got) in cat.scorecards.iter().zip(&all) {
            let want = super::evaluate(&cat, sc, day).entities;
            assert_eq!(format!("{got:?}"), format!("{want:?}"), "{}", sc.id.value);
            let one = super::evaluate_memo(&cat, sc, day, &alone).entities;
            assert_eq!(format!("{one:?}"), format!("{want:?}"), "{}", sc.id.value);
            assert!(!want.is_empty(), "{}", sc.id.value);
        }
        assert_eq!(together.evaluated(), alone.evaluated());
        // Through the memo for one scorecard only: the same results, and
        // only its entities (a, b, c) go through the memo.
        let one = super::Memo::default();
        let some = super::evaluate_all_memo(&compiled, &inp, &one, |sc| sc.id.value == "caps");
        assert_eq!(format!("{some:?}"), format!("{all:?}"));
        assert_eq!(one.evaluated(), 3);
    }
}

/// A hostile expression gives an error, not a crash: every shape that
/// nests an operator per few characters, at the longest length read, is
/// compiled on a thread with rayon's stack (2 MiB, the smallest one a
/// scorecard is compiled on) and refused or compiled; the deepest nesting
/// allowed is evaluated both ways there. A stack overflow would abort the
/// test process. (Tests run a debug build, whose frames are several times
/// a release build's: the margin is larger where it counts.)
#[test]
fn hostile_expressions_are_refused_not_a_crash() {
    let n = cel::MAX_CHARS;
    let shapes: Vec<String> = vec![
        vec!["1"; n / 3].join("=="),
        vec!["1"; n / 2].join("+"),
        vec!["1"; n / 2].join("<"),
        vec!["a"; n / 2].join("."),
        vec!["1"; n / 3].join("&&"),
        format!("{}true", "!".repeat(n - 4)),
        format!("{}1 > 0", "-".repeat(n - 5)),
        format!("{}1{}", "[".repeat(n / 2 - 1), "]".repeat(n / 2 - 1)),
        // Brackets after text whose quotes a naive scan misreads: a raw
        // string ending in a backslash, a triple-quoted one holding a quote.
        format!(
            r"r'\' + {}1{}",
            "[".repeat(n / 2 - 6),
            "]".repeat(n / 2 - 6)
        ),
        format!(
            "'''a'b''' + {}1{}",
            "[".repeat(n / 2 - 8),
            "]".repeat(n / 2 - 8)
        ),
        format!("{}1{}", "(".repeat(n / 2 - 1), ")".repeat(n / 2 - 1)),
        format!("{}1{}", "size(".repeat(n / 6), ")".repeat(n / 6)),
        format!("{}true{}", "[1].all(x, ".repeat(n / 12), ")".repeat(n / 12)),
        format!("{}1{}", "{1: ".repeat(n / 5 - 1), "}".repeat(n / 5 - 1)),
        "x".repeat(n + 1),
    ];
    let deepest = format!("entity.tier >= 1{}", " == true".repeat(cel::MAX_DEPTH - 3));
    let run = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let refused = shapes.iter().filter(|s| cel::compile(s).is_err()).count();
            let e = match cel::compile(&deepest) {
                Ok(e) => e,
                Err(e) => panic!("{}", e.message),
            };
            let shared = cel::Shared {
                capabilities: cel::map([]),
                today: cel::string("2026-12-01".into()),
            };
            let entity = cel::from_json(&serde_json::json!({"tier": 1}));
            let l = cel::list(Vec::new());
            let t = cel::tracked("facts", []);
            let vars = cel::Vars {
                entity: &entity,
                uses: &l,
                team: &entity,
                services: &l,
                exceptions: &l,
                metrics: &t,
                facts: &t,
            };
            let both = cel::with_scope(&shared, &vars, |s| (s.direct(&e), s.interpret(&e)));
            (refused, both)
        });
    let (refused, (direct, interpreted)) = match run.map(|h| h.join()) {
        Ok(Ok(r)) => r,
        _ => panic!("the thread did not finish"),
    };
    assert!(refused >= 11, "{refused} refused");
    assert_eq!(direct, Some(true));
    assert_eq!(interpreted, Eval::Bool(true));
    let long = cel::compile(&"1".repeat(cel::MAX_CHARS + 1))
        .err()
        .map(|e| e.message);
    assert!(long.is_some_and(|m| m.contains("at most 2000")));
    let deep = cel::compile(&vec!["1"; cel::MAX_DEPTH + 1].join("=="))
        .err()
        .map(|e| e.message);
    assert!(deep.is_some_and(|m| m.contains("nests 33 levels deep; at most 32")));
    // Brackets inside quoted text, in each quoting form, are text (after
    // an escaped quote, or a backslash that a raw string keeps).
    let deep = "(".repeat(cel::MAX_DEPTH + 1);
    for q in ["'", "\"", "'''", "\"\"\"", "r'", "r\""] {
        let close = q.trim_start_matches('r');
        let inner = if q.starts_with('r') {
            r"\".to_string()
        } else {
            format!(r"\{close}")
        };
        let src = format!("entity.id != {q}{inner}{deep}{close} && true");
        assert!(cel::compile(&src).is_ok(), "{src}");
    }
    // The lint rule's explanation states the same limits.
    let why = crate::lint::registry::find("scorecard-expr-invalid").map_or("", |r| r.rationale);
    assert!((cel::MAX_CHARS, cel::MAX_DEPTH) == (2000, 32));
    assert!(why.contains("2,000 characters") && why.contains("32 levels"));
}

/// Packed outcomes give back every outcome at every place, from the first
/// rule to the last that fits; past that, an entity's outcomes are read
/// from its results.
#[test]
fn packed_outcomes_give_back_every_outcome_at_every_place() {
    use super::{Outcome, Packed, RuleResult};
    let result = |outcome| RuleResult {
        outcome,
        would: None,
        detail: None,
        exception: None,
    };
    for (code, o) in Packed::ALL.iter().enumerate() {
        assert_eq!(*o as usize, code, "{o:?}");
    }
    for shift in 0..Packed::ALL.len() {
        let results: Vec<RuleResult> = (0..Packed::MAX)
            .map(|i| result(Packed::ALL[(i + shift) % Packed::ALL.len()]))
            .collect();
        let Some(p) = Packed::of(&results) else {
            panic!("21 results fit")
        };
        for (i, r) in results.iter().enumerate() {
            assert_eq!(p.get(i), Some(r.outcome), "rule {i}");
        }
        assert_eq!(p.get(Packed::MAX), None);
    }
    let many: Vec<RuleResult> = (0..=Packed::MAX).map(|_| result(Outcome::Error)).collect();
    assert_eq!(Packed::of(&many), None);
    let scored = super::Scored {
        subject: crate::model::Subject::Service,
        ix: 0,
        id: "s".into(),
        team: None,
        level: None,
        score: None,
        rules: many.into(),
        packed: None,
    };
    assert_eq!(scored.outcome(Packed::MAX), Some(Outcome::Error));
    assert_eq!(scored.outcome(Packed::MAX + 1), None);
}
