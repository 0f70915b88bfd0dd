"""What gets embedded for a clause: its whole context, or for a long clause runs of sentences instead.

One vector for a multi-paragraph clause (主要目标 lists a dozen goals) is an average that
matches no single question well; a vector per few sentences lets a question about one goal
find it. A clause scores as its best passage.

A long clause is embedded as its pieces alone, each under the clause's heading: embedding its
whole as well doubled the work on it for little (the 3,422 laws: 34,257 long clauses, their wholes
5.7 M of 19.6 M tokens, 29 % of an ingest), and the whole clause is still what BM25 indexes and what
an answer quotes. Measured by scripts/passage_budget.py (laws: 227,812 passage rows and 19.6 M tokens
→ 193,555 and 13.8 M); clean-copy eval, hybrid, before → after: shipped-dev recall@1/@5/MRR@10
0.820/0.980/0.889 → 0.814/0.980/0.885, case accuracy 0.946 → 0.948; real-dev 0.839/0.973/0.891 →
0.837/0.973/0.890, case accuracy 0.864 → 0.864 (one case fixed, none broken).
"""

from __future__ import annotations

from assistant.corpus.model import Clause
from assistant.lexicon.sentences import sentence_pieces

#: clauses longer than this are embedded piece by piece
PASSAGE_CHARS = 160


def passages(clause: Clause) -> list[str]:
    """The clause's context, or (for a long clause) each run of sentences under its heading."""
    whole = clause.context
    if len(clause.text) <= PASSAGE_CHARS:
        return [whole]
    heading = whole[: len(whole) - len(clause.text)]
    pieces, current = [], ""
    for sentence in sentence_pieces(clause.text):
        if current and len(current) + len(sentence) > PASSAGE_CHARS:
            pieces.append(current)
            current = ""
        current += sentence
    if current.strip():
        pieces.append(current)
    pieces = [piece.strip() for piece in pieces if piece.strip()]
    return [f"{heading}{piece}" for piece in pieces] if len(pieces) > 1 else [whole]
