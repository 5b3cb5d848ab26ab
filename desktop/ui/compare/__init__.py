"""Comparing versions and reading translations in parallel; the versions panel; linking translations."""
