//! Shell completions from the command tree (clap_complete).

use clap_complete::{Generator, Shell};

/// Every shell clap_complete knows, in a fixed order.
pub const SHELLS: &[Shell] = &[
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

/// The completion script of one shell for the command tree `cmd`.
pub fn script(shell: Shell, cmd: &mut clap::Command) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, cmd, "platctl", &mut buf);
    let mut out = String::from_utf8_lossy(&buf).into_owned();
    if shell == Shell::Fish {
        out.push_str(&fish_extra());
    }
    out
}

/// Fish offers file names wherever no rule says `-f`: its generated script
/// has none for `completions SHELL` and for `help COMMAND`, which take
/// neither files nor paths.
fn fish_extra() -> String {
    use clap::ValueEnum;
    let shells: Vec<String> = SHELLS
        .iter()
        .filter_map(|s| s.to_possible_value().map(|v| v.get_name().to_string()))
        .collect();
    format!(
        "complete -c platctl -n \"__fish_platctl_using_subcommand completions\" -f -a \"{}\" -d 'Shell'\n\
complete -c platctl -n \"__fish_platctl_using_subcommand help\" -f\n",
        shells.join(" ")
    )
}

/// The file each shell's script is kept in.
pub fn file_name(shell: Shell) -> String {
    shell.file_name("platctl")
}
