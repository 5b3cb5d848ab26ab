"""The domain, free of Qt: dump parsing, the library store, import, search and export."""
