"""Synthetic remote-support session clips with ground truth (see samples/README.md)."""
