"""A learned second opinion on answering: after the slot rules of `evidence` have chosen clauses that
fill the asked slot, a small logistic model reads how well the evidence covers the question and may
decline instead.

Hand rules over the question's wording ("a distinctive word of the question is missing from the
clause") were tried and broke more dev cases than they fixed; this model reads signals that carry
to documents it never saw, none of them a document's vocabulary: the retrieval scores of the best
clause and its margin over the next, how much of the question's content (words, bigrams, the
longest phrase) the cited clause holds outside its document's title, how much only the title holds,
how much of it no clause near the top holds at all, whether the cited clause holds the fact the
slot asks, whether the question names the document's place, and the kind of slot asked.

Measured on dev with grouped CV it does not yet pay (train_abstention's docstring: AUC 0.77, and at
every threshold it declines more questions answered right than unanswerable ones), so the shipped
threshold is 0 (never declines) and the setting is off; the hook and the trainer stay so that new
signals can be tried and measured the same way.

Trained by `python -m assistant.answering.train_abstention` on the dev splits only, with
cross-validation grouped by document; the weights and the threshold (chosen on the grouped CV, not on
a case) live in `abstention_weights.json` beside this file. Used by `evidence.EvidenceSelector`
when `Settings.learned_abstention` is on.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from assistant.answering.intents import Slot, slot_spec
from assistant.answering.question import subject_words
from assistant.lexicon.regions import to_simplified

WEIGHTS_PATH = Path(__file__).with_name("abstention_weights.json")

#: slots grouped by what filling them takes (a figure, a unit, a date, or prose)
_FIGURE_SLOTS = frozenset({Slot.AMOUNT, Slot.NUMBER, Slot.YEAR})
_WHO_SLOTS = frozenset({Slot.UNITS})
_WHEN_SLOTS = frozenset({Slot.DEADLINE, Slot.VALIDITY})

FEATURES = (
    "top_dense",
    "dense_margin",
    "top_fused",
    "fused_margin",
    "body_bigram_cover",
    "title_only_cover",
    "uncovered_top5",
    "longest_run",
    "slot_fact",
    "selected_in_fused_top3",
    "place_named",
    "slot_figure",
    "slot_who",
    "slot_when",
    "asks_number",
    "question_bigrams",
    "word_missing_clause",
    "word_missing_document",
    "longest_missing_word",
    "has_words",
)

_HAN = re.compile(r"[\u4e00-\u9fff]")
_RUN_CAP = 8
_PLACE_SUFFIX = re.compile(r"(?<=..)(?:省|市|县|区|旗|自治区|特别行政区)$")


def _bigram_list(text: str) -> list[str]:
    return [text[i : i + 2] for i in range(len(text) - 1) if _HAN.match(text[i]) and _HAN.match(text[i + 1])]


@lru_cache(maxsize=16384)
def _plain(text: str) -> str:
    """Simplified script, no spaces (a PDF's 11 0 亿元, 自治 区农牧厅)."""
    return to_simplified(re.sub(r"\s+", "", text))


def _longest_run(bigrams: list[str], text: str) -> int:
    best = run = 0
    for b in bigrams:
        run = run + 1 if b in text else 0
        best = max(best, run)
    return best


@dataclass(frozen=True)
class View:
    """What the features are read from: the question as asked, the clause cited first, the ranked
    hits (reranker's order) and the fused order's hits, and the document titles and places."""

    question: str
    slot: Slot
    asks_number: bool
    selected: Any  # Clause
    hits: tuple[Any, ...]  # Hit (clause, score, dense, bm25)
    fused: tuple[Any, ...]
    title: str  # the cited clause's document title
    places: tuple[str, ...]  # the cited document's region and short title
    #: the question's subject words outside its document's title and places (simplified, no spaces)
    words: tuple[str, ...] = ()
    #: per word, whether the cited clause's whole document holds it
    in_document: tuple[bool, ...] = ()


def view_of(
    query: Any, selected: list[Any], hits: list[Any], fused: list[Any], documents: dict[str, Any], tokenizer: Any = None
) -> View:
    """The view of an answer about to be given from `selected` (the first clause is the one read)."""
    clause = selected[0]
    document = documents.get(clause.doc_id)
    places = tuple(p for p in (getattr(document, "region", None), getattr(document, "short_title", None)) if p)
    title = _plain(getattr(document, "title", "") or "")
    words: list[str] = []
    if tokenizer is not None:
        named = {n for p in places for n in (p, _PLACE_SUFFIX.sub("", p))}
        words = [
            w for w in dict.fromkeys(_plain(w) for w in subject_words(query.own_text, tokenizer))
            if len(w) >= 2 and w not in title and not any(w in n or n in w for n in named)
        ]
    body = _plain("".join(c.text for c in getattr(document, "clauses", ()))) if words else ""
    return View(
        question=query.own_text,
        slot=query.slot,
        asks_number=query.asked_unit is not None or bool(query.asks_money),
        selected=clause,
        hits=tuple(hits),
        fused=tuple(fused),
        title=getattr(document, "title", "") or "",
        places=places,
        words=tuple(words),
        in_document=tuple(w in body for w in words),
    )


def features(view: View) -> np.ndarray:
    """One row of FEATURES."""
    question = _plain(view.question)
    q_bigrams = list(dict.fromkeys(_bigram_list(question)))
    clause = view.selected
    text = _plain(f"{clause.clause_title or ''}{clause.context}")
    title = _plain(view.title or "")
    outside = [b for b in q_bigrams if b not in title]
    inside = [b for b in q_bigrams if b in title]
    near = "".join(_plain(h.clause.context) for h in view.hits[:5])
    dense = [h.dense for h in view.hits]
    fused = [h.score for h in view.fused] or [0.0]
    x = np.zeros(len(FEATURES), dtype="float64")
    x[0] = dense[0] if dense else 0.0
    x[1] = dense[0] - dense[1] if len(dense) > 1 else 0.0
    x[2] = fused[0] * 60.0  # a reciprocal-rank sum: 1/60-ish per engine at the top
    x[3] = (fused[0] - fused[1]) * 60.0 if len(fused) > 1 else 0.0
    x[4] = sum(b in text for b in outside) / len(outside) if outside else 1.0
    x[5] = len(inside) / len(q_bigrams) if q_bigrams else 0.0
    x[6] = sum(b not in near for b in outside) / len(outside) if outside else 0.0
    x[7] = min(_longest_run(_bigram_list(question), text), _RUN_CAP) / _RUN_CAP
    fact = slot_spec(view.slot).fact
    x[8] = float(fact(clause)) if fact is not None else 0.5
    x[9] = float(clause.id in {h.clause.id for h in view.fused[:3]})
    # 黑龙江省 is named 黑龙江, 柳河县 柳河, 内蒙古自治区 内蒙古
    places = {n for p in view.places for n in (p, _PLACE_SUFFIX.sub("", p)) if n}
    x[10] = float(any(p in view.question for p in places))
    x[11] = float(view.slot in _FIGURE_SLOTS)
    x[12] = float(view.slot in _WHO_SLOTS)
    x[13] = float(view.slot in _WHEN_SLOTS)
    x[14] = float(view.asks_number)
    x[15] = math.log1p(len(q_bigrams))
    total = sum(len(w) for w in view.words)
    missing = [w for w in view.words if w not in text]
    x[16] = sum(len(w) for w in missing) / total if total else 0.0
    x[17] = sum(len(w) for w, held in zip(view.words, view.in_document) if not held) / total if total else 0.0
    x[18] = min(max((len(w) for w in missing), default=0), 4) / 4
    x[19] = float(bool(view.words))
    return x


class AbstentionModel:
    """p(the question is answerable from this evidence) = σ(w · standardised features + b)."""

    def __init__(self, weights: dict) -> None:
        if list(weights["features"]) != list(FEATURES):
            raise ValueError("abstention weights were trained on other features; retrain them")
        self.mean = np.asarray(weights["mean"])
        self.scale = np.asarray(weights["scale"])
        self.w = np.asarray(weights["w"])
        self.b = float(weights["b"])
        self.threshold = float(weights["threshold"])

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls, path: Path = WEIGHTS_PATH) -> "AbstentionModel":
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def p_answerable(self, x: np.ndarray) -> float:
        z = float(((x - self.mean) / self.scale) @ self.w + self.b)
        return 1.0 / (1.0 + math.exp(-z))

    def declines(self, view: View) -> bool:
        """Whether to decline although the slot rules found the slot filled."""
        return self.p_answerable(features(view)) < self.threshold
