"""The LangChain retrieval chain: understand → gather evidence → compose.

Each step is a Runnable so a later step can be swapped (the optional LLM writer
replaces `compose`, keeping the offline composer as its fallback) and so the
chain can be traced or batched with LangChain's own tools.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answering.answer import Answer
from assistant.answering.composer import AnswerComposer
from assistant.answering.evidence import Evidence, EvidenceSelector
from assistant.answering.intents import Intent, Slot
from assistant.answering.question import Query
from assistant.corpus.model import Clause
from assistant.lexicon.regions import to_simplified
from assistant.retrieval.filters import Filters

if TYPE_CHECKING:
    from assistant.answering.llm import LLMWriter


def build_chain(
    selector: EvidenceSelector, composer: AnswerComposer, writer: "LLMWriter | None" = None
) -> Runnable[dict, Answer]:
    """Input: {"query": Query, "exclude": frozenset[str], "focus": tuple[str, ...]}; output: Answer.

    With a `writer` (LLM mode) the offline answer is still composed first and handed to the
    writer with the evidence, so it is always there as the fallback.
    """

    def gather(inputs: dict) -> Evidence:
        query = inputs["query"]
        if (role := _role_clause(query, selector)) is not None:
            return Evidence(replace(query, intent=Intent.CONTENT, slot=Slot.CONTENT), selected=[role])
        return selector.gather(query, exclude=inputs.get("exclude", frozenset()), focus=inputs.get("focus", ()))

    gather_step = RunnableLambda(gather, name="gather_evidence")
    if writer is None:
        return gather_step | RunnableLambda(composer.compose, name="compose_answer")

    def compose_then_write(evidence: Evidence) -> Answer:
        return writer.write(evidence, composer.compose(evidence))

    return gather_step | RunnableLambda(compose_then_write, name="write_answer")


#: a person's position a text makes answerable for a duty (“一把手”负总责, 主要负责人是第一责任人, 法定代表人负责):
#: a role, not a body — no responsibility parse names it as a unit
ROLE = re.compile(r"[“\"]?(一把手|(?:主要|分管|单位)?负责(?:人|同志)|主要领导(?:同志)?|分管领导|法定代表人|第一责任人)[”\"]?\s*")


def role_actor(question: str, text: str) -> str | None:
    """The role a text makes the actor of the duty the question asks (由谁负总责、亲自抓 of 坚持“一把手”负总责、亲自抓):
    a role word (`ROLE`) right before two or more characters the question repeats; None when there is none."""
    asked, plain = to_simplified(question), to_simplified(text)
    if _ASKS_BODY.search(asked):
        return None  # 由哪个部门负责 asks a body, whatever person a text names
    for match in ROLE.finditer(plain):
        after = plain[match.end() : match.end() + 2]
        if len(after) == 2 and after in asked:
            return match.group(1)
    return None


#: a question asking a body (哪个部门, 哪些单位), not a person
_ASKS_BODY = re.compile(r"哪(?:个|些|几个|一个|家)?(?:部门|单位|机关|机构|局|厅|委|办)")


def _role_clause(query: Query, selector: EvidenceSelector) -> Clause | None:
    """由谁负总责 where the best clause gives the duty to a role and names no unit for it (坚持“一把手”负总责、亲自抓):
    that clause, answered as content — the role is the answer, not a body. None otherwise (a first question
    asking units only)."""
    if query.slot is not Slot.UNITS or query.follow_up or query.units:
        return None
    hits = selector.search.search(query.text, k=1, filters=Filters(doc_ids=query.doc_ids))
    if not hits or hits[0].clause.units:
        return None
    return hits[0].clause if role_actor(query.own_text, hits[0].clause.text) else None
