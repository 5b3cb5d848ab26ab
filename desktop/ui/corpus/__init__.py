"""The Corpus panel: concordance (KWIC), frequency over time and collocates of the list's search."""
