"""Packages for concurrent execution; see concurrent.futures."""
