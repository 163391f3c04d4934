//! Reading the catalog as it was: revisions by date, the blob cache, the changelog.
