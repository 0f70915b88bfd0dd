"""Citations: the contract other tools read, and the labels people read.

A label names the document by its number when it has one (《国发〔2013〕32号》),
otherwise by its short title (《浙江实施意见》), then the clause path in the document's
own numbering: （二十一）, （十一）2, 二（一）, 第十五条, 附件第64项.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.corpus.model import Clause, Document

_KIND_NAMES = {"preamble": "序言", "closing": "结尾"}


def clause_path(clause: Clause) -> str:
    """The clause part of a label, without the document name: the path the parser gave the leaf."""
    if clause.path:
        return clause.path
    if clause.annex_row is not None:
        return f"附件第{clause.annex_row}项"
    if clause.clause:
        return f"{clause.clause}{clause.item or ''}{clause.subitem or ''}"
    return _KIND_NAMES.get(clause.kind, clause.chapter or "")


def label_for(clause: Clause, document: Document) -> str:
    return f"《{document.cite_name}》{clause_path(clause)}"


@dataclass
class Reference:
    """An article the cited text points to (依照本法第二十条), resolved so the reader can open it."""

    #: the words in the cited text that point (本法第二十条, 《中华人民共和国劳动法》第三十六条)
    phrase: str
    label: str
    doc_id: str
    clause_id: str
    text: str


@dataclass
class Citation:
    doc_id: str
    doc_title: str
    doc_number: str | None
    clause: str | None
    item: str | None
    annex_row: int | None
    label: str
    text: str
    clause_id: str
    units: list[str] = field(default_factory=list)
    deadline: str | None = None
    #: the sentences of `text` the answer rests on, for highlighting
    quotes: list[str] = field(default_factory=list)
    #: articles the text refers to that the library holds (filled by the assistant, not by `of`)
    references: list[Reference] = field(default_factory=list)

    @classmethod
    def of(cls, clause: Clause, document: Document, quotes: list[str] | None = None) -> "Citation":
        return cls(
            doc_id=document.doc_id,
            doc_title=document.title,
            doc_number=document.number,
            clause=clause.clause,
            item=clause.item,
            annex_row=clause.annex_row,
            label=label_for(clause, document),
            text=clause.text,
            clause_id=clause.id,
            units=list(clause.units),
            deadline=clause.deadline,
            quotes=list(quotes or []),
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
