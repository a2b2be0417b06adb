# Importing asyncio makes the 'asyncio' and 'concurrent.futures' loggers, whichever of
# asyncio and logging comes first, so dictConfig's disable_existing_loggers disables them:
# a task's unretrieved exception is then not reported.
import logging
import logging.config
import asyncio
print(sorted(logging.Logger.manager.loggerDict))
logging.config.dictConfig({"version": 1})
print(logging.getLogger("asyncio").disabled)

async def fail():
    raise ValueError("lost")

async def main():
    asyncio.create_task(fail())
    await asyncio.sleep(0.1)

asyncio.run(main())
print("end")
