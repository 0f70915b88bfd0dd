"""A question asking a person by name (由哪位领导牵头负责, 联系人是谁) is answered where a text names one under a
label (牵头负责领导:刘惠, 联系人:王宁涛) and declined where the texts name only bodies — checked on the real
安徽 responsibility notice (eval/real/docs/dev), which names a leader above each task's units."""

from __future__ import annotations

import pytest

from assistant.answering.composer import AnswerComposer
from assistant.index.catalog import Catalog
from assistant.lexicon.actors import names_person
from assistant.lexicon.tokenizer import Tokenizer
from tests.fixed_order import dev_catalog, gather_in_order

ANHUI = "h22r-anhui-key-work-responsibility-part"
LIAOYANG = "h23d-liaoyang-2023-small-business-support-list-part"


@pytest.mark.parametrize("text, named", [
    ("牵头负责领导:刘惠。", True),
    ("联系人:王宁涛,电话:020-83135813", True),
    ("牵头责任单位:省发展改革委。", False),
    ("协同责任单位:省经济和信息化厅、省财政厅。", False),
    ("负责人是企业法定代表人", False),
    # the head signing an order under its text
    ("《福建省地名管理办法》已经省人民政府第23次常务会议通过,现予公布,自2014年7月1日起施行。\n省 长 苏树林", True),
    ("署 长 牟新生\n二○○五年十月二十四日", True),
    ("《烈士纪念设施保护管理办法》已经2013年6月27日民政部部务会议通过,现予公布,自公布之日起施行。部长:李立国", True),
    ("实行县长负责制。", False),
    # the role holding a post
    ("市、县两级分别设立总林长,由党委、政府主要负责同志担任;", True),
    ("组长由分管副市长兼任。", True),
    ("由市财政局负责组织实施。", False),
    ("由市长签发。", False),
])
def test_a_person_named_under_a_label(text, named):
    assert names_person(text) is named


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return dev_catalog(ANHUI, LIAOYANG)


def _answer(catalog: Catalog, question: str, order: list[tuple[str, str]]):
    evidence = gather_in_order(catalog, question, order)
    return AnswerComposer({d.doc_id: d for d in catalog.documents}, Tokenizer()).compose(evidence)


def test_the_leader_a_text_names_answers_a_question_asking_one(catalog):
    answer = _answer(catalog, "安徽固定资产投资增长目标由哪位领导牵头负责？", [(ANHUI, "一2"), (ANHUI, "一1")])
    assert not answer.abstained
    assert answer.short_answer.startswith("答：") and "刘惠" in answer.short_answer


def test_a_person_asked_of_texts_naming_only_bodies_is_declined(catalog):
    first = next(c for c in catalog.documents if c.doc_id == LIAOYANG).clauses[0]
    answer = _answer(catalog, "辽阳这项扶持政策由哪位领导负责？", [(LIAOYANG, first.path)])
    assert answer.abstained and "没有提到具体人员" in answer.answer
