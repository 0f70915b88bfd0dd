"""Which document of one government a question means (no model needed).

With several documents of one government loaded, a question naming the place and describing the document
(温州2023年推动经济高质量发展的政策里…, 国务院2020年分工意见里…) must be searched in that document, not
answered from a neighbour. Three forms of how documents are named, each on real text:

* a document filed without a government whose opening names the place (推动温州经济高质量发展) is one of
  that place's documents: a question naming the place may be answered from it;
* the year of a document's 文号 or date is part of what names it (国务院2020年分工意见), and common
  title words that together lead by a clear margin name it as a rare word would; a deadline year
  (到2020年) names no document;
* a campaign to make a place strong in a field (交通强市, 工业强市) is no place;
* a level word (中央, 国务院) beside a place a national document's title names (哈尔滨, 四川) means that
  document, not every national one.

Titles, 文号 and openings are quoted from the real-dev documents named beside each.
"""

from __future__ import annotations

import pytest

from assistant.answering.question import _scope, named_places
from assistant.corpus.model import Clause, Document


def _doc(doc_id: str, title: str, level: str, *, government: str | None = None, region: str | None = None,
         number: str | None = None, date: str | None = None, text: str = "正文") -> Document:
    doc = Document(doc_id, title, title[:8], number, None, date, level, region, f"{doc_id}.txt", "x",
                   government=government)
    doc.clauses.append(Clause(id=f"{doc_id}#1", doc_id=doc_id, kind="preamble", text=text))
    return doc


# eval/real/docs/dev/wenzhou-2023-rural-revitalization-table-part.txt (温政发〔2023〕4号) and
# h23d-wenzhou-2023-economy-policies-compilation-part.txt (a compilation's page: its title names no place,
# the parser found no government; its opening says whose it is)
WENZHOU_RURAL = _doc(
    "wz-rural", "温州市人民政府关于培育农业农村新动能全面推进乡村振兴的若干政策意见", "市",
    government="浙江省温州市", region="温州", number="温政发〔2023〕4号",
    text="各县(市、区)人民政府,市各有关单位:\n为培育农业农村转型发展新动能,深化农业“双强”行动,",
)
WENZHOU_ECONOMY = _doc(
    "wz-economy", "关于推动经济高质量发展的若干政策", "其他",
    text="为深入贯彻落实中央、省委经济工作会议精神,进一步提振市场信心,稳定发展预期,加强各类政策协同,"
    "推动温州经济高质量发展,实现质的有效提升和量的合理增长,根据《关于推动经济高质量发展的若干政策》"
    "(浙政发〔2023〕2 号),结合我市实际,现制定以下政策。",
)
# a title-less document of another place, also without a government (the same opening form)
OTHER_UNKNOWN = _doc(
    "other-economy", "关于稳定经济增长的若干措施", "其他",
    text="为深入贯彻落实省委经济工作会议精神,推动全县经济平稳健康发展,结合我县实际,制定以下措施。",
)
# eval/real/docs/dev/h23d-guofa-2020-6-work-report-division-part.txt and
# guobanhan-2014-31-rural-reform-division-trad-part.txt: two national 分工 documents, both holding 意见
DIVISION_2020 = _doc(
    "guofa-2020-6", "国务院关于落实《政府工作报告》重点工作部门分工的意见", "国家", number="国发〔2020〕6号",
)
DIVISION_2014 = _doc(
    "guobanhan-2014-31",
    "国务院办公厅关于落实中共中央国务院关于全面深化农村改革加快推进农业现代化若干意见有关政策措施分工的通知",
    "国家", number="国办函〔2014〕31号",
)
# other national documents, as many as real-dev holds, of 1990–2019 and three more of 2020: the year
# alone is in several descriptions, as 2020年 is in real-dev's
NATIONAL_OTHERS = [
    _doc(f"nat{i}", f"关于印发第{i}批示范名单的通知", "国家", number=f"国办函〔{1990 + i % 30}〕{i}号")
    for i in range(90)
] + [_doc(f"nat2020-{i}", f"关于公布第{i}批试点城市的通知", "国家", date=f"2020-0{i + 1}-15") for i in range(3)]
LIBRARY = [WENZHOU_RURAL, WENZHOU_ECONOMY, OTHER_UNKNOWN, DIVISION_2020, DIVISION_2014, *NATIONAL_OTHERS]


@pytest.mark.parametrize(
    "question",
    [
        # h23d-wenzhou-2023-economy-policies-compilation-part cases: the place and a topic of the body only
        "温州2023年要推进多少个引领性、支撑性重大项目？",
        "温州市财政2023年为保障重大项目建设一共预算安排了多少钱？",
    ],
)
def test_a_document_without_government_whose_opening_names_the_place_is_the_places(question):
    scope = _scope(question, LIBRARY)
    assert scope.documents == {"wz-rural", "wz-economy"}
    # taken in as a candidate, not as a second document named (no comparison of the two)
    assert scope.joined == {"wz-economy"}


def test_the_year_with_common_title_words_names_the_one_document():
    # h23d-guofa-2020-6-work-report-division-part-09: 2020年, 分工 and 意见 are each in several descriptions
    question = "国务院2020年分工意见里说的“六保”，具体保的是哪六样？"
    assert _scope(question, LIBRARY).documents == {"guofa-2020-6"}
    # the 2014 one by its own year
    assert _scope("国务院2014年那份分工通知由谁牵头？", LIBRARY).documents == {"guobanhan-2014-31"}


def test_a_deadline_year_names_no_document():
    # a target year (到2020年) is when, not which document: every national document stays
    scope = _scope("国务院的分工意见里到2020年要完成哪些任务？", LIBRARY).documents
    assert scope == {d.doc_id for d in LIBRARY if d.level == "国家"}


@pytest.mark.parametrize(
    ("question", "places"),
    [
        # h23d-wenzhou-2023-economy-policies-compilation-part-06 (the text: 综合交通强市领域资金 29.1亿元)
        ("温州2023年市财政预算里，综合交通强市领域的资金是多少？", ()),
        # real-huaian-2022-relief-rules-part-02 (推动工业强市发展专项引导资金)
        ("淮安推动工业强市的专项引导资金是哪些部门负责？", ()),
        # a county and a city named by their suffix stay places
        ("嘉兴市对新认定的科技企业奖励多少？", ("嘉兴市",)),
        ("柳河县给多少奖励？", ("柳河县",)),
    ],
)
def test_making_a_place_strong_in_a_field_is_no_place(question, places):
    assert named_places(question) == places


# eval/real/docs/dev/guobanhan-2004-36-harbin-universiade.txt and guobanhan-2004-71-sichuan-reply.txt: national
# documents about one place each
HARBIN = _doc("harbin", "国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函", "国家",
              number="国办函〔2004〕36号")
SICHUAN = _doc("sichuan", "国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函", "国家",
               number="国办函〔2004〕71号")


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        # real-guobanhan-2004-36-harbin-universiade-04
        ("哈尔滨办大冬会，中央财政会补贴哪一块费用？", {"harbin"}),
        # h21a-guobanhan-2004-71-sichuan-reply-02
        ("四川特大型地质灾害的治理，中央会安排经费补助吗？", {"sichuan"}),
    ],
)
def test_a_level_word_with_a_place_a_national_title_names_means_that_document(question, scope):
    assert _scope(question, [HARBIN, SICHUAN, *LIBRARY]).documents == scope


def test_a_level_word_with_no_place_of_a_national_title_keeps_every_national_document():
    library = [HARBIN, SICHUAN, *LIBRARY]
    national = {d.doc_id for d in library if d.level == "国家"}
    assert _scope("中央财政对地质灾害治理安排经费补助吗？", library).documents == national
