//! "Did you mean": the closest known name to a misspelled one.

/// The candidate closest to `name`, when it is close enough to be a likely typo.
pub fn closest<'a, I>(name: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    // Fewest edits first (`unknown-teem` is one edit from `unknown-team`,
    // two from `unknown-theme`, which Jaro-Winkler alone would prefer); among
    // equals, the most similar prefix, then the first in order.
    let mut best: Option<(usize, f64, &'a str)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let edits = strsim::damerau_levenshtein(name, c);
        let score = strsim::jaro_winkler(name, c);
        let better = best.is_none_or(|(be, bs, bc)| {
            edits < be || (edits == be && (score > bs || (score == bs && c < bc)))
        });
        if better {
            best = Some((edits, score, c));
        }
    }
    best.filter(|(edits, score, _)| *score >= 0.8 || *edits <= 2)
        .map(|(_, _, c)| c)
}

/// `did you mean `x`?` or nothing.
pub fn did_you_mean<'a, I>(name: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str>,
{
    closest(name, candidates).map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_only() {
        let known = ["team-devex", "team-runtime", "team-data"];
        assert_eq!(closest("team-devx", known), Some("team-devex"));
        assert_eq!(closest("summry", ["summary", "name"]), Some("summary"));
        assert_eq!(closest("zzzzzz", ["summary", "name"]), None);
        // One edit beats a closer-looking prefix.
        assert_eq!(
            closest("unknown-teem", ["unknown-theme", "unknown-team"]),
            Some("unknown-team")
        );
    }
}
