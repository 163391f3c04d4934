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
