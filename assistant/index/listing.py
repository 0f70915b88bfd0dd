"""Listing the library's documents: filters over the summaries kept in each build's manifest.

Apart from the catalog so that `policy-qa docs` reads one small JSON file and imports
neither numpy nor FAISS.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any


def document_type(summary: Mapping[str, Any]) -> str | None:
    """The document's type: its own field when the parser gives one, else the kind its title ends with (意见, 办法…)."""
    own = summary.get("doc_type")
    if own:
        return str(own)
    from assistant.corpus.metadata import DOC_TYPES

    title = re.sub(r"[（(][^（）()]*[）)]$", "", str(summary.get("title") or ""))
    return next((kind for kind in DOC_TYPES if title.endswith(kind)), None)


def _field(summary: Mapping[str, Any], name: str) -> Any:
    if name == "type":
        return document_type(summary)
    if name == "year":
        return str(summary.get("date") or "")[:4] or None
    return summary.get(name)


def filter_summaries(summaries: list[dict[str, Any]], filters: Mapping[str, str | None]) -> list[dict[str, Any]]:
    """Document summaries whose fields contain each filter's value (type=意见 keeps 实施意见; year=2014; any field).

    Generic over fields, so a field the parser adds later (status, government…) filters with no change here.
    """
    wanted = {k: str(v) for k, v in filters.items() if v not in (None, "")}
    return [
        row for row in summaries
        if all((value := _field(row, name)) is not None and needle in str(value) for name, needle in wanted.items())
    ]
