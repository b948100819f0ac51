//! Entry point: no subcommand opens the app, otherwise the headless command runs.

fn main() -> std::process::ExitCode {
    briefcard::cli::main()
}
