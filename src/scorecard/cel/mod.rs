//! The CEL side of scorecards: compile an expression once, check the
//! variables it names, build the values it reads, run it, and tell "no data"
//! (an absent key of `metrics` or `facts` actually read) from any other
//! error. The one module that names the `cel` crate.

use cel::common::traits::{Container, Indexer, Iterable, Sizer, Zeroer};
use cel::common::types::{
    self as ct, CelBool, CelDouble, CelInt, CelList, CelMap, CelMapKey, CelNull, CelString,
};
use cel::common::value::{CowVal, Val};
use cel::{Context, Env, ExecutionError, Program};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

mod fast;

/// The variables an expression may read.
pub const VARIABLES: &[&str] = &[
    "entity",
    "uses",
    "team",
    "services",
    "capabilities",
    "exceptions",
    "metrics",
    "facts",
    "today",
];

/// Marks the key of a read that found no data, inside the crate's own
/// "no such key" error (which `has()` still reads as false).
const NO_DATA: &str = "\u{1}no-data\u{1}";

fn env() -> &'static Arc<Env> {
    static ENV: OnceLock<Arc<Env>> = OnceLock::new();
    ENV.get_or_init(|| Arc::new(Env::stdlib()))
}

/// Why an expression cannot be used: its message, and where in the
/// expression (1-based line and column, in characters) when known.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprError {
    pub message: String,
    pub at: Option<(u32, u32)>,
}

/// A compiled expression: the interpreter's program, and the same
/// expression for the direct way when it takes it ([`fast`]).
pub struct Expr {
    program: Program,
    fast: Option<fast::Node>,
}

impl Expr {
    /// Whether the expression names the variable `var` (a macro's own
    /// variable of that name counts too: the answer errs on the side of yes).
    pub fn reads(&self, var: &str) -> bool {
        self.program.references().has_variable(var)
    }
}

/// How expressions read a map variable (`capabilities`): by key only, and
/// then which fields of the entries read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ByKey {
    /// Some read is not by key (its size, its keys, the map itself).
    Not,
    /// By key only (`k in var`, `var[k]`), some entry read as a whole.
    Entries,
    /// By key only, and of an entry only these fields (`var[k].field`),
    /// sorted.
    Fields(Vec<String>),
}

impl ByKey {
    /// What several expressions read together.
    pub fn and(self, o: ByKey) -> ByKey {
        match (self, o) {
            (ByKey::Not, _) | (_, ByKey::Not) => ByKey::Not,
            (ByKey::Entries, _) | (_, ByKey::Entries) => ByKey::Entries,
            (ByKey::Fields(mut a), ByKey::Fields(b)) => {
                a.extend(b);
                a.sort_unstable();
                a.dedup();
                ByKey::Fields(a)
            }
        }
    }
}

impl Expr {
    /// How the expression reads the variable `var`: by key only when every
    /// mention of it is `k in var`, `var[k]` or `var[k].field`.
    pub fn by_key(&self, var: &str) -> ByKey {
        use cel::common::ast::{operators, EntryExpr, Expr as E, IdedExpr};
        // `var[k]`: the key's expression.
        fn index_of<'e>(e: &'e IdedExpr, var: &str) -> Option<&'e IdedExpr> {
            match &e.expr {
                E::Call(c)
                    if c.func_name == operators::INDEX
                        && c.target.is_none()
                        && c.args.len() == 2
                        && matches!(&c.args[0].expr, E::Ident(n) if n == var) =>
                {
                    c.args.get(1)
                }
                _ => None,
            }
        }
        let mut fields: Vec<String> = Vec::new();
        let mut entries = false;
        let mut stack = vec![self.program.expression()];
        while let Some(e) = stack.pop() {
            if let Some(k) = index_of(e, var) {
                entries = true;
                stack.push(k);
                continue;
            }
            match &e.expr {
                E::Ident(n) if n == var => return ByKey::Not,
                E::Select(x) => {
                    if let Some(k) = index_of(&x.operand, var) {
                        fields.push(x.field.clone());
                        stack.push(k);
                        continue;
                    }
                }
                // `k in var`: only the key is an expression to look into.
                E::Call(c)
                    if c.func_name == operators::IN
                        && c.target.is_none()
                        && c.args.len() == 2
                        && matches!(&c.args[1].expr, E::Ident(n) if n == var) =>
                {
                    stack.push(&c.args[0]);
                    continue;
                }
                E::Map(m)
                    if m.entries
                        .iter()
                        .any(|en| !matches!(en.expr, EntryExpr::MapEntry(_))) =>
                {
                    return ByKey::Not
                }
                // Kinds of expression not looked into: not known to be by key.
                E::Struct(_) | E::Unspecified => return ByKey::Not,
                _ => {}
            }
            children(e, |x| stack.push(x));
        }
        if entries {
            return ByKey::Entries;
        }
        fields.sort_unstable();
        fields.dedup();
        ByKey::Fields(fields)
    }
}

/// The longest expression read, in characters: the crate's parser
/// recurses once per operator of a chain such as `a == b == c`, and a
/// much longer one exhausts a 2 MiB thread stack (rayon's), which no
/// `catch_unwind` survives. Measured: a chain of 5,000 operands overflows
/// in a release build, 1,333 in a debug build; this limit allows 667.
pub const MAX_CHARS: usize = 2000;

/// The deepest an expression may nest (operators within operators, and
/// brackets): the parser, the interpreter and [`fast`] recurse once per
/// level. The interpreter's frames are large: in a debug build 60 levels
/// overflow a 2 MiB stack; in a release build 200 fit in 1 MiB. Rules
/// nest a handful of levels (`&&` and `||` chains are balanced).
pub const MAX_DEPTH: usize = 32;

/// Compiles `src`; refuses a parse error, an expression longer than
/// [`MAX_CHARS`] or nested deeper than [`MAX_DEPTH`], and a variable that
/// is not one of [`VARIABLES`] (nor bound by a macro such as `all` or
/// `exists`).
pub fn compile(src: &str) -> Result<Expr, ExprError> {
    let chars = src.chars().count();
    if chars > MAX_CHARS {
        return Err(ExprError {
            message: format!(
                "the expression is {chars} characters long; at most {MAX_CHARS} are read: \
                 split it into several rules"
            ),
            at: None,
        });
    }
    let nested = brackets_deep(src);
    if nested > MAX_DEPTH {
        return Err(too_deep(nested));
    }
    let program = match std::panic::catch_unwind(|| env().compile(src)) {
        Ok(Ok(p)) => p,
        Ok(Err(errs)) => {
            let first = errs.errors.first();
            return Err(ExprError {
                message: first
                    .map(|e| tidy_parse_message(&e.msg))
                    .unwrap_or_else(|| "the expression does not parse".into()),
                at: first.and_then(|e| {
                    let line = u32::try_from(e.pos.0).ok().filter(|l| *l >= 1)?;
                    let col = u32::try_from(e.pos.1).ok().filter(|c| *c >= 1)?;
                    Some((line, col))
                }),
            });
        }
        Err(_) => {
            return Err(ExprError {
                message: "the expression does not parse".into(),
                at: None,
            })
        }
    };
    let depth = depth_of(program.expression());
    if depth > MAX_DEPTH {
        return Err(too_deep(depth));
    }
    let bound = bound_names(&program);
    let refs = program.references();
    let mut unknown: Vec<&str> = refs
        .variables()
        .into_iter()
        .filter(|v| !VARIABLES.contains(v) && !bound.iter().any(|b| b == v))
        .collect();
    unknown.sort_unstable();
    if let Some(v) = unknown.first() {
        let at = find_word(src, v);
        return Err(ExprError {
            message: format!(
                "unknown variable `{v}`; the variables are {}",
                VARIABLES.join(", ")
            ),
            at,
        });
    }
    let fast = fast::compile(program.expression());
    Ok(Expr { program, fast })
}

fn tidy_parse_message(m: &str) -> String {
    m.trim().to_string()
}

fn too_deep(depth: usize) -> ExprError {
    ExprError {
        message: format!(
            "the expression nests {depth} levels deep; at most {MAX_DEPTH} are allowed: \
             split it into several rules"
        ),
        at: None,
    }
}

/// How deep brackets of any kind nest in `src` outside quoted text: the
/// parser recurses into each before it counts levels itself. Quoted text
/// is read as CEL's lexer reads it (`'…'`, `"…"`, their tripled forms,
/// backslash escapes except after an `r` prefix), or brackets inside a
/// string could be counted and, worse, brackets after one left out. A
/// name ending in `r` before a quote reads as a raw prefix: text then
/// ends sooner, which only counts more.
fn brackets_deep(src: &str) -> usize {
    let b = src.as_bytes();
    let (mut i, mut depth, mut deepest) = (0, 0usize, 0usize);
    while let Some(&c) = b.get(i) {
        match c {
            b'\'' | b'"' => {
                let raw = i > 0 && matches!(b[i - 1], b'r' | b'R');
                let triple = [c, c, c];
                let close: &[u8] = if b[i..].starts_with(&triple) {
                    &triple
                } else {
                    &triple[..1]
                };
                i += close.len();
                while i < b.len() && !b[i..].starts_with(close) {
                    i += if !raw && b[i] == b'\\' { 2 } else { 1 };
                }
                i += close.len();
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            _ => i += 1,
        }
    }
    deepest
}

/// Calls `f` on each expression directly inside `e` (a call's target and
/// arguments, a selection's operand, the items of a list, the keys and
/// values of a map or the values of a struct, the five parts of a
/// comprehension): every walk over an expression's tree goes through it.
pub(crate) fn children<'e>(
    e: &'e cel::common::ast::IdedExpr,
    mut f: impl FnMut(&'e cel::common::ast::IdedExpr),
) {
    use cel::common::ast::{EntryExpr, Expr as E};
    match &e.expr {
        E::Call(c) => {
            if let Some(t) = &c.target {
                f(t);
            }
            c.args.iter().for_each(f);
        }
        E::Select(s) => f(&s.operand),
        E::List(l) => l.elements.iter().for_each(f),
        E::Map(m) => {
            for en in &m.entries {
                if let EntryExpr::MapEntry(me) = &en.expr {
                    f(&me.key);
                    f(&me.value);
                }
            }
        }
        E::Struct(s) => {
            for en in &s.entries {
                if let EntryExpr::StructField(x) = &en.expr {
                    f(&x.value);
                }
            }
        }
        E::Comprehension(c) => {
            [
                &c.iter_range,
                &c.accu_init,
                &c.loop_cond,
                &c.loop_step,
                &c.result,
            ]
            .into_iter()
            .for_each(f);
        }
        _ => {}
    }
}

/// How deep `e` nests, counted without recursion (the point is to refuse
/// what recursion would not survive).
fn depth_of(e: &cel::common::ast::IdedExpr) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(e, 1usize)];
    while let Some((e, d)) = stack.pop() {
        deepest = deepest.max(d);
        children(e, |x| stack.push((x, d + 1)));
    }
    deepest
}

/// The names macros bind (`x` in `list.all(x, …)`) and their accumulators.
fn bound_names(p: &Program) -> Vec<String> {
    use cel::common::ast::Expr as E;
    let mut out = Vec::new();
    let mut stack = vec![p.expression()];
    while let Some(e) = stack.pop() {
        if let E::Comprehension(c) = &e.expr {
            out.push(c.iter_var.clone());
            if let Some(v2) = &c.iter_var2 {
                out.push(v2.clone());
            }
            out.push(c.accu_var.clone());
        }
        children(e, |x| stack.push(x));
    }
    out
}

/// Where `word` first stands alone in `src`, as (line, column), 1-based.
fn find_word(src: &str, word: &str) -> Option<(u32, u32)> {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut from = 0;
    while let Some(i) = src[from..].find(word) {
        let s = from + i;
        let e = s + word.len();
        let before = src[..s].chars().next_back();
        let after = src[e..].chars().next();
        if !before.is_some_and(|c| is_ident(c) || c == '.') && !after.is_some_and(is_ident) {
            let line = src[..s].matches('\n').count() as u32 + 1;
            let line_start = src[..s].rfind('\n').map_or(0, |p| p + 1);
            let col = src[line_start..s].chars().count() as u32 + 1;
            return Some((line, col));
        }
        from = e;
    }
    None
}

/// Compiles `src` and runs it over `vars` both ways, the direct one
/// ([`fast`]) and the interpreter: `Err` says how they disagree (the
/// boolean, or the `capabilities` entries read) where the direct way
/// answers. `Ok(None)`: it does not compile; `Ok(Some(answered))`: whether
/// the direct way answered. For the tests and the fuzz target
/// `scorecard_expr`, which hold the direct way to the interpreter's word.
#[doc(hidden)]
pub fn differential(src: &str, shared: &Shared, vars: &Vars<'_>) -> Result<Option<bool>, String> {
    let Ok(e) = compile(src) else {
        return Ok(None);
    };
    let log = KeyLog::default();
    let Some(b) = with_logged_scope(shared, vars, &log, |s| s.direct(&e)) else {
        return Ok(Some(false));
    };
    let slow_log = KeyLog::default();
    let slow = with_logged_scope(shared, vars, &slow_log, |s| s.interpret(&e));
    if slow != Eval::Bool(b) {
        return Err(format!("{src}: directly {b}, interpreted {slow:?}"));
    }
    let (fast_reads, slow_reads) = (log.reads(), slow_log.reads());
    if fast_reads != slow_reads {
        return Err(format!(
            "{src}: read {fast_reads:?} directly, {slow_reads:?} interpreted"
        ));
    }
    let plain = with_scope(shared, vars, |s| s.interpret(&e));
    if plain != Eval::Bool(b) {
        return Err(format!(
            "{src}: directly {b}, interpreted unlogged {plain:?}"
        ));
    }
    Ok(Some(true))
}

/// [`differential`] on the text of `data` (lossy UTF-8) over each of a
/// few sets of values: an entity with fields of every type and without
/// them, services that use known, unknown and no capabilities, facts and
/// metrics present and absent. The body of the fuzz target
/// `scorecard_expr` and of its replay in the tests.
#[doc(hidden)]
pub fn differential_on_samples(data: &[u8]) -> Result<(), String> {
    use serde_json::json;
    let src = String::from_utf8_lossy(data);
    let caps = map([
        (
            "ci".to_string(),
            from_json(&json!({"lifecycle": "ga", "golden_path": true})),
        ),
        (
            "old".to_string(),
            from_json(&json!({"lifecycle": "deprecated"})),
        ),
    ]);
    let shared = Shared {
        capabilities: caps,
        today: string("2026-11-27".into()),
    };
    let entities = [
        json!({"id": "a", "tier": 1, "status": "active", "name": "A", "created": "2024-06-01",
               "labels": {"env": "prod"}, "n": 1.5, "flag": true, "nul": null, "big": u64::MAX}),
        json!({"id": "b", "tier": "x", "labels": ["ci"], "n": 2}),
        json!({}),
    ];
    let uses = [vec!["ci", "old", "nope"], vec![], vec!["ci", "ci"]];
    for (i, entity) in entities.iter().enumerate() {
        let entity = from_json(entity);
        let used = list(uses[i].iter().map(|u| string(u.to_string())).collect());
        let exceptions = from_json(&json!([{"state": "open"}, {"state": "expired"}]));
        let facts = tracked(
            "facts",
            [("cov".to_string(), from_json(&json!(0.8)))]
                .into_iter()
                .take(1 - i.min(1)),
        );
        let metrics = tracked("metrics", [("slo".to_string(), from_json(&json!(99.95)))]);
        let vars = Vars {
            entity: &entity,
            uses: &used,
            team: &entity,
            services: &used,
            exceptions: &exceptions,
            metrics: &metrics,
            facts: &facts,
        };
        differential(&src, &shared, &vars)?;
    }
    Ok(())
}

/// What an evaluation gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Eval {
    Bool(bool),
    /// It read an absent key of `metrics` or `facts` (`metrics.x` names it).
    NoData(String),
    /// Any other failure, including a result that is not a boolean.
    Error(String),
}

/// A value built for expressions to read.
pub type Value = Box<dyn Val + 'static>;

/// A JSON value as a CEL value (whole numbers are ints).
pub fn from_json(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Box::new(CelNull),
        serde_json::Value::Bool(b) => Box::new(CelBool::from(*b)),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => Box::new(CelInt::from(i)),
            None => Box::new(CelDouble::from(n.as_f64().unwrap_or(f64::NAN))),
        },
        serde_json::Value::String(s) => string(s.clone()),
        serde_json::Value::Array(a) => Box::new(CelList::from(
            a.iter().map(from_json).collect::<Vec<Value>>(),
        )),
        serde_json::Value::Object(o) => map(o.iter().map(|(k, v)| (k.clone(), from_json(v)))),
    }
}

pub fn string(s: String) -> Value {
    Box::new(CelString::from(s))
}

pub fn list(items: Vec<Value>) -> Value {
    Box::new(CelList::from(items))
}

pub fn map(entries: impl IntoIterator<Item = (String, Value)>) -> Value {
    let m: HashMap<CelMapKey<'static>, Value> = entries
        .into_iter()
        .map(|(k, v)| (CelMapKey::from(k), v))
        .collect();
    Box::new(CelMap::from(m))
}

/// A map whose absent keys are "no data" rather than an error: `metrics`
/// and `facts`.
pub fn tracked(name: &'static str, entries: impl IntoIterator<Item = (String, Value)>) -> Value {
    let m: HashMap<CelMapKey<'static>, Value> = entries
        .into_iter()
        .map(|(k, v)| (CelMapKey::from(k), v))
        .collect();
    Box::new(Tracked {
        name,
        inner: CelMap::from(m),
    })
}

#[derive(Debug, Clone)]
struct Tracked {
    name: &'static str,
    inner: CelMap<'static>,
}

impl Val for Tracked {
    fn get_type(&self) -> &ct::Type {
        &ct::MAP_TYPE
    }

    fn cel_type() -> &'static ct::Type {
        &ct::MAP_TYPE
    }

    fn as_container(&self) -> Option<&dyn Container> {
        Some(&self.inner)
    }

    fn as_indexer<'b, 'w>(&'b self) -> Option<&'b (dyn Indexer + 'w)>
    where
        Self: 'w,
    {
        Some(self)
    }

    fn into_indexer<'w>(self: Box<Self>) -> Option<Box<dyn Indexer + 'w>>
    where
        Self: 'w,
    {
        Some(self)
    }

    fn as_iterable<'b, 'w>(&'b self) -> Option<&'b (dyn Iterable + 'w)>
    where
        Self: 'w,
    {
        Some(&self.inner)
    }

    fn as_sizer(&self) -> Option<&dyn Sizer> {
        Some(&self.inner)
    }

    fn as_zeroer(&self) -> Option<&dyn Zeroer> {
        Some(&self.inner)
    }

    fn equals(&self, other: &dyn Val) -> bool {
        self.inner.equals(other)
    }

    fn clone_as_boxed<'w>(&self) -> Box<dyn Val + 'w>
    where
        Self: 'w,
    {
        Box::new(self.clone())
    }
}

impl Tracked {
    fn no_data(&self, e: ExecutionError) -> ExecutionError {
        match e {
            ExecutionError::NoSuchKey(k) => {
                ExecutionError::NoSuchKey(Arc::new(format!("{NO_DATA}{}.{k}", self.name)))
            }
            other => other,
        }
    }
}

impl Indexer for Tracked {
    fn get<'b, 'w>(&'b self, idx: &dyn Val) -> Result<CowVal<'b, 'w>, ExecutionError>
    where
        Self: 'w,
    {
        self.inner.get(idx).map_err(|e| self.no_data(e))
    }

    fn steal<'w>(self: Box<Self>, idx: &dyn Val) -> Result<Box<dyn Val + 'w>, ExecutionError>
    where
        Self: 'w,
    {
        self.get(idx).map(CowVal::into_owned)
    }
}

/// The values every entity of one catalog and day shares (built once).
pub struct Shared {
    pub capabilities: Value,
    pub today: Value,
}

/// The values of one entity.
pub struct Vars<'a> {
    pub entity: &'a Value,
    pub uses: &'a Value,
    pub team: &'a Value,
    pub services: &'a Value,
    pub exceptions: &'a Value,
    pub metrics: &'a Value,
    pub facts: &'a Value,
}

struct Resolver<'a> {
    shared: &'a Shared,
    vars: &'a Vars<'a>,
    /// `capabilities` seen through a log of what is read of it.
    caps: Option<Logged<'a>>,
}

/// What one entity's expressions read of the `capabilities` map: the
/// entries they named, or the whole map (its size, its keys, a comparison,
/// a key that is not text).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum KeyReads {
    All,
    /// Sorted, without repeats.
    Keys(Vec<String>),
}

/// Collects [`KeyReads`] while expressions run.
#[derive(Debug, Default)]
pub struct KeyLog {
    keys: std::sync::Mutex<Vec<String>>,
    all: std::sync::atomic::AtomicBool,
}

impl KeyLog {
    fn key(&self, k: &dyn Val) {
        match k.downcast_ref::<CelString>() {
            Some(s) => {
                let mut keys = self.keys.lock().unwrap_or_else(|p| p.into_inner());
                if !keys.iter().any(|x| x == s.inner()) {
                    keys.push(s.inner().to_string());
                }
            }
            None => self.whole(),
        }
    }

    fn whole(&self) {
        self.all.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// What was read.
    pub fn reads(self) -> KeyReads {
        if self.all.into_inner() {
            return KeyReads::All;
        }
        let mut keys = self.keys.into_inner().unwrap_or_else(|p| p.into_inner());
        keys.sort_unstable();
        KeyReads::Keys(keys)
    }
}

/// A map seen through a [`KeyLog`]: every way of reading it is the map's
/// own, and says what it read.
#[derive(Clone, Copy, Debug)]
struct Logged<'a> {
    inner: &'a (dyn Val + 'static),
    log: &'a KeyLog,
}

impl Val for Logged<'_> {
    fn get_type(&self) -> &ct::Type {
        self.inner.get_type()
    }

    fn cel_type() -> &'static ct::Type {
        &ct::MAP_TYPE
    }

    fn as_container(&self) -> Option<&dyn Container> {
        self.inner.as_container().map(|_| self as &dyn Container)
    }

    fn as_indexer<'b, 'w>(&'b self) -> Option<&'b (dyn Indexer + 'w)>
    where
        Self: 'w,
    {
        self.inner.as_indexer().map(|_| self as &dyn Indexer)
    }

    fn into_indexer<'w>(self: Box<Self>) -> Option<Box<dyn Indexer + 'w>>
    where
        Self: 'w,
    {
        self.inner.as_indexer()?;
        Some(self)
    }

    fn as_iterable<'b, 'w>(&'b self) -> Option<&'b (dyn Iterable + 'w)>
    where
        Self: 'w,
    {
        self.log.whole();
        self.inner.as_iterable()
    }

    fn as_sizer(&self) -> Option<&dyn Sizer> {
        self.log.whole();
        self.inner.as_sizer()
    }

    fn as_zeroer(&self) -> Option<&dyn Zeroer> {
        self.log.whole();
        self.inner.as_zeroer()
    }

    fn equals(&self, other: &dyn Val) -> bool {
        self.log.whole();
        self.inner.equals(other)
    }

    fn clone_as_boxed<'w>(&self) -> Box<dyn Val + 'w>
    where
        Self: 'w,
    {
        Box::new(*self)
    }

    /// The map itself, for the interpreter's tests of a value's type (is
    /// it an optional?): used only where every read of the map is by key
    /// ([`Expr::by_key`]), which the interpreter does through
    /// [`Indexer`] and [`Container`].
    fn as_builtin<'b, 'w>(&'b self) -> cel::common::value::BuiltinRef<'b, 'w>
    where
        Self: 'w,
    {
        self.inner.as_builtin()
    }

    fn into_builtin<'w>(self: Box<Self>) -> Option<cel::common::value::Builtin<'w>>
    where
        Self: 'w,
    {
        self.log.whole();
        self.inner.clone_as_boxed().into_builtin()
    }
}

impl Container for Logged<'_> {
    fn contains(&self, value: &dyn Val) -> Result<bool, ExecutionError> {
        self.log.key(value);
        match self.inner.as_container() {
            Some(c) => c.contains(value),
            None => Ok(false),
        }
    }
}

impl Indexer for Logged<'_> {
    fn get<'b, 'w>(&'b self, idx: &dyn Val) -> Result<CowVal<'b, 'w>, ExecutionError>
    where
        Self: 'w,
    {
        self.log.key(idx);
        match self.inner.as_indexer() {
            Some(i) => i.get(idx),
            // (Not reached: it is an indexer only when the map is one.)
            None => Err(ExecutionError::NoSuchKey(Arc::new(String::new()))),
        }
    }

    fn steal<'w>(self: Box<Self>, idx: &dyn Val) -> Result<Box<dyn Val + 'w>, ExecutionError>
    where
        Self: 'w,
    {
        self.get(idx).map(CowVal::into_owned)
    }
}

impl cel::context::VariableResolver for Resolver<'_> {
    fn resolve<'b>(&'b self, variable: &str) -> Option<CowVal<'b, 'b>> {
        let v: &'b Value = match variable {
            "capabilities" => match &self.caps {
                Some(l) => return Some(CowVal::Borrowed(l)),
                None => &self.shared.capabilities,
            },
            "today" => &self.shared.today,
            "entity" => self.vars.entity,
            "uses" => self.vars.uses,
            "team" => self.vars.team,
            "services" => self.vars.services,
            "exceptions" => self.vars.exceptions,
            "metrics" => self.vars.metrics,
            "facts" => self.vars.facts,
            _ => return None,
        };
        Some(CowVal::Borrowed(v.as_ref()))
    }
}

/// Runs expressions over one entity's values: the direct way first, the
/// interpreter (its context made when first needed) for what that does
/// not answer.
pub struct Scope<'a> {
    resolver: &'a Resolver<'a>,
    ctx: std::cell::OnceCell<Context<'a, 'a>>,
}

/// Calls `f` with a scope over `vars` (and the shared values).
pub fn with_scope<T>(shared: &Shared, vars: &Vars<'_>, f: impl FnOnce(&Scope) -> T) -> T {
    scope_of(
        Resolver {
            shared,
            vars,
            caps: None,
        },
        f,
    )
}

/// Like [`with_scope`], noting in `log` what the expressions read of
/// `capabilities`.
pub fn with_logged_scope<T>(
    shared: &Shared,
    vars: &Vars<'_>,
    log: &KeyLog,
    f: impl FnOnce(&Scope) -> T,
) -> T {
    scope_of(
        Resolver {
            shared,
            vars,
            caps: Some(Logged {
                inner: shared.capabilities.as_ref(),
                log,
            }),
        },
        f,
    )
}

fn scope_of<T>(r: Resolver<'_>, f: impl FnOnce(&Scope) -> T) -> T {
    let scope = Scope {
        resolver: &r,
        ctx: std::cell::OnceCell::new(),
    };
    let out = f(&scope);
    drop(scope);
    out
}

impl Scope<'_> {
    pub fn eval(&self, e: &Expr) -> Eval {
        match self.direct(e) {
            Some(b) => Eval::Bool(b),
            None => self.interpret(e),
        }
    }

    /// What the direct way answers, if it does.
    pub(crate) fn direct(&self, e: &Expr) -> Option<bool> {
        fast::run(e.fast.as_ref()?, self.resolver)
    }

    /// What the interpreter gives.
    pub(crate) fn interpret(&self, e: &Expr) -> Eval {
        let ctx = self.ctx.get_or_init(|| {
            let mut ctx = Context::with_env(env().clone());
            ctx.set_variable_resolver(self.resolver);
            ctx
        });
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| e.program.execute(ctx)));
        match r {
            Ok(Ok(cel::Value::Bool(b))) => Eval::Bool(b),
            Ok(Ok(other)) => {
                Eval::Error(format!("gives {} instead of a boolean", type_name(&other)))
            }
            Ok(Err(ExecutionError::NoSuchKey(k))) if k.starts_with(NO_DATA) => {
                Eval::NoData(k[NO_DATA.len()..].to_string())
            }
            Ok(Err(e)) => Eval::Error(describe(&e)),
            Err(_) => Eval::Error("the evaluation failed".into()),
        }
    }
}

fn type_name(v: &cel::Value) -> &'static str {
    match v {
        cel::Value::Int(_) => "an int",
        cel::Value::UInt(_) => "a uint",
        cel::Value::Float(_) => "a double",
        cel::Value::String(_) => "a string",
        cel::Value::Null => "null",
        cel::Value::List(_) => "a list",
        cel::Value::Map(_) => "a map",
        _ => "a value",
    }
}

fn describe(e: &ExecutionError) -> String {
    match e {
        ExecutionError::NoSuchKey(k) => format!("no such key `{k}` (check it with has())"),
        ExecutionError::UndeclaredReference(r) => format!("unknown name `{r}`"),
        other => {
            let s = other.to_string();
            let s = s.replace(NO_DATA, "");
            s.lines().next().unwrap_or_default().to_string()
        }
    }
}

/// A value as [`from_json`] gives it from the value's JSON (the same
/// maps, lists, texts, numbers and nulls), built without the JSON in
/// between; `None` for what it does not build (bytes, enum variants that
/// carry data, keys that are not text, 128-bit and 32-bit float numbers):
/// the caller then goes through JSON.
pub fn to_value<T: serde::Serialize + ?Sized>(x: &T) -> Option<Value> {
    x.serialize(direct::ValueSer).ok()
}

mod direct {
    use super::{list, map, string, CelBool, CelDouble, CelInt, CelNull, Value};
    use serde::ser::{self, Impossible, Serialize};

    /// Something [`super::to_value`] does not build.
    #[derive(Debug)]
    pub struct Unsupported;

    impl std::fmt::Display for Unsupported {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("not built directly")
        }
    }

    impl std::error::Error for Unsupported {}

    impl ser::Error for Unsupported {
        fn custom<T: std::fmt::Display>(_: T) -> Self {
            Unsupported
        }
    }

    type R = Result<Value, Unsupported>;

    pub struct ValueSer;

    pub struct Seq(Vec<Value>);

    pub struct Map {
        entries: Vec<(String, Value)>,
        key: Option<String>,
    }

    impl ser::Serializer for ValueSer {
        type Ok = Value;
        type Error = Unsupported;
        type SerializeSeq = Seq;
        type SerializeTuple = Seq;
        type SerializeTupleStruct = Seq;
        type SerializeTupleVariant = Impossible<Value, Unsupported>;
        type SerializeMap = Map;
        type SerializeStruct = Map;
        type SerializeStructVariant = Impossible<Value, Unsupported>;

        fn serialize_bool(self, v: bool) -> R {
            Ok(Box::new(CelBool::from(v)))
        }
        fn serialize_i8(self, v: i8) -> R {
            self.serialize_i64(i64::from(v))
        }
        fn serialize_i16(self, v: i16) -> R {
            self.serialize_i64(i64::from(v))
        }
        fn serialize_i32(self, v: i32) -> R {
            self.serialize_i64(i64::from(v))
        }
        fn serialize_i64(self, v: i64) -> R {
            Ok(Box::new(CelInt::from(v)))
        }
        fn serialize_u8(self, v: u8) -> R {
            self.serialize_i64(i64::from(v))
        }
        fn serialize_u16(self, v: u16) -> R {
            self.serialize_i64(i64::from(v))
        }
        fn serialize_u32(self, v: u32) -> R {
            self.serialize_i64(i64::from(v))
        }
        fn serialize_u64(self, v: u64) -> R {
            // JSON keeps it whole; as a CEL value, a double past i64.
            match i64::try_from(v) {
                Ok(i) => self.serialize_i64(i),
                Err(_) => Ok(Box::new(CelDouble::from(v as f64))),
            }
        }
        fn serialize_f32(self, _: f32) -> R {
            Err(Unsupported)
        }
        fn serialize_f64(self, v: f64) -> R {
            // JSON has no number that is not finite: null.
            if v.is_finite() {
                Ok(Box::new(CelDouble::from(v)))
            } else {
                Ok(Box::new(CelNull))
            }
        }
        fn serialize_char(self, v: char) -> R {
            Ok(string(v.to_string()))
        }
        fn serialize_str(self, v: &str) -> R {
            Ok(string(v.to_string()))
        }
        fn serialize_bytes(self, _: &[u8]) -> R {
            Err(Unsupported)
        }
        fn serialize_none(self) -> R {
            Ok(Box::new(CelNull))
        }
        fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> R {
            v.serialize(self)
        }
        fn serialize_unit(self) -> R {
            Ok(Box::new(CelNull))
        }
        fn serialize_unit_struct(self, _: &'static str) -> R {
            Ok(Box::new(CelNull))
        }
        fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R {
            Ok(string(variant.to_string()))
        }
        fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> R {
            v.serialize(self)
        }
        fn serialize_newtype_variant<T: Serialize + ?Sized>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &T,
        ) -> R {
            Err(Unsupported)
        }
        fn serialize_seq(self, len: Option<usize>) -> Result<Seq, Unsupported> {
            Ok(Seq(Vec::with_capacity(len.unwrap_or(0))))
        }
        fn serialize_tuple(self, len: usize) -> Result<Seq, Unsupported> {
            self.serialize_seq(Some(len))
        }
        fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Seq, Unsupported> {
            self.serialize_seq(Some(len))
        }
        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleVariant, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_map(self, len: Option<usize>) -> Result<Map, Unsupported> {
            Ok(Map {
                entries: Vec::with_capacity(len.unwrap_or(0)),
                key: None,
            })
        }
        fn serialize_struct(self, _: &'static str, len: usize) -> Result<Map, Unsupported> {
            self.serialize_map(Some(len))
        }
        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStructVariant, Unsupported> {
            Err(Unsupported)
        }
    }

    impl ser::SerializeSeq for Seq {
        type Ok = Value;
        type Error = Unsupported;
        fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unsupported> {
            self.0.push(v.serialize(ValueSer)?);
            Ok(())
        }
        fn end(self) -> R {
            Ok(list(self.0))
        }
    }

    impl ser::SerializeTuple for Seq {
        type Ok = Value;
        type Error = Unsupported;
        fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unsupported> {
            ser::SerializeSeq::serialize_element(self, v)
        }
        fn end(self) -> R {
            ser::SerializeSeq::end(self)
        }
    }

    impl ser::SerializeTupleStruct for Seq {
        type Ok = Value;
        type Error = Unsupported;
        fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unsupported> {
            ser::SerializeSeq::serialize_element(self, v)
        }
        fn end(self) -> R {
            ser::SerializeSeq::end(self)
        }
    }

    impl ser::SerializeMap for Map {
        type Ok = Value;
        type Error = Unsupported;
        fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<(), Unsupported> {
            self.key = Some(k.serialize(KeySer)?);
            Ok(())
        }
        fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unsupported> {
            let k = self.key.take().ok_or(Unsupported)?;
            self.entries.push((k, v.serialize(ValueSer)?));
            Ok(())
        }
        fn end(self) -> R {
            // (A repeated key: the last one holds, as in JSON's map.)
            Ok(map(self.entries))
        }
    }

    impl ser::SerializeStruct for Map {
        type Ok = Value;
        type Error = Unsupported;
        fn serialize_field<T: Serialize + ?Sized>(
            &mut self,
            key: &'static str,
            v: &T,
        ) -> Result<(), Unsupported> {
            self.entries.push((key.to_string(), v.serialize(ValueSer)?));
            Ok(())
        }
        fn end(self) -> R {
            Ok(map(self.entries))
        }
    }

    /// Serializer methods that refuse a scalar of the given type.
    macro_rules! refuse_scalars {
        ($($name:ident: $t:ty),* $(,)?) => {
            $(fn $name(self, _: $t) -> Result<String, Unsupported> {
                Err(Unsupported)
            })*
        };
    }

    /// A map's key: text only.
    struct KeySer;

    impl ser::Serializer for KeySer {
        type Ok = String;
        type Error = Unsupported;
        type SerializeSeq = Impossible<String, Unsupported>;
        type SerializeTuple = Impossible<String, Unsupported>;
        type SerializeTupleStruct = Impossible<String, Unsupported>;
        type SerializeTupleVariant = Impossible<String, Unsupported>;
        type SerializeMap = Impossible<String, Unsupported>;
        type SerializeStruct = Impossible<String, Unsupported>;
        type SerializeStructVariant = Impossible<String, Unsupported>;

        fn serialize_str(self, v: &str) -> Result<String, Unsupported> {
            Ok(v.to_string())
        }
        fn serialize_char(self, v: char) -> Result<String, Unsupported> {
            Ok(v.to_string())
        }
        fn serialize_newtype_struct<T: Serialize + ?Sized>(
            self,
            _: &'static str,
            v: &T,
        ) -> Result<String, Unsupported> {
            v.serialize(self)
        }
        // A key is text: every other scalar is refused (and read through JSON).
        refuse_scalars! {
            serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
            serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
            serialize_u64: u64, serialize_f32: f32, serialize_f64: f64, serialize_bytes: &[u8],
        }
        fn serialize_none(self) -> Result<String, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<String, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_unit(self) -> Result<String, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_unit_struct(self, _: &'static str) -> Result<String, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_unit_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
        ) -> Result<String, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_newtype_variant<T: Serialize + ?Sized>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &T,
        ) -> Result<String, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_tuple_struct(
            self,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleStruct, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleVariant, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_struct(
            self,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStruct, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStructVariant, Unsupported> {
            Err(Unsupported)
        }
    }
}
