"""What a write changed, in one shape for every write in the library.

Every core function that writes returns a `Change` (or a result that carries one), and the
window passes it on one signal. Each view then decides for itself what to refresh: the list
repaints the rows of `articles`, the reader re-lays out text only when the article it shows is
in `texts`, the annotations panel reloads only for `annotations`, the sidebar only when
`counts` is set. So starring an article touches its row and the sidebar's Starred count, and
nothing re-reads article text.

Changes combine with `|`, so a batch of writes (an import of many dumps, an undo of several
steps) can be reported as one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from desktop.core.ids import AnnotationId, ArticleId, TagId


def _ids(values: Iterable[ArticleId] | None) -> frozenset[ArticleId]:
    return frozenset(values or ())


@dataclass(frozen=True)
class Change:
    """Which articles changed, and in what respect; empty when nothing did."""

    texts: frozenset[ArticleId] = frozenset()  # gained a version or an occurrence (an import)
    flags: frozenset[ArticleId] = frozenset()  # read / starred
    tags: frozenset[ArticleId] = frozenset()  # tags added or removed, or a tag of theirs renamed or recoloured
    annotations: frozenset[ArticleId] = frozenset()  # highlights, notes, codings made, edited or deleted
    links: frozenset[ArticleId] = frozenset()  # translation links made or undone, suggestions dismissed
    alignments: frozenset[ArticleId] = frozenset()  # a pair's alignment corrected, or a mismatch between them accepted
    rows_added: bool = False  # new articles: lists must re-place their rows
    counts: bool = False  # something a sidebar count or a counter depends on
    tag_definitions: frozenset[TagId] = frozenset()  # tags created, renamed, recoloured, merged or deleted
    highlight_colors: bool = False  # the names of the highlight colours
    codes: bool = False  # the codebook or its counts: codes made, edited, moved, merged or deleted, codings made or removed
    saved_searches: bool = False  # saved searches made, renamed, edited, reordered or deleted
    touched_annotations: frozenset[AnnotationId] = field(default=frozenset())  # for views that select what was made
    conflicts: bool = False  # the sync Conflicts list may have changed (edits from other devices, a conflict resolved)

    @property
    def articles(self) -> frozenset[ArticleId]:
        """Every article touched in any respect: the rows a list must repaint."""
        return self.texts | self.flags | self.tags | self.annotations | self.links | self.alignments

    @property
    def is_empty(self) -> bool:
        return self == Change()

    def __or__(self, other: Change) -> Change:
        merged = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = (mine or theirs) if isinstance(mine, bool) else (mine | theirs)
        return Change(**merged)

    @classmethod
    def merge(cls, changes: Iterable[Change]) -> Change:
        """All of them as one (each set gathered once: a sync merges thousands)."""
        flags: dict[str, bool] = {}
        sets: dict[str, set[object]] = {}
        for change in changes:
            for f in fields(change):
                value = getattr(change, f.name)
                if isinstance(value, bool):
                    flags[f.name] = flags.get(f.name, False) or value
                elif value:
                    sets.setdefault(f.name, set()).update(value)
        return cls(**flags, **{name: frozenset(values) for name, values in sets.items()})  # type: ignore[arg-type]

    # Constructors for the common writes, so each caller states what changed in its own words.
    @classmethod
    def of_flags(cls, articles: Iterable[ArticleId]) -> Change:
        ids = _ids(articles)
        return cls(flags=ids, counts=bool(ids))

    @classmethod
    def of_tags(cls, articles: Iterable[ArticleId], tags: Iterable[TagId] = (), *, definitions: bool = False) -> Change:
        ids, tag_ids = _ids(articles), frozenset(tags)
        return cls(tags=ids, tag_definitions=tag_ids if definitions else frozenset(), counts=bool(ids) or definitions)

    @classmethod
    def of_annotations(cls, articles: Iterable[ArticleId], annotations: Iterable[AnnotationId] = ()) -> Change:
        ids = _ids(articles)
        return cls(annotations=ids, touched_annotations=frozenset(annotations), counts=bool(ids))

    @classmethod
    def of_codes(cls, articles: Iterable[ArticleId] = (), annotations: Iterable[AnnotationId] = ()) -> Change:
        """The codebook changed; `articles` are those whose codings did (their passages repaint)."""
        ids = _ids(articles)
        return cls(annotations=ids, touched_annotations=frozenset(annotations), codes=True, counts=bool(ids))

    @classmethod
    def of_links(cls, articles: Iterable[ArticleId]) -> Change:
        return cls(links=_ids(articles))

    @classmethod
    def of_alignments(cls, articles: Iterable[ArticleId]) -> Change:
        return cls(alignments=_ids(articles))

    @classmethod
    def of_saved_searches(cls) -> Change:
        return cls(saved_searches=True)

    @classmethod
    def of_import(cls, articles: Iterable[ArticleId], *, rows_added: bool) -> Change:
        ids = _ids(articles)
        return cls(texts=ids, rows_added=rows_added, counts=bool(ids))
