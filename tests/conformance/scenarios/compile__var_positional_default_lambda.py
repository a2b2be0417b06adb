# A default for a lambda's *args.
handler = lambda *args=(): args
