"""The LangChain retrieval chain: understand → gather evidence → compose.

Each step is a Runnable so a later step can be swapped (the optional LLM writer
replaces `compose`, keeping the offline composer as its fallback) and so the
chain can be traced or batched with LangChain's own tools.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answering.answer import Answer
from assistant.answering.composer import AnswerComposer
from assistant.answering.evidence import Evidence, EvidenceSelector

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
        return selector.gather(
            inputs["query"], exclude=inputs.get("exclude", frozenset()), focus=inputs.get("focus", ())
        )

    gather_step = RunnableLambda(gather, name="gather_evidence")
    if writer is None:
        return gather_step | RunnableLambda(composer.compose, name="compose_answer")

    def compose_then_write(evidence: Evidence) -> Answer:
        return writer.write(evidence, composer.compose(evidence))

    return gather_step | RunnableLambda(compose_then_write, name="write_answer")
