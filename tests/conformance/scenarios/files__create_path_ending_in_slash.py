# Creating a file at a path written as a directory.
import os

os.makedirs("work", exist_ok=True)
for path, mode in (("work/new/", "w"), ("work/new/", "r"), ("missing/new/", "w"), ("work/", "w")):
    try:
        open(path, mode)
    except OSError as e:
        print(mode, type(e).__name__, e)
