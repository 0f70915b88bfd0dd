"""Optional LLM mode with LangChain's fake chat models: verification, fallbacks, rewriting, secrets.

No network and no embedding model: evidence is built from real parsed clauses by hand,
and the chain is run with a stub selector.
"""

from __future__ import annotations

import logging
import time

import pytest
from langchain_core.language_models.fake_chat_models import (
    FakeListChatModel,
    GenericFakeChatModel,
)
from pydantic import SecretStr

from assistant.answering.chain import build_chain
from assistant.answering.composer import AnswerComposer
from assistant.answering.evidence import Evidence
from assistant.answering.llm import (
    UNAVAILABLE_NOTE,
    UNVERIFIED_NOTE,
    LLMWriter,
    QuestionRewriter,
    build_rewriter,
    build_writer,
    llm_configured,
    scrub,
)
from assistant.answering.question import understand
from assistant.config import Settings
from assistant.conversation import Engine, Session
from assistant.lexicon.tokenizer import Tokenizer

SECRET = "sk-test-THIS-IS-SECRET-0123456789"
HIGH_TECH = "guofa-2013-32#附件第64项"  # 经认定为高新技术企业的互联网企业依法享受相应的所得税税率
FINANCE = "guofa-2013-32#（二十二）"  # 对互联网小微企业予以优先支持 …
GOALS = "guofa-2013-32#（三）"  # 到2015年，信息消费规模超过3.2万亿元，年均增长20%以上 …


@pytest.fixture()
def by_id(corpus):
    return {d.doc_id: d for d in corpus}


@pytest.fixture()
def clauses(corpus):
    return {c.id: c for d in corpus for c in d.clauses}


def evidence_for(corpus, clauses, question, *ids):
    return Evidence(understand(question, corpus), selected=[clauses[i] for i in ids])


def writer_with(model, by_id, timeout_s=5.0):
    return LLMWriter(model, by_id, timeout_s=timeout_s, secret=SECRET)


def offline_for(by_id, evidence):
    return AnswerComposer(by_id, Tokenizer()).compose(evidence)


# ---- verification of the model's answer --------------------------------------------------------

def test_valid_answer_keeps_only_retrieved_citations(corpus, by_id, clauses, caplog):
    evidence = evidence_for(corpus, clauses, "互联网企业能享受什么税收优惠？", HIGH_TECH, FINANCE)
    reply = (
        f"经认定为高新技术企业的互联网企业可依法享受相应的所得税税率[{HIGH_TECH}]。"
        "另外还有研发费用加计扣除[guofa-2013-32#附件第999项]。"
    )
    writer = writer_with(FakeListChatModel(responses=[reply]), by_id)
    with caplog.at_level(logging.WARNING, logger="assistant.answering.llm"):
        answer = writer.write(evidence, offline_for(by_id, evidence))
    assert [c.clause_id for c in answer.citations] == [HIGH_TECH]
    assert "附件第999项" not in answer.answer
    # the sentence resting only on an invented id is a claim nothing supports: dropped, not shown bare
    assert answer.answer == "经认定为高新技术企业的互联网企业可依法享受相应的所得税税率[《国发〔2013〕32号》附件第64项]。"
    assert not answer.answer.startswith("（")
    assert any("附件第999项" in r.getMessage() for r in caplog.records)


def test_no_valid_citation_falls_back_to_offline(corpus, by_id, clauses, caplog):
    evidence = evidence_for(corpus, clauses, "互联网企业能享受什么税收优惠？", HIGH_TECH)
    offline = offline_for(by_id, evidence)
    for reply in ("互联网企业可以享受所得税优惠。", "可以享受优惠[guofa-2013-32#附件第999项]。"):
        writer = writer_with(FakeListChatModel(responses=[reply]), by_id)
        with caplog.at_level(logging.WARNING, logger="assistant.answering.llm"):
            answer = writer.write(evidence, offline)
        assert answer.answer == f"{UNVERIFIED_NOTE}\n{offline.answer}"
        assert [c.clause_id for c in answer.citations] == [c.clause_id for c in offline.citations]
    assert any("没有有效引用" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("number", ["15%", "2016年", "4.5万亿元"])
def test_number_not_in_cited_clauses_falls_back(corpus, by_id, clauses, caplog, number):
    evidence = evidence_for(corpus, clauses, "信息消费规模的目标是多少？", GOALS)
    offline = offline_for(by_id, evidence)
    reply = f"到2015年，信息消费规模超过3.2万亿元，年均增长{number}[{GOALS}]。"
    writer = writer_with(FakeListChatModel(responses=[reply]), by_id)
    with caplog.at_level(logging.WARNING, logger="assistant.answering.llm"):
        answer = writer.write(evidence, offline)
    assert answer.answer.startswith(UNVERIFIED_NOTE) and answer.answer.endswith(offline.answer)
    assert any("数字" in r.getMessage() for r in caplog.records)


def test_numbers_from_the_clause_and_its_label_are_accepted(corpus, by_id, clauses):
    evidence = evidence_for(corpus, clauses, "信息消费规模的目标是多少？", GOALS, HIGH_TECH)
    reply = (
        f"到2015年，信息消费规模超过3.2万亿元，年均增长20%以上[{GOALS}]；"
        f"国发〔2013〕32号附件第64项还规定了高新技术企业的所得税税率[{HIGH_TECH}]。"
    )
    answer = writer_with(FakeListChatModel(responses=[reply]), by_id).write(evidence, offline_for(by_id, evidence))
    assert answer.answer == reply.replace(f"[{GOALS}]", "[《国发〔2013〕32号》（三）]").replace(
        f"[{HIGH_TECH}]", "[《国发〔2013〕32号》附件第64项]"
    )
    assert [c.clause_id for c in answer.citations] == [GOALS, HIGH_TECH]


def test_abstention_is_never_overridden(corpus, by_id):
    evidence = Evidence(understand("火星移民政策是什么？", corpus), abstain_reason="文件中没有找到与该问题相关的内容。")
    model = FakeListChatModel(responses=["乱说[guofa-2013-32#（三）]", "第二个"])
    answer = writer_with(model, by_id).write(evidence, offline_for(by_id, evidence))
    assert answer.abstained and model.i == 0  # the model was not even asked


# ---- an unavailable server ---------------------------------------------------------------------------

class _Down(GenericFakeChatModel):
    def _generate(self, *args, **kwargs):
        raise ConnectionError(f"connection refused (Authorization: Bearer {SECRET})")


def test_timeout_falls_back_within_the_limit(corpus, by_id, clauses, caplog):
    evidence = evidence_for(corpus, clauses, "互联网企业能享受什么税收优惠？", HIGH_TECH)
    offline = offline_for(by_id, evidence)
    slow = FakeListChatModel(responses=[f"太慢了[{HIGH_TECH}]"], sleep=3)
    writer = writer_with(slow, by_id, timeout_s=0.3)
    start = time.perf_counter()
    with caplog.at_level(logging.WARNING, logger="assistant.answering.llm"):
        answer = writer.write(evidence, offline)
    assert time.perf_counter() - start < 1.5
    assert answer.answer == f"{UNAVAILABLE_NOTE}\n{offline.answer}"
    assert any("没有响应" in r.getMessage() for r in caplog.records)


def test_server_error_falls_back_and_never_shows_the_key(corpus, by_id, clauses, caplog):
    evidence = evidence_for(corpus, clauses, "互联网企业能享受什么税收优惠？", HIGH_TECH)
    offline = offline_for(by_id, evidence)
    writer = writer_with(_Down(messages=iter([])), by_id)
    with caplog.at_level(logging.DEBUG):
        answer = writer.write(evidence, offline)
    assert answer.answer.startswith(UNAVAILABLE_NOTE)
    assert caplog.records, "the failure is logged"
    for record in caplog.records:
        assert SECRET not in record.getMessage() and SECRET not in str(record.exc_info or "")
    assert SECRET not in answer.answer


def test_scrub():
    assert SECRET not in scrub(f"bad key {SECRET}", SECRET)
    assert "sk-other-abcdefghijk" not in scrub("Authorization: Bearer sk-other-abcdefghijk", None)


# ---- wiring: chain, settings ---------------------------------------------------------------------------

class _StubSelector:
    def __init__(self, evidence):
        self.evidence = evidence
        self.queries = []

    def gather(self, query, exclude=frozenset(), focus=()):
        self.queries.append(query.text)
        return self.evidence


def test_chain_runs_writer_after_offline_composer(corpus, by_id, clauses):
    evidence = evidence_for(corpus, clauses, "互联网企业能享受什么税收优惠？", HIGH_TECH)
    composer = AnswerComposer(by_id, Tokenizer())
    reply = f"经认定为高新技术企业的互联网企业依法享受相应的所得税税率[{HIGH_TECH}]。"
    with_llm = build_chain(_StubSelector(evidence), composer, writer=writer_with(FakeListChatModel(responses=[reply]), by_id))
    assert with_llm.invoke({"query": evidence.query}).answer == reply.replace(HIGH_TECH, "《国发〔2013〕32号》附件第64项")
    offline_only = build_chain(_StubSelector(evidence), composer)
    assert offline_only.invoke({"query": evidence.query}).answer == composer.compose(evidence).answer


def test_llm_mode_is_off_by_default_and_built_from_settings(by_id):
    off = Settings(llm_base_url=None, llm_model=None)
    assert not llm_configured(off) and build_writer(off, by_id) is None and build_rewriter(off) is None
    on = Settings(llm_base_url="http://127.0.0.1:9/v1", llm_model="qwen", llm_api_key=SecretStr(SECRET), llm_timeout_s=2)
    writer = build_writer(on, by_id)
    assert writer is not None and build_rewriter(on) is not None
    model = writer._caller.model
    assert model.request_timeout == 2 and model.max_retries == 0
    assert SECRET not in repr(on) and SECRET not in repr(model)


def test_unreachable_real_client_falls_back_quickly(corpus, by_id, clauses, caplog):
    """A real ChatOpenAI pointed at a closed port: clear message, offline answer, no key anywhere."""
    on = Settings(llm_base_url="http://127.0.0.1:9/v1", llm_model="qwen", llm_api_key=SecretStr(SECRET), llm_timeout_s=3)
    evidence = evidence_for(corpus, clauses, "互联网企业能享受什么税收优惠？", HIGH_TECH)
    offline = offline_for(by_id, evidence)
    start = time.perf_counter()
    with caplog.at_level(logging.DEBUG):
        answer = build_writer(on, by_id).write(evidence, offline)
    assert time.perf_counter() - start < 5
    assert answer.answer == f"{UNAVAILABLE_NOTE}\n{offline.answer}"
    assert all(SECRET not in r.getMessage() for r in caplog.records)


# ---- follow-up rewriting in a session ------------------------------------------------------------------

class _StubAssistant(Engine):
    """A conversation engine that answers every query from one clause and records what is searched."""

    def __init__(self, corpus, by_id, clauses, rewriter):
        self._settings = Settings()
        self._documents = corpus
        self._rewriter = rewriter
        self.searched: list[str] = []
        self._composer = AnswerComposer(by_id, Tokenizer())
        self._clauses = clauses

    settings = property(lambda self: self._settings)
    rewriter = property(lambda self: self._rewriter)
    documents = property(lambda self: self._documents)

    def answer_query(self, query, exclude=frozenset(), focus=()):
        self.searched.append(query.text)
        return self._composer.compose(Evidence(query, selected=[self._clauses[FINANCE]]))


def test_rewritten_follow_up_is_what_gets_searched(corpus, by_id, clauses):
    rewritten = "浙江省对互联网小微企业融资有哪些支持？"
    model = FakeListChatModel(responses=[f"改写后的问题：{rewritten}", "（不应再被调用）"])
    assistant = _StubAssistant(corpus, by_id, clauses, QuestionRewriter(model, timeout_s=5))
    session = Session(assistant)
    session.ask("国务院对互联网小微企业融资有哪些支持？")
    answer = session.ask("那浙江呢？")
    assert assistant.searched[-1] == rewritten
    assert session.turns[-1].query.follow_up
    assert answer.resolved_question == rewritten
    assert model.i == 1  # asked once: the first question is no follow-up


def test_failed_rewrite_falls_back_to_offline_resolution(corpus, by_id, clauses):
    slow = FakeListChatModel(responses=["浙江呢"], sleep=3)
    assistant = _StubAssistant(corpus, by_id, clauses, QuestionRewriter(slow, timeout_s=0.2, secret=SECRET))
    session = Session(assistant)
    session.ask("国务院对互联网小微企业融资有哪些支持？")
    session.ask("那浙江呢？")
    assert assistant.searched[-1].startswith("国务院对互联网小微企业融资有哪些支持？")  # merged offline
    assert "那浙江呢" in assistant.searched[-1]


def test_session_without_rewriter_uses_offline_resolution(corpus, by_id, clauses):
    assistant = _StubAssistant(corpus, by_id, clauses, None)
    session = Session(assistant)
    session.ask("国务院对互联网小微企业融资有哪些支持？")
    session.ask("那浙江呢？")
    assert "国务院对互联网小微企业融资" in assistant.searched[-1]
