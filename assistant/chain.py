"""The LangChain retrieval chain: understand → gather evidence → compose.

Each step is a Runnable so a later step can be swapped (the optional LLM writer
replaces `compose`, keeping the offline composer as its fallback) and so the
chain can be traced or batched with LangChain's own tools.
"""

from __future__ import annotations

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answer import Answer, AnswerComposer
from assistant.evidence import Evidence, EvidenceSelector


def build_chain(selector: EvidenceSelector, composer: AnswerComposer) -> Runnable[dict, Answer]:
    """Input: {"query": Query, "exclude": frozenset[str], "focus": tuple[str, ...]}; output: Answer."""

    def gather(inputs: dict) -> Evidence:
        return selector.gather(
            inputs["query"], exclude=inputs.get("exclude", frozenset()), focus=inputs.get("focus", ())
        )

    return RunnableLambda(gather, name="gather_evidence") | RunnableLambda(composer.compose, name="compose_answer")
