"""Distinct id types, so an article id is never passed where a version id is expected.

Integer ids are local to one library file. `Uuid` is the identity of a user-made row
(annotation, tag, link, ...) that stays the same across undo, export and other devices.
"""

from typing import NewType

ArticleId = NewType("ArticleId", int)
VersionId = NewType("VersionId", int)
DumpId = NewType("DumpId", int)
SourceId = NewType("SourceId", int)
SectionId = NewType("SectionId", int)
TagId = NewType("TagId", int)
CorrectionId = NewType("CorrectionId", int)  # a hand correction of a pair's alignment
AnnotationId = NewType("AnnotationId", int)
SavedSearchId = NewType("SavedSearchId", int)
Uuid = NewType("Uuid", str)
CodeId = NewType("CodeId", int)
CodingId = NewType("CodingId", int)
