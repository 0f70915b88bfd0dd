"""End to end on the real model and index: retrieval, cited answers, abstention, conversation, bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from assistant import InvalidQuestionError
from assistant.corpus import CorpusError

pytestmark = pytest.mark.slow

GUOFA = "guofa-2013-32"
ZHEJIANG = "zhejiang-2014-info-consumption"


def _labels(answer) -> list[str]:
    return [c.label for c in answer.citations]


@pytest.mark.parametrize(
    ("question", "clause_id"),
    [
        ("国务院文件提出2015年信息消费规模要达到多少？", f"{GUOFA}#（三）"),
        ("浙江跨境电子商务支付业务试点由哪个部门负责？", f"{ZHEJIANG}#（十一）2"),
        ("经认定为高新技术企业的互联网企业享受什么税收优惠？", f"{GUOFA}#附件第64项"),
        ("组建中国广播电视网络公司什么时候完成？", f"{GUOFA}#附件第9项"),
        ("浙江鼓励有条件的城市发放什么来拉动信息消费？", f"{ZHEJIANG}#（二十一）6"),
    ],
)
def test_retrieval_finds_the_clause_in_top_5(assistant, question, clause_id):
    hits = assistant.search.search(question, k=5)
    assert clause_id in [h.clause.id for h in hits]


def test_target_answer_quotes_the_number_and_cites_the_clause(assistant):
    answer = assistant.ask("国务院文件提出2015年信息消费规模要达到多少？")
    assert not answer.abstained
    assert "3.2万亿元" in answer.answer
    assert "《国发〔2013〕32号》（三）" in _labels(answer)
    citation = answer.citations[0]
    assert citation.doc_number == "国发〔2013〕32号" and citation.clause == "（三）" and citation.item is None
    assert "3.2万亿元" in citation.text


def test_responsibility_answer_names_the_units(assistant):
    answer = assistant.ask("浙江跨境电子商务支付业务试点由哪个部门负责？")
    assert "省外汇管理局" in answer.answer
    assert _labels(answer)[0] == "《浙江实施意见》（十一）2"
    assert answer.citations[0].item == "2" and answer.citations[0].doc_number is None


def test_list_of_a_department_is_complete(assistant, corpus):
    answer = assistant.ask("工信部负责哪些任务？")
    expected = {c.id for d in corpus for c in d.clauses if "工业和信息化部" in c.units}
    assert {c.clause_id for c in answer.citations} == expected
    assert f"共{len(expected)}项" in answer.answer


def test_list_by_topic_is_complete_and_quotes_where_each_clause_says_it(assistant, corpus):
    answer = assistant.ask("国务院文件里关于北斗导航的任务有哪些？")
    expected = {c.id for c in corpus[0].clauses if "北斗导航" in c.text}
    assert len(expected) >= 3
    assert {c.clause_id for c in answer.citations} == expected
    assert all("北斗导航" in c.quotes[0] for c in answer.citations)


def test_local_office_of_a_national_unit_is_named_as_the_document_names_it(assistant, corpus):
    answer = assistant.ask("外管局在浙江文件里负责哪些事项？")
    expected = {c.id for c in corpus[1].clauses if "省外汇管理局" in c.units}
    assert {c.clause_id for c in answer.citations} == expected
    assert answer.answer.startswith("文件中省外汇管理局作为责任单位的任务")


def test_annex_row_citation_label(assistant):
    answer = assistant.ask("完善高新技术企业认定管理办法由哪些部门负责？")
    assert "《国发〔2013〕32号》附件第64项" in _labels(answer)
    row = next(c for c in answer.citations if c.annex_row == 64)
    assert row.units == ["财政部", "科技部", "税务总局"]


@pytest.mark.parametrize(
    "question",
    [
        "江苏省的信息消费补贴是多少？",
        "浙江发放的信息消费券每张面额是多少？",
        "国务院文件提出2020年信息消费规模要达到多少？",
        "浙江省信息化工作领导小组的组长是谁？",
        "今天天气怎么样？",
        "火星移民政策是什么？",
    ],
)
def test_abstains_when_the_documents_do_not_say(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained
    assert answer.citations == []
    assert answer.answer.startswith("抱歉")
    assert "万元" not in answer.answer


def test_conversation_carries_topic_and_switches_document(assistant):
    session = assistant.new_session()
    first = session.ask("浙江的主要目标是什么？")
    assert "《浙江实施意见》（二）" in _labels(first)
    second = session.ask("那国务院文件里呢？")
    assert "《国发〔2013〕32号》（三）" in _labels(second)
    assert all(c.doc_id == GUOFA for c in second.citations)


def test_follow_up_asks_a_fact_of_what_was_just_cited(assistant):
    session = assistant.new_session()
    first = session.ask("浙江文件里关于“一址多照”的规定是哪一条？")
    assert "《浙江实施意见》（二十）2" in _labels(first)
    second = session.ask("它的责任单位有哪些？")
    assert _labels(second) == ["《浙江实施意见》（二十）2"]
    assert "省工商局" in second.answer and "省通信管理局" in second.answer


def test_bare_follow_ups_ask_about_the_last_cited_clause(assistant):
    session = assistant.new_session()
    first = session.ask("中国广播电视网络公司的组建是怎么安排的？")
    assert "《国发〔2013〕32号》附件第9项" in _labels(first)
    when = session.ask("什么时候完成？")
    assert _labels(when) == ["《国发〔2013〕32号》附件第9项"] and "2014年底前完成" in when.answer
    who = session.ask("由谁负责？")
    assert _labels(who) == ["《国发〔2013〕32号》附件第9项"]
    assert "新闻出版广电总局" in who.answer and "财政部" in who.answer


def test_a_follow_up_naming_another_task_is_not_answered_by_the_date_of_the_cited_one(assistant):
    session = assistant.new_session()
    first = session.ask("国务院要求电信和广电业务双向进入什么时候推广到全国？")
    assert "《国发〔2013〕32号》（六）" in _labels(first) and "2013年下半年" in first.answer
    # （六） names this task too, but its date (2013年下半年) is the other task's: the annex row dates it
    second = session.ask("那高清交互式电视网络设施建设呢，什么时候启动？")
    assert _labels(second)[0] == "《国发〔2013〕32号》附件第10项"
    assert "2013年年底前启动" in second.short_answer and "2013年下半年" not in second.short_answer


def test_follow_ups_ask_the_supporting_units_and_an_item_of_a_list(assistant):
    session = assistant.new_session()
    lead = session.ask("中国广播电视网络公司的组建由哪个部门牵头？")
    assert "《国发〔2013〕32号》附件第9项" in _labels(lead) and "新闻出版广电总局" in lead.short_answer
    supporting = session.ask("配合的还有谁？")  # the same task's other units, not a new search
    assert _labels(supporting) == ["《国发〔2013〕32号》附件第9项"]
    assert supporting.short_answer.startswith("答：配合单位：") and "财政部" in supporting.short_answer
    assert "新闻出版广电总局" not in supporting.short_answer

    session = assistant.new_session()
    listing = session.ask("工信部负责哪些任务？")
    second = session.ask("第二个是谁负责？")
    assert _labels(second) == [c.label for c in listing.citations[1:2]]


@pytest.mark.parametrize(
    ("question", "message"),
    [("", "为空"), ("   ", "为空"), ("问" * 100_000, "过长"), ("What subsidies can my company get?", "中文")],
)
def test_bad_questions_get_clear_errors(assistant, question, message):
    with pytest.raises(InvalidQuestionError, match=message):
        assistant.new_session().ask(question)


def test_document_and_department_filters(assistant):
    session = assistant.new_session()
    with pytest.raises(InvalidQuestionError, match="未知的文件：nope"):
        session.ask("宽带中国战略什么时候发布？", doc_ids=frozenset({"nope"}))
    only_zhejiang = session.ask("跨境电子商务支付业务试点由谁负责？", doc_ids=frozenset({ZHEJIANG}))
    assert {c.doc_id for c in only_zhejiang.citations} == {ZHEJIANG}
    by_unit = assistant.new_session().ask("跨境电商有什么试点？", units=frozenset({"外管局"}))
    assert by_unit.citations and all("外汇局" in c.units for c in by_unit.citations)
    # a question naming 浙江 with a filter on the national document leaves nothing to search
    disjoint = assistant.new_session().ask("浙江的主要目标是什么？", doc_ids=frozenset({GUOFA}))
    assert disjoint.abstained and disjoint.citations == []


def test_to_dict_contract(assistant):
    data = assistant.ask("浙江跨境电子商务支付业务试点由哪个部门负责？").to_dict()
    assert set(data) >= {"answer", "abstained", "citations"}
    citation = data["citations"][0]
    assert set(citation) >= {"doc_id", "doc_title", "doc_number", "clause", "item", "annex_row", "label", "text"}
    json.dumps(data, ensure_ascii=False)


def test_added_document_becomes_answerable_and_a_bad_file_changes_nothing(assistant, tmp_path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02 not a policy")
    before = [d.doc_id for d in assistant.documents]
    with pytest.raises(CorpusError):
        assistant.add_document(bad)
    assert [d.doc_id for d in assistant.documents] == before

    doc = tmp_path / "hz-data-2024.txt"
    doc.write_text(
        "杭州市人民政府关于加快数据要素市场建设的若干意见\n"
        "一、总体要求\n（一）发展目标。到2026年，全市数据要素市场交易规模达到50亿元。\n"
        "二、重点任务\n（二）建设数据交易场所。1.建设杭州数据交易所，开展数据资产登记服务。（责任单位：市数据资源局、市财政局）\n"
        "杭州市人民政府\n2024年3月1日\n",
        encoding="utf-8",
    )
    added = assistant.add_document(doc)
    assert added.doc_id == "hz-data-2024"
    answer = assistant.ask("杭州数据交易所由哪个部门负责建设？")
    assert "市数据资源局" in answer.answer
    assert answer.citations[0].doc_id == "hz-data-2024"
    assert answer.citations[0].label.endswith("（二）1")


def test_cli_ask_json_and_chat_json(tmp_path):
    env_cli = [sys.executable, "-m", "assistant.cli"]
    out = subprocess.run(
        [*env_cli, "ask", "--json", "浙江跨境电子商务支付业务试点由哪个部门负责？"],
        capture_output=True, text=True, timeout=300, check=True,
    )
    data = json.loads(out.stdout.strip().splitlines()[-1])
    assert data["question"] == "浙江跨境电子商务支付业务试点由哪个部门负责？"
    assert data["citations"][0]["label"] == "《浙江实施意见》（十一）2"

    chat = subprocess.run(
        [*env_cli, "chat", "--json"],
        input="浙江的主要目标是什么？\n那国务院文件里呢？\n\nHello?\n",
        capture_output=True, text=True, timeout=300, check=True,
    )
    rows = [json.loads(line) for line in chat.stdout.strip().splitlines()]
    assert [r["question"] for r in rows] == ["浙江的主要目标是什么？", "那国务院文件里呢？", "Hello?"]
    assert rows[1]["citations"][0]["doc_id"] == GUOFA
    assert "中文" in rows[2]["error"]
