# The event loop policy decides what get_event_loop(), set_event_loop() and
# new_event_loop() do. The default one (DefaultEventLoopPolicy, _UnixDefaultEventLoopPolicy
# on Linux) keeps one loop per thread; set_event_loop_policy(None) keeps the default.
# Notice the policy's get_event_loop() returns the thread's loop, not the running one.
import asyncio

policy = asyncio.get_event_loop_policy()
print(policy is asyncio.get_event_loop_policy())
print(isinstance(policy, asyncio.AbstractEventLoopPolicy),
      isinstance(policy, asyncio.DefaultEventLoopPolicy))
loop = policy.new_event_loop()
policy.set_event_loop(loop)
print(policy.get_event_loop() is loop, asyncio.get_event_loop() is loop)


async def main():
    running = asyncio.get_running_loop()
    print("running is the policy's loop:", policy.get_event_loop() is running)
    print("get_event_loop() inside:", asyncio.get_event_loop() is running)


loop.run_until_complete(main())
asyncio.run(main())
try:
    policy.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.set_event_loop_policy("default")
except TypeError as e:
    print("TypeError:", e)
asyncio.set_event_loop_policy(None)
default = asyncio.get_event_loop_policy()
print(type(default).__name__, type(default).__module__)
loop.close()
