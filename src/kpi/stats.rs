//! The small statistics the KPIs need, defined once.

/// The median; an even count takes the mean of the two middle values.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    let mid = v.len() / 2;
    if v.len() % 2 == 1 {
        v.get(mid).copied()
    } else {
        Some((v.get(mid - 1)? + v.get(mid)?) / 2.0)
    }
}

pub fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        None
    } else {
        Some(values.iter().sum::<f64>() / values.len() as f64)
    }
}

/// `num ÷ den`, none when the denominator is empty.
pub fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

/// NPS counts: (promoters 9–10, passives 7–8, detractors 0–6).
pub fn nps_counts(responses: &[f64]) -> (usize, usize, usize) {
    let promoters = responses.iter().filter(|r| **r >= 9.0).count();
    let detractors = responses.iter().filter(|r| **r <= 6.0).count();
    (
        promoters,
        responses.len() - promoters - detractors,
        detractors,
    )
}

/// NPS = 100 × (share of 9–10 − share of 0–6), rounded to an integer
/// (halves away from zero). One division, so exact halves stay exact.
pub fn nps(responses: &[f64]) -> Option<f64> {
    if responses.is_empty() {
        return None;
    }
    let (p, _, d) = nps_counts(responses);
    Some((100.0 * (p as f64 - d as f64) / responses.len() as f64).round())
}

/// The mean score rounded to two decimals (CSAT, alignment).
pub fn mean_score(responses: &[f64]) -> Option<f64> {
    if responses.is_empty() {
        return None;
    }
    let sum: f64 = responses.iter().sum();
    Some((sum * 100.0 / responses.len() as f64).round() / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[5.0]), Some(5.0));
        assert_eq!(median(&[9.0, 1.0, 4.0]), Some(4.0));
        assert_eq!(median(&[10.0, 1.0, 4.0, 3.0]), Some(3.5));
    }

    #[test]
    fn nps_rounds_halves_away_from_zero() {
        // 1 promoter, 0 detractors of 8: 12.5 -> 13.
        assert_eq!(nps(&[9.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0]), Some(13.0));
        // 0 promoters, 1 detractor of 8: -12.5 -> -13.
        assert_eq!(nps(&[6.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0]), Some(-13.0));
        // 2 promoters, 1 detractor, 3 passives of 6: 16.67 -> 17.
        assert_eq!(nps(&[10.0, 9.0, 0.0, 7.0, 8.0, 8.0]), Some(17.0));
        assert_eq!(nps(&[]), None);
    }

    #[test]
    fn scores_round_to_two_decimals() {
        // 4.125 -> 4.13 (exactly half, away from zero).
        assert_eq!(
            mean_score(&[4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 5.0]),
            Some(4.13)
        );
        // 13 / 3 = 4.333.. -> 4.33
        assert_eq!(mean_score(&[4.0, 4.0, 5.0]), Some(4.33));
        assert_eq!(mean_score(&[]), None);
    }

    #[test]
    fn ratios_need_a_denominator() {
        assert_eq!(ratio(1, 0), None);
        assert_eq!(ratio(0, 4), Some(0.0));
    }
}
