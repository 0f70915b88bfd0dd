"""Forms met on real-dev's blind batches, each checked as the general rule it is an instance of:

* a question picking a tier by its threshold (90周岁以上的老人, 产值首次超过5亿元的企业) where the text states figures
  only for other thresholds of that kind (80周岁以上, 首次超过1亿元): the asked tier is not in the text; a plain
  figure (我们投了300万元) or a year is no threshold, and a threshold written in another scale (1亿元 / 10000万元)
  or in Chinese numerals (九十周岁) is the same one;
* a telephone asked as 打哪个电话 / 电话是多少 / 什么热线 is a contact asked, stated only by a contact line;
* a notice signed by provincial organs without their province (省长吉图办 省财政厅) and addressed to the province's
  own departments (省直有关部门) is that province's, the one its addressees' cities name, not the first city's.
"""

from __future__ import annotations

import pytest

from assistant.answering.intents import Slot, detect_intent, detect_slot
from assistant.answering.thresholds import asked_thresholds, other_tier
from assistant.corpus.parser import parse_text
from assistant.lexicon.aspects import stated_only_asked, unstated_aspect
from assistant.lexicon.regions import Level

_ELDERLY = "经研究,从2015年1月起,对80周岁以上城乡低保老年人每人每月发放100元高龄补贴。"
_OUTPUT = "对产值首次超过1亿元的企业奖励10万元;对产值首次超过10亿元的企业奖励50万元。"


@pytest.mark.parametrize(("question", "text"), [
    ("闽侯县90周岁以上的低保老人高龄补贴每月多少钱？", _ELDERLY),
    ("那产值首次超过5亿元的企业奖多少？", _OUTPUT),
    ("员工不少于200人的企业能拿多少？", "招用员工50人以上的,奖励5万元;100人以上的,奖励10万元。"),
])
def test_a_threshold_the_text_does_not_state_is_another_tier(question, text):
    reason = other_tier(question, text)
    assert reason is not None and "没有写到" in reason


@pytest.mark.parametrize(("question", "text"), [
    ("闽侯县80周岁以上的低保老人高龄补贴每月多少钱？", _ELDERLY),
    ("年满八十周岁的低保老人每月补多少？", _ELDERLY),
    ("产值首次超过10亿元的企业奖多少？", "对产值首次超过100000万元的企业奖励50万元。"),
    ("投资1亿元以上的项目奖多少？", "对投资10000万元以上的项目给予奖励20万元。"),
])
def test_the_threshold_the_text_states_is_answered_in_any_writing(question, text):
    assert other_tier(question, text) is None


@pytest.mark.parametrize("question", [
    "我们打算投300万元办个小厂，能奖多少？",  # a plain figure may fall in a tier the text states
    "到2030年要建成多少个示范社区？",  # a year is a target's business
    "每亩补贴多少钱？",
    "在黑龙江搞技术改造，投资超过两个亿，贴息最多能拿多少？",  # 两个亿 is money: no count of 个
])
def test_plain_figures_and_years_are_no_thresholds(question):
    assert asked_thresholds(question) == []


def test_a_text_counting_nothing_of_the_kind_asked_decides_nothing():
    assert other_tier("90周岁以上的老人有什么优待？", "对高龄老人发放高龄补贴,具体标准另行制定。") is None


@pytest.mark.parametrize("question", ["退税慢了打哪个电话投诉？", "申报的咨询电话是多少？", "有什么热线可以问？"])
def test_a_telephone_asked_is_a_contact_asked(question):
    aspect = stated_only_asked(question)
    assert aspect is not None and aspect.name == "contact"
    assert unstated_aspect(question, "进一步加大增值税留抵退税政策落实力度,确保6月30日前基本完成。") == "联系人或联系方式"
    assert unstated_aspect(question, "联系人:王宁,电话:0431-88905037。") is None


def test_a_hotline_named_as_a_topic_asks_no_contact():
    assert stated_only_asked("对设立总理热线电话那个提案的答复，是回复给哪位委员的？") is None


def test_a_telephone_asked_is_not_read_as_a_duty():
    question = "改革指导处打哪个电话？"
    assert detect_slot(question, detect_intent(question)) is Slot.CONTENT


_SIGNED_BY_BARE_ORGANS = """长春市、吉林市、延边州、珲春市长吉图办、财政局,德惠市、农安县长吉图办(发改局)及财政局,通化市发改委、财政局,省直有关部门:
为统筹安排好长吉图专项资金,现将《2018年长吉图开发开放先导区建设专项资金申报指南》印发给你们。
请于2017年12月25日前,将申报材料报省长吉图办。
省长吉图办 省财政厅
2017年12月12日
"""


def test_bare_provincial_organs_writing_to_the_provinces_departments_are_that_provinces():
    document = parse_text(_SIGNED_BY_BARE_ORGANS, "changjitu", "changjitu.txt", "0")
    assert (document.level, document.region) == (Level.PROVINCE, "吉林")


def test_a_city_organ_writing_to_its_departments_stays_the_citys():
    text = _SIGNED_BY_BARE_ORGANS.replace("省直有关部门", "市直有关部门").replace("省长吉图办 省财政厅", "长春市财政局")
    document = parse_text(text, "changchun", "changchun.txt", "0")
    assert document.level is Level.CITY



def test_a_deadline_is_quoted_with_the_sentence_setting_it():
    """An unnumbered notice's one unit holds its salutation, its purpose and its deadline: the deadline answer
    quotes the sentence that sets the date, not the salutation that opens the unit."""
    from assistant.answering.composer import AnswerComposer
    from assistant.answering.evidence import Evidence
    from assistant.answering.question import understand
    from assistant.lexicon.tokenizer import Tokenizer

    document = parse_text(_SIGNED_BY_BARE_ORGANS, "changjitu", "changjitu.txt", "0")
    clause = next(c for c in document.clauses if c.deadline)
    question = "吉林省长吉图专项资金申报截止到哪天？"
    answer = AnswerComposer({document.doc_id: document}, Tokenizer()).compose(
        Evidence(understand(question, [document]), selected=[clause]))
    quoted = answer.answer.split("“")[1].split("”")[0]
    assert "2017年12月25日前" in quoted and "省直有关部门" not in quoted


@pytest.mark.parametrize("question", [
    "清水县人民政府印发农村饮用水供水管理办法是哪天？",
    "国家林业局2011年印发林业生物能源原料基地检查验收办法的通知是哪天的？",
    "云南省防洪条例是哪天审议通过的？",
])
def test_the_day_of_the_documents_own_act_asks_its_issue_date(question):
    assert detect_slot(question, detect_intent(question)) is Slot.ISSUE


@pytest.mark.parametrize("question", ["申报材料印发后要在哪天前报送？", "补贴资金哪天前拨付到位？"])
def test_a_day_before_which_something_is_due_stays_a_deadline(question):
    assert detect_slot(question, detect_intent(question)) is not Slot.ISSUE


def test_a_tier_in_another_currency_is_its_own_kind():
    text = "(一)当年进出口额达50万美元(含50万美元)至200万美元(不含200万美元)的,按照每1美元奖励人民币0.1元。"
    assert other_tier("500万美元以上呢？", text) is not None
    assert other_tier("50万美元以上的呢？", text) is None


def test_a_title_issuing_a_named_text_keeps_the_name_in_its_book_marks():
    from assistant.corpus.metadata import title_from_text

    text = "国产传媒在线\n国家林业局关于印发《林业生物能源原料基地检查验收办法》的通知\n各省、自治区林业厅(局):"
    assert title_from_text(text) == "国家林业局关于印发《林业生物能源原料基地检查验收办法》的通知"
    assert title_from_text("根据《国务院关于加快发展的意见》，结合实际。") is None


def test_a_channel_name_and_a_news_headline_above_the_title_give_way_to_it():
    from assistant.corpus.metadata import read_header

    lines = ["商业", "", "九部门:拓展跨境电商出口 推进海外仓建设", "", "商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见",
             "", "各省、自治区、直辖市人民政府:", "", "跨境电商是外贸新业态新模式。"]
    assert read_header(lines).title == "商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见"


def test_joint_issuers_counted_after_the_first_are_the_first_ones_government():
    from assistant.corpus.metadata import issuer_from_title, issuer_government

    assert issuer_from_title("商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见") == "商务部等9部门"
    assert issuer_government("商务部等9部门").level is Level.NATIONAL


@pytest.mark.parametrize(("question", "text", "actors"), [
    ("泸州产业发展应急转贷资金是谁出资设立的？", "本办法所称产业发展应急转贷资金,是指市财政出资设立,专项用于帮助中小微企业。", ["市财政"]),
    ("担保基金是谁出资设立的？", "本办法所称担保基金,是指由地方政府出资设立的,用于为创业担保贷款提供担保的基金。", ["地方政府"]),
    ("这笔资金委托谁来运作？", "应急转贷资金由市财政出资2亿元设立,委托市国有资本运营有限公司运作管理,确保专款专用。",
     ["市国有资本运营有限公司"]),
    ("担保基金由谁负责运营？", "担保基金由政府指定的公共服务机构或其委托的融资担保机构(以下简称经办担保机构)负责运营管理。",
     ["政府指定的公共服务机构或其委托的融资担保机构"]),
])
def test_who_funds_or_runs_a_fund_is_read_from_the_prose_defining_it(question, text, actors):
    from assistant.lexicon.actors import acting_on_fund

    assert acting_on_fund(question, text) == actors


def test_a_fund_asked_of_nothing_but_its_use_names_no_founder():
    from assistant.lexicon.actors import acting_on_fund

    assert acting_on_fund("应急转贷资金用于什么？", "应急转贷资金由市财政出资2亿元设立,委托市国有资本运营有限公司运作管理。") == []


def test_a_subsidy_for_operations_asks_no_operator():
    from assistant.lexicon.actors import acting_on_fund

    assert acting_on_fund("公交运营补贴由哪个部门发放？", "运营补贴资金由市财政局管理,按季度拨付。") == []


def test_an_info_bar_keeps_the_texts_status():
    from assistant.corpus.cleaning import info_bar

    assert info_bar("作者:     来源:      更新时间:2020-08-25     时效:现行有效") == "时效: 现行有效"
    text = ("牡丹江市人民政府办公室关于印发牡丹江市创业担保贷款实施办法(试行)的通知\n作者:     来源:      更新时间:2020-08-25     "
            "时效:现行有效\n各县(市)、区人民政府:\n现将《实施办法》印发给你们。\n牡丹江市人民政府办公室\n2020年8月18日\n")
    assert parse_text(text, "mdj", "mdj.txt", "0").status == "现行有效"


@pytest.mark.parametrize("question", ["牡丹江市政府办印发创业担保贷款实施办法，发给了哪些单位？", "发给了哪些单位？"])
def test_whom_a_document_was_sent_to_asks_its_addressees(question):
    from assistant.answering.intents import ASKS_ADDRESSEES

    assert ASKS_ADDRESSEES.search(question)


def test_whom_a_subsidy_is_given_to_asks_no_addressees():
    from assistant.answering.intents import ASKS_ADDRESSEES

    assert not ASKS_ADDRESSEES.search("这笔补贴发给哪些人？")


def test_a_quoted_item_in_traditional_script_is_found_whichever_way_zhe_is_written():
    from assistant.answering.evidence import _letters
    from assistant.lexicon.regions import to_simplified

    assert _letters("“着力稳定和扩大就业”") in _letters(to_simplified("(一)著力穩定和擴大就業。將城鎮新增就業"))


def test_a_managing_unit_line_names_the_units_in_charge():
    text = "海北州2018年落实草原生态保护补助奖励机制政策实施方案\n第一章 概述\n第一节 概要\n一、名称:海北州2018年落实草原生态保护补助奖励机制政策\n二、主管单位:青海省农牧厅、财政厅\n三、实施单位:海北州人民政府\n"
    document = parse_text(text, "haibei", "haibei.txt", "0")
    managing = next(c for c in document.clauses if "主管单位" in c.text)
    assert "青海省农牧厅" in managing.units


def test_a_date_stamped_with_its_clock_time_is_no_deadline():
    from assistant.corpus.dates import extract_deadline

    assert extract_deadline("http://www.tmdps.cn 2012年06月21日 08:42 农博网 财农〔2012〕54号") is None
    assert extract_deadline("请于2012年06月21日前报送") == "2012年06月21日前"


def test_a_history_line_naming_the_meeting_first_dates_the_text():
    from assistant.corpus.metadata import is_history

    assert is_history("(云南省第九届人民代表大会常务委员会第十六次会议于2000年5月26日审议通过)")
    text = "云南省防洪条例\n(云南省第九届人民代表大会常务委员会第十六次会议于2000年5月26日审议通过)\n第一章 总则\n第一条 根据《中华人民共和国防洪法》,制定本条例。\n"
    assert parse_text(text, "yn", "yn.txt", "0").date == "2000-05-26"


def test_an_ordinal_asked_is_stated_by_the_numbered_unit():
    from assistant.answering.evidence import _states_count

    assert _states_count("条", "现将第九条修改为:", "改的是第几条？")
    assert _states_count("", "第九届人民代表大会常务委员会第十六次会议于2000年5月26日审议通过", "是在第几次会议上通过的？")
    assert not _states_count("", "经常务会议审议通过", "是在第几次会议上通过的？")


def test_a_posts_stamp_and_its_details_caption_are_page_furniture():
    from assistant.corpus.cleaning import strip_page_furniture

    page = ("荣成市人民政府办公室关于印发荣成市中小企业应急转贷资金管理办法的通知\n\n[可行性研究报告 - 政策法规] 发表于:2026-03-05 19:33:39\n"
            "收藏\n详情\n\n荣政办发〔2023〕11号\n各镇人民政府:\n《办法》已经市政府常务会议研究通过,现印发给你们。\n")
    cleaned = strip_page_furniture(page)
    assert "发表于" not in cleaned and "详情" not in cleaned and "现印发给你们" in cleaned
    assert "查看详情请登录网站" in strip_page_furniture("查看详情请登录网站\n")  # a sentence naming 详情 is text


def test_an_amendments_quoted_items_are_units():
    text = ("财政部 水利部关于修改《办法》有关条文的通知\n财农[2012]54号\n各省财政厅:\n现将有关条文修改如下:\n"
            "一、将《办法》第九条修改为:“小农水专项资金用于重点县建设的,重点支持以下内容:\n“(一)小型水源工程:包括塘坝;\n"
            "“(二)灌溉渠系工程:包括末级渠系;\n二、本通知自印发之日起执行。\n")
    labels = [c.id.split("#")[1] for c in parse_text(text, "mwr", "mwr.txt", "0").clauses]
    assert "一（一）" in labels and "一（二）" in labels
