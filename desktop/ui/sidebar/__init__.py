"""The sidebar of library views, sources, sections, tags and recent imports."""
