"""The asked slot is filled by the value of the type asked, where the asked measure is named (h25u). On real
development documents (eval/real/docs/dev), with a stub search whose order is given, so the slot check decides:

- a period or a date asked of money (贴息期限最长多久) is filled by a span or a date, though the clause states no
  money: 辽阳清单 row 2 (…由市财政给予贴息,贴息期限不超过1年);
- a span of years asked (连续几年) is filled by a span the text states (2024—2026年), though no count stands before
  a 年: 广西工业振兴 附件一;
- a leaf's own title names the measure every sentence under it states: 广西 2023 附件一（一） 支持企业春节抢抓生产,
  whose money sentence does not repeat 春节抢抓生产 (the title holds every asked word here; a word only the lead
  sentence adds, such as 期间, still makes that sentence the measure's, and it states no amount);
- money asked for whom a phrase heads (…供应企业的驻企特派员，每月补贴多少) is not the amount a clause gives others
  (辽阳清单 row 3: the supplying enterprises' 20% and 100万元);
- a multiple of a base bounds a condition by the relation word before the base (超过…平均增速2倍的, 不超过平均增速
  2倍的), so a growth the asker states (超过…但不到两倍) picks the sibling clause whose condition holds it (苏州工业园区
  问答 二1, not 二2);
- a threshold asked (门槛) is answered by a bound a condition sets, never by the cap of the support (黑龙江 一2:
  补助最高不超过200万元 is no 年营业收入 threshold).
"""

from __future__ import annotations

import pytest

from assistant.answering.evidence import EvidenceSelector
from assistant.answering.intents import Intent, Slot
from assistant.answering.measures import recipient_unnamed, states_threshold, unfilled
from assistant.answering.question import understand
from assistant.config import REPO_ROOT, get_settings
from assistant.corpus import load_document
from assistant.corpus.model import Clause
from assistant.corpus.money import bands, extract_money
from assistant.index.catalog import Catalog
from tests.fixed_order import dev_catalog, StubSearch, clause_at as _clause, gather_in_order as _gather

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
LIAOYANG = "h23d-liaoyang-2023-small-business-support-list-part"
GUANGXI_2024 = "h22m-guangxi-2024-industrial-revitalization-measures-part"
GUANGXI_2023 = "h22m-guangxi-2023-industrial-economy-measures-part"
SIP = "h23d-suzhou-sip-2025-service-revenue-award-qa-trad"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return dev_catalog(LIAOYANG, GUANGXI_2024, GUANGXI_2023)



def test_a_period_asked_of_money_is_filled_by_the_span_the_clause_states(catalog):
    # row 2: 对国家、省确定的疫情防控有关生产重点保障企业2020年新增的企业贷款,…其余部分由市财政给予贴息,贴息期限不超过1年
    row2 = _clause(catalog, LIAOYANG, "2")
    assert "不超过1年" in row2.text and not row2.money  # no money in it: the period alone answers
    question = "辽阳对重点保障企业新增贷款给的市财政贴息，期限最长多久？"
    assert understand(question, catalog.documents).slot is Slot.AMOUNT  # 贴息 asks money; 多久 its period
    evidence = _gather(catalog, question, [(LIAOYANG, "2"), (LIAOYANG, "3")])
    assert evidence.abstain_reason is None and [c.path for c in evidence.selected] == ["2"]


def test_a_period_asked_where_only_money_is_stated_is_still_unfilled(catalog):
    # row 3: …固定资产给予20%补贴,每家企业上限为100万元 — money, and no span of time
    evidence = _gather(catalog, "辽阳对生产防疫物资企业的固定资产投入，贴息期限最长多久？", [(LIAOYANG, "3")])
    assert evidence.abstain_reason is not None and not evidence.selected


def test_a_span_of_years_asked_is_filled_by_the_years_the_text_states(catalog):
    # 附件一: 2024—2026年,每年统筹安排一般公共预算资金、新增政府专项债券资金,…支持重大工业项目建设…
    evidence = _gather(catalog, "广西工业振兴的财政资金支持，连续几年都安排？", [(GUANGXI_2024, "附件一")])
    assert evidence.abstain_reason is None and [c.path for c in evidence.selected] == ["附件一"]


def test_a_leaf_titled_by_the_measure_gives_its_money_though_the_sentence_does_not_repeat_it(catalog):
    # 附件一（一） 支持企业春节抢抓生产: 鼓励…充分利用春节春运期间抢抓生产。对…企业…均按不超过…产值同比增量的1%予以
    # 奖励…,每家企业最高奖励不超过100万元
    leaf = _clause(catalog, GUANGXI_2023, "附件一（一）")
    assert leaf.clause_title == "支持企业春节抢抓生产"
    evidence = _gather(catalog, "广西对春节抢抓生产的企业，最多奖多少？", [(GUANGXI_2023, "附件一（一）")])
    assert evidence.abstain_reason is None and [c.path for c in evidence.selected] == ["附件一（一）"]


# ---- whom the money is asked for: the head of the asked phrase must be named -------------------------------

# h22u-heilongjiang 一2 (PDF spacing kept)
DIGITAL = ("支持企业数字化改造。对经省级认定的数字化车间 (生产线) 和智能工厂 (矿山), 按项目合同金额 (含设备投资和工业软件购置等"
           "数字化建设费用) 给 予 10%的一次性补助, 数字化车间 (生产线) 补助最高不超过 200 万元, 智能 工厂 (矿山) 补助最高不超过 1000 万元。")


def test_money_asked_for_a_person_the_clause_does_not_name_is_not_the_enterprises_money(catalog):
    # row 3 gives the supplying enterprises 20% and 100万元; the 驻企特派员 sent to them are named in another row only
    evidence = _gather(catalog, "辽阳给防疫物资供应企业派去的驻企特派员，每个月补贴多少？", [(LIAOYANG, "3")])
    assert evidence.abstain_reason is not None and not evidence.selected
    assert "100" not in evidence.abstain_reason


def test_a_head_the_clause_names_or_one_that_only_asks_for_money_keeps_the_amount(catalog):
    evidence = _gather(catalog, "辽阳生产防疫物资并供应本市的企业，固定资产补贴多少？", [(LIAOYANG, "3")])
    assert evidence.abstain_reason is None  # 企业 only asks whose money: no head to name
    leaf = Clause(id="d#1", doc_id="d", kind="article", text=DIGITAL, path="一2", money=extract_money(DIGITAL))
    question = "黑龙江省级认定的智能工厂，补助最高给多少？"
    assert not recipient_unnamed(question, ["省级", "认定", "智能", "工厂"], [leaf])  # 智能 工厂: PDF space inside
    assert recipient_unnamed("黑龙江省级认定的驻厂专员，补助最高给多少？", ["省级", "认定", "驻厂", "专员"], [leaf])


# ---- a condition the asker does not meet: a multiple of a base (超过…平均增速2倍) ------------------------------

# h23d-suzhou-sip-2025 问答 二1 and 二2 (in simplified script)
SIP_BELOW = "企业营收增速超过当年园区该行业营收平均增速,且不超过平均增速2倍的,对超园区该行业营收平均增速的部分按3‰的比例进行奖励。"
SIP_ABOVE = "企业增速超过当年园区该行业营收平均增速2倍的,对超园区该行业平均增速的部分按5‰的比例进行奖励。"
BETWEEN = "服务业企业营收增速超过行业平均增速但不到两倍的，按什么比例奖励？"


def test_a_multiple_is_bounded_by_the_relation_before_its_base():
    (above,) = bands(SIP_ABOVE)
    assert (above.low, above.high, above.low_in, above.dimension) == (2, None, False, "倍")
    (below,) = bands(SIP_BELOW)
    assert (below.low, below.high, below.high_in) == (None, 2, True)
    (asked,) = bands(BETWEEN, exact=True)  # 两倍 read as 2倍; 不到 is the last relation before it
    assert (asked.low, asked.high, asked.high_in) == (None, 2, False) and asked.disjoint(above)
    assert not asked.disjoint(below)
    assert bands("按平均增速的2倍计算") == []  # no relation: a multiple the text computes by, no band


def test_the_sibling_whose_condition_holds_what_the_asker_states_answers(catalog):
    sip = Catalog([*catalog.documents, load_document(DEV / f"{SIP}.txt", trusted=True)])
    above, below = _clause(sip, SIP, "二2"), _clause(sip, SIP, "二1")
    assert "5‰" in above.text and "3‰" in below.text
    selector = EvidenceSelector(StubSearch(sip, [above.id, below.id]), get_settings().model_copy(update={"reranker": "learned"}))
    evidence = selector.gather(understand("在苏州工业园区，" + BETWEEN, sip.documents))
    assert evidence.abstain_reason is None and [c.path for c in evidence.selected] == ["二1"]
    # asked of a growth above twice the average, the ranking's first clause stays
    evidence = selector.gather(understand("在苏州工业园区，服务业企业营收增速超过行业平均增速三倍的，按什么比例奖励？", sip.documents))
    assert [c.path for c in evidence.selected] == ["二2"]


# ---- a threshold asked (门槛) is a bound a condition sets, not the cap of the support -----------------------

# h22m-chongqing-2024 一2
CHONGQING = "对单个项目固定资产投资不低于1000万元的,按不超过设备投入10%的比例,择优给予最高200万元奖补。"


def test_a_threshold_asked_is_answered_by_a_condition_and_never_by_the_supports_cap():
    digital = Clause(id="d#1", doc_id="d", kind="article", text=DIGITAL, path="一2", money=extract_money(DIGITAL))
    assert not states_threshold([digital])  # 补助最高不超过 200 万元 caps the grant: no one must reach it
    reason = unfilled("黑龙江数字化车间补助对企业年营业收入有什么门槛，要达到多少？", Intent.TARGET, Slot.NUMBER,
                      ["数字化车间", "年营业收入", "门槛", "达到"], [digital])
    assert reason and "200" not in reason
    chongqing = Clause(id="d#2", doc_id="d", kind="article", text=CHONGQING, path="一2", money=extract_money(CHONGQING))
    assert states_threshold([chongqing])  # 固定资产投资不低于1000万元的
    assert unfilled("重庆技改奖补对项目固定资产投资的门槛是多少？", Intent.SUPPORT, Slot.AMOUNT,
                    ["技改", "固定资产", "投资", "门槛"], [chongqing]) is None
