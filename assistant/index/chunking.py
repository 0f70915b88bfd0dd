"""What gets embedded for a clause: its whole context, and for a long clause also runs of sentences.

One vector for a multi-paragraph clause (主要目标 lists a dozen goals) is an average that
matches no single question well; a vector per few sentences lets a question about one goal
find it. A clause scores as its best passage.
"""

from __future__ import annotations

from assistant.corpus.model import Clause
from assistant.lexicon.sentences import sentence_pieces

#: clauses longer than this are also embedded piece by piece
PASSAGE_CHARS = 160


def passages(clause: Clause) -> list[str]:
    """The clause's context, plus (for a long clause) each run of sentences under its heading."""
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
    return [whole] + [f"{heading}{piece}" for piece in pieces] if len(pieces) > 1 else [whole]
