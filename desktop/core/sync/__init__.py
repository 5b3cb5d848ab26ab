"""Sync between a user's machines, and within a team, through a folder they already share.

No server and no shared database: each library (a *device*) writes its edits as numbered,
checksummed change files into its own subfolder of the sync folder (Syncthing, Dropbox,
OneDrive, Nextcloud, a network share, a USB stick), and reads the others'. Only that device
ever writes its subfolder, so a file-sync tool never has two writers for one file, and the
live library file is never in the folder at all.

How an edit travels:

1. capture (triggers.py): SQLite triggers, generated from the spec, log each write of a
   synced field as an op in the library's op log, in the edit's own transaction, keyed by the
   row's stable identity (a UUID, or an article's natural key) and stamped with a hybrid
   logical clock (hlc.py) and the device id; a row about a pair of articles is logged in the
   articles' stable order, whichever the library numbered first (refs.py);
2. push (folder.py): the ops not written yet go into the device's next change file
   (changefile.py), written under a temporary name and renamed when whole;
3. pull (folder.py, apply.py): another device reads the files it has not applied, verifies
   them, and applies each in one transaction: its ops join the log and the rows they touch are
   placed again from their winning values (place.py), mapped to local ids;
4. merge (oplog.py, conflicts.py): per field, the last writer wins, by (clock, device), the
   same on every device whatever order files arrive in; a concurrent edit that lost is kept
   and listed in the Conflicts list, with "use this one instead".

What syncs is declared once, in spec.py (`SPEC`: one entry per table, its key, how its id
columns map to stable keys, which fields sync). Adding a synced table is one entry there plus
a migration that calls `device.spec_changed(db)`, and a bump of `SYNC_SCHEMA`; spec.py's
docstring says how. The sync folder, the device's identity and its copies are in device.py;
shared dumps in shared_dumps.py; one whole sync, and its report, in run.py (`sync_once`).
The package imports nothing itself: import from its modules.

Why not SQLite's session extension: Python's sqlite3 does not expose it; the APSW wheel that
does bundles a second copy of SQLite, and two copies in one process break each other's POSIX
locks (committed transactions were lost in tests on Linux); and its changesets are keyed by
this device's integer ids and resolve whole rows, where sync needs stable keys and per-field
merging that keeps the losing value.
"""
