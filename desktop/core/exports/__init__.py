"""Exports of the library: each format is one entry of `registry.FORMATS`, from which the
command line's `--format` choices and the window's File ▸ Export menu are both made."""
