//! "Did you mean": the closest known name to a misspelled one.

/// The candidate closest to `name`, when it is close enough to be a likely typo.
pub fn closest<'a, I>(name: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let mut best: Option<(f64, &'a str)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let score = strsim::jaro_winkler(name, c);
        if best.is_none_or(|(b, bc)| score > b || (score == b && c < bc)) {
            best = Some((score, c));
        }
    }
    best.filter(|(s, c)| *s >= 0.8 || strsim::damerau_levenshtein(name, c) <= 2)
        .map(|(_, c)| c)
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
    }
}
