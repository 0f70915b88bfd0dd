"""Optional LLM mode: a chat model rewrites follow-ups and writes answers from the retrieved clauses.

Off by default; on when ``POLICY_QA_LLM_BASE_URL`` and ``POLICY_QA_LLM_MODEL`` are set
(``POLICY_QA_LLM_API_KEY`` optional, for OpenAI-compatible servers). The offline
composer's answer is always computed first and is what the user gets whenever the
model's answer cannot be verified:

* the model is given the clause ids, labels and texts and must cite as ``[clause_id]``;
  cited ids not among the retrieved clauses are dropped (logged);
* every sentence is checked against the clauses *it* cites: its numbers (3.2, 2015, 20%) and
  the units it names must occur in them, and they must belong to the documents the question
  is scoped to (a national figure cited for a provincial question is dropped); a sentence that
  fails, or states a number or unit with no citation, is dropped (logged);
* an answer left with no cited sentence falls back to the offline answer (logged);
* a server that is down, errors or is slower than ``llm_timeout_s`` falls back too, and
  the answer says so: （大模型服务不可用，以下为离线答案）.

The API key is a SecretStr, is never logged, and is scrubbed from any error text.
Prompts are files under prompts/ (answer.md, rewrite.md), read at run time.
"""

from __future__ import annotations

import concurrent.futures as futures
import logging
import re
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage

from assistant.answering.answer import Answer
from assistant.citations import Citation, label_for
from assistant.config import REPO_ROOT, Settings
from assistant.corpus.model import Clause, Document
from assistant.errors import LLMUnavailable
from assistant.lexicon.sentences import split_sentences
from assistant.lexicon.tokenizer import has_chinese
from assistant.lexicon.units import find_units

if TYPE_CHECKING:
    from assistant.answering.evidence import Evidence

log = logging.getLogger(__name__)

PROMPTS_DIR = REPO_ROOT / "prompts"
UNAVAILABLE_NOTE = "（大模型服务不可用，以下为离线答案）"
UNVERIFIED_NOTE = "（大模型的回答未通过引用核验，以下为离线答案）"

_CITED = re.compile(r"\[([^\[\]\n]{1,120})\]")
_ID_SEPARATORS = re.compile(r"[,，;；、\s]+")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_REWRITE_PREFIX = re.compile(r"^(?:改写后的问题|改写后|问题|独立问题)\s*[:：]\s*")
#: one pool for model calls, so a call past its timeout can be abandoned (it finishes in the background)
_POOL = futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="policy-qa-llm")




def llm_configured(settings: Settings) -> bool:
    return bool(settings.llm_base_url and settings.llm_model)


def load_prompt(name: str, prompts_dir: Path | None = None) -> str:
    """A prompt template from prompts/<name>.md, read at every use so edits apply without a restart."""
    return ((prompts_dir or PROMPTS_DIR) / f"{name}.md").read_text(encoding="utf-8")


def _fill(template: str, **values: str) -> str:
    """Fill {name} slots by plain replacement: clause texts may contain braces."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


def scrub(text: str, secret: str | None) -> str:
    """`text` with the API key (and any bearer token) blanked out, for logs and messages."""
    if secret:
        text = text.replace(secret, "***")
    return re.sub(r"(?i)(bearer\s+|api[_-]?key['\"=:\s]+)[A-Za-z0-9._\-]{8,}", r"\1***", text)


def build_chat_model(settings: Settings) -> BaseChatModel | None:
    """The configured OpenAI-compatible chat model, or None when LLM mode is off."""
    if not llm_configured(settings):
        return None
    from langchain_openai import ChatOpenAI
    from pydantic import SecretStr

    return ChatOpenAI(
        base_url=settings.llm_base_url,
        model=settings.llm_model,
        # local OpenAI-compatible servers accept any key; the client insists on one
        api_key=settings.llm_api_key or SecretStr("EMPTY"),
        timeout=settings.llm_timeout_s,
        max_retries=0,
        temperature=0,
    )


def _secret(settings: Settings | None) -> str | None:
    key = settings.llm_api_key if settings else None
    return key.get_secret_value() if key else None


class _ModelCaller:
    """Calls the model with a hard timeout and turns every failure into LLMUnavailable (scrubbed)."""

    def __init__(self, model: BaseChatModel, timeout_s: float, secret: str | None = None) -> None:
        self.model = model
        self.timeout_s = timeout_s
        self._secret = secret

    def call(self, prompt: str) -> str:
        future = _POOL.submit(self.model.invoke, [HumanMessage(content=prompt)])
        try:
            message = future.result(timeout=self.timeout_s)
        except futures.TimeoutError:
            future.cancel()
            raise LLMUnavailable(f"大模型服务在 {self.timeout_s:g} 秒内没有响应") from None
        except Exception as exc:  # any client/server error: the caller falls back
            raise LLMUnavailable(f"大模型服务出错：{type(exc).__name__}: {scrub(str(exc), self._secret)}") from None
        content = message.content if isinstance(message.content, str) else str(message.content)
        return content.strip()


# ---- answers -------------------------------------------------------------------------------

class LLMWriter:
    """The chain's optional last step: (evidence, offline answer) → the answer the user gets."""

    def __init__(
        self,
        model: BaseChatModel,
        documents_by_id: dict[str, Document],
        timeout_s: float = 30.0,
        secret: str | None = None,
        prompts_dir: Path | None = None,
    ) -> None:
        self._caller = _ModelCaller(model, timeout_s, secret)
        self.documents_by_id = documents_by_id
        self.prompts_dir = prompts_dir

    def write(self, evidence: "Evidence", offline: Answer) -> Answer:
        if offline.abstained or not evidence.selected:
            return offline  # abstention is decided by the evidence, never by the model
        clauses = {c.id: c for c in evidence.selected}
        prompt = _fill(
            load_prompt("answer", self.prompts_dir),
            question=evidence.query.text,
            clauses="\n".join(f"[{c.id}]｜{self._label(c)}｜{c.text}" for c in evidence.selected),
        )
        try:
            text = self._caller.call(prompt)
        except LLMUnavailable as exc:
            log.warning("%s；使用离线答案", exc)
            return replace(offline, answer=f"{UNAVAILABLE_NOTE}\n{offline.answer}")
        verified = self.verify(text, clauses, offline, evidence.query.doc_ids)
        return verified if verified is not None else replace(offline, answer=f"{UNVERIFIED_NOTE}\n{offline.answer}")

    def verify(
        self, text: str, clauses: dict[str, Clause], offline: Answer, scope: frozenset[str] | None = None
    ) -> Answer | None:
        """The model's answer keeping only sentences its citations bear out, or None (logged) when
        no such sentence is left. `scope`: the documents the question is about (None: any)."""
        kept: list[str] = []
        cited: list[str] = []
        for sentence in split_sentences(text.replace("\n", "。\n")):
            ids = self._valid_ids(sentence)
            body = _CITED.sub("", sentence).strip("。 \n")
            if not body:
                continue
            problem = self._claim_problem(body, [clauses[i] for i in ids if i in clauses], ids, scope)
            if problem:
                log.warning("大模型回答中的一句未通过核验（%s），已删除：%s", problem, body[:60])
                continue
            kept.append(sentence.strip())
            cited.extend(i for i in ids if i in clauses and i not in cited)
        if not cited:
            log.warning("大模型的回答没有有效引用（或没有一句通过核验），改用离线答案")
            return None
        cleaned = "".join(_CITED.sub(lambda m: self._keep_known(m, clauses), s) for s in kept).strip()
        # readers see labels, not ids: [guofa-2013-32#附件第64项] → [《国发〔2013〕32号》附件第64项]
        shown = _CITED.sub(lambda m: "".join(f"[{self._label(clauses[i])}]" for i in m.group(1).split("\x00")), cleaned)
        quotes = {c.clause_id: c.quotes for c in offline.citations}
        citations = [
            Citation.of(clauses[i], self.documents_by_id[clauses[i].doc_id], quotes.get(i, [])) for i in cited
        ]
        return replace(offline, answer=shown, citations=citations)

    @staticmethod
    def _valid_ids(sentence: str) -> list[str]:
        return [i for m in _CITED.finditer(sentence) for i in _ID_SEPARATORS.split(m.group(1)) if i]

    @staticmethod
    def _keep_known(match: re.Match[str], clauses: dict[str, Clause]) -> str:
        ids = [i for i in _ID_SEPARATORS.split(match.group(1)) if i]
        for bad in (i for i in ids if i not in clauses):
            log.warning("大模型引用了未检索到的条款编号，已删除：%s", bad)
        valid = [i for i in ids if i in clauses]
        return f"[{chr(0).join(valid)}]" if valid else ""

    def _claim_problem(
        self, body: str, sources: list[Clause], ids: list[str], scope: frozenset[str] | None
    ) -> str | None:
        """Why a sentence may not be shown, or None."""
        numbers = _numbers(body)
        units = find_units(body)
        if not sources:
            if ids:
                return f"引用的条款编号不存在：{'、'.join(ids)}"
            return "含有数字或单位却没有引用" if numbers or units else None
        if scope is not None and not all(c.doc_id in scope for c in sources):
            return "引用的条款不属于问题所问的文件"
        said = "".join(c.text + self._label(c) + "".join(c.units) for c in sources)
        stray = [n for n in numbers if n not in _numbers(said)]
        if stray:
            return f"数字 {'、'.join(stray)} 不在所引条款中"
        foreign = [u for u in units if u not in said and not any(u in x or x in u for c in sources for x in c.units)]
        if foreign:
            return f"单位 {'、'.join(foreign)} 不在所引条款中"
        return None

    def _label(self, clause: Clause) -> str:
        return label_for(clause, self.documents_by_id[clause.doc_id])


def _numbers(text: str) -> list[str]:
    """Numbers as written (NFKC, so full-width digits count), in order, without repeats."""
    return list(dict.fromkeys(_NUMBER.findall(unicodedata.normalize("NFKC", text))))


# ---- follow-up rewriting ------------------------------------------------------------------------

class QuestionRewriter:
    """Turns a follow-up into a standalone question using the conversation so far."""

    def __init__(
        self,
        model: BaseChatModel,
        timeout_s: float = 30.0,
        secret: str | None = None,
        max_chars: int = 2000,
        prompts_dir: Path | None = None,
    ) -> None:
        self._caller = _ModelCaller(model, timeout_s, secret)
        self.max_chars = max_chars
        self.prompts_dir = prompts_dir

    def rewrite(self, question: str, history: list[tuple[str, str]]) -> str | None:
        """The standalone question, or None (logged) when the model fails: the caller resolves offline.

        `history` is (question, answer) pairs, oldest first.
        """
        lines = []
        for asked, answered in history[-3:]:
            lines += [f"用户：{asked}", f"助手：{answered[:300]}"]
        prompt = _fill(load_prompt("rewrite", self.prompts_dir), history="\n".join(lines), question=question)
        try:
            text = self._caller.call(prompt)
        except LLMUnavailable as exc:
            log.warning("%s；追问改用离线方式理解", exc)
            return None
        text = _REWRITE_PREFIX.sub("", text.splitlines()[0].strip() if text else "").strip("“”\"' ")
        if not text or not has_chinese(text) or len(text) > self.max_chars:
            log.warning("大模型改写的问题不可用，追问改用离线方式理解")
            return None
        return text


def build_writer(settings: Settings, documents_by_id: dict[str, Document]) -> LLMWriter | None:
    model = build_chat_model(settings)
    if model is None:
        return None
    return LLMWriter(model, documents_by_id, settings.llm_timeout_s, _secret(settings))


def build_rewriter(settings: Settings) -> QuestionRewriter | None:
    model = build_chat_model(settings)
    if model is None:
        return None
    return QuestionRewriter(model, settings.llm_timeout_s, _secret(settings), settings.max_question_chars)
