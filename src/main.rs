//! The `loopscope` binary: natively the command-line tool, in the browser the page.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    loopscope::cli::main(&args)
}

#[cfg(target_arch = "wasm32")]
fn main() {
    loopscope::ui::start();
}
