"""Listing the library's documents: filters over the summaries kept in each build's manifest.

Apart from the catalog so that `policy-qa docs` reads one small JSON file and imports
neither numpy nor FAISS.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def document_type(summary: Mapping[str, Any]) -> str | None:
    """The document's kind and form (法律 条例, 政策文件 实施意见), so a type filter matches either."""
    kinds = [str(summary[k]) for k in ("doc_type", "form") if summary.get(k)]
    return " ".join(kinds) or None


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
