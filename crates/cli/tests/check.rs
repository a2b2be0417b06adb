//! The `loopscope check` command, run as a user runs it.

use std::process::Command;

fn check(text: &str) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("loopscope-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join(format!("prog{}.py", text.len()));
    std::fs::write(&file, text).expect("write program");
    let out = Command::new(env!("CARGO_BIN_EXE_loopscope"))
        .arg("check")
        .arg(&file)
        .output()
        .expect("run loopscope");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn prints_the_outline_of_a_valid_program() {
    let (code, stdout, stderr) = check("import asyncio\n\nasync def main():\n    pass\n");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, "   1  import     asyncio\n   3  async def  main\n");
}

#[test]
fn reports_a_syntax_error_like_cpython_and_exits_1() {
    let (code, stdout, stderr) = check("async def main():\n    await x(\n");
    assert_eq!(code, 1);
    assert_eq!(stdout, "");
    assert!(
        stderr.ends_with("    await x(\n           ^\nSyntaxError: '(' was never closed\n"),
        "{stderr}"
    );
    assert!(stderr.contains("\", line 2\n"), "{stderr}");
}

fn loopscope(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_loopscope")).args(args).output().expect("run loopscope")
}

#[test]
fn unknown_command_prints_usage_and_exits_2() {
    let out = loopscope(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Usage: loopscope"));
}

#[test]
fn no_arguments_is_a_usage_error() {
    let out = loopscope(&[]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Usage: loopscope") && stderr.contains("run"), "{stderr}");
}

#[test]
fn help_and_version_go_to_stdout_and_succeed() {
    let help = loopscope(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("Exit status of run"));
    let version = loopscope(&["--version"]);
    assert_eq!(version.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&version.stdout),
        format!("loopscope {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn a_bad_option_value_is_a_usage_error_naming_it() {
    let out = loopscope(&["run", "x.py", "--instr-cost-ns", "fast"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--instr-cost-ns"));
}
