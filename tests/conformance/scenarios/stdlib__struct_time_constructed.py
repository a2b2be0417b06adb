# time.struct_time built from a sequence (values kept as given, 9 to 11 items) and
# sort/sorted reverse= parsed as a C int.
import time
print(time.struct_time([1.5,2,3,4,5,6,7,8,9]))
print(time.struct_time((1,2,3,4,5,6,7,8,9,'UTC',3600)).tm_zone)
t=time.struct_time(range(9)); print(t, t.tm_zone, t[3], list(t)[:3], len(t))
st = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(time.strftime("%Y-%m-%d %H:%M:%S", st), st.tm_year, st[0], len(st), time.asctime(st))
for a in [(1,)*12, 5, 'abcdefghi', (1,2), {1,2,3,4,5,6,7,8,9}]:
  try: print(time.struct_time(a))
  except Exception as e: print(type(e).__name__, e)
try: time.struct_time((1,)*9, x=1)
except Exception as e: print(type(e).__name__, e)
for v in [2**31-1, 2**31, -2**31, -2**31-1, 2**70, -2**70]:
    try: print(v, sorted([1,2], reverse=v))
    except Exception as e: print(v, type(e).__name__, e)
    try: print(v, [1,2].sort(reverse=v))
    except Exception as e: print(v, type(e).__name__, e)
try:
    time.struct_time()
except TypeError as e:
    print(e)
