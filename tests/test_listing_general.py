"""Complete lists drawn by what a question names, on the shipped corpus's real sentences (no model, no
index: the lister reads only the parsed clauses): a deadline class quoted with an adverb after the date,
a unit read with a neighbouring word, a topic phrase among words that name nothing."""

from __future__ import annotations

import pytest

from assistant.answering.listing import Lister, names_topic
from assistant.answering.question import understand, unit_governments
from assistant.lexicon.tokenizer import Tokenizer
from assistant.retrieval.filters import Filters

GUOFA = "guofa-2013-32"
ZHEJIANG = "zhejiang-2014-info-consumption"


class _Catalog:
    def __init__(self, corpus):
        self.clauses = [c for d in corpus for c in d.clauses]


class _Search:
    """What the lister reads of the search: the catalog's clauses and the tokenizer."""

    def __init__(self, corpus):
        self.catalog = _Catalog(corpus)
        self.tokenizer = Tokenizer()

    def clauses_where(self, predicate):
        return [c for c in self.catalog.clauses if predicate(c)]


@pytest.fixture(scope="module")
def lister(corpus):
    lister = Lister.__new__(Lister)
    search = _Search(corpus)
    lister.search, lister.tokenizer, lister.documents = search, search.tokenizer, corpus
    lister._documents_by_id = {d.doc_id: d for d in corpus}
    lister._deadlines = sorted({c.deadline for c in search.catalog.clauses if c.deadline}, key=len, reverse=True)
    return lister


def _query(corpus, question):
    return understand(question, corpus, unit_governments(corpus))


def _labels(clauses):
    return [f"row{c.annex_row}" if c.annex_row is not None else f"{c.clause}{c.item or ''}" for c in clauses]


@pytest.mark.parametrize(
    ("question", "deadline"),
    [
        ("国务院分工表里哪些事是2013年先研究、2014年再推出来的？", "2013年研究"),
        ("附件里哪些任务2013年研究？", "2013年研究"),
        ("哪些任务要在2013年第三季度就启动？", "2013年三季度启动"),
        ("国务院附件里哪些任务2013年三季度就要启动？", "2013年三季度启动"),  # two adverbs in a row
        ("哪些任务2014年底前完成？", "2014年底前完成"),  # 底前 is no adverb: not the class 2014年启动
    ],
)
def test_an_adverb_after_the_date_is_no_part_of_the_deadline_class(lister, question, deadline):
    assert lister.quoted_deadline(question) == deadline


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("浙江省地税局参与负责的事项有哪些？", "省地税局"),
        ("国务院附件里海关总署参与的任务都有哪些？", "海关总署"),
    ],
)
def test_a_unit_read_with_a_neighbouring_word_is_the_unit_written_there(corpus, lister, question, unit):
    query = _query(corpus, question)
    assert lister._units_named(query) == (unit,)


def test_a_unit_written_there_needs_an_overlap_with_the_reading(corpus, lister):
    query = _query(corpus, "国务院附件里海关总署参与的任务都有哪些？")
    assert lister._unit_written_there("不在问题里的单位", query) is None


def test_the_one_topic_is_the_phrase_naming_something_and_its_words_held_together(corpus, lister):
    query = _query(corpus, "两份文件里跟跨境电子商务相关的任务都有哪些？")
    topic = lister._listed_topic(query, Filters(doc_ids=query.doc_ids))
    assert topic == "跨境 电子商务"  # 两份 and 任务都 name nothing; 电子商务 alone is in 14 clauses
    listed = lister.search.clauses_where(lambda c: names_topic(topic, c.text))
    labels = _labels(listed)
    assert {"row32", "row37", "row38", "（十一）2", "（十一）3"} <= set(labels)  # 跨境贸易电子商务 too
    assert len(labels) <= 8


def test_a_phrase_of_the_documents_title_is_no_subject(corpus, lister):
    query = _query(corpus, "这个浙江的实施意见里跟中小企业有关的内容有哪些？")
    topic = lister._listed_topic(query, Filters(doc_ids=query.doc_ids))
    assert topic == "中小企业"


def test_several_subjects_naming_something_are_no_one_topic(corpus, lister):
    query = _query(corpus, "台州的智慧水务和嘉兴的光伏试点有哪些？")
    assert lister._listed_topic(query, Filters(doc_ids=query.doc_ids)) is None


def test_a_topic_is_named_by_every_word_of_it():
    assert names_topic("跨境 电子商务", "开展杭州市、宁波市等跨境贸易电子商务服务试点。")
    assert not names_topic("跨境 电子商务", "大力实施“电商换市”工程。")


def test_a_phrase_framed_as_what_the_items_relate_to_is_quoted_as_the_topic(corpus, lister):
    query = _query(corpus, "浙江意见中跟农村有关的措施有哪些？")
    topic = lister.quoted_topic(query, Filters(doc_ids=query.doc_ids))
    assert topic == "农村"
    listed = _labels(lister.search.clauses_where(lambda c: c.doc_id == ZHEJIANG and names_topic(topic, c.text)))
    assert {"（三）4", "（九）2", "（十一）7", "（十三）8", "（二十一）4"} <= set(listed)


def test_a_related_phrase_in_too_many_clauses_is_no_topic(corpus, lister):
    query = _query(corpus, "跟信息消费有关的任务有哪些？")
    assert lister.quoted_topic(query, Filters(doc_ids=query.doc_ids)) is None


def test_of_two_deadline_classes_quoted_as_long_the_first_is_asked(lister):
    asked = "附件中哪些任务安排在2013年研究、2014年再发布、实施或启动？"
    assert lister.quoted_deadline(asked) == "2013年研究"  # not 2014年发布, once 再 is read as no part of it


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("国务院附件里需要省一级政府出面负责的任务有哪些？", ("各省、自治区、直辖市人民政府",)),
        ("国家文件里省级人民政府参与的任务有哪些？", ("各省、自治区、直辖市人民政府",)),
    ],
)
def test_a_government_named_by_its_level_is_the_governments_of_that_level_named(corpus, lister, question, expected):
    assert lister._units_named(_query(corpus, question)) == expected


def test_a_city_level_government_is_every_city_government_the_document_names(corpus, lister):
    units = lister._units_named(_query(corpus, "浙江文件里要市级政府负责的事有哪些？"))
    assert {"杭州市政府", "宁波市政府", "嘉兴市政府", "各市政府"} <= set(units)
    assert all("市" in u and u.endswith("政府") for u in units)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("省里有哪些措施是公安厅牵头的？", ("省公安厅",)),  # read as 省里有哪些措施是公安厅
        ("省里由财政厅牵头的措施有哪些？", ("省财政厅",)),
    ],
)
def test_a_reading_that_took_in_words_before_a_unit_is_the_unit_it_ends_as(corpus, lister, question, expected):
    assert lister._units_named(_query(corpus, question)) == expected


def test_an_ending_needs_the_taken_in_words_to_hold_the_units_prefix_and_an_organ_word_is_none(corpus, lister):
    query = _query(corpus, "浙江文件里省物价局管哪些事？")
    assert lister._units_ending("海关", query) == ("宁波海关", "杭州海关")  # a bare name: each unit so named
    assert lister._units_ending("里海关", query) == ()  # the words taken in do not hold 杭州 or 宁波
    assert lister._units_ending("温州海关", query) == ()  # another place's customs is no customs named
    assert lister._units_ending("市财政厅", query) == ()  # another level's bureau is not 省财政厅
    assert lister._units_ending("财政厅", query) == ("省财政厅",)  # the bare name, its level left out
    assert lister._units_ending("这边政府", query) == ()  # 政府 ends every government: no one unit
