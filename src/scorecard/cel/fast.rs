//! A direct way through the expressions scorecards mostly hold: names,
//! fields, `has()`, indexes, `size()`, comparisons, `in`, the logical
//! operators, `?:`, and the `all` and `exists` macros.
//!
//! The crate's interpreter pays, on every step, for what such expressions
//! never use: a qualified name is joined into a new string and looked up
//! under every container, a comparison builds its error message before it
//! knows whether there is an error, and a macro boxes a copy of each
//! element it visits and binds it by name in a map. Over many thousands of
//! entities per state that is most of an evaluation's time.
//!
//! Here an expression is compiled once into a [`Node`] tree, with names
//! resolved to places and field names made into keys; it then runs over
//! the same values with the crate's own operations on them (equality,
//! ordering, membership, indexing, size, iteration), so that it answers
//! exactly as the interpreter does. It answers only with a boolean: any
//! error, and any value it does not hold, gives no answer, and the caller
//! then runs the interpreter, which also says what went wrong. Reads of
//! `capabilities` go through the same [`super::KeyLog`] wrapper, so what a
//! memo keeps of them is what was read either way.

use super::{env, Resolver, VARIABLES};
use cel::common::ast::{operators, Expr as E, IdedExpr};
use cel::common::types::{CelBool, CelInt, CelList, Kind};
use cel::common::value::{CowVal, Val};
use cel::context::VariableResolver;
use cel::ExecutionError;

/// A compiled expression, or a part of one.
#[derive(Debug)]
pub enum Node {
    /// A literal, or a list of literals.
    Const(Box<dyn Val>),
    /// One of [`VARIABLES`].
    Var(&'static str),
    /// A macro's variable or accumulator: how many bindings from the
    /// innermost.
    Local(usize),
    /// `x.field`, with the field name as a key.
    Select(Box<Node>, Box<dyn Val>),
    /// `has(x.field)`.
    Has(Box<Node>, Box<dyn Val>),
    Index(Box<Node>, Box<Node>),
    Not(Box<Node>),
    /// A macro's loop condition: false only for `false`.
    NotStrictlyFalse(Box<Node>),
    And(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
    Cond(Box<Node>, Box<Node>, Box<Node>),
    Eq(Box<Node>, Box<Node>),
    Ne(Box<Node>, Box<Node>),
    /// An ordering comparison: the orderings of `lhs` to `rhs` that make it
    /// true.
    Cmp(Box<Node>, Box<Node>, [bool; 3]),
    In(Box<Node>, Box<Node>),
    Size(Box<Node>),
    /// A comprehension whose accumulator starts as a boolean (`all`,
    /// `exists`): within `cond`, `step` and `result` the accumulator is
    /// `Local(1)` and the element `Local(0)`.
    Fold(Box<Fold>),
}

#[derive(Debug)]
pub struct Fold {
    range: Node,
    init: Node,
    cond: Node,
    step: Node,
    result: Node,
}

/// The names bound where an expression stands, innermost last.
type Bound<'e> = Vec<&'e str>;

/// `expr` compiled, or `None` when it uses anything this module does not
/// run (the interpreter then runs every evaluation of it).
pub fn compile(expr: &IdedExpr) -> Option<Node> {
    node(expr, &mut Vec::new())
}

fn boxed<'e>(e: &'e IdedExpr, bound: &mut Bound<'e>) -> Option<Box<Node>> {
    node(e, bound).map(Box::new)
}

fn key(field: &str) -> Box<dyn Val> {
    super::string(field.to_string())
}

fn node<'e>(e: &'e IdedExpr, bound: &mut Bound<'e>) -> Option<Node> {
    match &e.expr {
        E::Literal(l) => Some(Node::Const(l.to_val().into_owned())),
        E::Ident(name) => ident(name, bound),
        E::List(l) if l.optional_indices.is_empty() => {
            let items = l.elements.iter().map(|x| match &x.expr {
                E::Literal(l) => Some(l.to_val().into_owned()),
                _ => None,
            });
            let items: Option<Vec<Box<dyn Val>>> = items.collect();
            Some(Node::Const(Box::new(CelList::from(items?))))
        }
        E::Select(s) => {
            // The interpreter looks a dotted name up as a whole first; as
            // a type only outside any macro's bindings (none is dotted).
            let name = if s.test { &s.operand } else { e };
            if let Some(segs) = segments(name) {
                if segs.len() > 1
                    && !bound.contains(&segs[0])
                    && env().types().find_type(&segs.join(".")).is_some()
                {
                    return None;
                }
            }
            let operand = boxed(&s.operand, bound)?;
            Some(if s.test {
                Node::Has(operand, key(&s.field))
            } else {
                Node::Select(operand, key(&s.field))
            })
        }
        E::Call(c) => call(c, bound),
        E::Comprehension(c) => {
            if c.iter_var2.is_some()
                || !matches!(
                    &c.accu_init.expr,
                    E::Literal(cel::common::ast::LiteralValue::Boolean(_))
                )
                || mentions(&c.loop_cond, &c.iter_var)
                || mentions(&c.result, &c.iter_var)
            {
                return None;
            }
            let init = node(&c.accu_init, bound)?;
            let range = node(&c.iter_range, bound)?;
            bound.push(&c.accu_var);
            bound.push(&c.iter_var);
            let cond = node(&c.loop_cond, bound);
            let step = node(&c.loop_step, bound);
            let result = node(&c.result, bound);
            bound.truncate(bound.len() - 2);
            Some(Node::Fold(Box::new(Fold {
                range,
                init,
                cond: cond?,
                step: step?,
                result: result?,
            })))
        }
        _ => None,
    }
}

fn ident(name: &str, bound: &Bound<'_>) -> Option<Node> {
    if let Some(depth) = bound.iter().rev().position(|b| *b == name) {
        return Some(Node::Local(depth));
    }
    VARIABLES.iter().find(|v| **v == name).map(|v| Node::Var(v))
}

/// The names of `a.b.c` (a name and selected fields), as the interpreter
/// reads them.
fn segments(e: &IdedExpr) -> Option<Vec<&str>> {
    match &e.expr {
        E::Ident(n) => Some(vec![n.as_str()]),
        E::Select(s) if !s.test => {
            let mut v = segments(&s.operand)?;
            v.push(&s.field);
            Some(v)
        }
        _ => None,
    }
}

/// Whether `name` stands anywhere in `e` (bound again inside or not).
fn mentions(e: &IdedExpr, name: &str) -> bool {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        if matches!(&e.expr, E::Ident(n) if n == name) {
            return true;
        }
        super::children(e, |x| stack.push(x));
    }
    false
}

fn call<'e>(c: &'e cel::common::ast::CallExpr, bound: &mut Bound<'e>) -> Option<Node> {
    use operators as op;
    let f = c.func_name.as_str();
    if let Some(t) = &c.target {
        // `x.size()`, on a name the interpreter cannot take for a
        // function's namespace (none of the variables is one).
        let plain =
            segments(t).is_some_and(|s| VARIABLES.contains(&s[0]) && !bound.contains(&s[0]));
        if f != "size" || !c.args.is_empty() || !plain {
            return None;
        }
        return boxed(t, bound).map(Node::Size);
    }
    let mut args = c.args.iter();
    let mut next = |bound: &mut Bound<'e>| boxed(args.next()?, bound);
    let n = match (f, c.args.len()) {
        (op::CONDITIONAL, 3) => Node::Cond(next(bound)?, next(bound)?, next(bound)?),
        (op::LOGICAL_AND, 2) => Node::And(next(bound)?, next(bound)?),
        (op::LOGICAL_OR, 2) => Node::Or(next(bound)?, next(bound)?),
        (op::EQUALS, 2) => Node::Eq(next(bound)?, next(bound)?),
        (op::NOT_EQUALS, 2) => Node::Ne(next(bound)?, next(bound)?),
        (op::INDEX, 2) => Node::Index(next(bound)?, next(bound)?),
        (op::IN, 2) => Node::In(next(bound)?, next(bound)?),
        (op::LESS, 2) => Node::Cmp(next(bound)?, next(bound)?, [true, false, false]),
        (op::LESS_EQUALS, 2) => Node::Cmp(next(bound)?, next(bound)?, [true, true, false]),
        (op::GREATER, 2) => Node::Cmp(next(bound)?, next(bound)?, [false, false, true]),
        (op::GREATER_EQUALS, 2) => Node::Cmp(next(bound)?, next(bound)?, [false, true, true]),
        (op::LOGICAL_NOT, 1) => Node::Not(next(bound)?),
        (op::NOT_STRICTLY_FALSE, 1) => Node::NotStrictlyFalse(next(bound)?),
        ("size", 1) => Node::Size(next(bound)?),
        _ => return None,
    };
    Some(n)
}

/// A value met while running: one of the expression's variables (or a
/// part of one), a constant, or a size.
#[derive(Clone, Copy)]
enum V<'a> {
    Ref(&'a (dyn Val + 'a)),
    Int(CelInt),
}

impl<'a> V<'a> {
    fn val(&self) -> &(dyn Val + 'a) {
        match self {
            V::Ref(v) => *v,
            V::Int(i) => i,
        }
    }

    fn bool(&self) -> Option<bool> {
        self.val().downcast_ref::<CelBool>().map(|b| *b.inner())
    }

    fn of(b: bool) -> V<'static> {
        V::Ref(if b { &CelBool::TRUE } else { &CelBool::FALSE })
    }
}

/// What `n` gives over the resolver's values: `None` for an error or a
/// value that is not a boolean (the interpreter then tells which).
pub(super) fn run(n: &Node, r: &Resolver<'_>) -> Option<bool> {
    let mut locals = Vec::new();
    eval(n, r, &mut locals)?.bool()
}

/// The element of `v` at `key`, as the interpreter's indexing and field
/// selection give it on a value they borrow.
fn get<'a>(v: V<'a>, key: &dyn Val) -> Option<V<'a>> {
    let V::Ref(v) = v else { return None };
    match v.as_indexer()?.get(key).ok()? {
        CowVal::Borrowed(x) => Some(V::Ref(x)),
        CowVal::Owned(_) => None,
    }
}

fn eval<'a>(n: &'a Node, r: &'a Resolver<'_>, locals: &mut Vec<V<'a>>) -> Option<V<'a>> {
    Some(match n {
        Node::Const(v) => V::Ref(v.as_ref()),
        Node::Var(name) => match r.resolve(name)? {
            CowVal::Borrowed(v) => V::Ref(v),
            CowVal::Owned(_) => return None,
        },
        Node::Local(depth) => *locals.get(locals.len().checked_sub(depth + 1)?)?,
        Node::Select(x, k) => get(eval(x, r, locals)?, k.as_ref())?,
        Node::Has(x, k) => {
            let V::Ref(v) = eval(x, r, locals)? else {
                return None;
            };
            match v.as_indexer()?.get(k.as_ref()) {
                Ok(_) => V::of(true),
                Err(ExecutionError::NoSuchKey(_)) => V::of(false),
                Err(_) => return None,
            }
        }
        Node::Index(x, i) => {
            let x = eval(x, r, locals)?;
            let i = eval(i, r, locals)?;
            get(x, i.val())?
        }
        Node::Not(x) => V::of(!eval(x, r, locals)?.bool()?),
        Node::NotStrictlyFalse(x) => V::of(eval(x, r, locals)?.bool() != Some(false)),
        Node::And(a, b) => match eval(a, r, locals)?.bool()? {
            false => V::of(false),
            true => V::of(eval(b, r, locals)?.bool()?),
        },
        Node::Or(a, b) => match eval(a, r, locals)?.bool()? {
            true => V::of(true),
            false => V::of(eval(b, r, locals)?.bool()?),
        },
        Node::Cond(c, a, b) => match eval(c, r, locals)?.bool()? {
            true => eval(a, r, locals)?,
            false => eval(b, r, locals)?,
        },
        Node::Eq(a, b) | Node::Ne(a, b) => {
            let x = eval(a, r, locals)?;
            let y = eval(b, r, locals)?;
            V::of(x.val().equals(y.val()) == matches!(n, Node::Eq(..)))
        }
        Node::Cmp(a, b, when) => {
            let x = eval(a, r, locals)?;
            let y = eval(b, r, locals)?;
            let ord = x.val().as_comparer()?.compare(y.val()).ok()?;
            V::of(when[(ord as i8 + 1) as usize])
        }
        Node::In(a, b) => {
            let x = eval(a, r, locals)?;
            let y = eval(b, r, locals)?;
            V::of(y.val().as_container()?.contains(x.val()).ok()?)
        }
        Node::Size(x) => {
            let x = eval(x, r, locals)?;
            let v = x.val();
            // The kinds the `size` overloads take.
            if !matches!(
                v.get_type().kind(),
                Kind::List | Kind::Map | Kind::String | Kind::Bytes
            ) {
                return None;
            }
            V::Int(v.as_sizer()?.size())
        }
        Node::Fold(f) => fold(f, r, locals)?,
    })
}

fn fold<'a>(f: &'a Fold, r: &'a Resolver<'_>, locals: &mut Vec<V<'a>>) -> Option<V<'a>> {
    let init = eval(&f.init, r, locals)?;
    let V::Ref(range) = eval(&f.range, r, locals)? else {
        return None;
    };
    let mut items = range.as_iterable()?.iter();
    // The accumulator, then the element (unset before the first: the
    // condition and the result never name it).
    let base = locals.len();
    locals.extend([init, init]);
    let out = (|| {
        while let Some(item) = items.next() {
            if !eval(&f.cond, r, locals)?.bool()? {
                break;
            }
            locals[base + 1] = V::Ref(item);
            locals[base] = eval(&f.step, r, locals)?;
        }
        eval(&f.result, r, locals)
    })();
    locals.truncate(base);
    out
}

#[cfg(test)]
mod tests {
    //! The direct way against the interpreter, on expressions and values
    //! drawn at random: wherever it answers, the interpreter gives the same
    //! boolean, and reads the same entries of `capabilities`.
    use super::super as cel;

    /// A small deterministic generator (xorshift), so that a failure
    /// names its case and repeats.
    struct Draw(u64);

    impl Draw {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
        fn pick<'s>(&mut self, xs: &[&'s str]) -> &'s str {
            xs[self.below(xs.len())]
        }
    }

    const FIELDS: &[&str] = &[
        "id", "tier", "status", "name", "created", "labels", "n", "flag", "nul", "gone",
    ];
    const LITERALS: &[&str] = &[
        "1",
        "2",
        "0",
        "-1",
        "3u",
        "1.5",
        "0.7",
        "'a'",
        "'active'",
        "''",
        "'ci'",
        "true",
        "false",
        "null",
        "[1, 2]",
        "['ci', 'obs']",
        "[]",
        "b'a'",
    ];

    /// An expression over the variables, of at most `depth` levels; `local`
    /// is a macro's variable in scope, if any.
    fn value(d: &mut Draw, depth: usize, local: Option<&str>) -> String {
        let f = d.pick(FIELDS);
        let choice = d.below(if depth == 0 { 9 } else { 14 });
        match (choice, local) {
            (0, _) => format!("entity.{f}"),
            (1, _) => format!("facts.{}", d.pick(&["cov", "sbom", "gone"])),
            (2, _) => format!("metrics['{}']", d.pick(&["slo", "gone", "lat"])),
            (3, _) => "size(uses)".into(),
            (4, _) => format!("size(entity.{f})"),
            (5, Some(v)) => v.to_string(),
            (6, _) => "today".into(),
            (7, _) => format!("entity.labels.{}", d.pick(&["env", "gone"])),
            (8, _) | (5, None) => d.pick(LITERALS).to_string(),
            (9, _) => format!(
                "capabilities[{}].{}",
                value(d, depth - 1, local),
                d.pick(&["lifecycle", "golden_path", "gone"])
            ),
            (10, _) => format!("uses[{}]", value(d, depth - 1, local)),
            (11, _) => format!(
                "({} ? {} : {})",
                boolean(d, depth - 1, local),
                value(d, depth - 1, local),
                value(d, depth - 1, local)
            ),
            (12, _) => format!("entity[{}]", value(d, depth - 1, local)),
            _ => format!(
                "{}.size()",
                d.pick(&[
                    "uses",
                    "entity",
                    "entity.name",
                    "exceptions",
                    "capabilities"
                ])
            ),
        }
    }

    fn boolean(d: &mut Draw, depth: usize, local: Option<&str>) -> String {
        let cmp = ["==", "!=", "<", "<=", ">", ">="];
        let choice = d.below(if depth == 0 { 5 } else { 13 });
        match choice {
            0 => format!("has(entity.{})", d.pick(FIELDS)),
            1 => format!(
                "has({}.{})",
                d.pick(&["facts", "team", "capabilities", "entity.labels", "metrics"]),
                d.pick(&["cov", "id", "ci", "env", "gone"])
            ),
            2 | 3 => format!(
                "{} {} {}",
                value(d, depth, local),
                cmp[d.below(6)],
                value(d, depth, local)
            ),
            4 => format!(
                "{} in {}",
                value(d, depth, local),
                d.pick(&[
                    "capabilities",
                    "uses",
                    "entity",
                    "['ci', 1]",
                    "entity.labels",
                    "facts",
                    "entity.name"
                ])
            ),
            5 => format!("!{}", boolean(d, depth - 1, local)),
            6 => format!(
                "({} && {})",
                boolean(d, depth - 1, local),
                boolean(d, depth - 1, local)
            ),
            7 => format!(
                "({} || {})",
                boolean(d, depth - 1, local),
                boolean(d, depth - 1, local)
            ),
            8 => format!(
                "({} ? {} : {})",
                boolean(d, depth - 1, local),
                boolean(d, depth - 1, local),
                boolean(d, depth - 1, local)
            ),
            9 | 10 => {
                // Names a macro may bind: fresh, shadowing another, or a
                // variable's.
                let v = d.pick(&["c", "x", "entity", "c"]);
                let range = d.pick(&[
                    "uses",
                    "exceptions",
                    "capabilities",
                    "entity",
                    "entity.labels",
                    "[1, 2]",
                    "entity.tier",
                ]);
                let m = d.pick(&["all", "exists", "exists_one", "filter"]);
                let body = boolean(d, depth - 1, Some(v));
                if m == "filter" {
                    format!("size({range}.{m}({v}, {body})) > 0")
                } else {
                    format!("{range}.{m}({v}, {body})")
                }
            }
            11 => format!(
                "{} == {}",
                value(d, depth, local),
                boolean(d, depth - 1, local)
            ),
            _ => format!(
                "{}.{}",
                value(d, depth, local),
                d.pick(&["startsWith('a')", "matches('^a')"])
            ),
        }
    }

    /// A value of some kind for a field, or none.
    fn field(d: &mut Draw) -> Option<serde_json::Value> {
        use serde_json::json;
        Some(match d.below(10) {
            0 => return None,
            1 => json!(d.below(4) as i64 - 1),
            2 => json!(0.5 + d.below(3) as f64),
            3 => {
                let s = ["a", "active", "", "2024-06-01", "ci"][d.below(5)];
                json!(s)
            }
            4 => json!(d.below(2) == 1),
            5 => json!(null),
            6 => json!(["ci", "obs"]),
            7 => json!({"env": "prod", "id": 1}),
            8 => json!(u64::MAX),
            _ => json!("obs"),
        })
    }

    fn map_of(d: &mut Draw, keys: &[&str]) -> serde_json::Map<String, serde_json::Value> {
        let mut m = serde_json::Map::new();
        for k in keys {
            if let Some(v) = field(d) {
                m.insert(k.to_string(), v);
            }
        }
        m
    }

    #[test]
    fn the_direct_way_answers_as_the_interpreter_does() {
        let (mut answered, mut cases) = (0usize, 0usize);
        for seed in 1..=2500u64 {
            let mut d = Draw(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
            let entity = serde_json::Value::Object(map_of(&mut d, FIELDS));
            let mut caps: Vec<(String, cel::Value)> = Vec::new();
            for k in ["ci", "obs", "old"] {
                if d.below(4) > 0 {
                    let e = map_of(&mut d, &["lifecycle", "golden_path"]);
                    caps.push((k.to_string(), cel::from_json(&serde_json::Value::Object(e))));
                }
            }
            let shared = cel::Shared {
                capabilities: cel::map(caps),
                today: cel::string("2026-12-01".into()),
            };
            let uses = cel::list(
                (0..d.below(4))
                    .map(|_| cel::string(d.pick(&["ci", "obs", "nope", ""]).into()))
                    .collect(),
            );
            let state = ["expired", "active"][d.below(2)];
            let exceptions =
                cel::from_json(&serde_json::json!([{"state": "active"}, {"state": state}]));
            let entity = cel::from_json(&entity);
            let team = cel::from_json(&serde_json::Value::Object(map_of(&mut d, &["id"])));
            let tracked = |d: &mut Draw, name: &'static str, keys: &[&str]| {
                let m = map_of(d, keys);
                cel::tracked(name, m.iter().map(|(k, v)| (k.clone(), cel::from_json(v))))
            };
            let facts = tracked(&mut d, "facts", &["cov", "sbom"]);
            let metrics = tracked(&mut d, "metrics", &["slo", "lat"]);
            let vars = cel::Vars {
                entity: &entity,
                uses: &uses,
                team: &team,
                services: &uses,
                exceptions: &exceptions,
                metrics: &metrics,
                facts: &facts,
            };
            for _ in 0..8 {
                let depth = d.below(4);
                let src = boolean(&mut d, depth, None);
                match cel::differential(&src, &shared, &vars) {
                    Ok(None) => {}
                    Ok(Some(direct)) => {
                        cases += 1;
                        answered += usize::from(direct);
                    }
                    Err(why) => panic!("seed {seed}: {why}"),
                }
            }
        }
        // The comparison means something only where the direct way answers.
        assert!(
            cases > 15_000 && answered * 3 > cases,
            "{answered} of {cases}"
        );
    }
}
