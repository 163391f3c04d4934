//! From a tree of [`Node`]s to typed entities, with a `schema` finding for
//! every unknown field, missing field, wrong type or out-of-range value.
//!
//! An entity with an invalid or missing required value is not kept (its id is
//! still known, so references to it resolve). For lint alone it is decoded
//! again twice with stand-ins for those values ([`Placeholder`]), so that
//! its other fields are still checked. One with an invalid optional value is
//! kept, that value read as absent and the entity marked partial
//! (`Meta::partial`), so that its other fields are still checked while rules
//! about absent fields leave it alone.

use super::yaml::{Node, Value};
use crate::diag::{Diagnostic, RuleId};
use crate::model::ids::{is_allocated, is_fact_key, is_safe_url, is_slug};
use crate::model::*;
use crate::suggest::did_you_mean;
use chrono::NaiveDate;

/// The decoding state for one file.
pub struct Dec<'a> {
    pub src: &'a str,
    pub file: FileId,
    pub diags: Vec<Diagnostic>,
    ok: bool,
    /// When set, a missing or invalid required value takes its stand-in
    /// (`Some(high)`) instead of dropping the entity.
    pub stand_in: Option<bool>,
    /// A required value was missing or invalid (and `stand_in` was not set):
    /// the document is worth decoding again with stand-ins.
    pub wants_stand_ins: bool,
}

/// A mapping's known entries, in file order.
pub struct Obj<'n> {
    pub span: Span,
    pub what: &'static str,
    entries: Vec<(&'n str, &'n Node)>,
    /// Fields written without a value (null): already reported.
    nulls: Vec<&'n str>,
}

impl<'n> Obj<'n> {
    /// A present, non-null value.
    pub fn get(&self, key: &str) -> Option<&'n Node> {
        self.entries
            .iter()
            .find(|(k, v)| *k == key && v.value != Value::Null)
            .map(|(_, v)| *v)
    }

    pub fn keys(&self) -> Vec<String> {
        self.entries
            .iter()
            .filter(|(_, v)| v.value != Value::Null)
            .map(|(k, _)| (*k).to_string())
            .collect()
    }
}

/// Which id format a field holds.
#[derive(Clone, Copy)]
pub enum IdForm {
    Slug,
    Intake,
    Exception,
}

impl IdForm {
    /// `Err` with the form's description when `s` is not of the form.
    fn check(self, s: &str) -> Result<(), &'static str> {
        let ok = match self {
            IdForm::Slug => is_slug(s),
            IdForm::Intake => is_allocated(s, "INT"),
            IdForm::Exception => is_allocated(s, "EXC"),
        };
        if ok {
            Ok(())
        } else {
            Err(match self {
                IdForm::Slug => "an id is lower-case letters, digits and dashes, starting with a letter or digit, at most 63 characters",
                IdForm::Intake => "a request id is `INT-` and six Crockford base32 characters (0-9, A-Z without I, L, O, U), e.g. `INT-7K3F9Q`",
                IdForm::Exception => "an exception id is `EXC-` and six Crockford base32 characters (0-9, A-Z without I, L, O, U), e.g. `EXC-4F7Q2M`",
            })
        }
    }
}

impl<'a> Dec<'a> {
    pub fn new(src: &'a str, file: FileId) -> Self {
        Dec {
            src,
            file,
            diags: Vec::new(),
            ok: true,
            stand_in: None,
            wants_stand_ins: false,
        }
    }

    /// A required value: `v` when valid; otherwise its stand-in when
    /// decoding with stand-ins, or `None` (the entity is not kept).
    pub fn req<T: Placeholder>(&mut self, v: Option<T>, span: Span) -> Option<T> {
        if v.is_some() {
            return v;
        }
        match self.stand_in {
            Some(high) => T::placeholder(high).map(|p| p.at(span)),
            None => {
                self.wants_stand_ins = true;
                None
            }
        }
    }

    /// Starts an entity; returns the state to hand back to [`Dec::end`].
    pub fn begin(&mut self) -> bool {
        std::mem::replace(&mut self.ok, true)
    }

    /// Whether the entity being decoded has had no invalid value so far.
    pub fn is_ok(&self) -> bool {
        self.ok
    }

    /// Ends an entity: whether it decoded without an invalid value.
    pub fn end(&mut self, saved: bool) -> bool {
        std::mem::replace(&mut self.ok, saved)
    }

    pub fn finding(&mut self, rule: RuleId, span: Span, msg: String, help: Option<String>) {
        self.diags
            .push(Diagnostic::new(rule, self.file, span, msg).help_opt(help));
    }

    /// An invalid value: reported, and the entity is not kept.
    pub fn bad(&mut self, span: Span, msg: String) {
        self.ok = false;
        self.finding(RuleId::Schema, span, msg, None);
    }

    fn bad_help(&mut self, span: Span, msg: String, help: String) {
        self.ok = false;
        self.finding(RuleId::Schema, span, msg, Some(help));
    }

    /// A mapping with `known` fields (and `labels`, free-form everywhere).
    pub fn obj<'n>(
        &mut self,
        node: &'n Node,
        what: &'static str,
        known: &[&str],
    ) -> Option<Obj<'n>> {
        let Value::Map(m) = &node.value else {
            self.bad(
                node.span,
                format!(
                    "{what} must be a mapping of fields, found {}",
                    node.type_name()
                ),
            );
            return None;
        };
        let mut entries = Vec::with_capacity(m.len());
        let mut nulls = Vec::new();
        for (k, v) in m {
            let Value::Str(key) = &k.value else {
                self.bad(
                    k.span,
                    format!(
                        "a field name in {what} must be a string, found {}",
                        k.type_name()
                    ),
                );
                continue;
            };
            if known.contains(&key.as_str()) || key == "labels" {
                if v.value == Value::Null {
                    self.null_value(k, key);
                    nulls.push(key.as_str());
                }
                entries.push((key.as_str(), v));
            } else {
                let help = did_you_mean(key, known.iter().copied().chain(["labels"]))
                    .or_else(|| Some(format!("the fields of {what} are: {}", known.join(", "))));
                self.finding(
                    RuleId::Schema,
                    k.span,
                    format!("unknown field `{key}` in {what}"),
                    help,
                );
            }
        }
        Some(Obj {
            span: node.span,
            what,
            entries,
            nulls,
        })
    }

    /// A field written without a value: YAML reads it as null, which no
    /// field takes. When an unquoted `#` swallowed the value, say so.
    fn null_value(&mut self, k: &Node, key: &str) {
        if let Some(hash) = super::parse::comment_after_key(self.src, k) {
            let word: String = self.src[hash..]
                .chars()
                .take_while(|c| !c.is_whitespace())
                .collect();
            let span = super::parse::span_after(self.src, k.span, hash, word.len());
            self.ok = false;
            self.finding(
                RuleId::NullFromComment,
                span,
                format!(
                    "`{key}` is empty: the unquoted `#` makes `{word}` a comment, not its value"
                ),
                Some(format!("quote the value: `{key}: \"{word}\"`")),
            );
            return;
        }
        self.bad_help(
            k.span,
            format!("`{key}` has no value (YAML reads an empty value as null)"),
            format!("give `{key}` a value, or remove the line"),
        );
    }

    fn missing(&mut self, o: &Obj, key: &str) {
        if o.nulls.contains(&key) {
            // Written without a value: reported as such, not as missing.
            self.ok = false;
            return;
        }
        self.bad(
            o.span,
            format!("{} lacks the required field `{key}`", o.what),
        );
    }

    /// A scalar as written: numbers and booleans as their text (for labels,
    /// which take any scalar).
    fn scalar_text(&mut self, n: &Node, key: &str) -> Option<String> {
        match &n.value {
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                let (a, b) = (
                    n.span.offset as usize,
                    (n.span.offset + n.span.len) as usize,
                );
                Some(self.src.get(a..b).unwrap_or_default().to_string())
            }
            _ => self.text(n, key),
        }
    }

    /// A text value. A number or a boolean is refused, not turned into text:
    /// `version: 1.10` would otherwise read as `1.1`, and editors checking
    /// the JSON Schemas refuse it too.
    pub fn text(&mut self, n: &Node, key: &str) -> Option<String> {
        match &n.value {
            Value::Str(s) => Some(s.clone()),
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                let (a, b) = (
                    n.span.offset as usize,
                    (n.span.offset + n.span.len) as usize,
                );
                let written = self.src.get(a..b).unwrap_or_default().to_string();
                self.bad_help(
                    n.span,
                    format!("`{key}` must be text, found {}", n.type_name()),
                    format!("quote it to make it text: `{key}: \"{written}\"`"),
                );
                None
            }
            _ => {
                self.bad(
                    n.span,
                    format!("`{key}` must be text, found {}", n.type_name()),
                );
                None
            }
        }
    }

    pub fn opt_str(&mut self, o: &Obj, key: &str) -> Option<Sp<String>> {
        let n = o.get(key)?;
        let s = self.text(n, key)?;
        if s.trim().is_empty() {
            self.bad(n.span, format!("`{key}` must not be empty"));
            return None;
        }
        Some(Sp::new(s, n.span))
    }

    pub fn opt_string(&mut self, o: &Obj, key: &str) -> Option<String> {
        self.opt_str(o, key).map(|s| s.value)
    }

    pub fn req_str(&mut self, o: &Obj, key: &str) -> Option<Sp<String>> {
        if o.get(key).is_none() {
            self.missing(o, key);
            return None;
        }
        self.opt_str(o, key)
    }

    fn check_id(&mut self, s: Sp<String>, key: &str, form: IdForm) -> Option<Sp<String>> {
        match form.check(&s.value) {
            Ok(()) => Some(s),
            Err(why) => {
                self.bad_help(
                    s.span,
                    format!("`{key}` `{}` is not a valid id", s.value),
                    why.to_string(),
                );
                None
            }
        }
    }

    pub fn req_id(&mut self, o: &Obj, key: &str, form: IdForm) -> Option<Sp<String>> {
        let s = self.req_str(o, key)?;
        self.check_id(s, key, form)
    }

    pub fn opt_id(&mut self, o: &Obj, key: &str, form: IdForm) -> Option<Sp<String>> {
        let s = self.opt_str(o, key)?;
        self.check_id(s, key, form)
    }

    pub fn id_list(&mut self, o: &Obj, key: &str, form: IdForm) -> Vec<Sp<String>> {
        let mut out = Vec::new();
        for n in self.list(o, key) {
            if let Some(s) = self.text(n, key) {
                if let Some(s) = self.check_id(Sp::new(s, n.span), key, form) {
                    out.push(s);
                }
            }
        }
        out
    }

    /// A sequence (a missing one is empty).
    pub fn list<'n>(&mut self, o: &Obj<'n>, key: &str) -> &'n [Node] {
        match o.get(key) {
            None => &[],
            Some(n) => match &n.value {
                Value::Seq(v) => v,
                _ => {
                    self.bad(
                        n.span,
                        format!("`{key}` must be a list, found {}", n.type_name()),
                    );
                    &[]
                }
            },
        }
    }

    fn date_of(&mut self, n: &Node, key: &str) -> Option<Sp<NaiveDate>> {
        let s = self.text(n, key)?;
        match parse_date(&s) {
            Some(d) => Some(Sp::new(d, n.span)),
            None => {
                self.bad_help(
                    n.span,
                    format!("`{key}` `{s}` is not a date"),
                    "dates are written YYYY-MM-DD, e.g. 2026-11-27".into(),
                );
                None
            }
        }
    }

    pub fn opt_date(&mut self, o: &Obj, key: &str) -> Option<Sp<NaiveDate>> {
        let n = o.get(key)?;
        self.date_of(n, key)
    }

    pub fn req_date(&mut self, o: &Obj, key: &str) -> Option<Sp<NaiveDate>> {
        match o.get(key) {
            Some(n) => self.date_of(n, key),
            None => {
                self.missing(o, key);
                None
            }
        }
    }

    pub fn opt_quarter(&mut self, o: &Obj, key: &str) -> Option<Sp<Quarter>> {
        let n = o.get(key)?;
        let s = self.text(n, key)?;
        match Quarter::parse(&s) {
            Some(q) => Some(Sp::new(q, n.span)),
            None => {
                self.bad_help(
                    n.span,
                    format!("`{key}` `{s}` is not a quarter"),
                    "quarters are written YYYY-Qn, e.g. 2026-Q4".into(),
                );
                None
            }
        }
    }

    pub fn req_period(&mut self, o: &Obj, key: &str) -> Option<Sp<Period>> {
        let Some(n) = o.get(key) else {
            self.missing(o, key);
            return None;
        };
        let s = self.text(n, key)?;
        match Period::parse(&s) {
            Some(p) => Some(Sp::new(p, n.span)),
            None => {
                self.bad_help(
                    n.span,
                    format!("`{key}` `{s}` is not a period"),
                    "a period is a quarter (2026-Q4) or a month (2026-11)".into(),
                );
                None
            }
        }
    }

    /// An enum value; `default` when absent (required when `default` is None).
    pub fn enum_val<E: Copy>(
        &mut self,
        o: &Obj,
        key: &str,
        parse: fn(&str) -> Option<E>,
        names: &[&str],
        default: Option<E>,
    ) -> Option<Sp<E>> {
        let Some(n) = o.get(key) else {
            if default.is_none() {
                self.missing(o, key);
            }
            return default.map(|d| Sp::new(d, o.span));
        };
        let s = self.text(n, key)?;
        match parse(&s) {
            Some(v) => Some(Sp::new(v, n.span)),
            None => {
                let help = did_you_mean(&s, names.iter().copied())
                    .map(|h| format!("{h} (one of {})", names.join(", ")))
                    .unwrap_or_else(|| format!("one of {}", names.join(", ")));
                self.bad_help(n.span, format!("`{key}` `{s}` is not a valid value"), help);
                None
            }
        }
    }

    pub fn opt_num(&mut self, o: &Obj, key: &str) -> Option<Sp<f64>> {
        let n = o.get(key)?;
        match n.value {
            Value::Int(i) => Some(Sp::new(i as f64, n.span)),
            Value::Float(f) if f.is_finite() => Some(Sp::new(f, n.span)),
            _ => {
                self.bad(
                    n.span,
                    format!("`{key}` must be a number, found {}", n.type_name()),
                );
                None
            }
        }
    }

    pub fn opt_int(&mut self, o: &Obj, key: &str) -> Option<Sp<i64>> {
        let n = o.get(key)?;
        match n.value {
            Value::Int(i) => Some(Sp::new(i, n.span)),
            // `2.0` is the whole number 2, as JSON Schema (and editors) read it.
            Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => {
                Some(Sp::new(f as i64, n.span))
            }
            _ => {
                self.bad(
                    n.span,
                    format!("`{key}` must be a whole number, found {}", n.type_name()),
                );
                None
            }
        }
    }

    /// A number that must satisfy `ok`; `why` says the allowed range.
    pub fn num_in(
        &mut self,
        o: &Obj,
        key: &str,
        ok: impl Fn(f64) -> bool,
        why: &str,
    ) -> Option<Sp<f64>> {
        let v = self.opt_num(o, key)?;
        if ok(v.value) {
            Some(v)
        } else {
            self.bad(
                v.span,
                format!("`{key}` {} is out of range: {why}", fmt_num(v.value)),
            );
            None
        }
    }

    pub fn int_in(&mut self, o: &Obj, key: &str, lo: i64, hi: i64) -> Option<Sp<i64>> {
        let v = self.opt_int(o, key)?;
        if (lo..=hi).contains(&v.value) {
            Some(v)
        } else {
            self.bad(
                v.span,
                format!("`{key}` {} is out of range: {lo}..{hi}", v.value),
            );
            None
        }
    }

    pub fn opt_bool(&mut self, o: &Obj, key: &str) -> Option<bool> {
        let n = o.get(key)?;
        match n.value {
            Value::Bool(b) => Some(b),
            _ => {
                self.bad(
                    n.span,
                    format!("`{key}` must be true or false, found {}", n.type_name()),
                );
                None
            }
        }
    }

    /// A URL that may become a link: `http`, `https` or `mailto` only. Any
    /// other is a `schema` finding, but the entity is kept with the text as
    /// written: renderers check [`is_safe_url`] and show it as plain text.
    pub fn opt_url(&mut self, o: &Obj, key: &str) -> Option<Sp<String>> {
        let s = self.opt_str(o, key)?;
        if !is_safe_url(&s.value) {
            self.finding(
                RuleId::Schema,
                s.span,
                format!("`{key}` is not an http, https or mailto URL"),
                Some("only http://, https:// and mailto: links are allowed; platctl never renders another scheme (javascript:, data:, file:) as a link".into()),
            );
        }
        Some(s)
    }

    /// `facts`: slug keys (with `_`) to text, numbers or booleans; a date is
    /// kept as its `YYYY-MM-DD` text.
    pub fn facts(&mut self, o: &Obj) -> Facts {
        let mut out = Facts::new();
        let Some(n) = o.get("facts") else {
            return out;
        };
        let Value::Map(m) = &n.value else {
            self.bad(
                n.span,
                format!(
                    "`facts` must be a mapping of names to values, found {}",
                    n.type_name()
                ),
            );
            return out;
        };
        for (k, v) in m {
            let key = match &k.value {
                Value::Str(k) if is_fact_key(k) => k.clone(),
                _ => {
                    let shown = self.text(k, "facts").unwrap_or_default();
                    self.bad_help(
                        k.span,
                        format!("`facts` key `{shown}` is not a valid name"),
                        "a fact's name is lower-case letters, digits, `-` and `_`, starting with a letter or digit, at most 63 characters".into(),
                    );
                    continue;
                }
            };
            let value = match &v.value {
                Value::Bool(b) => Fact::Bool(*b),
                Value::Int(i) => Fact::Int(*i),
                Value::Float(f) if f.is_finite() => Fact::Float(*f),
                Value::Str(t) => Fact::Text(t.clone()),
                _ => {
                    self.bad(
                        v.span,
                        format!(
                            "fact `{key}` must be text, a number, a boolean or a date, found {}",
                            v.type_name()
                        ),
                    );
                    continue;
                }
            };
            out.insert(key, value);
        }
        out
    }

    /// `labels`: a map of string to string.
    pub fn labels(&mut self, o: &Obj) -> Labels {
        let mut out = Labels::new();
        let Some(n) = o.get("labels") else {
            return out;
        };
        let Value::Map(m) = &n.value else {
            self.finding(
                RuleId::Schema,
                n.span,
                format!(
                    "`labels` must be a mapping of text to text, found {}",
                    n.type_name()
                ),
                None,
            );
            return out;
        };
        for (k, v) in m {
            match (&k.value, &v.value) {
                (
                    Value::Str(k),
                    Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_),
                ) => {
                    if let Some(t) = self.scalar_text(v, k) {
                        out.insert(k.clone(), t);
                    }
                }
                _ => self.finding(
                    RuleId::Schema,
                    v.span,
                    "a label must map text to text".to_string(),
                    None,
                ),
            }
        }
        out
    }
}

pub fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

macro_rules! entity_enum {
    ($($v:ident, $dir:literal, $noun:literal, $ty:ident, $table:ident;)*) => {
        /// What one document decodes to.
        #[derive(Clone)]
        pub enum Entity {
            $($v($ty),)*
        }

        impl Entity {
            pub fn kind(&self) -> Kind {
                match self {
                    $(Entity::$v(_) => Kind::$v,)*
                }
            }
        }
    };
}
crate::model::kind::for_each_kind!(entity_enum);

impl Entity {
    /// The index of the entity's table in a catalog ([`Kind::slot`]).
    pub fn slot(&self) -> usize {
        self.kind().slot().unwrap_or_default()
    }
}
