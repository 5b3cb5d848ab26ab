"""Corpus views for researchers: a concordance (KWIC), frequency over time, and collocates.

All three work on what the article list shows (the sidebar filter AND the search box) and
lean on the full-text index for the hard part: FTS5 finds the matching versions, and marks
the hits in a version's text with `highlight()`, so a hit is exactly what the search matched
(phrases, the last word as a prefix, accents folded), found in C, and only ever for one
window of versions at a time. Counting over the whole library (frequency) uses an in-memory
index of every article's date and source (library_index.py), so a common word at a million
articles is counted in numpy rather than looked up row by row.
"""
