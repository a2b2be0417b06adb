# `->` with no annotation after it: CPython asks for the colon at the arrow.
async def handler() ->:
    return 1
