# Augmented assignment to two names at once.
hits, misses = 0, 0
hits, misses += 1, 0
