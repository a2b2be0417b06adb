# Tasks that share a state dict can take snapshots with copy.deepcopy: a snapshot does not
# change when other tasks update the live state, while a shallow copy still shares the
# inner lists. Notice what each reporter sees after the updates.
import asyncio
import copy

state = {'done': [], 'counts': {'ok': 0, 'failed': 0}}


async def worker(name, delay, ok):
    await asyncio.sleep(delay)
    state['done'].append(name)
    state['counts']['ok' if ok else 'failed'] += 1
    print(f'{asyncio.get_running_loop().time():.1f} {name} finished')


async def reporter():
    snapshot = copy.deepcopy(state)
    view = copy.copy(state)
    await asyncio.sleep(0.25)
    print('snapshot', snapshot)
    print('view    ', view)
    print('live    ', state)
    print(view['done'] is state['done'], snapshot['done'] is state['done'])


async def main():
    await asyncio.sleep(0.1)
    await asyncio.gather(reporter(), worker('a', 0.1, True), worker('b', 0.2, False),
                         worker('c', 0.3, True))
    tasks_state = [copy.deepcopy(state) for _ in range(2)]
    tasks_state[0]['done'].clear()
    print(tasks_state, state['done'])


asyncio.run(main())
