# Exceptions chain. `raise New from old` marks a deliberate cause ("direct cause");
# raising inside an except block without `from` records the context ("During handling").
# Notice the two different sentences between the tracebacks.
import asyncio


class ConfigError(Exception):
    pass


def read_port(config):
    try:
        return int(config["port"])
    except KeyError as e:
        raise ConfigError("port missing") from e


async def main():
    try:
        read_port({})
    except ConfigError as e:
        print("caught:", e, "| cause:", repr(e.__cause__))
    try:
        read_port({"port": "eighty"})
    except ValueError:
        print("cleanup after", undefined_name)


asyncio.run(main())
