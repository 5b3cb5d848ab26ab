"""Highlights and notes: the panel, the library-wide browser, and their undoable commands."""
