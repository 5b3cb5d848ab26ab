"""Coding: the codebook dock, the code picker, code marks in the reader, and the analysis panes."""
