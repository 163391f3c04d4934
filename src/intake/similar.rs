//! Duplicate candidates: TF-IDF cosine similarity over word stems.
//!
//! Each request is a document made of its title (counted twice: a title is
//! the densest statement of what is asked) and its problem text. Words are
//! lower-cased, common English words dropped, and the rest reduced to a stem
//! by a small suffix stripper, so that "deploys", "deployed" and "deploying"
//! count as one word. Weights are sublinear term frequency times smoothed
//! inverse document frequency; the score is the cosine of two weight
//! vectors, in 0..1. Pure: no I/O, deterministic (ordered maps, fixed sums).

use std::collections::BTreeMap;

/// Below this score a request is not shown as a candidate. Measured on the
/// demo catalog: every pair of unrelated requests scores under 0.2 (most
/// under 0.1), its known duplicate pair 0.26, and a rephrasing of one
/// request 0.3 to 0.7.
pub const THRESHOLD: f64 = 0.2;

/// From this score a candidate is likely the same request: filing anyway
/// is no longer the default answer. Rephrasings of one request score 0.3
/// to 0.7 on the demo catalog, unrelated pairs under 0.2.
pub const LIKELY: f64 = 0.4;

/// One document: an id, a title and a body.
#[derive(Clone, Copy, Debug)]
pub struct Doc<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    /// The capability the request is about: two requests about the same
    /// capability are more alike than their words alone say.
    pub capability: Option<&'a str>,
}

/// A candidate and its score (0..1).
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    pub id: String,
    pub score: f64,
}

const STOP: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "before", "being", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing",
    "each", "for", "from", "get", "gets", "got", "had", "has", "have", "having", "he", "her",
    "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "may", "me",
    "more", "most", "much", "must", "my", "need", "needs", "no", "nobody", "not", "now", "of",
    "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "per",
    "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "those", "through", "to", "too", "two", "under", "until",
    "up", "us", "very", "via", "want", "wants", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "whom", "why", "will", "with", "without", "would", "you", "your",
];

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

fn has_vowel(s: &str) -> bool {
    s.bytes().any(is_vowel)
}

/// A small Porter-style suffix stripper: plurals, -ed/-ing, a few derivational
/// endings, a final -e. Enough to make inflections of one word meet.
pub fn stem(word: &str) -> String {
    let mut w = word.to_string();
    if !w.is_ascii() || w.len() <= 3 {
        return w;
    }
    // Plurals.
    if let Some(s) = w.strip_suffix("sses") {
        w = format!("{s}ss");
    } else if let Some(s) = w.strip_suffix("ies") {
        w = format!("{s}y");
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.pop();
    }
    // -ed, -ing, when a vowel stays in front of them.
    for suf in ["ing", "ed"] {
        if let Some(s) = w.strip_suffix(suf) {
            if s.len() >= 3 && has_vowel(s) {
                w = s.to_string();
                let b = w.as_bytes();
                let n = b.len();
                // running -> run, but not fill -> fil or pass -> pas.
                if n >= 2
                    && b[n - 1] == b[n - 2]
                    && !is_vowel(b[n - 1])
                    && !matches!(b[n - 1], b'l' | b's' | b'z')
                {
                    w.pop();
                }
                break;
            }
        }
    }
    // A few derivational endings.
    for (suf, rep) in [
        ("ization", "ize"),
        ("isation", "ize"),
        ("ational", "ate"),
        ("ation", "ate"),
        ("ness", ""),
        ("ment", ""),
        ("ly", ""),
    ] {
        if let Some(s) = w.strip_suffix(suf) {
            if s.len() >= 4 {
                w = format!("{s}{rep}");
                break;
            }
        }
    }
    if w.len() > 4 && w.ends_with('e') {
        w.pop();
    }
    if w.len() > 4 && w.ends_with("er") && has_vowel(&w[..w.len() - 2]) && w.len() - 2 >= 4 {
        w.truncate(w.len() - 2);
    }
    w
}

/// The stems of a text: lower-cased words of letters and digits, stop words
/// and bare numbers left out.
pub fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .filter(|t| {
            t.chars().count() >= 2
                && !t.chars().all(|c| c.is_ascii_digit())
                && !STOP.contains(&t.as_str())
        })
        .map(|t| stem(&t))
        .collect()
}

/// Term counts of a document: the title twice, the body once.
fn counts(d: &Doc) -> BTreeMap<String, u32> {
    let mut m = BTreeMap::new();
    for t in tokens(d.title) {
        *m.entry(t).or_insert(0) += 2;
    }
    for t in tokens(d.body) {
        *m.entry(t).or_insert(0) += 1;
    }
    // The linked capability weighs like a title word (`@` keeps it apart
    // from every word token).
    if let Some(c) = d.capability {
        *m.entry(format!("@{c}")).or_insert(0) += 2;
    }
    m
}

/// Unit-length TF-IDF vector of a document.
fn vector(c: &BTreeMap<String, u32>, df: &BTreeMap<String, u32>, n: f64) -> BTreeMap<String, f64> {
    let mut v: BTreeMap<String, f64> = c
        .iter()
        .map(|(t, &k)| {
            let d = f64::from(df.get(t).copied().unwrap_or(0));
            let idf = ((1.0 + n) / (1.0 + d)).ln() + 1.0;
            (t.clone(), (1.0 + f64::from(k).ln()) * idf)
        })
        .collect();
    let norm = v.values().map(|x| x * x).sum::<f64>().sqrt();
    if norm > 0.0 {
        for x in v.values_mut() {
            *x /= norm;
        }
    }
    v
}

fn dot(a: &BTreeMap<String, f64>, b: &BTreeMap<String, f64>) -> f64 {
    a.iter().filter_map(|(t, x)| b.get(t).map(|y| x * y)).sum()
}

/// The documents of `corpus` most like `query`, best first, at most `limit`,
/// each scoring at least `min_score`. A corpus document with the query's id
/// is skipped. Ties are broken by id, so the order is stable.
pub fn rank(corpus: &[Doc], query: &Doc, limit: usize, min_score: f64) -> Vec<Match> {
    let docs: Vec<&Doc> = corpus.iter().filter(|d| d.id != query.id).collect();
    let all: Vec<BTreeMap<String, u32>> = docs.iter().map(|d| counts(d)).collect();
    let q = counts(query);
    let mut df: BTreeMap<String, u32> = BTreeMap::new();
    for c in all.iter().chain(std::iter::once(&q)) {
        for t in c.keys() {
            *df.entry(t.clone()).or_insert(0) += 1;
        }
    }
    let n = (all.len() + 1) as f64;
    let qv = vector(&q, &df, n);
    if qv.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<Match> = docs
        .iter()
        .zip(&all)
        .map(|(d, c)| Match {
            id: d.id.to_string(),
            score: dot(&qv, &vector(c, &df, n)).clamp(0.0, 1.0),
        })
        .filter(|m| m.score >= min_score && m.score > 0.0)
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet() {
        assert_eq!(stem("deploys"), stem("deployed"));
        assert_eq!(stem("deploying"), stem("deploy"));
        assert_eq!(stem("environments"), stem("environment"));
        assert_eq!(stem("policies"), "policy");
        assert_eq!(stem("running"), "run");
        assert_eq!(stem("managed"), stem("manage"));
        assert_eq!(stem("managing"), stem("manage"));
        assert_eq!(stem("pipelines"), stem("pipeline"));
        assert_eq!(stem("access"), "access");
        assert_eq!(stem("user"), "user");
    }

    #[test]
    fn tokens_drop_stop_words_and_numbers() {
        assert_eq!(
            tokens("The nightly jobs run on a VM, 2 times"),
            vec!["night", "job", "run", "vm", "time"]
        );
        assert!(tokens("").is_empty());
        assert!(tokens("a the of 42").is_empty());
    }

    fn corpus() -> Vec<Doc<'static>> {
        vec![
            Doc {
                id: "INT-A",
                title: "Managed Postgres for analytics",
                body: "Analytics runs its own Postgres on VMs; patching takes a day a month.",
                capability: None,
            },
            Doc {
                id: "INT-B",
                title: "Preview environments per pull request",
                body: "Designers cannot see a change until it reaches shared staging.",
                capability: None,
            },
            Doc {
                id: "INT-C",
                title: "Scheduled batch jobs without a cron VM",
                body: "Nightly imports run from crontab on a VM nobody owns.",
                capability: None,
            },
            Doc {
                id: "INT-D",
                title: "Docs for custom metrics in agent v2",
                body: "The migration guide does not say whether StatsD metrics survive.",
                capability: None,
            },
        ]
    }

    #[test]
    fn the_closest_request_ranks_first() {
        let q = Doc {
            id: "",
            title: "Hosted Postgres database",
            body: "We patch our Postgres VMs by hand every month.",
            capability: None,
        };
        let r = rank(&corpus(), &q, 3, THRESHOLD);
        assert_eq!(r.first().map(|m| m.id.as_str()), Some("INT-A"), "{r:?}");
        assert!(
            r.iter().all(|m| m.id != "INT-B" && m.id != "INT-D"),
            "unrelated shown: {r:?}"
        );
    }

    #[test]
    fn unrelated_text_finds_nothing() {
        let q = Doc {
            id: "",
            title: "Quarterly budget spreadsheet",
            body: "Finance wants a forecast of cloud spend.",
            capability: None,
        };
        assert_eq!(rank(&corpus(), &q, 3, THRESHOLD), vec![]);
        let empty = Doc {
            id: "",
            title: "",
            body: "",
            capability: None,
        };
        assert_eq!(rank(&corpus(), &empty, 3, 0.0), vec![]);
    }

    #[test]
    fn identical_text_scores_one_and_self_is_skipped() {
        let c = corpus();
        let q = Doc {
            id: "INT-X",
            title: c[2].title,
            body: c[2].body,
            capability: None,
        };
        let r = rank(&c, &q, 1, 0.0);
        assert_eq!(r[0].id, "INT-C");
        assert!((r[0].score - 1.0).abs() < 1e-9, "{r:?}");
        let r = rank(&c, &c[2], 5, 0.0);
        assert!(r.iter().all(|m| m.id != "INT-C"));
    }

    #[test]
    fn scores_are_ordered_and_limited() {
        let q = Doc {
            id: "",
            title: "VM patching",
            body: "Postgres VM and cron VM patching",
            capability: None,
        };
        let r = rank(&corpus(), &q, 1, 0.0);
        assert_eq!(r.len(), 1);
        let all = rank(&corpus(), &q, 10, 0.0);
        assert!(all.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn the_linked_capability_counts() {
        let a = Doc {
            id: "A",
            title: "Faster builds",
            body: "Our nightly build is slow",
            capability: Some("ci-pipelines"),
        };
        let b = Doc {
            id: "B",
            title: "Slow compile step",
            body: "Compiling takes long",
            capability: Some("ci-pipelines"),
        };
        let c = Doc {
            id: "C",
            title: "Slow compile step",
            body: "Compiling takes long",
            capability: None,
        };
        let with = rank(&[b], &a, 3, 0.0);
        let without = rank(&[c], &a, 3, 0.0);
        // One shared word ("slow") alone is below the threshold; with the
        // shared capability the pair is a candidate.
        assert_eq!(without.len(), 1);
        assert!(without[0].score < THRESHOLD, "{without:?}");
        assert_eq!(with.len(), 1);
        assert!(with[0].score >= THRESHOLD, "{with:?}");
    }
}
