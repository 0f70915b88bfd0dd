"""A conversation: turns kept in order, follow-ups resolved against earlier turns.

Follow-ups (那浙江呢？ / 它的责任单位有哪些？ / 还有别的吗？) carry no topic of their
own, so the previous turn's topic, scope, units and intent fill the gaps; a
"还有别的" follow-up also skips clauses already shown in this topic.
"""

from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from assistant.answering.answer import Answer
from assistant.answering.question import (
    ORDINAL,
    Query,
    is_follow_up,
    merge_follow_up,
    understand,
    validate_date,
    validate_question,
)
from assistant.config import Settings
from assistant.corpus.model import Document
from assistant.errors import InvalidQuestionError
from assistant.lexicon.units import canonical_unit

if TYPE_CHECKING:  # LangChain's OpenAI client is only needed when the LLM mode is on
    from assistant.answering.llm import QuestionRewriter

_MORE = re.compile(r"还有别的|还有其他|还有吗|其他的?呢|更多|别的呢|还有哪些")


def _number(numeral: str) -> int:
    """二 → 2, 12 → 12 (the ordinals a follow-up uses to pick an item of a list)."""
    if numeral.isdigit():
        return int(numeral)
    digits = "一二三四五六七八九"
    if numeral == "十":
        return 10
    return digits.index(numeral) + 1 if numeral in digits else 0


class Engine(ABC):
    """What a conversation needs from the assistant (`assistant.api.Assistant` is one).

    An abstract class rather than a structural protocol so that test fakes subclass it and
    break, instead of silently passing, when the contract changes.
    """

    @property
    @abstractmethod
    def settings(self) -> Settings: ...

    @property
    @abstractmethod
    def rewriter(self) -> QuestionRewriter | None:
        """Rewrites follow-ups with the conversation (LLM mode); None means offline resolution."""

    @property
    @abstractmethod
    def documents(self) -> list[Document]: ...

    @abstractmethod
    def answer_query(
        self, query: Query, exclude: frozenset[str] = frozenset(), focus: tuple[str, ...] = ()
    ) -> Answer:
        """Answer an understood question; `exclude`/`focus` carry what earlier turns cited."""


@dataclass
class Turn:
    question: str
    query: Query
    answer: Answer


class Session:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.turns: list[Turn] = []
        self._lock = threading.Lock()

    def ask(
        self,
        question: str,
        doc_ids: frozenset[str] | None = None,
        units: frozenset[str] | None = None,
        as_of: str | None = None,
    ) -> Answer:
        """Answer one turn; `doc_ids` and `units` restrict the search (document and department filters),
        `as_of` (an ISO date) answers from the versions in force then instead of the current ones."""
        text = validate_question(question, self.engine.settings.max_question_chars)
        as_of = validate_date(as_of)
        known = {d.doc_id for d in self.engine.documents}
        if doc_ids and not set(doc_ids) <= known:
            unknown = "、".join(sorted(set(doc_ids) - known))
            raise InvalidQuestionError(f"未知的文件：{unknown}（可选：{'、'.join(sorted(known))}）。")
        with self._lock:
            query = understand(text, self.engine.documents)
            shown: frozenset[str] = frozenset()
            focus: tuple[str, ...] = ()
            previous = self.turns[-1] if self.turns else None
            if previous is not None and is_follow_up(text, query):
                query = self._rewritten(text) or merge_follow_up(query, previous.query)
                cited = next((t.answer.citations for t in reversed(self.turns) if t.answer.citations), [])
                focus = tuple(c.clause_id for c in cited)
                if (ordinal := ORDINAL.search(text)) and len(cited) >= (n := _number(ordinal.group(1))) > 0:
                    focus = (cited[n - 1].clause_id,)  # 第二个是谁负责？: the second item just listed
                if _MORE.search(text):
                    shown = self._shown_in_topic(previous.query)
            if doc_ids:
                query = replace(query, doc_ids=frozenset(doc_ids) & (query.doc_ids or frozenset(doc_ids)))
            if units:
                query = replace(query, unit_filter=frozenset(canonical_unit(u) for u in units))
            if as_of:
                query = replace(query, as_of=as_of)
            answer = self.engine.answer_query(query, exclude=shown, focus=focus)
            self.turns.append(Turn(text, query, answer))
            return answer

    def _rewritten(self, text: str) -> Query | None:
        """The follow-up as the LLM rewrites it with the history (LLM mode), or None: resolve offline."""
        rewriter = self.engine.rewriter
        if rewriter is None:
            return None
        rewritten = rewriter.rewrite(text, [(t.question, t.answer.answer) for t in self.turns])
        if rewritten is None:
            return None
        return replace(understand(rewritten, self.engine.documents), follow_up=True)

    def _shown_in_topic(self, topic: Query) -> frozenset[str]:
        """Clause ids cited in the turns that share the topic, so "more" means more."""
        shown: set[str] = set()
        for turn in reversed(self.turns):
            shown |= {c.clause_id for c in turn.answer.citations}
            if not turn.query.follow_up and turn.query.text in topic.text:
                break
        return frozenset(shown)

    def reset(self) -> None:
        with self._lock:
            self.turns.clear()
