//! Hashing for maps and fingerprints that live within one run: foldhash,
//! whose seed is drawn at random once per process, so that no catalog can
//! be written to make keys collide (as with std's maps), at a fraction of
//! SipHash's cost on ids and whole file texts. Nothing hashed here is kept
//! or printed: a run's output never depends on the seed.

/// A map keyed by catalog text.
pub type Map<K, V> = std::collections::HashMap<K, V, State>;

/// The hasher of [`Map`], for tables built by hand.
pub type State = foldhash::fast::RandomState;

/// The hasher of [`fingerprint`].
pub type Fingerprint = foldhash::quality::FoldHasher<'static>;

/// A hasher for fingerprints compared within the run (an entity's inputs
/// in two states): the same seed for all of them, the one of the process,
/// and the quality variant, whose output mixes every input bit.
pub fn fingerprint() -> Fingerprint {
    foldhash::quality::FoldHasher::with_seed(0, foldhash::SharedSeed::global_random())
}
