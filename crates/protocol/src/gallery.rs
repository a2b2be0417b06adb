//! The gallery: the built-in example programs the page offers, from first concepts to advanced.
//!
//! Plain Rust with no browser dependency, so it builds natively and to wasm. Each example's
//! source is a conformance scenario (`tests/conformance/scenarios/gallery__<slug>.py`, with
//! underscores where the slug has hyphens), so every program shown here is checked against
//! the output real CPython 3.11 printed for it.

/// One example program of the gallery.
#[derive(Debug)]
pub struct Example {
    /// Its name in URLs (`#example/<slug>`): lowercase letters, digits and hyphens.
    pub slug: &'static str,
    /// A short title, three to six words.
    pub title: &'static str,
    /// One paragraph for learners: what to watch in the panels, and why CPython does that.
    pub explanation: &'static str,
    /// The Python program.
    pub source: &'static str,
}

/// Every example, in the order the page lists them: from first concepts to advanced.
pub const EXAMPLES: &[Example] = &[
    Example {
        slug: "coroutine-object",
        title: "Coroutines wait to be awaited",
        explanation: "Calling greet(\"Ada\") runs none of its body: CPython only builds a \
            coroutine object, a paused frame that remembers its arguments and where to start. \
            In the console, every line about the object, including its state CORO_CREATED, \
            comes before \"inside greet\". The body runs only when main awaits the object, \
            and it runs inside main's own task, so the tasks panel never shows a second task. \
            Once the body has returned, the coroutine is CORO_CLOSED and cannot run again.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__coroutine_object.py"),
    },
    Example {
        slug: "never-awaited",
        title: "A coroutine never awaited",
        explanation: "The first call to send_email has no await in front of it, so it only \
            builds a coroutine object, which is dropped at once: no email is sent, and no task \
            or timer appears in the panels. main carries on as if the work were done. When \
            CPython throws away a coroutine that never started, it prints a RuntimeWarning on \
            stderr naming the coroutine and quoting the line that created it. The second call \
            is awaited, so it runs and its half-second sleep shows on the timeline.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__never_awaited.py"),
    },
    Example {
        slug: "sequential-vs-concurrent",
        title: "Sequential awaits versus concurrent tasks",
        explanation: "In the first half, main awaits one download and then the other, so the \
            timer heap never holds more than one deadline and the waits add up to 3 seconds. \
            In the second half, both downloads become tasks before main waits, so both sleeps \
            put their timers in the heap at the same moment and the waits overlap. The \
            timeline shows the two tasks suspended side by side, and the console's \"took\" \
            lines read 3.0 s and 2.0 s. Nothing runs in parallel: while both timers are \
            pending the loop simply has nothing to do, and it wakes each task when its \
            deadline passes.",
        source: include_str!(
            "../../../tests/conformance/scenarios/gallery__sequential_vs_concurrent.py"
        ),
    },
    Example {
        slug: "create-task",
        title: "Starting work with create_task",
        explanation: "create_task wraps the coroutine in a Task and puts the task's first \
            step in the ready queue; it does not start the body. Look at the ready queue right \
            after the call: the new task waits there while main goes on printing. Only when \
            main reaches await asyncio.sleep(0.1), and so hands control back to the loop, \
            does the loop run that step and print \"worker starts\". Later, await task \
            suspends main until the task has finished and gives back its return value.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__create_task.py"),
    },
    Example {
        slug: "gather",
        title: "Waiting for many with gather",
        explanation: "gather wraps each coroutine in a task, so the three cooks start in the \
            same loop cycle and their timers enter the timer heap together. The timers fire in \
            deadline order, so the console shows salad, bread and then soup, but the list \
            gather returns keeps the order of its arguments. main waits on the one future \
            that gather returns, which is completed only when the last child is done: after \
            3 seconds, the longest wait, not the sum. The tasks panel shows the three child \
            tasks next to Task-1, the task running main.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__gather.py"),
    },
    Example {
        slug: "sleep-zero",
        title: "sleep(0) as a yield point",
        explanation: "A coroutine gives up control only at an await that really suspends. In \
            the first round neither counter suspends, so A runs to its end before B even \
            starts. In the second round each await asyncio.sleep(0) suspends for one loop \
            cycle: the task puts its next step at the back of the ready queue, the loop runs \
            the other task first, and A and B take turns. Watch the loop cycle number climb \
            while the virtual clock stays at 0.000 s.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__sleep_zero.py"),
    },
    Example {
        slug: "blocking-sleep",
        title: "time.sleep freezes the loop",
        explanation: "time.sleep is an ordinary function: it blocks the whole thread and never \
            hands control back to the event loop. At 1 s the careless task calls \
            time.sleep(2), and for two seconds nothing else can run, although the clock's \
            next tick is due at 1 s and polite's wake-up at 1.2 s. The timeline shows one \
            long step, and the console jumps from 1.000 to 3.000, where the late tick and \
            polite finally get their turn. await asyncio.sleep, as polite uses it, suspends \
            only the task that calls it.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__blocking_sleep.py"),
    },
    Example {
        slug: "cpu-bound",
        title: "CPU-bound work blocks everything",
        explanation: "Counting to 250,000 is pure computation: there is no await inside crunch, \
            so the loop cannot run anything else until it returns. The heartbeat's next beat \
            waits in the timer heap, due after 5 ms, but it can fire only once main reaches \
            its next await. The program's header, # loopscope: instr-cost-ns=7, makes \
            every executed instruction cost 7 virtual nanoseconds, as a real processor takes \
            real time, so the timeline shows one long step and beat 1, due at 5 ms, arrives \
            only after the counting is over (at cost 0, the default, computing is free and \
            the output is what CPython prints under a virtual clock). asyncio \
            overlaps waiting, not computing: in CPython, long computations belong in a \
            separate process, or must be broken up with awaits.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__cpu_bound.py"),
    },
    Example {
        slug: "await-chain",
        title: "A task's chain of awaits",
        explanation: "One task, sensor-task, runs this whole chain: it steps average, which \
            awaits read_sensor, which awaits asyncio.sleep. When the sleep suspends, every \
            frame in the chain stays paused inside that one task, each with its own local \
            variables, and the task waits on the sleep's future. At 0.5 s all_tasks() lists \
            only the two tasks, never the coroutines inside them. When the timer fires, the \
            values travel back up: read_sensor returns to average, average returns to the \
            task, and main receives the task's result.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__await_chain.py"),
    },
    Example {
        slug: "future-handoff",
        title: "A Future passed between coroutines",
        explanation: "loop.create_future() makes an empty Future, with no result yet and no \
            code of its own. The waiter's await suspends its task and registers a wake-up \
            callback on the future, so that task sits in neither the ready queue nor the timer \
            heap: the tasks panel shows it waiting on the future. One second later the courier \
            calls set_result, which marks the future done and puts the waiter's wake-up in \
            the ready queue. The courier still prints \"delivered\" before the waiter prints \
            \"received\", because setting a result never switches tasks by itself.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__future_handoff.py"),
    },
    Example {
        slug: "loop-callbacks",
        title: "Callbacks, timers and deadlines",
        explanation: "Besides tasks, the loop runs plain functions. call_soon appends a handle \
            to the ready queue, while call_later and call_at push a timer onto the timer heap, \
            keyed by its deadline (call_later(d) means call_at(loop.time() + d)). Watch the \
            heap take three timers at t=0 and give them back in deadline order, 0.5, 1 and 2 \
            seconds, not in the order the program scheduled them. The call_soon callback runs \
            in the very next loop cycle, just ahead of main's own wake-up from sleep(0), which \
            is why it prints first.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__loop_callbacks.py"),
    },
    Example {
        slug: "done-callbacks",
        title: "Done callbacks run in order",
        explanation: "When bake returns, its task is marked done and each of its done \
            callbacks is put in the ready queue with call_soon, in the order they were added. \
            main's await is itself such a callback: it was registered when main began to \
            wait, after the other three, so main wakes last. Watch the ready queue at t=1: \
            four handles arrive together, and the console prints first, second, third and \
            then main. Each callback receives the finished task, so it can read the result.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__done_callbacks.py"),
    },
    Example {
        slug: "task-exceptions",
        title: "Exceptions inside tasks and gather",
        explanation: "An exception raised in a task does not stop the loop: the task finishes \
            with the exception stored in it, as it would store a result. task.exception() \
            shows it, and await task raises it again in the awaiting coroutine. Plain gather \
            raises the first error as soon as that child fails, at 0.4 s, while the third \
            child keeps running in the background. With return_exceptions=True, gather waits \
            for every child and puts the exception object in the list where the result would \
            be. In the tasks panel the failed tasks end done with an exception, not cancelled.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__task_exceptions.py"),
    },
    Example {
        slug: "cancellation",
        title: "Cancelling a sleeping task",
        explanation: "task.cancel() only makes a request: it returns True, but the task is \
            still pending, as \"cancelled yet? False\" shows. CPython cancels the future the \
            task is waiting on, which puts the task's wake-up in the ready queue, and on that \
            next step a CancelledError is thrown into the coroutine at its await \
            asyncio.sleep(1). The except and finally blocks run, the error is raised again, \
            and the task ends cancelled instead of with a result. Watch the timer heap: the \
            sleep's timer, due at 3 s, is cancelled and never fires.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__cancellation.py"),
    },
    Example {
        slug: "timeout",
        title: "Deadlines with wait_for",
        explanation: "wait_for runs the call as a task and starts a timer of its own for the \
            deadline, so the timer heap shows two entries racing: the call's sleep and the \
            timeout. For the fast call the sleep fires first, at 0.5 s, and wait_for cancels \
            its deadline timer and returns the result. For the slow call the deadline wins at \
            1.5 s: wait_for cancels the inner task, waits until it has finished handling the \
            CancelledError (its message is in the console), and only then raises \
            TimeoutError. The slow call's 3-second timer is cancelled and never fires.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__timeout.py"),
    },
    Example {
        slug: "producer-consumer",
        title: "A queue built from futures",
        explanation: "This is how asyncio.Queue waits inside. The consumer asks for an item, \
            finds the list empty, creates a fresh Future and awaits it, so its task leaves \
            the ready queue and waits. When the producer puts item 1 it sets that future's \
            result, which puts the consumer's wake-up in the ready queue. The consumer is \
            slower than the producer (0.5 s per item against 0.3 s), so from then on items \
            pile up in the list and get() returns them without waiting. Watch the tasks \
            panel: the consumer waits on a future only once, then on its own sleep timers.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__producer_consumer.py"),
    },
    Example {
        slug: "queue-join",
        title: "A bounded queue with join()",
        explanation:
            "The queue holds at most two items, so the producer's third put() finds it full: its \
            task waits as a putter in the Locks & queues panel, and the tasks panel says it \
            waits to put into the queue. Each worker's get() takes an item and wakes the first \
            putter. After the last put, main awaits join(), which waits on the queue's own Event \
            until task_done() has been called once per item. The workers loop forever, so main \
            cancels them at the end.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__queue_join.py"),
    },
    Example {
        slug: "lock-counter",
        title: "A shared counter needs a Lock",
        explanation:
            "Each update reads the counter, yields to the loop with sleep(0), then writes it \
            back. Without a lock, all four tasks read the same value before any of them writes, \
            so eleven of the twelve updates are lost. With asyncio.Lock the read, the yield and \
            the write happen while holding the lock: the Locks & queues panel shows the lock \
            locked and the other three tasks in its waiter queue, in the order they asked, each \
            woken in turn when the holder releases it.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__lock_counter.py"),
    },
    Example {
        slug: "semaphore-crawler",
        title: "A Semaphore limits a crawler",
        explanation:
            "asyncio.Semaphore(2) lets two fetches hold it at once; the value in the Locks & \
            queues panel counts the free slots. The third fetch finds the value at zero and \
            waits in the semaphore's queue, and so do the rest. Each release gives the slot to \
            the first waiter, so pages start strictly in order, and never more than two \
            downloads overlap on the timeline, however many tasks gather() started.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__semaphore_crawler.py"),
    },
    Example {
        slug: "event-start",
        title: "An Event as a start signal",
        explanation:
            "Each runner arrives at its own time and awaits start.wait(): the Event is unset, so \
            each adds a future to the event's waiter queue and suspends. At one second main \
            calls set(), which finishes every waiting future at once, so all three wake-ups run \
            in the same loop cycle, in the order the runners started waiting. The late runner \
            finds the event already set and passes straight through.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__event_start.py"),
    },
    Example {
        slug: "condition",
        title: "A Condition wakes one or all",
        explanation:
            "The three waiters take the condition's lock in turn, find no dish and wait(), which \
            puts them in the condition's waiter queue and releases the lock. When the cook makes \
            one soup it calls notify(1): only the first waiter wakes, takes the lock back and \
            serves. For two pastas notify_all() wakes the others, who get the lock one after \
            another. wait_for() re-checks its predicate after every wake-up.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__condition.py"),
    },
    Example {
        slug: "first-completed",
        title: "First completed, then as completed",
        explanation:
            "Three tasks sleep 1.5, 0.5 and 1.0 seconds. asyncio.wait with FIRST_COMPLETED \
            returns after half a second with one task done and two pending; the pending tasks \
            are not cancelled and keep their timers in the heap. as_completed then hands back \
            the remaining results as they finish, so Asia comes before Europe although it was \
            started later.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__first_completed.py"),
    },
    Example {
        slug: "timeout-block",
        title: "A deadline for a block",
        explanation:
            "asyncio.timeout puts one deadline on everything in the async with block: its timer \
            sits in the heap while the steps inside sleep. The first block ends in time and its \
            timer is cancelled. In the second, reschedule() moves the deadline one second later; \
            when it passes, the task is cancelled in the middle of the slow step, and leaving \
            the block turns the cancellation into TimeoutError.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__timeout_block.py"),
    },
    Example {
        slug: "taskgroup-failure",
        title: "A TaskGroup when one child fails",
        explanation:
            "The Locks & queues panel lists the group's three children. The fast one finishes; \
            when the faulty one raises, the group cancels the slow child (its CancelledError is \
            printed) and the block's own task, waits for every child, and raises an \
            ExceptionGroup holding the ValueError. except* ValueError catches exactly that part \
            of the group.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__taskgroup_failure.py"),
    },
    Example {
        slug: "async-pipeline",
        title: "An async generator pipeline",
        explanation:
            "numbers, squares and evens are async generators stacked like a shell pipe. Each \
            async for asks the stage above it for one value, which asks the stage above it, down \
            to numbers, which sleeps and yields. Step through and watch the frames panel: the \
            three generator frames are suspended inside one task, and odd squares are filtered \
            out before main ever sees them. The last line does the same with an async \
            comprehension.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__async_pipeline.py"),
    },
    Example {
        slug: "many-tasks",
        title: "A thousand tasks, one loop",
        explanation: "main creates 1,000 tasks in one step, so the ready queue holds 1,000 \
            first steps, which the loop runs in a single cycle. Each task then puts one sleep \
            timer in the timer heap, and the heap hands them out in deadline order. Because \
            all the waiting overlaps, the batch ends with the longest sleep, at 2 seconds, \
            although the sleeps add up to more than 1,000 seconds. A task costs CPython only \
            a small object and a suspended frame, which is why one thread can keep so many \
            waits going at once.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__many_tasks.py"),
    },
    Example {
        slug: "socket-echo",
        title: "An echo server on sockets",
        explanation: "The server waits in sock_accept and the client in sock_connect: each \
            await registers a socket with the loop's selector (the Selector panel lists the \
            fd, read or write, and the callback that will wake the task) and parks the task. \
            When select() reports the fd ready, the \"process I/O events\" phase of the loop \
            cycle lists it and its callback joins the ready queue, so the task resumes in the \
            same cycle's run-ready phase. The Sockets panel follows each socket from LISTEN to \
            ESTABLISHED with its local and peer address. The network is simulated, with no \
            delay by default, so the whole exchange happens at virtual time 0.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__socket_echo.py"),
    },
    // Networking (issue 13): the program talks to itself over Loopscope's simulated sockets.
    Example {
        slug: "echo-server",
        title: "An echo server and clients",
        explanation: "start_server listens on a socket and runs the echo handler as a new task \
            for every connection, so the tasks panel shows one handler per client beside the \
            clients themselves. The network here is simulated loopback, as on Linux: bytes \
            written by one side are ready at the loop's next select, before any timer can \
            fire, so each client hears its echo at the same virtual moment it spoke. Watch the \
            loop cycle's \"process I/O events\" phase: that is where the readiness of each \
            socket becomes a callback, and the callback wakes the task waiting in readline.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__echo_server.py"),
    },
    Example {
        slug: "chat-broadcast",
        title: "A chat room that broadcasts",
        explanation: "The server keeps the writer of every member in a dict and, for each line \
            one member sends, writes it to all the others. write() never waits: it hands the \
            bytes to the transport, which sends them when the socket can take them. Each \
            client reads in a task of its own while its main coroutine sleeps between lines, \
            so what others say arrives in the middle of its own schedule. When a member \
            closes, its handler's async for ends and the server tells the others who left.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__chat_broadcast.py"),
    },
    Example {
        slug: "http-timeout",
        title: "Fetching a page with a timeout",
        explanation: "The little HTTP server answers after 100 ms, as a server far away would. \
            The client sends a GET and reads the answer inside asyncio.timeout(). With half a \
            second to spare the page arrives; with 50 ms the timeout cancels the pending read \
            and TimeoutError reaches fetch, whose finally closes the connection. The server \
            does not know the client gave up: its handler still wakes at 100 ms and answers a \
            closed connection. (A scenario can also put a server really far away with the \
            network keys, # loopscope: net-latency-ms=100; that network is simulated, with no \
            CPython reference.)",
        source: include_str!("../../../tests/conformance/scenarios/gallery__http_timeout.py"),
    },
    Example {
        slug: "many-clients",
        title: "Two hundred clients, one server",
        explanation: "gather starts 200 clients, and every connection the server accepts gets a \
            handler task, so at the busiest moment all 200 handlers are alive at once. No \
            thread is involved: each handler is suspended in readline until its client's \
            bytes arrive, and the selector reports every ready socket in one select. On \
            loopback nothing here takes virtual time, so the whole exchange happens at 0.0 s.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__many_clients.py"),
    },
    Example {
        slug: "refused-and-reset",
        title: "A refused connection and a reset",
        explanation: "Nobody listens on port 1, so the kernel answers the connection attempt \
            with a reset and open_connection raises ConnectionRefusedError, worded by asyncio \
            as \"Connect call failed\". The second server accepts and then closes with \
            SO_LINGER set to zero seconds, which makes the kernel send a reset instead of a \
            goodbye: the client's pending readline fails with ConnectionResetError, and \
            wait_closed reports the same error.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__refused_and_reset.py"),
    },
    Example {
        slug: "backpressure-drain",
        title: "drain() waits for a slow reader",
        explanation: "write() never blocks: it hands the kernel what fits in its socket buffers \
            and queues the rest in the transport. Once more than the high-water mark (64 KiB) \
            is queued, the transport pauses its protocol and drain() waits until the queue is \
            back under the low-water mark (16 KiB). Each 16 MB block is far more than the \
            kernel can hold, so the writer's drain() sleeps until the reader wakes from its \
            one-second nap and takes the block: 1.0 for the first, 2.0 for the second. The \
            writer prints before the reader, because the queue empties while the last \
            megabytes of the block are still in the kernel on their way.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__backpressure_drain.py"),
    },
    // Threads (issue 14): blocking work beside the loop, and a thread talking to it.
    Example {
        slug: "to-thread-vs-blocking",
        title: "time.sleep in a coroutine versus to_thread",
        explanation: "The first blocking call runs inside a coroutine: the loop cannot run \
            anything else until it returns, so the ticker's next tick comes a whole second \
            late. The second call goes to asyncio.to_thread, which hands it to a worker thread \
            of the loop's default executor (named asyncio_0): the main thread goes back to the \
            loop at once, the ticker keeps its 0.25 s rhythm, and the coroutine waits on a \
            future that the worker completes. The Threads panel shows the worker blocked in \
            time.sleep while the loop runs.",
        source: include_str!(
            "../../../tests/conformance/scenarios/gallery__to_thread_vs_blocking.py"
        ),
    },
    Example {
        slug: "threadsafe-feeder",
        title: "A thread feeding the loop",
        explanation: "The sensor thread must not touch the queue itself: asyncio's objects \
            belong to the loop's thread. It calls loop.call_soon_threadsafe instead, which \
            puts put_nowait on the ready queue and writes a byte to the loop's self-pipe, so a \
            loop waiting in select wakes up at once. The consumer, parked in queue.get(), \
            gets each reading at the very moment the thread measured it, between the clock \
            task's own half-second ticks.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__threadsafe_feeder.py"),
    },
    Example {
        slug: "bounded-executor",
        title: "run_in_executor with a bounded pool",
        explanation: "A ThreadPoolExecutor with two workers takes six blocking downloads: two \
            run while the other four wait in the pool's work queue, so the jobs finish in \
            three waves of a second each. run_in_executor wraps each job's concurrent future \
            in an asyncio future, so gather can wait for them while the progress task keeps \
            printing. Leaving the with block shuts the pool down and joins its workers.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__bounded_executor.py"),
    },
    Example {
        slug: "thread-deadlock",
        title: "Two threads, two locks, a deadlock",
        explanation: "Each thread takes one lock, sleeps a moment and then asks for the other's. \
            After 0.1 s both wait for a lock the other will never release, and the main \
            thread waits to join one of them: no thread can run and no timer can wake any. \
            CPython would hang here for ever. Loopscope stops the run with exit status 3 and \
            a report of every thread and the line it is stuck on; the Threads panel shows \
            each one blocked on its lock.",
        source: include_str!("../../../tests/conformance/scenarios/gallery__thread_deadlock.py"),
    },
    // Processes (issue 14 item 4). CPython's harness cannot run programs that start
    // processes, so this example lives in tests/processes/ (tests/processes/README.md).
    Example {
        slug: "process-pool",
        title: "CPU-bound work: threads versus processes",
        explanation: "Four jobs that only compute run first in a ThreadPoolExecutor, then in a \
            ProcessPoolExecutor, both through run_in_executor. The four threads share one GIL, \
            so only one of them computes at any moment and the lanes take turns every switch \
            interval: the jobs end together after four jobs' worth of time. Each process is a \
            separate interpreter with its own GIL, so on the 4 virtual cores set in the header \
            (# loopscope: instr-cost-ns=7 virtual-cores=4) the four compute side by side and \
            finish in about a quarter of the time. The processes are simulated: each is a \
            fork of the program whose arguments and results cross by pickling, and starting \
            one costs only its instructions here (a real fork costs more, so small jobs can \
            be slower in real processes than in threads).",
        source: include_str!("../../../tests/processes/gallery__process_pool.py"),
    },
];

/// The example whose slug is `slug`, if there is one.
pub fn find(slug: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.slug == slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_enough_examples() {
        assert!(EXAMPLES.len() >= 16, "only {} examples", EXAMPLES.len());
    }

    #[test]
    fn slugs_are_unique_and_url_safe() {
        for (i, e) in EXAMPLES.iter().enumerate() {
            assert!(!e.slug.is_empty());
            assert!(
                e.slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "slug {:?} must use only a-z, 0-9 and '-'",
                e.slug
            );
            assert!(
                !e.slug.starts_with('-') && !e.slug.ends_with('-') && !e.slug.contains("--"),
                "slug {:?} has a stray hyphen",
                e.slug
            );
            assert!(
                EXAMPLES[..i].iter().all(|other| other.slug != e.slug),
                "slug {:?} appears twice",
                e.slug
            );
        }
    }

    #[test]
    fn titles_are_short() {
        for e in EXAMPLES {
            let words = e.title.split_whitespace().count();
            assert!((3..=6).contains(&words), "title of {} has {words} words", e.slug);
        }
    }

    #[test]
    fn explanations_are_single_paragraphs() {
        for e in EXAMPLES {
            assert!(!e.explanation.trim().is_empty(), "{} has no explanation", e.slug);
            assert!(!e.explanation.contains('\n'), "{}: explanation is not one paragraph", e.slug);
            assert!(!e.explanation.contains("  "), "{}: explanation has a double space", e.slug);
        }
    }

    #[test]
    fn sources_are_short_commented_programs() {
        for e in EXAMPLES {
            let lines: Vec<&str> = e.source.lines().collect();
            assert!((10..=40).contains(&lines.len()), "{} has {} lines", e.slug, lines.len());
            let comment = lines
                .iter()
                .take_while(|l| l.starts_with('#'))
                .filter(|l| !l.starts_with(crate::header::PREFIX))
                .count();
            assert!((2..=4).contains(&comment), "{} opens with {comment} comment lines", e.slug);
            // Every example runs an event loop, except the threads ones that show what
            // happens around it (a deadlock between threads).
            let runs = e.source.contains("asyncio.run(") || e.source.contains("threading.Thread(");
            assert!(runs, "{} runs neither the loop nor a thread", e.slug);
            assert!(crate::header::parse(e.source).is_ok(), "{}: bad settings header", e.slug);
        }
    }

    #[test]
    fn find_returns_the_example_with_that_slug() {
        for e in EXAMPLES {
            let found = find(e.slug).expect("every slug can be found");
            assert_eq!((found.slug, found.title), (e.slug, e.title));
        }
        assert_eq!(find("blocking-sleep").map(|e| e.title), Some("time.sleep freezes the loop"));
        assert!(find("blocking_sleep").is_none());
        assert!(find("").is_none());
        assert!(find("no-such-example").is_none());
    }
}
