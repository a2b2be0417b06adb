//! The selector, sockets and threads panels' facts (issues 13 and 14): registered fds with
//! their interest and callbacks and what `select` returned, each socket's state and
//! addresses, each thread's state, what it waits for and its frames, and thread lanes on the
//! timeline.

use loopscope_protocol::messages::{Request, Response};
use loopscope_protocol::timeline::SpanKind;
use loopscope_protocol::view::{FrameState, Snapshot};

use crate::test_host::{at_line, run, view};

const ECHO: &str = "import asyncio, socket

async def serve(listener):
    loop = asyncio.get_running_loop()
    conn, addr = await loop.sock_accept(listener)
    data = await loop.sock_recv(conn, 100)
    await loop.sock_sendall(conn, data.upper())
    conn.close()

async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(('127.0.0.1', 8888))
    listener.listen()
    listener.setblocking(False)
    task = asyncio.create_task(serve(listener))
    client = socket.socket()
    client.setblocking(False)
    await loop.sock_connect(client, ('127.0.0.1', 8888))
    await loop.sock_sendall(client, b'hello')
    print(await loop.sock_recv(client, 100))
    await task
    client.close()
    listener.close()

asyncio.run(main())
";

#[test]
fn the_selector_lists_registered_fds_and_what_select_returned() {
    let mut host = run(ECHO);
    // Waiting in sock_accept: the listener is registered for reading with the loop's
    // accept callback.
    let steps = view(&mut host, 0).steps;
    let snaps: Vec<Snapshot> = (1..=steps).map(|s| view(&mut host, s)).collect();
    let waiting = snaps.iter().find(|s| s.io_keys.iter().any(|k| k.read)).expect("a reader");
    let key = waiting.io_keys.iter().find(|k| k.read).expect("a reader");
    assert!(!key.write, "{key:?}");
    assert!(!key.reader.is_empty() && key.writer.is_empty(), "{key:?}");
    // Some cycle's select returned the listener readable (the connection arrived).
    let ready = snaps.iter().find(|s| {
        s.io_keys.iter().any(|k| k.ready_read)
            && s.phase == Some(loopscope_protocol::view::LoopPhase::ProcessEvents)
    });
    assert!(ready.is_some(), "a select returned a readable fd in the process-events phase");
}

#[test]
fn sockets_show_state_and_addresses() {
    let mut host = run(ECHO);
    let snap = at_line(&mut host, 21);
    let listener = snap.sockets.iter().find(|s| s.state == "LISTEN").expect("a listener");
    assert_eq!(listener.local, "127.0.0.1:8888");
    assert_eq!(listener.kind, "tcp");
    assert!(listener.peer.is_empty());
    let established: Vec<_> = snap.sockets.iter().filter(|s| s.state == "ESTABLISHED").collect();
    assert_eq!(established.len(), 2, "{:?}", snap.sockets);
    assert!(established.iter().all(|s| !s.peer.is_empty() && !s.local.is_empty()));
    assert!(established.iter().any(|s| s.peer == "127.0.0.1:8888"));
    // All closed at the end.
    let steps = view(&mut host, 0).steps;
    assert!(view(&mut host, steps).sockets.is_empty());
}

const THREADS: &str = "import _thread, time
done = _thread.allocate_lock()
done.acquire()
def work(n):
    time.sleep(n)

def worker(n):
    work(n)
    done.release()

_thread.start_new_thread(worker, (0.5,))
print('started')
done.acquire()
print('main', time.monotonic())
";

#[test]
fn threads_show_state_what_they_wait_for_and_frames() {
    let mut host = run(THREADS);
    // The main thread prints while the worker sleeps inside work().
    let snap = at_line(&mut host, 12);
    let names: Vec<_> = snap.threads.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["MainThread", "Thread #1"]);
    let worker = &snap.threads[1];
    assert_eq!(worker.state, "blocked");
    assert_eq!(worker.waits, "time.sleep until 0.500 s");
    assert_eq!(worker.frames, ["worker() line 8", "work() line 5"]);
    assert_eq!(snap.threads[0].state, "running");
    // The timeline has a lane per thread above the tasks, the worker blocked 0–0.5 s.
    let timeline = match host.handle(Request::Timeline { id: 4 }, None) {
        Response::Timeline { timeline, .. } => timeline,
        other => panic!("expected Timeline, got {other:?}"),
    };
    assert_eq!(timeline.lanes[0].thread, Some(0));
    assert_eq!(timeline.lanes[1].thread, Some(1));
    let lane = &timeline.lanes[1];
    let blocked: Vec<_> = lane
        .spans
        .iter()
        .zip(&lane.notes)
        .filter(|(s, _)| s.kind == SpanKind::Blocked)
        .map(|(s, n)| (s.start, s.end, n.as_str()))
        .collect();
    assert_eq!(blocked, [(0.0, 0.5, "time.sleep until 0.500 s")]);
}

const NAMED: &str = "import threading, time

def work():
    time.sleep(0.1)
    threading.current_thread().name = 'renamed'
    time.sleep(0.1)

t = threading.Thread(target=work, name='fetcher')
t.start()
time.sleep(0.05)
print('named')
t.join()
print('done')
";

#[test]
fn threads_are_called_by_their_threading_names() {
    let mut host = run(NAMED);
    let snap = at_line(&mut host, 11);
    let names: Vec<_> = snap.threads.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["MainThread", "fetcher"]);
    let snap = at_line(&mut host, 13);
    assert_eq!(snap.threads[1].name, "renamed");
    let timeline = match host.handle(Request::Timeline { id: 4 }, None) {
        Response::Timeline { timeline, .. } => timeline,
        other => panic!("expected Timeline, got {other:?}"),
    };
    let lanes: Vec<_> =
        timeline.lanes.iter().filter(|l| l.thread.is_some()).map(|l| l.name.as_str()).collect();
    assert_eq!(lanes, ["MainThread", "renamed"]);
}

const POOL: &str = "import asyncio, time
from concurrent.futures import ThreadPoolExecutor

def work(n):
    time.sleep(n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=2)
    futs = [loop.run_in_executor(pool, work, 0.1) for _ in range(3)]
    await asyncio.sleep(0.05)
    print('busy')
    await asyncio.gather(*futs)
    print('idle')
    pool.shutdown()

asyncio.run(main())
";

#[test]
fn an_executor_shows_its_pending_work_and_workers() {
    let mut host = run(POOL);
    let snap = at_line(&mut host, 13);
    let pool = snap.syncs.iter().find(|s| s.name.starts_with("ThreadPoolExecutor"));
    let pool = pool.unwrap_or_else(|| panic!("{:?}", snap.syncs));
    assert_eq!(
        pool.state,
        "1 pending [work()] · ThreadPoolExecutor-0_0 runs work() · ThreadPoolExecutor-0_1 runs work()"
    );
    let names: Vec<_> = snap.threads.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["MainThread", "ThreadPoolExecutor-0_0", "ThreadPoolExecutor-0_1"]);
    let snap = at_line(&mut host, 15);
    let pool = snap.syncs.iter().find(|s| s.name.starts_with("ThreadPoolExecutor")).unwrap();
    assert_eq!(
        pool.state,
        "no work pending · ThreadPoolExecutor-0_0 idle · ThreadPoolExecutor-0_1 idle"
    );
}

const TO_THREAD: &str = "import asyncio, time

def blocking(n):
    time.sleep(n)

async def main():
    job = asyncio.create_task(asyncio.to_thread(blocking, 0.2))
    await asyncio.sleep(0.1)
    print('waiting')
    await job

asyncio.run(main())
";

#[test]
fn the_loops_default_executor_is_shown_with_its_worker() {
    let mut host = run(TO_THREAD);
    let snap = at_line(&mut host, 9);
    let pool = snap.syncs.iter().find(|s| s.name.starts_with("ThreadPoolExecutor"));
    let pool = pool.unwrap_or_else(|| panic!("{:?}", snap.syncs));
    // to_thread submits a functools.partial: the pool names the function inside.
    assert_eq!(pool.state, "no work pending · asyncio_0 runs blocking()");
    assert_eq!(snap.threads[1].name, "asyncio_0");
}

/// Processes (issue 14 item 4): a process's first thread is named for it (its
/// `multiprocessing` name and pid), in the threads panel and on its timeline lane.
#[test]
fn a_process_has_its_own_lane() {
    let mut host = run("import multiprocessing as mp, time
def work():
    time.sleep(0.5)
p = mp.Process(target=work)
p.start()
print('started')
p.join()
print('joined', p.exitcode)
");
    let snap = at_line(&mut host, 6);
    let names: Vec<_> = snap.threads.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["MainThread", "Process-1 (pid 4243)"]);
    let timeline = match host.handle(Request::Timeline { id: 4 }, None) {
        Response::Timeline { timeline, .. } => timeline,
        other => panic!("expected Timeline, got {other:?}"),
    };
    let lanes: Vec<_> = timeline.lanes.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(lanes[..2], ["MainThread", "Process-1 (pid 4243)"]);
}

/// The gallery's process pool (issue 14 item 4), at its header's settings (7 ns an
/// instruction, 4 virtual cores): the four processes compute side by side, so each process
/// lane holds one long running span, not the engine's 50 µs turns.
#[test]
fn processes_on_cores_of_their_own_run_side_by_side_on_the_timeline() {
    let source = loopscope_protocol::gallery::find("process-pool").expect("example").source;
    let host = run(source);
    let mut host = host;
    let timeline = match host.handle(Request::Timeline { id: 4 }, None) {
        Response::Timeline { timeline, .. } => timeline,
        other => panic!("expected Timeline, got {other:?}"),
    };
    let processes: Vec<_> = timeline.lanes.iter().filter(|l| l.name.contains("(pid ")).collect();
    assert_eq!(processes.len(), 4);
    for lane in processes {
        let longest = lane
            .spans
            .iter()
            .filter(|s| s.kind == SpanKind::Running)
            .map(|s| s.end - s.start)
            .fold(0.0, f64::max);
        assert!(longest > 0.010, "{}: longest running span {longest} s", lane.name);
    }
}

const SLEEPER: &str = "import threading, time

def nap():
    time.sleep(0.5)

t = threading.Thread(target=nap, name='sleeper')
t.start()
t.join()
";

#[test]
fn a_blocked_threads_innermost_frame_says_blocked() {
    let mut host = run(SLEEPER);
    let snap = (1..400u64)
        .map(|step| view(&mut host, step))
        .find(|snap| {
            snap.stack.owner == "sleeper"
                && snap.stack.frames.last().is_some_and(|f| f.state == FrameState::Blocked)
        })
        .expect("a step where the sleeper waits in time.sleep");
    let innermost = snap.stack.frames.last().expect("a frame");
    assert_eq!(innermost.name, "nap");
    // Its caller (threading's run) is executing the call, not blocked itself.
    assert!(snap.stack.frames.iter().rev().skip(1).all(|f| f.state != FrameState::Blocked));
}
