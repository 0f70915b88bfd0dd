"""Units stated once for a run of measures, inherited by each leaf of the run and marked where they stand.

Every sentence is quoted from a real document of eval/real/docs/dev (named in each test); the forms are
general: a heading run into its first paragraph with its lead, a heading whose text is only its units,
and a note 以下…均需X落实，不再单独列出 that adds X to every measure after it.
"""

from __future__ import annotations

from assistant.answering.evidence import EvidenceSelector
from assistant.answering.question import understand
from assistant.config import REPO_ROOT, get_settings
from assistant.corpus import load_document, responsibility
from assistant.index.catalog import Catalog
from tests.fixed_order import StubSearch
from assistant.corpus.outline import split_heading
from assistant.corpus.parser import parse_text

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"

# huaian-2022-relief-rules-part, 一1 and the start of 一2 (as the document prints them).
HUAIAN = """关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则

一、落实财税支持政策
1.积极争取省级专项资金,支持生产经营暂时面临困难但产品有市场、项目有前景、技术有竞争力的中小微企业。重点鼓励企业扩大投资和科技创新。(责任单位:市工信局、市财政局等有关部门,各县区人民政府、园区管委会。以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出)
2.成立“智改数转”工作专班,积极争取省工业企业“智改数转”专项资金。(责任单位:市工信局、市财政局)
"""

# h23d-wenzhou-2023-economy-policies-compilation-part, 一 and 一1: the lead bracketed in the heading,
# run into the chapter's first paragraph.
WENZHOU = """关于推动经济高质量发展的若干政策

一、扩大有效投资政策(由市发展改革委牵头实施)聚焦重大基础设施、重大民生、重大产业三大领域,重点围绕九大工程,组织实施重大项目“百项千亿”行动,计划完成投资 1200 亿元以上。
1. 加大财政支持力度。围绕保障重大项目建设、激发全社会投资活力,市财政 2023 年预算安排 40.1 亿元。
"""

# anshan-lishan-2023-key-tasks-division-part: the chapter heading and the label lines of its item 1, set
# under the heading as a division of tasks by chapter prints them.
ANSHAN = """立山区政府2023年重点工作任务分解和责任分工方案

一、经济社会发展的主要预期目标
牵头单位:区发改局
1.努力实现地区生产总值增长6.2%左右。
2.规模上工业增加值增长5%左右。
"""


def _leaves(text: str) -> dict:
    return {c.path: c for c in parse_text(text, "doc", "doc.txt", "0").clauses}


def test_a_note_for_the_measures_after_it_adds_its_bodies_to_their_own_lists() -> None:
    leaves = _leaves(HUAIAN)
    second = leaves["一2"]
    assert second.units == ["市工信局", "市财政局", "各县区人民政府", "园区管委会"]
    assert second.lead_units == ["市工信局"]  # the item's own lead is kept
    assert second.units_from == "一1"  # where the note stands
    assert leaves["一1"].units_from is None  # the note's own leaf names those bodies itself


def test_a_list_of_duties_in_a_law_is_no_note_over_the_measures_after_it() -> None:
    # 最高人民法院关于人民法院网络司法拍卖若干问题的规定 第八条 (laws corpus): the 事项 it lists are duties, not measures
    assert responsibility.span_notes("实施网络司法拍卖的，下列事项应当由网络服务提供者承担：", None) == []
    assert [n.resolved()[0] for n in responsibility.span_notes(
        "以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出", "淮安")] == [["各县区人民政府", "园区管委会"]]


def test_a_lead_bracketed_in_a_heading_run_into_its_paragraph_leads_the_items_under_it() -> None:
    assert split_heading("扩大有效投资政策(由市发展改革委牵头实施)聚焦重大基础设施、重大民生、重大产业三大领域,"
                         "重点围绕九大工程,组织实施重大项目“百项千亿”行动", True) == (
        "扩大有效投资政策(由市发展改革委牵头实施)",
        "聚焦重大基础设施、重大民生、重大产业三大领域,重点围绕九大工程,组织实施重大项目“百项千亿”行动")
    leaves = _leaves(WENZHOU)
    assert leaves["一1"].units == ["市发展改革委"]
    assert leaves["一1"].units_from == "一"


def test_a_run_in_bracket_that_names_no_body_is_no_heading() -> None:
    # miit-2018-56-growth-upgrade-cities-notice, 一: brackets in a long first sentence are asides, not a lead
    segment = ("请各省(区、市)及新疆生产建设兵团工业和信息化主管部门(以下简称各地)按照《工业稳增长和转型升级成效明显市(州)"
               "激励措施实施办法》")
    assert split_heading(segment, False) == (None, segment)


def test_a_heading_whose_text_is_only_its_units_gives_them_to_the_items_under_it() -> None:
    leaves = _leaves(ANSHAN)
    assert leaves["一"].units == ["区发改局"] and leaves["一"].units_from is None
    for path in ("一1", "一2"):
        assert leaves[path].units == ["区发改局"]
        assert leaves[path].units_from == "一"



def test_a_units_answer_cites_the_note_its_inherited_units_stand_in() -> None:
    # huaian-2022-relief-rules-part: 一2 names 市工信局、市财政局; 各县区人民政府、园区管委会 it inherits from the
    # note in 一1 (以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出), which the answer cites after it
    catalog = Catalog([load_document(DEV / "huaian-2022-relief-rules-part.txt", trusted=True)])
    ids = [next(c for c in catalog.clauses if c.path == "一2").id]
    selector = EvidenceSelector(StubSearch(catalog, ids), get_settings().model_copy(update={"reranker": "learned"}))
    evidence = selector.gather(understand("淮安上云和智改数转的奖补，哪些单位负责落实？", catalog.documents))
    assert [c.path for c in evidence.selected] == ["一2", "一1"]
