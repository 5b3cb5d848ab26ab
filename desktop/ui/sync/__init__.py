"""Sync through a shared folder: choosing it, syncing by itself in the background, the sync log and the Conflicts list."""
