# `exit("message")` prints the message on stderr and ends the program with status 1, as
# `sys.exit("message")` does; code after it never runs.
def check(config):
    if "port" not in config:
        exit(f"config error: no port in {sorted(config)}")
    return config["port"]


print("port", check({"port": 8080}))
print("port", check({"host": "localhost"}))
print("unreachable")
