"""Saved searches: the sidebar's named searches with live counts, and their undoable edits."""
