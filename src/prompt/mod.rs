//! Flags or questions: every value a command needs comes from its flag or,
//! on a terminal and without `--yes`, from a question (inquire). Nothing is
//! ever asked without a terminal: a missing required flag is an error that
//! names every missing flag at once.
//!
//! One check function serves both paths, so a value typed at the prompt and
//! the same value given as a flag are judged alike (and refused with the
//! same "did you mean").
//!
//! This is the one place that reads the terminal; what it says between
//! questions goes through the [`Console`] it is given. The questions of
//! each `new` command, with the flags that answer them, are a form in its
//! own file here, which returns the answers as a draft for `ops`.

pub mod capability;
pub mod deprecation;
pub mod exception;
pub mod intake;
pub mod roadmap;
pub mod service;
pub mod team;

use crate::lifecycle::input::{date_check, one_line, to_date};
use crate::output::style::Style;
use anyhow::{anyhow, bail, Result};
use inquire::validator::Validation;
use inquire::InquireError;

/// A check on one answer: `Ok`, or what is wrong with it (a suggestion included).
pub type Check<'a> = &'a dyn Fn(&str) -> Result<(), String>;

/// One question, and the flag that answers it without asking.
#[derive(Clone, Copy)]
pub struct Question<'a> {
    /// The flag, e.g. `--team`: named in errors.
    pub flag: &'a str,
    pub label: &'a str,
    pub help: Option<&'a str>,
    /// Used when the answer is empty, and when nothing may be asked.
    pub default: Option<&'a str>,
    pub check: Option<Check<'a>>,
    /// Completions offered while typing (ids, names).
    pub suggestions: &'a [String],
}

impl<'a> Question<'a> {
    pub fn new(flag: &'a str, label: &'a str) -> Self {
        Question {
            flag,
            label,
            help: None,
            default: None,
            check: None,
            suggestions: &[],
        }
    }
    pub fn help(mut self, h: &'a str) -> Self {
        self.help = Some(h);
        self
    }
    pub fn default(mut self, d: &'a str) -> Self {
        self.default = Some(d);
        self
    }
    pub fn default_opt(mut self, d: Option<&'a str>) -> Self {
        self.default = d;
        self
    }
    pub fn check(mut self, c: Check<'a>) -> Self {
        self.check = Some(c);
        self
    }
    pub fn suggest(mut self, s: &'a [String]) -> Self {
        self.suggestions = s;
        self
    }

    /// Checks a value given as a flag: an error names the flag and the value.
    fn check_flag(&self, v: &str) -> Result<()> {
        match self.check.map(|c| c(v)) {
            // The value quoted on one line: it may be the very line break
            // the check refuses.
            Some(Err(why)) => bail!(
                "{} `{}`: {why}",
                self.flag,
                crate::output::safe::term_line(v)
            ),
            _ => Ok(()),
        }
    }

    /// The answer when nothing is asked: the default, else an error naming the flag.
    fn unasked(&self) -> Result<String> {
        self.default
            .map(str::to_string)
            .ok_or_else(|| anyhow!("missing {}", self.flag))
    }
}

/// What the questions need of the command line: whether stdin and stderr
/// are terminals, how stderr is coloured, and a way to say a remark there.
pub trait Console {
    /// Stdin and stderr are both terminals.
    fn can_ask(&self) -> bool;
    /// Colour on stderr.
    fn err_style(&self) -> Style;
    /// A remark on stderr (silenced by -q).
    fn say(&self, s: &str);
    /// A warning on stderr, even with -q.
    fn warn(&self, s: &str);
    /// The width tables are laid out for (none when stdout is no terminal).
    fn width(&self) -> Option<u16>;
}

/// Asks, or not, for one command run.
pub struct Prompter {
    interactive: bool,
}

/// inquire's errors, as a person should read them.
fn asked<T>(r: Result<T, InquireError>) -> Result<T> {
    r.map_err(|e| match e {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => {
            anyhow!("cancelled; nothing was written")
        }
        InquireError::NotTTY => {
            anyhow!("there is no terminal to ask on; give the values as flags (see --help)")
        }
        other => anyhow!("cannot ask: {other}"),
    })
}

impl Prompter {
    /// Asks only when stdin and stderr are terminals and `--yes` was not given.
    /// Questions are plain (no colour) when stderr gets no colour
    /// (`NO_COLOR`, `--color never`).
    pub fn new(term: &dyn Console, yes: bool) -> Prompter {
        let interactive = term.can_ask() && !yes;
        if interactive && !term.err_style().color {
            inquire::set_global_render_config(inquire::ui::RenderConfig::empty());
        }
        Prompter { interactive }
    }

    /// A prompter that never asks (tests, scripts).
    pub fn never() -> Prompter {
        Prompter { interactive: false }
    }

    pub fn interactive(&self) -> bool {
        self.interactive
    }

    /// On a terminal, the line that opens a `new` command's questions:
    /// "New `what` — Esc cancels; nothing is written before the last question."
    pub fn intro(&self, term: &dyn Console, what: &str) {
        if self.interactive {
            term.say(&term.err_style().bold(&format!(
                "New {what} — Esc cancels; nothing is written before the last question."
            )));
        }
    }

    /// When nothing may be asked: fails naming every required flag not given,
    /// in one message. On a terminal: nothing (the questions will ask).
    pub fn require(&self, flags: &[(&str, bool)]) -> Result<()> {
        if self.interactive {
            return Ok(());
        }
        let missing: Vec<&str> = flags
            .iter()
            .filter(|(_, given)| !given)
            .map(|(f, _)| *f)
            .collect();
        match missing.len() {
            0 => Ok(()),
            1 => bail!(
                "missing {} (nothing is asked without a terminal, or with --yes)",
                missing[0]
            ),
            _ => bail!(
                "missing {} (nothing is asked without a terminal, or with --yes)",
                missing.join(", ")
            ),
        }
    }

    /// A required text: the flag, else the answer, else the default.
    pub fn text(&self, given: Option<String>, q: &Question) -> Result<String> {
        match self.optional_inner(given, q, true)? {
            Some(v) => Ok(v),
            None => bail!("missing {}", q.flag),
        }
    }

    /// An optional text: an empty answer is none.
    pub fn optional(&self, given: Option<String>, q: &Question) -> Result<Option<String>> {
        self.optional_inner(given, q, false)
    }

    fn optional_inner(
        &self,
        given: Option<String>,
        q: &Question,
        required: bool,
    ) -> Result<Option<String>> {
        if let Some(v) = given {
            let v = v.trim().to_string();
            if v.is_empty() {
                if required {
                    bail!("{} is empty: give a value", q.flag);
                }
                return Ok(None);
            }
            q.check_flag(&v)?;
            return Ok(Some(v));
        }
        if !self.interactive {
            return Ok(q.default.map(str::to_string));
        }
        let check = q.check;
        let validator = move |s: &str| -> Result<Validation, inquire::CustomUserError> {
            let s = s.trim();
            if s.is_empty() {
                return Ok(if required {
                    Validation::Invalid("an answer is required".into())
                } else {
                    Validation::Valid
                });
            }
            Ok(match check.map(|c| c(s)) {
                Some(Err(why)) => Validation::Invalid(why.into()),
                _ => Validation::Valid,
            })
        };
        let suggestions = q.suggestions;
        let complete = move |input: &str| -> Result<Vec<String>, inquire::CustomUserError> {
            let i = input.trim().to_lowercase();
            Ok(suggestions
                .iter()
                .filter(|s| s.to_lowercase().contains(&i))
                .take(50)
                .cloned()
                .collect())
        };
        let mut t = inquire::Text::new(q.label).with_validator(validator);
        if let Some(h) = q.help {
            t = t.with_help_message(h);
        }
        if let Some(d) = q.default {
            t = t.with_default(d);
        }
        if !suggestions.is_empty() {
            t = t.with_autocomplete(complete).with_page_size(7);
        }
        let v = asked(t.prompt())?.trim().to_string();
        Ok((!v.is_empty()).then_some(v))
    }

    /// One of `choices`: a flag must name one (with "did you mean"); on a
    /// terminal, a list with the default under the cursor (type to filter).
    pub fn select(&self, given: Option<String>, q: &Question, choices: &[&str]) -> Result<String> {
        if let Some(v) = given {
            let v = v.trim().to_string();
            if !choices.contains(&v.as_str()) {
                let hint = crate::suggest::did_you_mean(&v, choices.iter().copied())
                    .unwrap_or_else(|| format!("one of {}", choices.join(", ")));
                bail!("{} `{v}` is not allowed: {hint}", q.flag);
            }
            return Ok(v);
        }
        if !self.interactive {
            return q.unasked();
        }
        let start = q
            .default
            .and_then(|d| choices.iter().position(|c| *c == d))
            .unwrap_or(0);
        let mut s = inquire::Select::new(q.label, choices.to_vec())
            .with_starting_cursor(start)
            .with_page_size(8);
        if let Some(h) = q.help {
            s = s.with_help_message(h);
        }
        Ok(asked(s.prompt())?.to_string())
    }

    /// Several lines of prose, one line per answer; an empty line ends it.
    pub fn lines(&self, given: Option<String>, q: &Question) -> Result<String> {
        if let Some(v) = given {
            let v = v.trim_end().to_string();
            if v.trim().is_empty() {
                bail!("{} is empty: give a value", q.flag);
            }
            q.check_flag(&v)?;
            return Ok(v);
        }
        if !self.interactive {
            return q.unasked();
        }
        let help = q
            .help
            .unwrap_or("one line at a time; an empty line ends the text");
        let first = asked(
            inquire::Text::new(q.label)
                .with_help_message(help)
                .with_validator(|s: &str| {
                    Ok(if s.trim().is_empty() {
                        Validation::Invalid("an answer is required".into())
                    } else {
                        Validation::Valid
                    })
                })
                .prompt(),
        )?;
        let mut out = vec![first.trim_end().to_string()];
        loop {
            let more = asked(
                inquire::Text::new("...")
                    .with_help_message("an empty line ends the text")
                    .prompt(),
            )?;
            if more.trim().is_empty() {
                break;
            }
            out.push(more.trim_end().to_string());
        }
        Ok(out.join("\n"))
    }

    /// Yes or no. Without a terminal (or with `--yes`) the answer is yes.
    pub fn confirm(&self, label: &str, default: bool) -> Result<bool> {
        if !self.interactive {
            return Ok(true);
        }
        asked(inquire::Confirm::new(label).with_default(default).prompt())
    }
}

/// A check that a new id is a slug that `taken` does not hold.
pub fn new_slug<'a>(
    noun: &'a str,
    taken: &'a [String],
) -> impl Fn(&str) -> Result<(), String> + 'a {
    new_slug_like(noun, taken, "payments-api")
}

/// [`new_slug`], with the example id its refusal shows.
pub fn new_slug_like<'a>(
    noun: &'a str,
    taken: &'a [String],
    example: &'a str,
) -> impl Fn(&str) -> Result<(), String> + 'a {
    move |s: &str| {
        if !crate::model::ids::is_slug(s) {
            return Err(format!(
                "an id is lowercase letters, digits and dashes, e.g. {example}"
            ));
        }
        if taken.iter().any(|t| t == s) {
            return Err(format!("{noun} `{s}` exists already; choose another id"));
        }
        Ok(())
    }
}

/// The id of a new entity of `kind`, named after `name` by default: a slug
/// no entity of its kind has, whether given or answered.
pub fn ask_new_id(
    cat: &crate::catalog::Catalog,
    p: &Prompter,
    given: Option<String>,
    kind: crate::catalog::Kind,
    name: &str,
) -> Result<String> {
    let taken: Vec<String> = cat.ids_of(kind).into_iter().map(str::to_string).collect();
    ask_id_among(p, given, kind.noun(), &taken, "payments-api", name)
}

/// [`ask_new_id`] among the ids `taken`, with the example its refusal shows.
pub fn ask_id_among(
    p: &Prompter,
    given: Option<String>,
    noun: &str,
    taken: &[String],
    example: &str,
    name: &str,
) -> Result<String> {
    let id_ok = new_slug_like(noun, taken, example);
    let proposed = crate::lifecycle::fields::slug_of(name);
    ask_id(p, given, &proposed, &id_ok)
}

/// `--id`, or asked with `proposed` as the default (none when empty), then
/// checked by `id_ok` whichever way it came; a refusal quotes the id on
/// one line.
pub fn ask_id(
    p: &Prompter,
    given: Option<String>,
    proposed: &str,
    id_ok: Check<'_>,
) -> Result<String> {
    let id = p.text(
        given,
        &Question::new("--id", "Id:")
            .default_opt((!proposed.is_empty()).then_some(proposed))
            .check(id_ok),
    )?;
    if let Err(why) = id_ok(&id) {
        anyhow::bail!("--id `{}`: {why}", crate::output::safe::term_line(&id));
    }
    Ok(id)
}

/// A check that `s` is one of `known` ids of a kind (`noun`), with the closest
/// one suggested when it is not.
pub fn known_id<'a>(
    noun: &'a str,
    known: &'a [String],
) -> impl Fn(&str) -> Result<(), String> + 'a {
    move |s: &str| {
        if known.iter().any(|k| k == s) {
            return Ok(());
        }
        match crate::suggest::closest(s, known.iter().map(String::as_str)) {
            Some(c) => Err(format!(
                "no {noun} `{s}` in the catalog; did you mean `{c}`?"
            )),
            None if known.is_empty() => Err(format!("the catalog has no {noun} yet")),
            None => Err(format!(
                "no {noun} `{s}` in the catalog (known: {})",
                shortlist(known)
            )),
        }
    }
}

fn shortlist(known: &[String]) -> String {
    let mut v: Vec<&str> = known.iter().map(String::as_str).take(6).collect();
    if known.len() > 6 {
        v.push("…");
    }
    v.join(", ")
}

/// A check that `s` is a number accepted by `ok`; `what` says what is expected.
pub fn number<'a>(
    ok: &'a dyn Fn(f64) -> bool,
    what: &'a str,
) -> impl Fn(&str) -> Result<(), String> + 'a {
    move |s: &str| match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && ok(v) => Ok(()),
        _ => Err(format!("expected {what}")),
    }
}

/// Ids sorted and deduplicated, for choices and "did you mean".
pub fn sorted_ids<'a>(it: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut v: Vec<String> = it.map(str::to_string).collect();
    v.sort();
    v.dedup();
    v
}

pub use crate::output::fmt::indent;

impl Prompter {
    /// A required id among `known`, a `noun`'s ids: completed while typing,
    /// refused with the closest one suggested.
    pub fn known(
        &self,
        given: Option<String>,
        q: Question,
        noun: &str,
        known: &[String],
    ) -> Result<String> {
        let check = known_id(noun, known);
        self.text(given, &q.check(&check).suggest(known))
    }

    /// `--owner`: the owning team, one of the catalog's teams.
    pub fn owning_team(
        &self,
        cat: &crate::catalog::Catalog,
        given: Option<String>,
    ) -> Result<String> {
        let teams = sorted_ids(cat.teams.iter().map(|t| t.id.value.as_str()));
        self.known(
            given,
            Question::new("--owner", "Owning team:")
                .help("a team id; type to filter, Tab completes"),
            "team",
            &teams,
        )
    }

    /// [`Prompter::known`] for an optional id: an empty answer is none.
    pub fn known_opt(
        &self,
        given: Option<String>,
        q: Question,
        noun: &str,
        known: &[String],
    ) -> Result<Option<String>> {
        let check = known_id(noun, known);
        self.optional(given, &q.check(&check).suggest(known))
    }
}

impl Prompter {
    /// On a terminal, shows the file about to be written and asks to go on;
    /// elsewhere, goes on. False means the person said no (nothing written).
    pub fn preview_and_confirm(&self, term: &dyn Console, path: &str, text: &str) -> Result<bool> {
        if !self.interactive() {
            return Ok(true);
        }
        term.say(&format!(
            "\n{}\n{}",
            term.err_style().bold(&format!("{path}:")),
            indent(text)
        ));
        if self.confirm(&format!("Write {path}?"), true)? {
            Ok(true)
        } else {
            term.say("nothing was written");
            Ok(false)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_checked_and_missing_ones_named_together() {
        let p = Prompter::never();
        let err = p
            .require(&[("--title", false), ("--team", true), ("--problem", false)])
            .expect_err("missing");
        assert!(
            err.to_string().contains("missing --title, --problem"),
            "{err}"
        );
        assert!(p.require(&[("--title", true)]).is_ok());
        let teams = vec!["team-devex".to_string(), "team-data".to_string()];
        let check = known_id("team", &teams);
        let q = Question::new("--team", "Team").check(&check);
        let err = p.text(Some("team-devx".into()), &q).expect_err("unknown");
        assert_eq!(
            err.to_string(),
            "--team `team-devx`: no team `team-devx` in the catalog; did you mean `team-devex`?"
        );
        assert_eq!(
            p.text(Some("team-data".into()), &q).expect("known"),
            "team-data"
        );
        let q = Question::new("--reach", "Reach").default("1");
        assert_eq!(p.text(None, &q).expect("default"), "1");
        assert_eq!(
            p.optional(None, &Question::new("--x", "X")).expect("none"),
            None
        );
        let err = p
            .select(
                Some("hihg".into()),
                &Question::new("--urgency", "U"),
                &["low", "high"],
            )
            .expect_err("bad");
        assert!(err.to_string().contains("did you mean `high`?"), "{err}");
        let ok = |v: f64| v > 0.0 && v <= 1.0;
        let c = number(&ok, "a number above 0 and at most 1");
        assert!(c("0.8").is_ok() && c("0").is_err() && c("x").is_err() && c("NaN").is_err());
    }
}
