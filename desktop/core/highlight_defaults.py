"""The six highlight colour slots a new library starts with: slot, name, colour.

Their names are the user's to change (Edit ▸ Highlight Colour Names…); a name still at its
default is no edit, which is why sync needs these too (a first sync sends renamed slots only).
"""

DEFAULT_HIGHLIGHT_COLORS = (
    (1, "highlight", "#f5d90a"),
    (2, "claim", "#3fb950"),
    (3, "term", "#58a6ff"),
    (4, "question", "#f778ba"),
    (5, "evidence", "#ff9b3d"),
    (6, "follow up", "#bc8cff"),
)
