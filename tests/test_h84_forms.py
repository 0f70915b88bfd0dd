"""Forms met on real-dev's material in stop 49, each checked as the general rule it is an instance of: a page that
flattened a text into one line runs its units into the words before them, and the units are still read where the
numbering itself carries them.

* an excerpt that opens inside an article, its articles run on after full stops (…从其规定。第三条本条例所称…): the
  articles are read from the first of three numbered on one by one; a lone cross-reference starts no such run;
* 第一条 run into the date of the order it opens (…一九九七年九月二十二日第一条为了…) opens the articles where 第二条
  follows it and no article stands at a line start; where articles do, a glued 第一条 is a reference;
* a chapter's first clause run into its heading words (三、工作措施(一)切实加强…): read as 三（一）, and the （二）
  after it with it; a bracketed numeral inside a sentence stays text;
* an order's head, number and the regulations it issues on the one line its text starts (湖北省人民政府令第129号
  《湖北省拥军优属暂行办法》已经…审议通过,现发布施行。): the title, number and issuer of the document;
* a sentence following a rule (本市严格执行国家关于食品安全责任制的规定) names no title; the army's regional command
  (开封军分区) is no district;
* 第一小项 picks an item of the previous answer as 第一项 does.
"""

from __future__ import annotations

import pytest

from assistant.answering.question import ORDINAL
from assistant.corpus.metadata import title_from_text
from assistant.corpus.model import Document
from assistant.corpus.parser import parse_text
from assistant.lexicon.regions import Level, government_of


def _paths(text: str) -> list[str]:
    document: Document = parse_text(text, "doc", "doc.txt", "0" * 64)
    return [c.path for c in document.clauses]


def _articles(text: str) -> list[str]:
    return [p for p in _paths(text) if p.startswith("第")]


@pytest.mark.parametrize("text, articles", [
    # an excerpt opening inside 第二条, its articles run on after full stops
    ("地方储备粮管理条例\n法律、行政法规对地方储备粮的管理另有规定的，从其规定。第三条本条例所称地方储备粮包括政府储备和企业储备。"
     "第四条地方政府储备应当坚持规模合理的原则。第五条本市按照国家规定建立社会责任储备。", ["第三条", "第四条", "第五条"]),
    # lone references after full stops
    ("关于做好储备粮工作的通知\n各区县：\n根据条例做好储备工作。第三条规定的储备，由市粮食局负责。"
     "请各地抓好落实。第九条所列事项另行通知。", []),
    # 第一条 run into the date of the order it opens
    ("湖北省人民政府令第129号《湖北省拥军优属暂行办法》已经省人民政府常务会议审议通过，现发布施行。"
     "省长蒋祝平一九九七年九月二十二日第一条为了进一步加强拥军优属工作，制定本办法。第二条国家提倡拥军优属。", ["第一条", "第二条"]),
    # where articles stand on their own lines, a glued 第一条 is a reference
    ("某市办法\n第一条 为了规范管理，制定本办法。\n第二条 依照本办法第一条执行。\n第三条 本办法自公布之日起施行。",
     ["第一条", "第二条", "第三条"]),
    # a table citing consecutive articles in its cells
    ("关于执行刑法确定罪名的补充规定\n现作如下补充：\n\n| 刑法条文 |罪名 |\n|-----|-----|\n"
     "| 第186条 （修正案第12条） |违法运用资金罪 |\n| 第187条 （修正案第13条） |吸收客户资金不入帐罪 |\n"
     "| 第188条 （修正案第14条） |违规出具金融票证罪 |\n", []),
])
def test_articles_of_a_flattened_text_are_read_where_their_numbering_carries_them(text, articles):
    assert _articles(text) == articles


def test_a_chapters_first_clause_run_into_its_heading_words_is_read():
    text = ("乡创建双拥模范活动实施方案\n一、指导思想以科学发展观为指导，提升双拥水平。二、目标要求建立健全规章制度。"
            "三、工作措施(一)切实加强组织领导，保证双拥工作深入发展。(二)加大宣传教育力度，夯实思想基础。")
    assert [p for p in _paths(text) if p.startswith("三")] == ["三（一）", "三（二）"]


def test_a_bracketed_numeral_inside_a_sentence_stays_text():
    text = ("某县实施方案\n一、主要任务\n支持的对象包括(一)种粮大户和(二)家庭农场，按规定申报。\n二、保障措施\n加强领导。")
    assert not [p for p in _paths(text) if "（" in p]


def test_a_flattened_orders_first_line_gives_its_title_number_and_issuer():
    text = ("论文部分内容阅读\n湖北省人民政府令第129号《湖北省拥军优属暂行办法》已经1997年9月3日省人民政府常务会议审议通过,"
            "现发布施行。省长蒋祝平一九九七年九月二十二日第一条为了加强拥军优属工作,制定本办法。第二条国家提倡拥军优属。")
    document = parse_text(text, "doc", "doc.txt", "0" * 64)
    assert (document.title, document.number, document.issuer) == (
        "湖北省拥军优属暂行办法", "湖北省人民政府令第129号", "湖北省人民政府")


def test_a_sentence_following_a_rule_names_no_title():
    assert title_from_text("法律另有规定的从其规定。第六条本市严格执行国家关于食品安全责任制的规定。") is None
    assert title_from_text("。浙江省人民政府办公厅关于加快发展养老服务业的实施意见") == "浙江省人民政府办公厅关于加快发展养老服务业的实施意见"


def test_an_armys_regional_command_is_no_district():
    for name in ("开封军分区", "南京军区", "广州警备区"):
        assert government_of(name).level == Level.OTHER
    assert government_of("开封军分区关于做好退役士兵接收安置工作的通知", title=True).level == Level.OTHER
    assert government_of("上城区人民政府").level == Level.COUNTY


def test_a_small_item_by_its_place_is_an_item_of_the_previous_answer():
    for question, place in (("里面第一小项由谁牵头？", "一"), ("第2项呢？", "2"), ("第三个由谁负责？", "三")):
        assert ORDINAL.search(question).group(1) == place
    assert ORDINAL.search("第一条规定了什么？") is None
