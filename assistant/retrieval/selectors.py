"""Filters turned into the row sets the engines apply, and each clause's passage rows.

Why: a filter checked clause by clause in Python, for every question, grows with the
library. Here a filter becomes, once, a sorted array of allowed clause rows (documents
are contiguous runs of rows, so a document filter is a few ranges; a unit filter checks
one representative clause per (document, units) group, not every clause), cached per
distinct filter; the vector engine gets the matching passage rows as its id selector and
bm25s gets the clause rows as its weight mask. Vector row ``i`` belongs to clause
``row_clause[i]`` and rows are in clause order, so a clause's passages are one range.
"""

from __future__ import annotations

from functools import cached_property, lru_cache

import numpy as np

from assistant.index.catalog import Catalog
from assistant.retrieval.filters import Filters

#: distinct filters whose allowed rows are kept (a session asks about a few documents or units)
FILTER_CACHE_SIZE = 256


class ClauseRows:
    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        # passages of clause i are vector rows starts[i] … starts[i + 1] - 1
        self._starts = np.searchsorted(catalog.row_clause, np.arange(len(catalog.clauses) + 1))
        sizes = np.array([len(d.clauses) for d in catalog.documents], dtype="int64")
        ends = np.cumsum(sizes)
        self._doc_ranges = {
            d.doc_id: (int(end - size), int(end)) for d, size, end in zip(catalog.documents, sizes, ends)
        }
        self._cached_allowed = lru_cache(maxsize=FILTER_CACHE_SIZE)(self._allowed)

    def allowed(self, filters: Filters | None) -> tuple[np.ndarray, np.ndarray] | None:
        """(sorted clause rows, their passage rows) the filter lets through; None when it restricts nothing."""
        if filters is None or (filters.doc_ids is None and not filters.units):
            return None
        return self._cached_allowed(filters)

    def passages(self, clause_rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(passage rows, position in `clause_rows` of the clause each belongs to) of the given clauses."""
        clause_rows = np.asarray(clause_rows, dtype="int64")
        first, counts = self._starts[clause_rows], np.diff(self._starts)[clause_rows]
        owner = np.repeat(np.arange(len(clause_rows)), counts)
        offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
        return np.repeat(first, counts) + offsets, owner

    def _allowed(self, filters: Filters) -> tuple[np.ndarray, np.ndarray]:
        rows = self._allowed_clauses(filters)
        return rows, self.passages(rows)[0]

    def _allowed_clauses(self, filters: Filters) -> np.ndarray:
        ranges = (
            [self._doc_ranges[d] for d in filters.doc_ids if d in self._doc_ranges]
            if filters.doc_ids is not None
            else [(0, len(self._catalog.clauses))]
        )
        if not filters.units:
            rows = [np.arange(start, end, dtype="int64") for start, end in sorted(ranges)]
            return np.concatenate(rows) if rows else np.empty(0, dtype="int64")
        clauses = self._catalog.clauses
        groups = self._unit_groups
        docs = filters.doc_ids if filters.doc_ids is not None else self._doc_ranges.keys()
        rows = [
            members
            for doc_id in docs
            for members in groups.get(doc_id, ())
            if filters.allows(clauses[int(members[0])])
        ]
        return np.sort(np.concatenate(rows)) if rows else np.empty(0, dtype="int64")

    @cached_property
    def _unit_groups(self) -> dict[str, list[np.ndarray]]:
        """Per document, the rows of its clauses grouped by their units (clauses naming no unit left out):
        a unit filter's verdict is the same for every clause of a group."""
        grouped: dict[tuple[str, tuple[str, ...]], list[int]] = {}
        for row, clause in enumerate(self._catalog.clauses):
            if clause.units:
                grouped.setdefault((clause.doc_id, tuple(clause.units)), []).append(row)
        result: dict[str, list[np.ndarray]] = {}
        for (doc_id, _), rows in grouped.items():
            result.setdefault(doc_id, []).append(np.array(rows, dtype="int64"))
        return result
