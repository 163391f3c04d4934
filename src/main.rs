//! The process: parse the command line, run, and own the exit status.

fn main() -> std::process::ExitCode {
    match platctl::cli::parse() {
        Ok(cli) => platctl::main_exit(cli),
        Err(e) => {
            // Help and version go to stdout, usage errors to stderr. A closed
            // pipe (`platctl --help | head -1`) is not an error worth a word.
            let _ = e.print();
            std::process::ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
        }
    }
}
