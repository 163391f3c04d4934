fn main() -> std::process::ExitCode {
    let cli = platctl::cli::parse();
    platctl::main_exit(cli)
}
