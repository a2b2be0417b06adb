# inspect.signature of asyncio's functions (native here, Python in CPython), and a bind.
import asyncio, inspect
for n in ['all_tasks', 'create_task', 'current_task', 'ensure_future', 'gather', 'iscoroutine', 'iscoroutinefunction', 'isfuture', 'new_event_loop', 'run', 'set_event_loop', 'sleep', 'wait_for', 'shield', 'wait', 'as_completed', 'to_thread']:
    f = getattr(asyncio, n)
    sig = inspect.signature(f)
    print(n, sig, [p.kind.name for p in sig.parameters.values()])
print(inspect.signature(asyncio.sleep).bind(1).arguments)
