"""Benchmarks that print figures (`python -m assistant.bench`); nothing here asserts a speed."""
