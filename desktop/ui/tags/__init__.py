"""Tagging articles, and renaming, recolouring, merging and deleting tags, with undo."""
