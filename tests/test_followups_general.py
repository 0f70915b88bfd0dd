"""Follow-ups resolved through the previous answer: an item of its list, a sibling item, a numbered
clause, a listed item named by its words, the counterpart in another document, the same question
about another entity — on the shipped corpus, with an engine that answers from scripted citations
and records what the session asked it (no model, no index)."""

from __future__ import annotations

import pytest

from assistant.answering.answer import Answer
from assistant.answering.intents import Intent, Slot
from assistant.answering.question import is_follow_up, merge_follow_up, subject_words, understand
from assistant.citations import Citation
from assistant.config import Settings
from assistant.conversation import Engine, Session
from assistant.lexicon.tokenizer import Tokenizer

GUOFA = "guofa-2013-32"
ZHEJIANG = "zhejiang-2014-info-consumption"


class ScriptedEngine(Engine):
    """Cites the scripted clause ids for each turn in order; records each turn's query and focus."""

    def __init__(self, corpus, script: list[list[str]]):
        self._documents = corpus
        self._script = list(script)
        self._by_id = {c.id: (c, d) for d in corpus for c in d.clauses}
        self.asked: list[tuple] = []

    settings = property(lambda self: Settings())
    rewriter = property(lambda self: None)
    documents = property(lambda self: self._documents)

    def answer_query(self, query, exclude=frozenset(), focus=()):
        self.asked.append((query, focus, exclude))
        ids = self._script.pop(0) if self._script else []
        return Answer("…", False, [Citation.of(*self._by_id[i]) for i in ids])


def _z(label: str) -> str:
    return f"{ZHEJIANG}#{label}"


def _g(label: str) -> str:
    return f"{GUOFA}#{label}"


def _converse(corpus, script, *questions):
    engine = ScriptedEngine(corpus, script)
    session = Session(engine)
    for question in questions:
        session.ask(question)
    return engine


ENV_LIST = [_z("（十五）2"), _z("（十五）3"), _z("（二十四）1")]


@pytest.mark.parametrize(
    ("follow_up", "picked"),
    [
        ("最后那个是哪些单位负责？", _z("（二十四）1")),
        ("第二项由谁负责？", _z("（十五）3")),
        ("倒数第二个是谁牵头？", _z("（十五）3")),
        ("第一个是哪些单位负责？", _z("（十五）2")),
    ],
)
def test_an_item_of_the_previous_list_is_picked_by_its_place(corpus, follow_up, picked):
    engine = _converse(corpus, [ENV_LIST, []], "浙江文件里省环保厅参与了哪些工作？", follow_up)
    query, focus, exclude = engine.asked[-1]
    assert focus == (picked,)
    assert query.follow_up and query.slot is Slot.UNITS and query.units == ()
    assert not exclude


def test_an_item_of_the_previous_list_is_picked_by_its_own_words(corpus):
    listed = [_z("（四）1"), _z("（七）2"), _z("（十一）3"), _z("（十一）5"), _z("（十三）1")]
    engine = _converse(corpus, [listed, []], "宁波市政府在浙江这份意见里要担哪些任务？", "其中搞智慧物流那项，还有哪些省级部门参与？")
    query, focus, exclude = engine.asked[-1]
    assert focus == (_z("（十一）5"),)
    assert query.intent is Intent.RESPONSIBILITY and query.slot is Slot.UNITS
    assert not exclude  # 还有 here asks more units of that item, not more items


def test_a_numbered_item_beyond_the_list_is_an_item_of_the_cited_clause(corpus):
    engine = _converse(corpus, [[_z("（二十四）3")], []], "高校到浙江来建研发基地，用地怎么供？", "同一条第二项讲的是什么？")
    query, focus, _ = engine.asked[-1]
    assert focus == (_z("（二十四）2"),)
    assert "土地利用规划" in query.text  # a bare content question is searched by the clause it points at


def test_a_numbered_clause_of_the_cited_document_is_named_by_its_number(corpus):
    engine = _converse(
        corpus, [[_g("附件第28项")], []], "国务院文件里仓储建设用地的鼓励政策由谁出台？", "那第十五条里地方政府债券的钱怎么用？"
    )
    query, focus, _ = engine.asked[-1]
    assert focus == (_g("（十五）"),)
    assert query.intent is Intent.CONTENT  # it asks content in its own words: not the previous 由谁
    assert query.text == "那第十五条里地方政府债券的钱怎么用？"  # and is searched by them


@pytest.mark.parametrize(
    ("first", "cited", "follow_up", "counterpart"),
    [
        ("国家文件里统筹云计算基础设施布局由谁负责？", _g("附件第21项"), "浙江这边对应的是哪项？谁负责？", _z("（三）3")),
        ("国家附件里，邮电通信业营改增试点是哪几个部门负责？", _g("附件第66项"), "到了浙江由哪些单位落实？", _z("（二十二）3")),
        ("浙江让运营商集中采购、落实增值税抵扣，哪些单位负责？", _z("（六）3"), "国家层面对应的任务是哪一项？谁牵头？", _g("附件第13项")),
        ("浙江建全省联网的就业信息服务平台，由哪个单位负责？", _z("（十三）3"), "国家文件里对应的是哪条？谁牵头？", _g("附件第48项")),
        ("国家附件里开展知识产权质押融资由哪些部门负责？", _g("附件第71项"), "浙江有没有相应的措施？", _z("（二十三）3")),
    ],
)
def test_the_counterpart_in_the_other_document_is_the_focus(corpus, first, cited, follow_up, counterpart):
    engine = _converse(corpus, [[cited], []], first, follow_up)
    query, focus, _ = engine.asked[-1]
    assert focus[0] == counterpart
    assert query.follow_up and query.doc_ids == frozenset({counterpart.split("#")[0]})


def test_asking_the_deadline_beside_the_units_of_a_picked_task_asks_the_deadline(corpus):
    rows = [_g("附件第44项"), _g("附件第45项"), _g("附件第47项"), _g("附件第49项")]
    engine = _converse(corpus, [rows, []], "国家附件里卫生计生委参与了哪些任务？", "第三项什么时候启动，哪些部门负责？")
    query, focus, _ = engine.asked[-1]
    assert focus == (_g("附件第47项"),)
    assert query.slot is Slot.DEADLINE  # the deadline answer names the units as well


def test_the_same_question_about_another_document_keeps_its_topic(corpus):
    engine = _converse(corpus, [[_g("（三）")], []], "国家对农村家里网速的目标是多少？", "浙江呢？")
    query, focus, _ = engine.asked[-1]
    assert focus == (_g("（三）"),)  # no counterpart is designated for a bare 那X呢 asking a number
    assert query.text.startswith("国家对农村家里网速的目标是多少？")
    assert query.doc_ids == frozenset({ZHEJIANG})


def test_the_same_question_about_another_unit_asks_the_units_list_again(corpus):
    engine = _converse(corpus, [[_z("（十五）6")], []], "浙江文件里省物价局管哪些事？", "那省邮政管理局呢？")
    query, focus, _ = engine.asked[-1]
    assert query.intent is Intent.LIST and query.units == ("省邮政管理局",)
    assert focus == (_z("（十五）6"),)  # nothing designated: the listing answers


@pytest.mark.parametrize(
    "question", ["哪个是牵头的？", "最后那个是哪些单位负责？", "到了浙江由哪些单位落实？", "同一条第二项讲的是什么？"]
)
def test_pointing_questions_are_follow_ups(corpus, question):
    assert is_follow_up(question, understand(question, corpus))


def test_pointing_words_name_no_subject():
    tokenizer = Tokenizer()
    assert subject_words("国家层面对应的是哪条？", tokenizer) == []
    assert subject_words("最后那个是哪些单位负责？", tokenizer) == []
    assert "债券" in subject_words("那第十五条里地方政府债券的钱怎么用？", tokenizer)
    # 定下来以后: a directional complement and a position in time, asked of 国办发〔1996〕2号's 防御区 (10年或更长一段时间)
    words = subject_words("地震重点监视防御区定下来以后管多长时间？", tokenizer)
    assert "下来" not in words and "以后" not in words and any("防御" in w for w in words)


def test_a_follow_up_asking_content_keeps_its_own_kind(corpus):
    first = understand("国务院文件里仓储建设用地的鼓励政策由谁出台？", corpus)
    bare = understand("那地面数字电视覆盖网建设呢？", corpus)
    asking = understand("那第十五条里地方政府债券的钱怎么用？", corpus)
    assert merge_follow_up(bare, first).intent is Intent.RESPONSIBILITY  # the same question about another task
    assert merge_follow_up(asking, first).intent is Intent.CONTENT


def test_the_listed_task_a_unit_leads_is_picked_and_its_deadline_asked(corpus):
    rows = [_g("附件第40项"), _g("附件第62项")]
    engine = _converse(corpus, [rows, []], "国家附件里中央编办参与了哪些工作？", "哪一项是中央编办牵头的？时间怎么定的？")
    query, focus, _ = engine.asked[-1]
    assert focus == (_g("附件第62项"),)
    assert query.slot is Slot.DEADLINE and query.follow_up


def test_whether_something_was_carried_out_is_a_subject_of_its_own():
    tokenizer = Tokenizer()
    assert "落实" in subject_words("康定机场后来追加的那部分投资落实了吗，差多少钱？", tokenizer)
    assert "落实" not in subject_words("到了浙江由哪些单位落实？", tokenizer)


TAXES = [_z(f"（二十二）{i}") for i in (1, 2, 3, 4)]


def test_a_numbered_clause_after_a_list_of_one_headings_items_is_the_item_of_that_number(corpus):
    """第三条 right after the four items of （二十二） is the third of them, not clause （三） of the document."""
    engine = _converse(corpus, [TAXES, []], "浙江在税收上有哪几条优惠措施？", "第三条由哪些单位负责？")
    query, focus, _ = engine.asked[-1]
    assert focus == (_z("（二十二）3"),)
    assert query.follow_up and query.slot is Slot.UNITS


def test_a_numbered_clause_after_a_single_citation_is_still_the_documents_clause(corpus):
    engine = _converse(corpus, [[_z("（二十二）3")], []], "浙江推进邮电通信业营改增试点由谁负责？", "那第三条讲的是什么？")
    assert engine.asked[-1][1] == (_z("（三）1"), _z("（三）2"), _z("（三）3"), _z("（三）4"))


def test_every_listed_task_the_unit_leads_is_designated(corpus):
    rows = [_g("附件第44项"), _g("附件第47项"), _g("附件第48项"), _g("附件第49项")]
    engine = _converse(corpus, [rows, []], "国家附件里人社部参与了哪些任务？", "其中哪几项是人社部牵头的？")
    assert engine.asked[-1][1] == (_g("附件第47项"), _g("附件第48项"))


def test_a_picked_item_asked_in_words_it_does_not_hold_is_searched_by_its_opening(corpus):
    """第二个是在哪个城市搞: 城市 is asked of the item picked (衢州), not searched alone."""
    engine = _converse(corpus, [ENV_LIST, []], "浙江文件里省水利厅参与了哪些事？", "第二个是在哪个城市搞？")
    query, focus, _ = engine.asked[-1]
    assert focus == (_z("（十五）3"),)
    assert "衢州" in query.text


# ----------------------------------------------------------------------------- issue 11: lists and follow-ups

JIAXING = [_z("（十三）6"), _z("（十五）4"), _z("（十五）6")]


def test_a_listed_item_is_named_by_a_two_character_run_no_other_item_shares(corpus):
    engine = _converse(corpus, [JIAXING, []], "浙江文件里嘉兴市政府负责哪些工作？", "其中光伏那个试点，还有哪些省级部门参与？")
    query, focus, exclude = engine.asked[-1]
    assert focus == (_z("（十五）6"),)
    assert query.slot is Slot.UNITS and not exclude  # 还有 asks more units of the item, not more items


def test_a_listed_item_is_named_by_a_short_form_of_its_words(corpus):
    """个税 is the short form of 个人所得税: the turn points (那一条) at the one listed item writing it out."""
    engine = _converse(corpus, [[_z("（十三）8"), _z("（二十二）4")], []], "浙江哪些工作需要省委组织部参与？", "个税那一条具体是怎么规定的？")
    query, focus, _ = engine.asked[-1]
    assert focus == (_z("（二十二）4"),)
    assert query.follow_up and query.doc_ids == frozenset({ZHEJIANG})


def test_more_after_one_leaf_of_a_heading_lists_the_rest_of_the_heading(corpus):
    engine = _converse(corpus, [[_z("（二十）1")], []], "浙江在简化审批方面有什么措施？", "还有吗？")
    query, _, exclude = engine.asked[-1]
    assert query.intent is Intent.LIST and query.units == ()
    assert query.text == "简化相关审批制度" and query.doc_ids == frozenset({ZHEJIANG})
    assert _z("（二十）1") in exclude


def test_more_after_a_units_list_asks_more_of_that_list(corpus):
    listed = [_z("（十一）7"), _z("（十三）8"), _z("（二十二）3")]
    engine = _converse(corpus, [listed, []], "浙江省邮政管理局参与哪些任务？", "还有吗？")
    query, _, exclude = engine.asked[-1]
    assert query.units == ("省邮政管理局",)  # not the rest of one heading: the list spans three
    assert set(listed) <= exclude


def test_the_counterpart_is_that_of_the_task_the_earlier_question_named(corpus):
    """Row 2 covers 下一代互联网 and 下一代广播电视网; the question named the first, so its counterpart is （三）1."""
    engine = _converse(
        corpus, [[_g("附件第2项")], []], "国家搞下一代互联网规模化商用，是哪几个部委在管？", "浙江省里对应的是哪项，谁负责？"
    )
    _, focus, _ = engine.asked[-1]
    assert focus[0] == _z("（三）1")


def test_the_words_naming_the_counterparts_document_are_no_subject_of_the_turn(corpus):
    engine = _converse(corpus, [[_z("（十七）")], []], "浙江文件里个人信息保护的工作由谁负责？", "国务院附件里对应的任务什么时候启动？")
    query, focus, _ = engine.asked[-1]
    assert focus[0] == _g("附件第58项")
    assert "国务院" not in query.own_text and "附件" not in query.own_text
    assert query.slot is Slot.DEADLINE


def test_a_bare_follow_up_naming_another_clause_is_searched_by_its_own_words(corpus):
    # 智慧水务 → 那智慧环保呢: the cited clause holds 智慧 and 环保 (省环保厅) apart, but not 智慧环保 itself
    engine = _converse(corpus, [[_z("（十五）2")], []], "浙江意见里智慧水务建设由谁负责？", "那智慧环保呢？")
    query, focus, _ = engine.asked[-1]
    assert focus == (_z("（十五）3"),)  # the one item beside the cited one that writes 智慧环保
    assert "智慧水务" not in query.text and "智慧环保" in query.text
    assert query.intent is Intent.RESPONSIBILITY and query.doc_ids == frozenset({ZHEJIANG})


@pytest.mark.parametrize(
    ("first", "cited", "follow_up"),
    [
        ("浙江的“宽带乡村”工程由哪些部门负责？", _z("（三）4"), "那光纤进村试点呢？"),  # said by the cited clause
        ("国务院文件里组建广电网络公司谁负责？", _g("附件第9项"), "那浙江呢？"),  # a document, no subject
        ("浙江文件里省物价局管哪些事？", _z("（十五）6"), "那省邮政管理局呢？"),  # a unit: its own list
    ],
)
def test_a_follow_up_without_a_subject_of_another_clause_keeps_the_focus(corpus, first, cited, follow_up):
    engine = _converse(corpus, [[cited], []], first, follow_up)
    _, focus, _ = engine.asked[-1]
    assert focus != ()
