"""Qualitative coding: a codebook of hierarchical codes, codings of passages and articles, their analysis, and REFI-QDA exchange."""
