# argparse in a script run with no arguments: a required positional is missing, so the parser
# prints its usage and the error to stderr and exits with status 2 before asyncio starts.
import argparse
import asyncio


async def main(host, port):
    print("connecting to", host, port)


parser = argparse.ArgumentParser(description="Connect to a server.")
parser.add_argument("host")
parser.add_argument("--port", type=int, default=8888)
args = parser.parse_args()
asyncio.run(main(args.host, args.port))
