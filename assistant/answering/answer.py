"""The answer every surface shows: text, whether it abstained, and the citations it rests on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.citations import Citation


@dataclass
class Answer:
    answer: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    related: list[Citation] = field(default_factory=list)
    intent: str = "content"
    resolved_question: str = ""
    #: the one line that fills the asked slot; `answer` opens with it
    short_answer: str = ""
    #: the slot the question asked (units, deadline, amount, …)
    slot: str = "content"

    def to_dict(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "abstained": self.abstained,
            "citations": [c.to_dict() for c in self.citations],
            "related": [c.to_dict() for c in self.related],
            "intent": self.intent,
            "resolved_question": self.resolved_question,
            "short_answer": self.short_answer,
            "slot": self.slot,
        }
