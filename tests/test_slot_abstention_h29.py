"""The asked slot, not the topic, decides whether a question is answered (h29a). On real development documents
(eval/real/docs/dev), with a stub search whose order is given, so the slot check decides:

- only the supporting units asked (配合的单位有哪些) of a task whose text names its units without telling any as
  supporting (山东 附件一2: 责任单位 省科技厅 alone) is declined; asked with who leads (谁牵头、谁配合) it is answered;
- 什么时间(之前)完成 asks a deadline; a task no clause dates is declined, though the document's opening dates its
  whole plan in the year the question names (山西 2008 序言);
- the asker's own firm or team (我们项目组, 本企业, 我司) names no measure: the award's amount still answers;
- a cap asked (最多能拿多少钱) is answered by the statement of one (苏州工业园区问答 二3: 奖励金额最高500万元), not by
  the rate the measure leads up to it with;
- with no word naming the measure left but the best document's title (前期工作经费 of its 管理办法), an amount is
  taken from that document only: another document's cap (苏州 二3) does not answer;
- a count of days asked of a deadline (办理时限压缩到几个工作日) is answered by a span, never by a date (2022年底前);
- money asked of an instrument of support (贴息, 担保, 租金) is not answered by a clause granting only another (辽阳清单
  row 3: 固定资产给予20%补贴, asked the rate of a 贷款贴息); row 2, which speaks of the 贴息, still answers its period;
- money asked for whom it is given to (再给核心团队个人发多少奖励) is not the amount a clause gives the enterprises
  (成都 （二）1: 对首次入围“中国软件百强企业”…分别给予50万元、30万元一次性支持);
- an addition asked (有什么额外优惠, 每亩还能再多补多少) needs a text stating one (每亩再增加40元); the support itself
  (给予每亩215元的规模种粮补贴) is not more on top of it;
- money asked for a crop (种蔬菜的大户, 种油菜的) is not the sum a clause gives another (鹿城区 规模种粮补贴 for 水稻复种、稻麦
  复种; 金华 每亩215元 for 稻麦复种), while 种粮大户 or 种水稻的 is answered by it;
- who performs an act of administering support (审核兑现, 管理, 保障) is not answered by a clause whose units do
  another act (盘县 第四条: …由县财政补助给企业 pays; nothing says who reviews); 石城 附件第二条 (…由县招商局、县财政局
  共同管理使用…实行财务监督) answers who manages and who supervises;
- 省里/区里 name a level of government, not a place (技术改造贴息的钱，省里和市县各承担多少比例 is not declined as
  a question on a place no document covers);
- the 文号 of the text a document acts on, asked without its title (是按照哪个文号的遴选通知做的), is a name the
  text cites, not the document's own 文号;
- beside a decline, the related clause is quoted where it names the topic, never where it names a body or a figure
  (浙江 2024 一2: …(省政府办公厅、省财政厅牵头)).
"""

from __future__ import annotations

import pytest

from assistant.answering.direct import related_line
from assistant.answering.intents import ASKS_EXTRA, Intent, Slot, asks_supporting_only, detect_intent
from assistant.answering.measures import (
    ASKS_CAP,
    other_instrument,
    other_produce,
    recipient_unnamed,
    states_cap,
    unfilled,
)
from assistant.answering.question import understand
from assistant.config import REPO_ROOT
from assistant.corpus import load_document
from assistant.corpus.model import Clause
from assistant.corpus.money import extract_money
from assistant.index.catalog import Catalog
from assistant.lexicon.enterprise import ASKED_ACTS, SELF_REFERENCE
from assistant.lexicon.tokenizer import Tokenizer
from assistant.lexicon.units import find_units
from tests.fixed_order import dev_catalog, clause_at as _clause, gather_in_order as _gather

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"
SHANDONG = "h22r-shandong-2023-green-lowcarbon-tasks-trad-part"
SHANXI = "h22u-shanxi-2008-gov-task-division-part"
AWARD = "heilongjiang-2005-governor-special-award-trad-part"
SIP = "h23d-suzhou-sip-2025-service-revenue-award-qa-trad"
ZHEJIANG = "h22r-zhejiang-2024-key-work-trad-part"
FUNDS = "caijian-2006-689-preliminary-work-funds-part"
MOARA = "h22p-moara-2022-2-fangguanfu-part"
GUANDU = "kunming-guandu-2016-stabilize-growth-part"
LIAOYANG = "h23d-liaoyang-2023-small-business-support-list-part"
PANXIAN = "panxian-investment-incentives-part"
SHICHENG = "shicheng-2009-foreign-trade-fund-part"
CHENGDU = "h22m-chengdu-2023-software-support-rules-part"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return dev_catalog(SHANDONG, SHANXI, AWARD, SIP, ZHEJIANG, FUNDS, MOARA)


# ---- only the supporting units asked ------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["山东启动省重点实验室重组，配合的单位有哪些？", "广州人才公寓建设，哪些单位协助？", "配合的有哪些？"])
def test_a_question_asking_the_supporting_units_alone(question):
    assert asks_supporting_only(question)


@pytest.mark.parametrize(
    "question", ["山西乡镇机构改革由谁牵头，哪些部门配合？", "这项工作由哪个部门负责，哪些部门配合？", "山东完善实验室体系由哪个部门牵头？"]
)
def test_a_question_asking_who_leads_or_is_responsible_too(question):
    assert not asks_supporting_only(question)


def test_supporting_units_asked_of_a_task_whose_text_names_none_is_declined(catalog):
    task = _clause(catalog, SHANDONG, "附件一2")  # 完善实验室体系。…（责任单位：省科技厅）
    assert task.units == ["省科技厅"] and not task.supporting_units
    for question in ("山东启动省重点实验室重组，配合的单位有哪些？", "山东完善实验室体系这项工作，还有哪些单位参与？"):
        evidence = _gather(catalog, question, [(SHANDONG, "附件一2")])
        assert evidence.abstain_reason is not None and "配合" in evidence.abstain_reason and not evidence.selected


def test_supporting_units_asked_with_the_lead_or_where_the_text_names_them_are_answered(catalog):
    evidence = _gather(catalog, "山东完善实验室体系由谁牵头、谁配合？", [(SHANDONG, "附件一2")])
    assert evidence.abstain_reason is None  # the lead is there: 文件没有写明配合单位 is said beside it
    task = _clause(catalog, SHANXI, "一（三）2")  # 积极稳妥地推进乡镇机构改革。协同单位:省财政厅、省人事厅…
    assert task.supporting_units
    evidence = _gather(catalog, "山西推进乡镇机构改革，配合的部门有哪些？", [(SHANXI, "一（三）2")])
    assert evidence.abstain_reason is None and [c.path for c in evidence.selected] == ["一（三）2"]


# ---- a deadline asked as 什么时间(之前) --------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["山西2008年乡镇机构改革要在什么时间之前完成？", "申报材料最晚什么时间寄到？", "评选结果什么时间公布？"])
def test_what_time_asks_a_deadline(question):
    assert detect_intent(question) is Intent.DEADLINE


def test_a_task_no_clause_dates_is_declined_though_the_opening_dates_the_plan_in_the_asked_year(catalog):
    assert "2008年" in _clause(catalog, SHANXI, "序言").text
    question = "山西2008年乡镇机构改革要在什么时间之前完成？"
    evidence = _gather(catalog, question, [(SHANXI, "一（三）2"), (SHANXI, "序言")])
    assert evidence.abstain_reason is not None and not evidence.selected


# ---- the asker's own firm or team ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "said"),
    [("我们项目组想报黑龙江省长特别奖", "我们项目组"), ("本企业首次认定为高新技术企业", "本企业"), ("我司去年新上了一条产线", "我司"),
     ("咱们厂能申请技改补贴吗", "咱们厂")],
)
def test_the_asker_names_their_own_firm_or_team(question, said):
    assert SELF_REFERENCE.search(question).group(0) == said


def test_a_project_of_the_province_is_no_self_reference():
    assert SELF_REFERENCE.search("黑龙江省长特别奖每个项目奖多少钱？") is None


@pytest.mark.parametrize(
    "question", ["我们项目组想报黑龙江省长特别奖，评上的话能拿多少奖金？", "我们团队要是评上黑龙江省长特别奖，奖金有多少？"]
)
def test_the_award_asked_by_the_askers_team_is_answered_with_its_amount(catalog, question):
    # 附件二: …奖励方式是颁发奖励证书和奖金。每个项目奖励10至20万元。
    evidence = _gather(catalog, question, [(AWARD, "附件二"), (AWARD, "附件一")])
    assert evidence.abstain_reason is None and [c.path for c in evidence.selected] == ["附件二"]


# ---- a cap asked ---------------------------------------------------------------------------------------------


def test_a_cap_is_a_fact_stating_the_most_given():
    (cap,) = extract_money("奖励金额最高500万元。")
    assert states_cap(cap)
    (rate,) = extract_money("企业增速超过当年园区该行业营收平均增速2倍的,对超园区该行业平均增速的部分按5‰的比例进行奖励。")
    assert not states_cap(rate)
    assert ASKS_CAP.search("最多能拿多少钱") and ASKS_CAP.search("奖励上限是多少") and not ASKS_CAP.search("奖励多少钱")


@pytest.mark.parametrize("question", ["苏州工业园区服务业企业营收增长奖励，最多能拿多少钱？", "园区服务业营收增长奖励，最高能奖多少钱？"])
def test_a_cap_asked_is_answered_by_the_statement_of_one(catalog, question):
    evidence = _gather(catalog, question, [(SIP, "二1"), (SIP, "二2"), (SIP, "二3")])
    assert evidence.abstain_reason is None and [c.path for c in evidence.selected] == ["二3"]


@pytest.mark.parametrize(
    "question", ["中央预算内基建投资项目的前期工作经费，一个项目最多能给多少钱？", "基建项目前期工作经费每个项目最多补多少？"]
)
def test_an_amount_of_another_document_does_not_answer_a_measure_named_by_the_best_documents_title(catalog, question):
    assert not _clause(catalog, FUNDS, "第一条").money
    evidence = _gather(catalog, question, [(FUNDS, "第一条"), (FUNDS, "序言"), (SIP, "二3")])
    assert evidence.abstain_reason is not None and not evidence.selected


@pytest.mark.parametrize("question", ["农业农村部放管服意见里，行政许可的办理时限压缩到几个工作日？", "行政许可事项办理时限是多少天？"])
def test_a_count_of_days_asked_of_a_deadline_is_not_answered_by_a_date(catalog, question):
    assert _clause(catalog, MOARA, "一（二）").deadline == "2022年底前"
    evidence = _gather(catalog, question, [(MOARA, "一（二）")])
    assert evidence.abstain_reason is not None and not evidence.selected


def test_a_count_of_days_asked_of_a_deadline_is_answered_by_the_span_stated(catalog):
    # 官渡区 一3: …环评报告书14个工作日内、环评报告表7个工作日内、环评登记表3个工作日内完成审批
    guandu = Catalog([*catalog.documents, load_document(DEV / f"{GUANDU}.txt", trusted=True)])
    evidence = _gather(guandu, "官渡区环评报告表审批时限是几个工作日？", [(GUANDU, "一3")])
    assert evidence.abstain_reason is None and [c.path for c in evidence.selected] == ["一3"]


# ---- the instrument of support asked -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def liaoyang() -> Catalog:
    return Catalog([load_document(DEV / f"{LIAOYANG}.txt", trusted=True)])


@pytest.mark.parametrize(
    "question", ["辽阳给疫情防控重点保障企业贷款贴息，市财政按贷款利率的多少比例贴？", "辽阳防疫物资企业的贷款利息，市财政贴息贴多少？"]
)
def test_money_asked_of_an_instrument_the_clause_never_speaks_of_is_declined(liaoyang, question):
    row3 = _clause(liaoyang, LIAOYANG, "3")
    assert "20%" in row3.text and other_instrument(question, [row3]) == "贴息"
    evidence = _gather(liaoyang, question, [(LIAOYANG, "3")])
    assert evidence.abstain_reason is not None and not evidence.selected


def test_money_asked_of_the_instrument_the_clause_speaks_of_is_answered(liaoyang):
    row2 = _clause(liaoyang, LIAOYANG, "2")  # …其余部分由市财政给予贴息,贴息期限不超过1年
    assert other_instrument("辽阳重点保障企业贷款的市财政贴息，贴息期限最长多久？", [row2]) is None
    guarantee = Clause(id="c#1", doc_id="c", kind="article", path="一1", text="对为“技改专项贷”项目提供担保且年化担保费率不超过1%的融资担保机构,按不超过实际担保费率的50%给予奖补,单个企业项目担保奖补上限为100万元")
    assert other_instrument("我们是融资担保公司，给技改专项贷项目做担保，重庆能给多少奖补？", [guarantee]) is None
    assert other_instrument("厂房租金能补贴多少？", [guarantee]) == "租金"


# ---- whom the money is given to ----------------------------------------------------------------------------


def test_money_given_to_a_recipient_the_clause_never_names_is_not_the_enterprises(county):
    leaf = _clause(county, CHENGDU, "（二）1")
    assert "50万元" in leaf.text
    words = ["首次", "进入", "中国", "软件", "百强", "核心", "团队", "个人"]
    assert recipient_unnamed("成都对首次进入中国软件百强的企业，再给核心团队个人发多少奖励？", words, [leaf])
    assert recipient_unnamed("成都软件百强企业的高管，给每个高管奖多少？", ["软件", "百强", "高管"], [leaf])
    assert not recipient_unnamed("成都对首次进入中国软件百强的企业给多少奖励？", words[:5], [leaf])
    evidence = _gather(county, "成都对首次进入中国软件百强的企业，再给核心团队个人发多少奖励？", [(CHENGDU, "（二）1")])
    assert evidence.abstain_reason is not None and not evidence.selected


# ---- an addition asked -------------------------------------------------------------------------------------

GRAIN = "在落实中央、省粮食生产扶持政策基础上,对全年稻麦复种种植面积达到50亩以上的粮食适度规模经营主体,给予每亩215元的规模种粮补贴;"
DIGITAL_WORKSHOP = "对经省级认定的数字化车间,按项目合同金额给予10%的一次性补助,补助最高不超过200万元。"
LUCHENG = ("粮食生产大户持有规范农村土地流转合同,年度水稻复种、稻麦复种面积50亩以上的,按实际复种面积给予每亩120元的区级规模"
           "种粮补贴(进行机械化插秧的每亩再增加40元)。")


@pytest.mark.parametrize(
    "question", ["在金华市区达到省级规模种粮动态补贴标准的，每亩还能再多补多少？", "金华种粮大户除了这个补贴，还有什么额外优惠？"]
)
def test_an_addition_asked_is_not_the_support_itself(question):
    grain = Clause(id="j#1", doc_id="j", kind="article", path="一1", text=GRAIN, money=extract_money(GRAIN))
    assert unfilled(question, Intent.SUPPORT, Slot.AMOUNT, ["规模", "种粮"], [grain]) is not None


def test_an_addition_asked_is_answered_by_one_stated():
    lucheng = Clause(id="l#1", doc_id="l", kind="article", path="一1", text=LUCHENG, money=extract_money(LUCHENG))
    assert unfilled("鹿城区种粮大户用机械化插秧的，每亩还能再多补多少？", Intent.SUPPORT, Slot.AMOUNT, ["机械化", "插秧"], [lucheng]) is None
    assert not ASKS_EXTRA.search("县里再给多少？")  # the county's own amount beside the province's: a plain amount answers
    assert not ASKS_EXTRA.search("我们公司综合考评97分，大兴区核心团队奖最多给多少？")  # a cap
    assert not ASKS_EXTRA.search("四川退耕农户的生态林补助想多给几年，国家哪个部门牵头研究的？")


# ---- the crop asked ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "text"),
    [("鹿城区对种蔬菜的大户每亩补贴多少？", LUCHENG), ("种油菜的每亩补多少？", GRAIN), ("金华种茶叶的合作社每亩能补多少钱？", GRAIN)],
)
def test_money_asked_for_another_crop_than_the_clause_names_is_declined(question, text):
    leaf = Clause(id="f#1", doc_id="f", kind="article", path="一1", text=text, money=extract_money(text))
    assert other_produce(question, [leaf]) is not None
    assert unfilled(question, Intent.SUPPORT, Slot.AMOUNT, ["大户"], [leaf]) is not None


@pytest.mark.parametrize(
    ("question", "text"),
    [("鹿城区种粮大户每亩补贴多少？", LUCHENG), ("金华市区种水稻的每亩补多少？", GRAIN), ("种油菜的每亩补多少？", DIGITAL_WORKSHOP)],
)
def test_money_asked_for_the_crop_the_clause_names_or_of_a_clause_naming_none_is_kept(question, text):
    leaf = Clause(id="f#1", doc_id="f", kind="article", path="一1", text=text, money=extract_money(text))
    assert other_produce(question, [leaf]) is None


# ---- the act asked of a who-question -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def county() -> Catalog:
    return Catalog([load_document(DEV / f"{stem}.txt", trusted=True) for stem in (PANXIAN, SHICHENG, CHENGDU)])


@pytest.mark.parametrize(
    "question", ["盘县招商引资的财政补助由哪个部门负责审核兑现？", "盘县对新投产项目的所得税补助，归哪个部门审核？"]
)
def test_who_performs_an_act_the_clause_never_states_is_declined(county, question):
    assert _clause(county, PANXIAN, "第四条").units == ["县财政"]
    evidence = _gather(county, question, [(PANXIAN, "第四条")])
    assert evidence.abstain_reason is not None and "审核" in evidence.abstain_reason and not evidence.selected


@pytest.mark.parametrize(
    "question", ["石城县外贸发展引导资金由哪些部门管理使用？", "石城县的外贸发展资金由谁监督钱怎么用？", "石城外贸发展资金归哪个部门管？"]
)
def test_who_performs_an_act_the_clause_states_is_answered(county, question):
    evidence = _gather(county, question, [(SHICHENG, "附件第二条")])
    assert evidence.abstain_reason is None and [c.path for c in evidence.selected] == ["附件第二条"]


def test_guarantee_is_an_act_only_as_the_questions_last_word():
    assert ASKED_ACTS.findall("山西乡镇机构改革需要的经费由哪个部门保障？") == ["保障"]
    assert ASKED_ACTS.findall("辽阳对疫情防控重点保障企业的贷款给财政贴息，这事哪些部门负责？") == []


# ---- levels of government and the 文号 of a cited text ------------------------------------------------------


@pytest.mark.parametrize(
    "question", ["技术改造贴息的钱，省里和市县各承担多少比例？", "区里和街道各出多少钱？", "这笔补助省里出多少，市县出多少？"]
)
def test_a_level_of_government_is_no_place(question):
    assert understand(question, []).places == ()


def test_a_place_beside_a_level_of_government_is_still_a_place():
    assert understand("省里和德阳市各出多少？", []).places == ("德阳市",)


@pytest.mark.parametrize(
    "question", ["确定第五批服务型制造示范，是按照哪个文号的遴选通知做的？", "这份名单是依据什么文号的文件确定的？"]
)
def test_the_number_of_a_text_acted_on_is_a_cited_name(question):
    assert understand(question, []).slot is Slot.NAME


def test_the_documents_own_number_is_still_its_own():
    assert understand("这份通知的文号是多少？", []).slot is Slot.ISSUE


# ---- the related clause beside a decline ---------------------------------------------------------------------


def test_the_related_line_names_the_topic_and_no_body(catalog):
    related = _clause(catalog, ZHEJIANG, "一2")
    assert "省财政厅" in related.text
    said = related_line(related, "浙江2024年十方面民生实事由哪个部门牵头？", Tokenizer())
    assert said and not find_units(said) and "省财政厅" not in said


def test_the_related_line_skips_the_fragment_naming_the_bodies():
    # a division plan's note (国发〔2020〕6号 一（一）1): the fragment sharing 负责 names 国务院, the answer declined
    clause = Clause(id="d#1", doc_id="d", kind="article", text="(国务院各部门分别负责,年内持续推进)", path="一1")
    said = related_line(clause, "城镇新增就业那个目标由哪个部门负责？", Tokenizer())
    assert said == "年内持续推进)" and not find_units(said)
    assert related_line(Clause(id="d#2", doc_id="d", kind="article", text="(国务院各部门分别负责)", path="一2"), "由谁负责？", Tokenizer()) is None
