# multiprocessing.Pool's checks before any worker starts.
import multiprocessing as mp

for kwargs in [{"processes": 0}, {"processes": -2}, {"maxtasksperchild": 0},
               {"initializer": 5}]:
    try:
        mp.Pool(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, "-", e)
