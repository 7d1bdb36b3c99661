"""Training-time code for the shipped classifier (needs the `train` extra: scikit-learn)."""
