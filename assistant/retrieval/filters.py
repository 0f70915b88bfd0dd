"""Search filters: some documents, and/or clauses naming some responsible units."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.corpus.model import Clause
from assistant.lexicon.units import canonical_unit, is_local_counterpart


@dataclass(frozen=True)
class Filters:
    """Restrict a search to some documents and/or clauses naming some responsible units."""

    doc_ids: frozenset[str] | None = None
    units: frozenset[str] | None = None
    #: with `units`: the clause's units must all be among them (单独负责), not merely include one
    only_units: bool = False

    def allows(self, clause: Clause) -> bool:
        if self.doc_ids is not None and clause.doc_id not in self.doc_ids:
            return False
        if self.units:
            matched = self.matched_units(clause)
            if not matched or (self.only_units and len(matched) != len(clause.units)):
                return False
        return True

    def matched_units(self, clause: Clause) -> list[str]:
        """The clause's units, as the document names them, that answer for the wanted units."""
        # inside a named local document, 外管局 also means its local office 省外汇管理局
        local = self.doc_ids is not None
        return [unit for unit in clause.units if _names_unit(unit, self.units or frozenset(), local)]


def _names_unit(unit: str, wanted: frozenset[str], local_counterparts: bool) -> bool:
    """人民银行 answers for 人民银行等 (substring), 外汇局 for 外管局 (canonical), and with
    `local_counterparts` 省外汇管理局 for 外汇局."""
    if canonical_unit(unit) in wanted or any(w in unit for w in wanted):
        return True
    return local_counterparts and is_local_counterpart(unit, wanted)
