"""Fake servers the tests run on loopback."""
