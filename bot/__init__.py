"""Sift: turns a news article into a ranked checklist of claims to verify."""

__version__ = "0.1.0"
