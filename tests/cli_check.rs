//! The `loopscope check` command, run as a user runs it.
#![cfg(not(target_arch = "wasm32"))]

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

#[test]
fn unknown_command_prints_usage_and_exits_2() {
    let out = Command::new(env!("CARGO_BIN_EXE_loopscope")).arg("frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage: loopscope"));
}
