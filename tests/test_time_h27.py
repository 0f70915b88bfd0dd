"""Time expressions: one grammar (assistant.lexicon.time) read by the deadline reader and the "has a time"
tests alike, so a 什么时候 question is not declined for a time written as 次月起, 年内持续推进, a recurring
date or a span counted from an act."""

from __future__ import annotations

from assistant.answering.measures import dated_parts, gives_date
from assistant.corpus.dates import extract_deadline
from assistant.lexicon.regions import to_simplified

#: guobanfa-2018-124-cultural-enterprises （十四）
_SOCIAL_INSURANCE = "转制后自企业登记注册的次月起按企业办法参加社会保险。转制时在职人员按国家规定计算的连续工龄，视同缴费年限，不再补缴基本养老保险费。"
#: the close of h23d-guofa-2020-6-work-report-division-part 一（一）1 (its units and time in one note)
_DIVISION_NOTE = "确保完成决战决胜脱贫攻坚目标任务,全面建成小康社会。(国务院各部门分别负责,年内持续推进)"


def test_a_start_relative_to_an_act_is_a_deadline():
    assert extract_deadline(_SOCIAL_INSURANCE) == "自企业登记注册的次月起"


def test_the_period_an_act_falls_in_opens_a_measure_and_is_no_deadline():
    # liuhe-2023-key-industries 第5条: 自认定当年起 starts the five years of the reward
    assert extract_deadline("对新引进的总部经济项目，自认定当年起，参照其年度地方财政贡献给予企业连续5年奖励") is None


def test_an_ongoing_time_in_a_division_note_is_a_deadline():
    assert extract_deadline(_DIVISION_NOTE) == "年内持续推进"


def test_an_ongoing_verb_in_the_measure_itself_is_no_time():
    # h22p-moara-2022-2-fangguanfu-part: 持续推进 is what is done, not when
    text = "持续推进政务服务标准化、规范化、便利化"
    assert extract_deadline(text) is None
    assert not gives_date(text)


def test_a_recurring_due_date_is_a_deadline():
    # caidian-2023-gov-report-tasks-part 三, after its opening 从2023年第一季度开始 (the start, read first)
    text = "各责任单位要在每季度最后一个月的30日前将本季度落实各项工作目标任务进展情况报区人民政府办公室"
    assert extract_deadline(text) == "每季度最后一个月的30日前"


def test_a_span_counted_from_an_act_is_one_deadline():
    # 行政许可法(2019-04-23) 第四十二条
    text = "除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。"
    assert extract_deadline(text) == "自受理行政许可申请之日起二十日内"


def test_a_due_date_keeps_its_day():
    # h22p-miit-2021-demo-platform-application-part 三 (traditional script, read in simplified): the day is
    # the deadline, not the month
    assert extract_deadline(to_simplified("部直屬單位於2021年6月15日前直接向工信部提出申請")) == "2021年6月15日前"


def test_the_dated_part_is_the_sentence_the_relative_time_dates():
    # the part naming 社会保险 carries 次月起; the next sentence has no time of its own and stays with it
    parts = dated_parts(_SOCIAL_INSURANCE)
    assert len(parts) == 1 and parts[0].startswith("转制后自企业登记注册的次月起按企业办法参加社会保险")
