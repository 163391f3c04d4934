//! Property tests for the id, date, quarter and period parsers.

use chrono::{Datelike, NaiveDate};
use platctl::model::ids::{allocated_from_bits, is_allocated, is_safe_file_stem, is_slug};
use platctl::model::{parse_date, Period, Quarter};
use proptest::prelude::*;

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (1900i32..2200, 1u32..=12, 1u32..=31)
        .prop_filter_map("valid date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

fn any_quarter() -> impl Strategy<Value = Quarter> {
    (1900i32..2200, 1u8..=4).prop_map(|(year, q)| Quarter { year, q })
}

proptest! {
    #[test]
    fn parsers_never_panic(s in "\\PC*") {
        let _ = parse_date(&s);
        let _ = Quarter::parse(&s);
        let _ = Period::parse(&s);
        let _ = is_slug(&s);
        let _ = is_allocated(&s, "INT");
        let _ = is_safe_file_stem(&s);
    }

    #[test]
    fn dates_round_trip(d in any_date()) {
        prop_assert_eq!(parse_date(&d.format("%Y-%m-%d").to_string()), Some(d));
    }

    #[test]
    fn quarters_round_trip_and_tile_the_year(q in any_quarter(), fy in 1u32..=12) {
        prop_assert_eq!(Quarter::parse(&q.to_string()), Some(q));
        prop_assert_eq!(Period::parse(&q.to_string()), Some(Period::Quarter(q)));
        prop_assert_eq!(Quarter::of(q.start(fy), fy), q);
        prop_assert_eq!(Quarter::of(q.end(fy), fy), q);
        prop_assert_eq!(q.end(fy).succ_opt(), Some(q.next().start(fy)));
        prop_assert_eq!(q.next().prev(), q);
        prop_assert_eq!(q.start(fy).day(), 1);
    }

    #[test]
    fn every_date_is_in_the_quarter_it_belongs_to(d in any_date(), fy in 1u32..=12) {
        let q = Quarter::of(d, fy);
        prop_assert!(q.contains(d, fy));
        prop_assert!(!q.next().contains(d, fy));
    }

    #[test]
    fn months_round_trip(y in 1900i32..2200, m in 1u32..=12, fy in 1u32..=12) {
        let p = Period::Month { year: y, month: m };
        prop_assert_eq!(Period::parse(&p.to_string()), Some(p));
        prop_assert!(p.quarter(fy).contains(p.start(fy), fy));
        prop_assert!(p.quarter(fy).contains(p.end(fy), fy));
        prop_assert_eq!(p.next().prev(), p);
    }

    #[test]
    fn allocated_ids_are_valid_and_safe(bits in any::<u64>()) {
        let id = allocated_from_bits("EXC", bits);
        prop_assert!(is_allocated(&id, "EXC"));
        prop_assert!(is_safe_file_stem(&id));
    }

    #[test]
    fn slugs_are_safe_file_stems(s in "[a-z0-9][a-z0-9-]{0,62}") {
        prop_assert!(is_slug(&s));
        prop_assert!(is_safe_file_stem(&s));
    }
}
