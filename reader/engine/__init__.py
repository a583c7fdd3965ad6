"""Engine: seeds, chains, alignment, word diff, comparison of two texts, and the candidate index."""
