//! Transcripts (trycmd): every leaf command's `--help`, and the messages of
//! the errors that stop a command (exit 2), as a user sees them. The files
//! are in tests/cli/cmd/; `TRYCMD=overwrite cargo test --test cli --
//! transcripts::` rewrites them after a deliberate change (review the diff).

#[test]
fn help_and_exit_2_transcripts() {
    trycmd::TestCases::new()
        .register_bin(
            "platctl",
            std::path::Path::new(env!("CARGO_BIN_EXE_platctl")),
        )
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env("PLATCTL_TODAY", "2026-11-27")
        // The demo catalog, for the commands that need one.
        .env(
            "PLATCTL_CATALOG",
            concat!(env!("CARGO_MANIFEST_DIR"), "/catalog"),
        )
        .case("tests/cli/cmd/*.trycmd");
}
