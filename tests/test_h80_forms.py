"""Forms met on real-dev's material in stop 48, each checked as the general rule it is an instance of:

* a who-answer read from a bracket of bodies closing the measure ((省发改委负责), (財政部牽頭)) quotes that bracket as
  the text writes it beside the units it names canonically, so the reader finds the text's own words;
* the sequence number of the order a text was issued by (是省政府令第几号、第几号令公布的) is the document's own number,
  asked as its 文号 is, not a quantity for the number reader to find in a clause; and an order's head and number
  may split the word 令 either way over two lines (福建省人民政府 / 令第143號; 海關總署令 / 第 131 號); the day a
  text was 公布 (哪天公布的) is its own date, as the day it was 印发 is;
* the head who signs an order under its text (…自2014年7月1日起施行。省 长 苏树林) names a person a question asking
  who signed may be answered with; 名字 asks a person's name only after a word for one (联系人的名字), not a thing's
  (我们小区的名字算不算地名).
"""

from __future__ import annotations

import pytest

from assistant.answering.direct import issue_line
from assistant.answering.intents import Slot, detect_intent, detect_slot
from assistant.answering.question import understand
from assistant.corpus.metadata import read_header
from assistant.corpus.model import Document
from assistant.corpus.responsibility import written_note
from assistant.lexicon.regions import to_simplified


@pytest.mark.parametrize("text, note", [
    ("地区生产总值增长11%左右。(省发改委负责)", "省发改委负责"),
    ("完善扶持粮食生产的各项政策。(財政部牽頭)", "財政部牽頭"),
    ("公共财政收入增长。(省财政厅主办,省国税局、地税局协办)", "省财政厅主办,省国税局、地税局协办"),
    # a bracket that names no body, a labelled note (quoted by its label already), two notes: none
    ("(涉及水土保持项目)提交材料。", None),
    ("做好工作(责任单位：市科技局)", None),
    ("甲。(省发改委负责) 乙。(省财政厅负责)", None),
])
def test_the_note_of_bodies_as_the_text_writes_it(text, note):
    assert written_note(text, None) == note


@pytest.mark.parametrize("question", [
    "《安阳市城市环境卫生管理办法》是安阳市人民政府第几号令发布的？",
    "是市政府第几号令？",
    "甘肃那份消防安全责任制的办法，是以省政府令第几号对外公布的？",
])
def test_the_number_of_the_order_a_text_was_issued_by_is_its_own_number(question):
    assert detect_slot(question, detect_intent(question)) is Slot.ISSUE
    doc = Document("d", "某市城市环境卫生管理办法", "办法", "某市人民政府令第4号", "某市人民政府", None, "市", "某市", "d.txt", "x")
    assert issue_line(doc, question) == "文号：某市人民政府令第4号"


@pytest.mark.parametrize("lines, number, issuer", [
    (["福建省人民政府", "令第143號", "《福建省地名管理辦法》已經2014年5月26日省人民政府第23次常務會議通過,現予公布。"],
     "福建省人民政府令第143号", "福建省人民政府"),
    (["中華人民共和國海關總署令", "第 131 號", "《中華人民共和國海關立法工作管理規定》經2005年9月30日署務會審議通過,現予公布。"],
     "中华人民共和国海关总署令第131号", "中华人民共和国海关总署"),
])
def test_an_orders_number_split_over_two_lines_either_way(lines, number, issuer):
    header = read_header([to_simplified(line) for line in lines])
    assert (header.number, header.issuer) == (number, issuer)
    # the word 令 on neither line, or on both, is no order
    assert read_header(["福建省人民政府", "第143号", "为了加强管理,制定本办法。"]).number is None


@pytest.mark.parametrize("question, person", [
    ("我们楼盘小区的名字算不算国务院地名条例管的地名？", False),
    ("申报材料交给谁，联系人名字和电话？", True),
    ("福建省地名管理办法是哪位省长签发公布的？", True),
])
def test_a_name_asked_is_a_persons_only_after_a_word_for_one(question, person):
    assert understand(question, []).asks_person is person


@pytest.mark.parametrize("question", ["那它是哪天公布的？", "福建省地名管理办法是哪天公布的？"])
def test_the_day_a_text_was_published_is_its_own_date(question):
    assert detect_slot(question, detect_intent(question)) is Slot.ISSUE
