use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = platctl::cli::Cli::parse();
    platctl::main_exit(cli)
}
