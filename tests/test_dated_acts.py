"""A date asked of one kind of act is not answered by the date of another: 评选结果什么时候公布 asked of a notice
whose only date is the one by which the nominations are sent in (real sentences of published documents, no
model). The acts are told apart by their verbs (`lexicon.time.DATED_ACTS`), the one asked being the act the question's
time words join (什么时候公布); a question asking none, or acts of two kinds, is not judged by them, and a clause
with a date of the asked act answers."""

from __future__ import annotations

from assistant.answering.intents import Intent, Slot
from assistant.answering.measures import other_dated_act, unfilled
from assistant.corpus.model import Clause

#: 工信厅规函〔2018〕56号 三: the one date is the one the nominations are due by
NOMINATION = (
    "各地评选推荐结果报经省级政府同意后,请于2018年2月24日前将申报材料(含工业稳增长和转型升级成效明显市(州)"
    "申报书、推荐表,一式三份,附电子版光盘)报工业和信息化部(规划司)。"
)
#: 粤工信 技改奖励 公示: a publicity period
PUBLICITY = "公示期自2019年10月14日至10月20日,共7日。如对公示内容有异议,请在公示期内向省工业和信息化厅反映。"
#: 蔡政办〔2023〕1号 一: a plan due by a date, with no act of another kind
PLAN_DUE = "制订工作方案,明确责任,明确措施,明确时间节点,狠抓落实,并于2023年1月15日前将工作方案报区人民政府办公室。"


def _clause(text: str) -> Clause:
    return Clause(id="d#1", doc_id="d", kind="article", text=text, path="三")


def test_the_date_of_another_act_does_not_answer():
    question = "工信部工业稳增长和转型升级成效明显市(州)的评选结果什么时候公布？"
    assert other_dated_act(question, [_clause(NOMINATION)])
    assert unfilled(question, Intent.DEADLINE, Slot.DEADLINE, ["评选结果"], [_clause(NOMINATION)]) is not None


def test_the_date_of_the_asked_act_answers():
    assert not other_dated_act("申报材料最晚什么时候要报送到工信部？", [_clause(NOMINATION)])
    assert not other_dated_act("这次技改奖励名单公示到哪天？", [_clause(PUBLICITY)])


def test_unjudged_when_the_question_or_the_clause_names_no_act_of_a_kind():
    assert not other_dated_act("工作方案最晚什么时候要交？", [_clause(PLAN_DUE)])  # 交: no act the lexicon tells
    # the act asked is the one the time words join: 支付 inside a name is no act asked
    assert not other_dated_act("出台鼓励和规范互联网支付机构发展的政策，时间安排是怎样的？", [_clause(PUBLICITY)])
    # a completion is written in too many verbs to tell (建成 asked, 构建形成 and 发布 in the text)
    assert not other_dated_act("行政许可事项清单体系要求什么时候建成？", [_clause(
        "2022年底前,构建形成农业农村领域行政许可事项清单体系,对清单内事项逐项编制发布实施规范;")])


def test_the_act_asked_is_the_one_the_time_words_join():
    assert other_dated_act("公示之后什么时候拨付资金？", [_clause(PUBLICITY)])  # 公示 is the topic, 拨付 asked
    assert not other_dated_act("资金什么时候拨付？", [_clause("2023年底前落实全部项目建设。")])  # no act named


def test_a_clause_dating_the_asked_act_answers_though_another_names_the_task_in_more_words():
    from assistant.answering.measures import named_undated
    from tests.fixed_order import clause_at, dev_catalog

    stem = "h22p-miit-2021-demo-platform-application-part"
    catalog = dev_catalog(stem)
    due, renewal = clause_at(catalog, stem, "三"), clause_at(catalog, stem, "一3")  # 于2021年6月15日前…邮寄至工信部
    words = ["示范", "平台", "申报", "材料", "申报材料", "寄到", "工信部"]
    assert named_undated(words, due, [renewal])  # without the question: 一3 names 示范平台…申报 better, undated
    assert not named_undated(words, due, [renewal], "示范平台的申报材料最晚什么时候要寄到工信部？")
    assert named_undated(words, due, [renewal], "示范平台的名单什么时候公布？")  # another act: not its date


def test_a_clause_dating_the_asked_act_of_another_task_is_still_set_aside():
    from assistant.answering.measures import named_undated
    from tests.fixed_order import clause_at, dev_catalog

    catalog = dev_catalog("h22u-neimenggu-2023-industry-policy-list-part", "jinhua-2023-rural-revitalization-30-draft-part")
    feedback = clause_at(catalog, "jinhua-2023-rural-revitalization-30-draft-part", "结尾")  # 意见反馈截止时间为2023年6月13日
    seeds = clause_at(catalog, "h22u-neimenggu-2023-industry-policy-list-part", "一（二）4")  # 种质资源保护利用, undated
    words = ["种质", "资源", "保护", "利用", "项目", "申报", "截止"]
    # a submission is asked and dated there, but the clause names nothing of the 种质资源 project asked
    assert named_undated(words, feedback, [seeds], "种质资源保护利用项目的申报截止时间是哪天？")
    # the same act asked of what that clause is about is its date
    words = ["金华", "乡村", "振兴", "三十条", "征求", "意见", "征求意见", "种粮", "大户"]
    assert not named_undated(words, feedback, [seeds], "金华的乡村振兴三十条征求意见，种粮大户最晚哪天寄过去？")
