//! Fresh `INT-`/`EXC-` ids: random, so two branches never collide at merge time.

use crate::model::ids::allocated_from_bits;
use std::collections::HashSet;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// 64 random bits from the OS-seeded hasher, the time, the process and a counter.
#[allow(clippy::disallowed_methods)] // new ids are random, not dated: the clock is only a seed
fn random_bits() -> u64 {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    h.write_u32(std::process::id());
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.finish()
}

/// An id with `prefix` that is not in `taken`.
pub fn fresh(prefix: &str, taken: &HashSet<String>) -> String {
    loop {
        let id = allocated_from_bits(prefix, random_bits());
        if !taken.contains(&id) {
            return id;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_fresh_and_well_formed() {
        let mut taken = HashSet::new();
        for _ in 0..2000 {
            let id = fresh("INT", &taken);
            assert!(crate::model::ids::is_allocated(&id, "INT"), "{id}");
            assert!(taken.insert(id));
        }
    }
}
