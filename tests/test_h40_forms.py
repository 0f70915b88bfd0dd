"""Forms met on real-dev's h36d–h38d documents, each checked as the general rule it is an instance of, on the real
documents users add (eval/real/docs/dev), with the clause order fixed (tests/fixed_order.StubSearch) where the
evidence selector decides:

* a notice's opening names what its whole text is about (请你们定时上报粮棉油抗旱生产情况): it is no other task whose
  undated words outrank the numbered clause that schedules it (5月5日上报第一期);
* a clause naming the task only by another text's title (附件:《…耕地地力保护补贴政策实施方案》) is no rival either;
* a time the parser reads no 时间进度 from (上报日期前20日) where it names the task beats another document's
  时间进度 the ranker put lower; of one document's dated clauses, the one dating the very act asked (兑付) answers;
* a measure's level read through its quotes or a short field word (省级“专精特新”, 国家级制造业单项冠军);
* a rank asked (排第11到20名) outside every rank the text grants money to (前5, 6-10) is not answered by theirs;
* 配合单位有哪些？ of a cited task that names one responsible unit and no supporting one is declined;
* 是几月几日印发的 asks the document's own date, not a task's deadline; 多久向县政府报一次 asks a frequency;
* from the blind h40d batch: a title wrapped over the lines above its 文号 under a page blurb is the title; a
  provincial organ named by its level word (自治区乡村振兴局) is placed by its 文号's province code (桂乡振发); 全市
  names no subject of a turn's own; 共17426万元 states a total; a duty's verb before a level word (负责市政府…) is no
  part of a body's name.
"""

from __future__ import annotations

import pytest

from assistant.answering.evidence import EvidenceSelector
from assistant.answering.intents import Intent, Slot, detect_intent, detect_slot
from assistant.answering.measures import other_level, rank_bands, rank_unlisted
from assistant.answering.question import merge_follow_up, understand
from assistant.config import get_settings
from tests.fixed_order import StubSearch, clause_at, dev_catalog, gather_in_order

HUBEI = "h36d-hubei-2011-38-drought-production-reporting"
HENAN = "h36d-henan-2015-emerging-industry-projects-notice"
XUCHANG = "h33d-xuchang-2020-20-gov-report-task-breakdown-part"
XINGQING = "h38d-yinchuan-xingqing-2019-farmland-subsidy-notice-trad"
DONGLI = "h38d-tianjin-dongli-2018-tech-enterprise-innovation-award-part"
MUDANJIANG = "h38d-mudanjiang-2025-new-quality-productivity-measures-part"


@pytest.fixture(scope="module")
def catalog():
    return dev_catalog(HUBEI, HENAN, XUCHANG, XINGQING, DONGLI, MUDANJIANG)


def _paths(evidence) -> list[str]:
    return [c.path for c in evidence.selected]


# ---- whose date: the notice's opening, another text's title, another document ---------------------------------------

def test_the_notices_opening_is_no_rival_of_the_clause_scheduling_it(catalog):
    evidence = gather_in_order(catalog, "湖北省农业厅要各地上报粮棉油抗旱生产情况，首期哪天报？",
                               [(HUBEI, "序言"), (HUBEI, "二"), (HUBEI, "一1")])
    assert evidence.abstain_reason is None and _paths(evidence) == ["二"]


def test_a_clause_naming_the_task_by_another_texts_title_is_no_rival(catalog):
    evidence = gather_in_order(catalog, "兴庆区的耕地地力保护补贴什么时候能兑付到农户手里？",
                               [(XINGQING, "序言"), (XINGQING, "结尾"), (XINGQING, "二"), (XINGQING, "一")])
    assert evidence.abstain_reason is None and _paths(evidence) == ["二"]


def test_of_one_documents_dated_clauses_the_one_dating_the_act_asked_answers(catalog):
    # 一 dates the subsidy's 上报 (11月15日前), 二 its 兑付 (11月底前): asked when it is paid, 二 answers
    evidence = gather_in_order(catalog, "兴庆区的耕地地力保护补贴什么时候能兑付到农户手里？",
                               [(XINGQING, "一"), (XINGQING, "二"), (XINGQING, "序言")])
    assert evidence.abstain_reason is None and _paths(evidence) == ["二"]


def test_an_unparsed_time_naming_the_task_beats_another_documents_deadline_ranked_lower(catalog):
    evidence = gather_in_order(catalog, "河南省发展改革委组织新兴产业重大项目申报，申报材料最晚什么时候报到省发改委？",
                               [(HENAN, "一"), (HENAN, "结尾"), (HENAN, "三"), (HENAN, "二"), (XUCHANG, "序言")])
    assert evidence.abstain_reason is None and _paths(evidence) == ["三"]
    assert evidence.selected[0].doc_id == HENAN


def test_a_deadline_ranked_first_still_answers_over_an_unparsed_time_below_it(catalog):
    evidence = gather_in_order(catalog, "牡丹江新质生产力这项政策的申报期到哪天截止？",
                               [(MUDANJIANG, "序言"), (MUDANJIANG, "附件序言"), (MUDANJIANG, "附件一（一）")])
    assert evidence.abstain_reason is None and _paths(evidence) == ["序言"]


# ---- whose money: another level, another rank ------------------------------------------------------------------------

@pytest.mark.parametrize("question, text, levels", [
    ("定西市2020年对新认定的国家级专精特新“小巨人”企业奖励多少？",
     "对新认定为省级“专精特新”中小企业的甘肃蓝天马铃薯产业发展有限公司等4户企业各奖励5万元", "省级"),
    ("海曙区对列入省级单项冠军示范企业的奖励是多少？",
     "对列入国家级制造业单项冠军示范企业、培育企业的,分别给予100万元、50万元的补差奖励", "国家级"),
    # the payer's level is no level of the measure: 省级财政对专精特新企业 grants it at no level
    ("国家级专精特新企业奖励多少？", "省级财政对专精特新企业奖励10万元", None),
])
def test_a_measures_level_is_read_through_its_quotes_or_a_field_word(question, text, levels):
    assert other_level(question, text) == levels


@pytest.mark.parametrize("text, bands", [
    ("东丽区经济综合贡献排第11到20名的科技型企业能补多少？", [(11, 20)]),
    ("排名前5的科技型企业,补贴额度50万元;排名在6-10的科技型企业,补贴额度30万元", [(1, 5), (6, 10)]),
    ("年度考核排第一的乡镇", [(1, 1)]),
    ("前10名", [(1, 10)]),
    ("根据第3条", []),  # an ordinal is no rank without 排/名次 before it or 名/位 after it
    ("前三季度", []),
])
def test_the_bands_of_places_a_ranking_names(text, bands):
    assert rank_bands(text) == bands


def test_a_rank_outside_every_rank_granted_money_is_declined(catalog):
    clause = clause_at(catalog, DONGLI, "第五条")
    assert rank_unlisted("东丽区经济综合贡献排第11到20名的科技型企业能补多少？", [clause])
    assert not rank_unlisted("东丽区经济综合贡献排第8名的科技型企业能补多少？", [clause])
    assert not rank_unlisted("东丽区科技型企业能补多少？", [clause])  # no rank asked
    evidence = gather_in_order(catalog, "东丽区经济综合贡献排第11到20名的科技型企业能补多少？",
                               [(DONGLI, "第五条"), (DONGLI, "第四条"), (DONGLI, "第二条")])
    assert evidence.abstain_reason is not None and not evidence.selected


# ---- slots -----------------------------------------------------------------------------------------------------------

def test_supporting_units_of_a_cited_task_naming_none_are_declined():
    catalog = dev_catalog(MUDANJIANG)
    cited = clause_at(catalog, MUDANJIANG, "附件一（一）")  # 〔责任单位:市科技局〕 and no 配合单位
    first = "牡丹江市科技计划行业领域专项联合引导项目由哪个部门负责？"
    query = merge_follow_up(understand("配合单位有哪些？", catalog.documents), understand(first, catalog.documents))
    selector = EvidenceSelector(StubSearch(catalog, [cited.id]), get_settings().model_copy(update={"reranker": "learned"}))
    evidence = selector.gather(query, focus=(cited.id,))
    assert not evidence.selected and evidence.related == [cited]
    assert evidence.abstain_reason == "文件写明了这项工作的责任单位，但没有写明哪些单位配合。"


@pytest.mark.parametrize("question", [
    "青海省深入推动金融改革发展若干政策措施是几月几日印发的？",
    "国家中医药管理局那份关于认真学习贯彻全国卫生与健康大会精神的通知是几月几号印发的？",
])
def test_the_day_a_document_was_issued_is_its_own_fact(question):
    assert detect_slot(question, detect_intent(question) or Intent.CONTENT) is Slot.ISSUE


@pytest.mark.parametrize("question", ["补贴几月几号发放？", "申报材料几月几日前报送？"])
def test_the_day_of_an_act_it_schedules_is_still_a_deadline(question):
    assert detect_slot(question, detect_intent(question) or Intent.CONTENT) is Slot.DEADLINE


def test_how_often_asked_with_words_between_is_a_frequency():
    from assistant.answering.intents import ASKS_FREQUENCY
    assert ASKS_FREQUENCY.search("嘉鱼县重点工作的完成情况多久向县政府报一次？")
    assert not ASKS_FREQUENCY.search("多久能拿到补贴？这一次的申报什么时候截止？")  # two sentences, no frequency


# ---- metadata: a title wrapped above its 文号, a provincial organ named by its level word -----------------------------

def test_a_title_wrapped_above_its_number_under_a_page_blurb():
    from assistant.corpus.metadata import title_above_number
    lines = ["留学群专题频道财政部通知栏目,提供与财政部通知相关的所有资讯,希望我们所做的能让您感到满意!", "07-22",
             "国家发展改革委 财政部关于改革", "全国性职业资格考试收费标准管理方式的通知", "发改价格[2015]1217号",
             "国务院各部委、各直属机构,各省、自治区、直辖市发展改革委、物价局、财政厅(局):"]
    assert title_above_number(lines) == "国家发展改革委财政部关于改革全国性职业资格考试收费标准管理方式的通知"
    assert title_above_number(["各县人民政府:", "根据上级要求,现通知如下:", "发改价格[2015]1217号"]) is None
    # a last line with a 关于 of its own is the whole title, the page heading above it no part of it
    assert title_above_number(["中国模协继续推荐国家知识产权局第二十一届中国专利奖", "关于评选第二十一届中国专利奖的通知",
                               "国知发运字〔2019〕20号"]) == "关于评选第二十一届中国专利奖的通知"


@pytest.mark.parametrize("issuer, number, province, full", [
    ("自治区乡村振兴局", "桂乡振发〔2021〕18号", "广西", "广西壮族自治区乡村振兴局"),
    ("省财政厅", "闽财农〔2020〕3号", "福建", "福建省财政厅"),
    ("市林业局", "桂林林发〔2020〕3号", None, "市林业局"),  # a city's organ: its 文号's 桂 names no province
    ("自治区人民政府", "桂政发〔2021〕1号", None, "自治区人民政府"),  # the government itself is read elsewhere
])
def test_a_provincial_organ_named_by_its_level_word_is_placed_by_its_number(issuer, number, province, full):
    from assistant.corpus.metadata import numbered_provincial_organ
    government, named = numbered_provincial_organ(issuer, number)
    assert government.province == province and named == full


# ---- a follow-up on the whole place; a sum handed out; a body after a duty's verb ------------------------------------

@pytest.mark.parametrize("question, follows", [
    ("全市一共多少人？", True),  # 全市: the whole of the place the conversation is on, naming none
    ("全县共有多少家？", True),
    ("全省规模以上工业增加值增长目标是多少？", False),  # a measure of its own
])
def test_the_whole_place_names_no_subject_of_a_turns_own(question, follows):
    from assistant.answering.question import is_follow_up
    assert is_follow_up(question, understand(question, [])) is follows


def test_a_sum_handed_out_is_a_total_stated():
    from assistant.answering.measures import COUNTED_TOTAL
    assert COUNTED_TOTAL.search("自治区财政厅追加安排第四批财政衔接推进乡村振兴补助资金共17426万元")
    assert COUNTED_TOTAL.search("票证共21种")
    assert not COUNTED_TOTAL.search("共同安排资金17426万元")


@pytest.mark.parametrize("text, units", [
    ("负责市政府会议的准备工作,协助市政府领导同志组织实施会议决定事项", ["市政府"]),
    ("协助市政府领导同志组织起草或审核以市政府、市政府办公厅名义发布的公文", ["市政府", "市政府办公厅"]),
    ("由市财政局和市科技局负责", ["市财政局", "市科技局"]),
    ("配合市场监管局开展检查", ["市场监管局"]),  # 市场监管局 is a body of its own
])
def test_a_duty_verb_before_a_level_word_is_no_part_of_the_bodys_name(text, units):
    from assistant.lexicon.units import find_units
    assert find_units(text) == units


@pytest.mark.parametrize("question, text, stated", [
    ("安排到几个乡镇？", "安排下达用于7乡镇产业发展和基础设施项目建设", True),  # the classifier left out
    ("安排到几个乡镇？", "安排下达用于乡镇产业发展", False),
    ("一共几个示范区？", "现确定公布泉州天地汇公路港等18个园区", True),  # a count in 个 as before
    ("有几个乡镇？", "2021年7月乡镇报送", False),  # a month is no count
])
def test_a_count_may_go_without_its_classifier(question, text, stated):
    from assistant.answering.evidence import _states_count
    assert _states_count("个", text, question) is stated


def test_the_nth_of_the_names_a_cited_clause_lists():
    from assistant.conversation import Session
    from tests.test_followups_general import ScriptedEngine
    huangpi = "h40d-huangpi-2023-little-giant-award-publicity-trad"
    catalog = dev_catalog(huangpi)
    notice = clause_at(catalog, huangpi, "序言")  # …分别为:武汉武新…、武汉市精华减速机制造有限公司、武汉惠强…,共3家企业
    session = Session(ScriptedEngine(catalog.documents, [[notice.id], [notice.id]]))
    session.ask("黄陂区2023年“小巨人”企业奖补公示了哪几家？")
    second = session.ask("第二家是哪家？")
    assert "武汉市精华减速机制造有限公司" in second.short_answer and "武汉惠强" not in second.short_answer
    assert [c.doc_id for c in second.citations] == [huangpi]


def test_an_award_grade_the_text_does_not_grant_is_declined():
    from assistant.answering.measures import grade_unlisted
    catalog = dev_catalog(DONGLI)
    fourth = clause_at(catalog, DONGLI, "第四条")  # 获二等奖的…补贴10万元;获一等奖的补贴20万元;获国家级创新奖的…
    assert grade_unlisted("三等奖呢？", [fourth])
    assert not grade_unlisted("一等奖呢？", [fourth])
    assert not grade_unlisted("能补多少？", [fourth])  # no grade asked
    evidence = gather_in_order(catalog, "东丽区科技型企业在市级科技创新评比竞赛获三等奖能补多少？",
                               [(DONGLI, "第四条"), (DONGLI, "第五条"), (DONGLI, "第二条")])
    assert evidence.abstain_reason is not None and not evidence.selected


@pytest.mark.parametrize("text, units", [
    ("资金落实。由区财政将资金拨付至区科技局,再由区科技局将资助资金拨付至企业。", ["区财政", "区科技局"]),
    ("由区财政局将资金拨付至企业。", ["区财政局"]),
    ("由企业将材料报送区科技局。", []),  # 企业 is no body of government
])
def test_what_a_body_acts_on_set_before_its_verb_by_jiang(text, units):
    from assistant.corpus.responsibility import prose
    assert prose(text, "天津").units == units
