"""Distinct id types, so an article id is never passed where a version id is expected."""

from typing import NewType

ArticleId = NewType("ArticleId", int)
VersionId = NewType("VersionId", int)
DumpId = NewType("DumpId", int)
SourceId = NewType("SourceId", int)
SectionId = NewType("SectionId", int)
TagId = NewType("TagId", int)
