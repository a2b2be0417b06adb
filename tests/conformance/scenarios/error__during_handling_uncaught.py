# An exception raised while handling another one is chained to it: when nobody catches
# it, Python prints both tracebacks joined by "During handling of the above exception,
# another exception occurred". Notice the order: the first exception comes first.
def load(config, key):
    try:
        return config[key]
    except KeyError:
        fallback = config["defaults"][key]
        return fallback


settings = {"defaults": {"port": 80}, "host": "example.org"}
print(load(settings, "host"), load(settings, "port"))
print(load(settings, "timeout"))
