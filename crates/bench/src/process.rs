//! Child processes with their exit status, output, and the kernel's resource usage.

use std::io::Read;
use std::process::{Child, Command, Stdio};

/// A child that ran to its end.
pub struct Finished {
    /// Exit status, or 128 + the signal that killed it.
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
    /// User + system CPU time.
    pub cpu_seconds: f64,
    /// The RSS high-water mark.
    pub peak_rss_bytes: u64,
}

/// Runs `command` to its end, capturing stdout and stderr.
pub fn run(mut command: Command) -> Result<Finished, String> {
    let shown = format!("{command:?}");
    command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = command.spawn().map_err(|e| format!("cannot start {shown}: {e}"))?;
    let (stdout, stderr) = collect_output(&mut child);
    let (status, usage) = reap(&child)?;
    Ok(Finished {
        status,
        stdout: stdout.map_err(|e| format!("reading stdout of {shown}: {e}"))?,
        stderr: stderr.map_err(|e| format!("reading stderr of {shown}: {e}"))?,
        cpu_seconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
        peak_rss_bytes: u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024,
    })
}

type Text = std::io::Result<String>;

/// Reads stdout and stderr to their ends (stderr on a thread, so neither pipe can fill up
/// and block the child).
fn collect_output(child: &mut Child) -> (Text, Text) {
    let stderr = child.stderr.take();
    let reader = std::thread::spawn(move || read_all(stderr));
    let stdout = read_all(child.stdout.take());
    let stderr = reader.join().unwrap_or_else(|_| Err(std::io::Error::other("reader died")));
    (stdout, stderr)
}

fn read_all(pipe: Option<impl Read>) -> Text {
    let mut bytes = Vec::new();
    if let Some(mut pipe) = pipe {
        pipe.read_to_end(&mut bytes)?;
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Waits for the child with `wait4`, which hands over that child's own resource usage
/// (`getrusage(RUSAGE_CHILDREN)` would give the maximum over every child so far).
/// `Child::wait` must not be called afterwards: the child is reaped here.
fn reap(child: &Child) -> Result<(i32, libc::rusage), String> {
    let pid = libc::pid_t::try_from(child.id()).map_err(|e| format!("pid: {e}"))?;
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is plain integers; all zeroes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `pid` is our child, not reaped yet (std only reaps in `wait`/`try_wait`,
        // never called on it); both pointers point to live locals of the right types.
        let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if reaped == pid {
            break;
        }
        let error = std::io::Error::last_os_error();
        if error.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("waiting for child {pid}: {error}"));
        }
    }
    Ok((exit_status(status), usage))
}

fn exit_status(status: libc::c_int) -> i32 {
    if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else if libc::WIFSIGNALED(status) {
        128 + libc::WTERMSIG(status)
    } else {
        -1
    }
}

fn seconds(t: libc::timeval) -> f64 {
    t.tv_sec as f64 + t.tv_usec as f64 * 1e-6
}
