"""政策问答 (policy-qa): answers questions on Chinese policy documents, citing the clauses.

    from assistant import Assistant
    a = Assistant.load()
    r = a.new_session().ask("国务院文件提出2015年信息消费规模要达到多少？")
    print(r.answer, [c.label for c in r.citations])

The names below load lazily, so `import assistant.cli` (and `policy-qa --help`) does not
pull in torch, FAISS and LangChain.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.answering.answer import Answer
    from assistant.api import Assistant
    from assistant.citations import Citation
    from assistant.errors import InvalidQuestionError, PolicyQAError

_EXPORTS = {
    "Answer": "assistant.answering.answer",
    "Assistant": "assistant.api",
    "Citation": "assistant.citations",
    "InvalidQuestionError": "assistant.errors",
    "PolicyQAError": "assistant.errors",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'assistant' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
