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
