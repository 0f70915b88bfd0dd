"""Forms of responsibility the extractor reads since issue 9, each on the real sentence it was found in.

- a clause-end bracket naming a task's leading group (…领导小组办公室牵头, …按职责分工负责), in traditional
  script too: the units before 牵头 lead, the rest support;
- unit shapes: a leading group or its office, the Production and Construction Corps (兵团工信委), a
  community's 管委会, a level's public purse as payer (由县财政补助给企业), an assessing body (区绩效考评机构);
- a reply's planned measures (发展改革委拟研究制订…) and the bodies a superior commissions (批示X、Y认真研究);
- a part after ； that names no body goes on with the body before it (its subject is left out).

Sentences are quoted from eval/real/docs/dev (file named per case) and the audit fixture
tests/fixtures/responsibility_sentences.jsonl; negative cases keep what is not a body out.
"""

from __future__ import annotations

import pytest

from assistant.answering.direct import asked_duty
from assistant.corpus.facts import annotate
from assistant.corpus.model import Clause
from assistant.corpus.responsibility import duties, extract
from assistant.lexicon.regions import is_traditional
from assistant.lexicon.tokenizer import Tokenizer
from assistant.lexicon.units import is_unit_name, split_unit_list

#: xianyang-2022-fangguanfu-key-points-trad-part 一1, as published (traditional script).
XIANYANG_1_1 = ("動態調整行政許可事項清單,並做好同市場準入負面清單、政務服務事項基本目錄、“網際網路+監管”事項清單、"
                "投資項目審批事項清單、工程建設項目審批事項清單的銜接。(市政府辦公室、市行政審批制度改革工作領導小組辦公室"
                "牽頭,市級各有關部門及各縣市區政府按職責分工負責)")
#: guobanhan-2005-21-water-saving-reply 三: each ministry's planned measures, one sentence each.
WATER_3 = ("三、有关部门下一步拟采取的措施。发展改革委拟研究制订膜分离技术及应用的技术经济政策，实现膜分离技术的跨越式发展，"
           "加快反渗透膜及组件的国产化步伐，利用国债资金支持反渗透膜分离技术的产业化发展及应用，加大技术交流和推广力度。"
           "建设部拟继续做好城市节水规划编制工作，建立健全城市节约用水责任制，推进水价改革，完善节水配套法规，"
           "加大节水型器具推广使用力度，严格定额管理，继续实施供水管网改造。环保总局拟积极推广太钢等企业减污节水经验；"
           "依据《清洁生产促进法》的有关规定，要求排污和排水大户进行清洁生产审核。")


def _read(text: str) -> tuple[list[str], list[str]]:
    leaf = Clause(id="d#1", doc_id="d", kind="item", text=text, path="1")
    annotate(leaf, None, traditional=is_traditional(text))
    return leaf.lead_units, leaf.supporting_units


def test_a_clause_end_bracket_with_a_leading_group_office_in_traditional_script():
    lead, supporting = _read(XIANYANG_1_1)
    assert lead == ["市政府办公室", "市行政审批制度改革工作领导小组办公室"]
    assert supporting == ["市级各有关部门", "各县市区政府"]  # 及 joins two bodies here


@pytest.mark.parametrize("name", [
    "市行政审批制度改革工作领导小组办公室", "领导小组办公室", "领导小组",  # a group set up for a task, or its office
    "兵团工信委", "兵团工业和信息化委员会", "新疆生产建设兵团财务局",  # the Corps governs as a province does
    "社区管委会",
])
def test_unit_shapes(name):
    assert is_unit_name(name)
    assert split_unit_list(name) == [name]


@pytest.mark.parametrize("name", ["小组办公室", "工作小组", "区财政"])  # a purse is a payer in prose only
def test_what_is_no_unit(name):
    assert not is_unit_name(name)


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    # panxian-investment-incentives-part 第四条: the county purse pays
    ("项目建成投产后,两年内按企业所得税县级留存部分的同等比例,由县财政补助给企业;", ["县财政"], []),
    ("由县财政局负责资金拨付。", ["县财政局"], []),  # a department keeps its 局
    # laws corpus, 上海市节约能源条例 / 上海市慈善条例: 财政 is a stem sharing the body word after it
    ("市财政、审计行政管理部门应当对专项资金的使用情况进行监督、稽查和审计。", ["市财政、审计行政管理部门"], []),
    ("市财政、税务、民政等部门应当依法及时确认和公布具有公益性捐赠税前扣除资格的慈善组织名单。",
     ["市财政部门"], ["税务部门", "民政部门"]),
    # caidian-2023-gov-report-tasks-part 二: an assessing body named by its level
    ("二、区绩效考评机构要将2023年区《政府工作报告》确定的重要目标任务,纳入绩效管理考核范围,细化考核内容,加强过程考核,"
     "确保各项工作落到实处。", ["区绩效考评机构"], []),
    # guobanhan-2005-21-water-saving-reply 三: what a ministry plans (拟) is its measure
    ("发展改革委拟研究制订膜分离技术及应用的技术经济政策，实现膜分离技术的跨越式发展，加快反渗透膜及组件的国产化步伐，"
     "利用国债资金支持反渗透膜分离技术的产业化发展及应用，加大技术交流和推广力度。", ["发展改革委"], []),
    ("环保总局拟积极推广太钢等企业减污节水经验", ["环保总局"], []),
    # guobanhan-2005-21-water-saving-reply, opening: the bodies the Premier's instruction commissions, first leads
    ("温家宝总理对您关于科技节水的建议十分重视，批示发展改革委、科技部、建设部和环保总局认真研究。",
     ["发展改革委"], ["科技部", "建设部", "环保总局"]),
    # audit fixture h5-46 / h5-20: a leading group and a Corps commission as subjects
    ("领导小组负责统筹协调国家制造强国建设全局性工作", ["领导小组"], []),
    ("第十条 兵团工信委每年对符合条件的开发区、工业园区(产业园区)批复并授予称号。", ["兵团工信委"], []),
])
def test_prose_forms(text, lead, supporting):
    _, got_lead, got_supporting = extract(text, None).resolved()
    assert (got_lead, got_supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "加大县财政资金投入力度。",  # the funds, not the payer
    "由县财政预算安排专项资金。",
    "成立柳河县重点产业工作领导小组，统筹、协调、全力推进重点产业发展。",  # the group is set up, not yet acting
    "温家宝总理对您关于科技节水的建议十分重视。",
])
def test_no_unit_where_none_acts(text):
    assert not extract(text, None)


def test_a_part_after_a_semicolon_goes_on_with_the_body_before_it():
    found = duties(WATER_3, None)
    assert [d.found.lead for d in found] == [["发展改革委"], ["建设部"], ["环保总局"]]
    assert found[-1].sentence.endswith("要求排污和排水大户进行清洁生产审核。")


def test_the_asked_measure_of_a_reply_names_its_ministry():
    tokenizer = Tokenizer()
    clause = Clause(id="d#1", doc_id="d", kind="clause", text=WATER_3, path="三")
    assert asked_duty(clause, "要求排污和排水大户做清洁生产审核的是哪个部门？", tokenizer).found.lead == ["环保总局"]
    assert asked_duty(clause, "用国债资金支持反渗透膜分离技术产业化打算由哪个部门来做？", tokenizer).found.lead == ["发展改革委"]


#: 国发〔2013〕32号 附件第53项, as its row reads: the prose names one of the row's own units
BONDS_ROW = (
    "在国务院批准发行的地方政府债券额度内，由各省、自治区、直辖市人民政府统筹考虑安排部分资金用于智慧城市建设，"
    "鼓励符合条件的企业发行募集资金用于智慧城市建设的企业债；负责部门：财政部、发展改革委，各省、自治区、直辖市人民政府；"
    "时间进度：2013年研究，2014年实施"
)


def test_prose_naming_one_of_the_notes_units_leaves_the_note_to_answer():
    """The row's 负责部门 answer who is responsible for it; the prose body (由各省…人民政府统筹) is one of them,
    not another body given another task, so the row's whole list (财政部 first) is the answer."""
    clause = Clause(id="d#53", doc_id="d", kind="annex_row", text=BONDS_ROW, path="附件第53项")
    assert asked_duty(clause, "智慧城市发债那项由哪些部门负责？", Tokenizer()) is None
