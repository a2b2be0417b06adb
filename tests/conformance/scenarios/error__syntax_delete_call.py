# `del` of a call result.
import asyncio

tasks = {}
del tasks.get("a")
