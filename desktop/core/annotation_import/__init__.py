"""Annotations from other tools (and from Qalam's own W3C export) brought into the library.

reading.py turns a file into neutral records; importing.py matches each to its article, anchors
it, and writes it, keeping its identity so that the same file imported twice changes nothing.
"""
