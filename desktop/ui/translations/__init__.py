"""What translators do outside the parallel view: projected highlights in the reader, and suggested translations."""
