"""File ▸ Export, made from the core's export-format registry."""
