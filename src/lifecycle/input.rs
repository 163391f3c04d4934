//! What a flag or an answer may hold, checked the same way whether it
//! was typed on the command line or asked on a terminal.

use anyhow::Result;

/// A check that an answer holds one line.
pub fn one_line(s: &str) -> Result<(), String> {
    if s.contains('\n') {
        Err("one line, please".to_string())
    } else {
        Ok(())
    }
}

/// A check for date answers and flags.
pub fn date_check(s: &str) -> Result<(), String> {
    crate::model::parse_date(s.trim())
        .map(|_| ())
        .ok_or_else(|| "not a date: write YYYY-MM-DD, e.g. 2027-03-31".to_string())
}

/// A date flag's value, or an error naming the flag.
pub fn to_date(flag: &str, s: &str) -> Result<chrono::NaiveDate> {
    crate::model::parse_date(s.trim())
        .ok_or_else(|| anyhow::anyhow!("{flag} `{s}`: not a date: write YYYY-MM-DD"))
}

/// An optional date flag's value, or an error naming the flag.
pub fn optional_date(flag: &str, s: Option<&str>) -> Result<Option<chrono::NaiveDate>> {
    s.map(|s| to_date(flag, s)).transpose()
}
