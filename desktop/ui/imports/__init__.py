"""Importing dumps: files, folders, drops, the inbox folder, progress and the import log."""
