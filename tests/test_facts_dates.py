"""Dates: deadlines of measures, the document's validity, and goal years are different facts."""

from __future__ import annotations

from assistant.corpus.dates import extract_deadline, read_validity, written_dates
from assistant.lexicon.regions import to_simplified


def test_validity_in_years_is_a_number():
    # liuhe-2023-key-industries 第26条
    v = read_validity("本政策自发布之日起施行，暂定三年有效期。此前出台的支持重点产业发展相关支持奖励政策同时废止。",
                      issued="2023-02-08")
    assert (v.effective_date, v.years, v.expiry_date) == ("2023-02-08", 3, "2026-02-07")
    v = read_validity("本措施自2021年1月1日起施行，有效期3年。", None)
    assert (v.effective_date, v.years, v.expiry_date) == ("2021-01-01", 3, "2023-12-31")


def test_span_and_expiry():
    # guobanfa-2018-124-cultural-enterprises, the paragraph closing the first 规定
    v = read_validity("上述政策适用于所有文化企业，执行期限为2019年1月1日至2023年12月31日。", None)
    assert (v.effective_date, v.expiry_date, v.years) == ("2019-01-01", "2023-12-31", 5)
    assert read_validity("本办法有效期至2025年12月31日。", None).expiry_date == "2025-12-31"
    assert read_validity("本法自一九九七年十月一日起施行。", None).effective_date == "1997-10-01"


def test_a_measures_own_period_and_goal_years_are_not_the_documents_validity():
    # dongguan-2021-employment-trad-part 一（一）1: 基本医疗保险 contains 本 but is no self-reference
    assert not read_validity(to_simplified("實施階段性降低用人單位基本醫療保險繳費費率政策,實施期限至2021年12月31日。"), None)
    assert not read_validity("到2025年底前,全市首批100个嵌入式服务设施建设示范社区全面建成。", None)  # chengdu 一


def test_deadlines():
    assert extract_deadline("2014年一季度启动制订浙江省卫星导航产业发展专项规划") == "2014年一季度启动"
    assert extract_deadline("加快建立“中介超市”,5月底前实现我区中介超市上线运行。") == "5月底前实现"  # kunming 一1
    assert extract_deadline("到2025年，信息消费规模达到") is None  # a goal year belongs to the target


def test_a_start_without_a_date_is_kept_as_written():
    # beijing-daxing-core-team-reward-draft 第九条: a draft has no date for 公布之日
    v = read_validity("第九条本办法由区产促中心负责解释。自公布之日起试行,试行期间如遇政策变动将做相应调整。", None)
    assert v and v.start == "自公布之日起试行" and v.effective_date is None and "自公布之日起试行" in v.phrase
    v = read_validity("本办法有效期三年。", None)
    assert v.years == 3 and v.start is None


def test_a_date_is_found_as_the_document_writes_it():
    # guobanfa-1996-25-abandoned-chemical-weapons: the signature writes the date in Chinese numerals
    assert written_dates("国务院办公厅\n中央军委办公厅\n一九九六年六月二十九日", "1996-06-29") == ["一九九六年六月二十九日"]
    # guobanhan-2014-31-rural-reform-division-trad-part: a leading zero, twice (header and signature), once kept
    assert written_dates("成文日期: 2014年02月23日\n國務院辦公廳\n2014年02月23日\n2014年03月10日", "2014-02-23") == ["2014年02月23日"]
    assert written_dates("2014年03月10日", "2014-02-23") == []


def test_the_last_day_said_after_the_start_and_a_notice_scheduling_its_text():
    # h33d-county-city-2020-foreign-trade-support-opinions-trad 第四条: the end date after the start, then 截止
    v = read_validity("本意见自印发之日起执行,2021年12月31日截止,由市商务局负责解释。", issued="2020-12-05")
    assert (v.effective_date, v.expiry_date) == ("2020-12-05", "2021-12-31")
    assert read_validity("本办法自发布之日起施行，执行至2025年12月31日。", issued="2023-01-01").expiry_date == "2025-12-31"
    # h33d-mot-1978-412-highway-standard-design-measures-part: the covering notice schedules the 办法 it issues
    v = read_validity("现制订出《公路工程标准设计管理办法》,定于一九七八年四月一日起试行.", issued="1978-03-23")
    assert v.effective_date == "1978-04-01"
    # a measure's own start in a sentence about something else is no date of the document
    assert read_validity("对新引进企业自2021年1月1日起给予租金补贴。", issued=None).effective_date is None


def test_a_schedule_from_its_start():
    # 鄂温克旗 2022 通知 (h34d): the start opens a monthly due date, which is the deadline
    assert extract_deadline("从2022年3月起,务于每月25日前将情况表报旗政府督查室。") == "2022年3月起，每月25日前"
    assert extract_deadline("本办法2023年3月起实施。") == "2023年3月"
