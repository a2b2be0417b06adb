# The program itself is the main process: current_process() is MainProcess (no parent, no
# children yet), and its pid is os.getpid(). The start method is fork (Linux's default).
import multiprocessing as mp
import os

me = mp.current_process()
print(me)
print(me.name, me.daemon, me.pid == os.getpid(), me.is_alive())
print(mp.parent_process(), mp.active_children())
print(mp.get_start_method(), mp.get_all_start_methods())
print(type(mp.get_context()).__name__, mp.get_context().get_start_method())
