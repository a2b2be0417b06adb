# Walking a traceback's frames (tb_frame): each frame's code, line (the running one's
# current line), globals and caller, traceback.walk_tb, as "where did it fail" helpers do.
import sys, traceback
def inner(x):
    y = x * 2
    raise ValueError(f"bad {y}")
def outer():
    inner(21)
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno, f.f_lineno, f.f_code.co_filename == __file__, f.f_globals is globals() or f.f_globals["__name__"])
        last = tb
        tb = tb.tb_next
    print(last.tb_frame.f_back.f_code.co_name, last.tb_frame.f_back.f_back.f_code.co_name)
    print(last.tb_frame is last.tb_frame, type(last.tb_frame).__name__)
    for frame, lineno in traceback.walk_tb(e.__traceback__):
        print("walk", frame.f_code.co_name, lineno)
    _, _, tb = sys.exc_info()
    print(tb.tb_frame.f_code.co_name)
def handler():
    try:
        inner(1)
    except ValueError as e:
        frames = []
        t = e.__traceback__
        while t:
            frames.append(t.tb_frame.f_code.co_name)
            t = t.tb_next
        print(frames)
handler()
