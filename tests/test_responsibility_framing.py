"""Bodies a text names without making them responsible for a task: the founder of a fund or an award (区政府设立…),
a notice's addressees (各县、区人民政府,…:), the body that approved the text (已经市政府…研究通过,现印发), and a
money question that uses a responsibility verb for what its asker did (企业牵头制定…能拿多少奖励).

Each form is checked on sentences of real documents (eval/real/docs/dev, the laws corpus), not only on the case
that showed it."""

from __future__ import annotations

import pytest

from assistant.answering.intents import Intent, Slot, detect_intent, detect_slot, refine_intent
from assistant.corpus.responsibility import extract, without_framing
from assistant.lexicon.units import find_units


@pytest.mark.parametrize("text", [
    # dev: maanshan-huashan 第二条, shenzhen-nanshan 第二条, h22m-dongguan-shilong 第三条
    "第二条 区政府设立“花山区科学技术奖”(以下简称“区科技奖”)。",
    "区政府设立南山区促进产业高质量发展专项资金(下称“专项资金”),为促进创新驱动和提升全区社会经济发展水平提供政策性资金支持。",
    "镇政府设立石龙镇推动经济高质量发展产业转型升级专项资金(以下简称“发展专项资金”)。",
    # laws corpus: a body founding an office, a committee, a fund
    "县级以上人民政府设立退役军人服务中心。",
    "国务院工商行政管理部门设立商标评审委员会，负责处理商标争议事宜。",
    "县级以上地方人民政府设立独立的统计机构。",
])
def test_a_founder_is_no_responsible_unit(text):
    assert not extract(text, None).units


@pytest.mark.parametrize("text, unit", [
    # with a duty or power word, setting it up is the body's task (laws corpus)
    ("县级以上人民政府应当设立母婴保健专项资金。", "县级以上人民政府"),
    ("尚不具备建立湿地自然保护区条件的湿地，县级以上人民政府可以设立湿地保护小区。", "县级以上人民政府"),
    ("区政府负责设立专项资金，并会同区财政局制定管理办法。", "区政府"),
    # other verbs of the same subject are read as before
    ("由公路管理机构设置标桩、界桩。", "公路管理机构"),
])
def test_setting_up_as_a_duty_is_still_read(text, unit):
    assert unit in extract(text, None).units


@pytest.mark.parametrize("text", [
    # dev notices: kaifeng, maanshan-huashan, shenzhen-nanshan, guobanfa-1996-2, neimenggu-2013, guizhou (traditional
    # read as simplified upstream), guangxi
    "各县、区人民政府,市人民政府有关部门,各有关单位:",
    "濮塘镇、各街道、区政府各部门、各有关单位:",
    "各街道办事处,区政府直属各单位,驻区各单位:",
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
    "各盟行政公署、各旗县人民政府、自治区各委、办、厅、局，各大企业、事业单位：",
    "各市、县人民政府,自治区人民政府各组成部门、各直属机构:",
    "立山经济开发区,各街道办事处,各区直部门,各有关单位:",
])
def test_an_address_line_names_no_one_to_act(text):
    assert find_units(without_framing(text)) == []


@pytest.mark.parametrize("text, left", [
    ("《开封市推动制造业高质量发展实施方案》已经市政府第48次常务会议研究通过,现印发给你们,请认真贯彻落实。", "现印发给你们"),
    ("《花山区科学技术奖励办法(暂行)》已经区政府第116次常务会议研究同意,现予印发,请各单位遵照执行。", "现予印发"),
    ("国家地震局《关于我国地震重点监视防御区的确定和加强防震减灾工作意见的报告》已经国务院同意，现转发给你们。", "现转发给你们"),
    ("《2024年重点工作目标任务分解落实方案》已经区政府第76次常务会议审议通过,现予印发。", "现予印发"),
    ("《…主要目标任务责任分解方案》已报经区人民政府同意,现印发给你们。", "现印发给你们"),
])
def test_the_approving_body_is_no_one_to_act(text, left):
    kept = without_framing(text)
    assert left in kept and not {"市政府", "区政府", "国务院", "区人民政府"} & set(find_units(kept))


@pytest.mark.parametrize("text, units", [
    # a body that reviews a matter before it goes on, or acts after an approval, is kept
    ("项目经县发改局审核同意后,报市发改委备案。", ["县发改局", "市发改委"]),
    ("经市政府同意，由市财政局会同市科技局负责实施。", ["市政府", "市财政局", "市科技局"]),
    ("所需经费由黑龙江省人民政府承担。", ["黑龙江省人民政府"]),
    ("一、主要任务：", []),
])
def test_bodies_that_act_are_kept(text, units):
    assert find_units(without_framing(text)) == units


@pytest.mark.parametrize("text, unit", [
    ("已经市政府第48次常务会议研究通过", "市政府"),
    ("报经县政府批准后实施", "县政府"),
    ("已报经区人民政府同意", "区人民政府"),
    ("并由市政府统一安排", "市政府"),
    ("项目经县发改局审核同意后", "县发改局"),
    ("由市财政局会同市科技局负责实施", ["市财政局", "市科技局"]),
])
def test_a_verb_before_a_level_word_is_no_place(text, unit):
    assert find_units(text) == (unit if isinstance(unit, list) else [unit])


@pytest.mark.parametrize("question, intent, slot", [
    # a responsibility verb for what the asker did, in a question asking money
    ("在柳河县，企业牵头制定地方标准能拿多少奖励？", Intent.SUPPORT, Slot.AMOUNT),
    ("我们公司负责建设的公共服务平台验收了，最高补助多少？", Intent.SUPPORT, Slot.AMOUNT),
    ("配合申报的合作单位能拿多少补贴？", Intent.SUPPORT, Slot.AMOUNT),
    # a who-word keeps it a responsibility question, whatever else it asks
    ("这项补贴由哪个部门负责发放？", Intent.RESPONSIBILITY, Slot.UNITS),
    ("奖励资金归哪个局管，奖多少？", Intent.RESPONSIBILITY, Slot.UNITS),
    ("牵头单位是哪个？", Intent.RESPONSIBILITY, Slot.UNITS),
    ("这个项目由谁牵头？", Intent.RESPONSIBILITY, Slot.UNITS),
])
def test_a_money_question_with_a_responsibility_verb(question, intent, slot):
    found = detect_intent(question)
    asked = detect_slot(question, found)
    assert (refine_intent(question, found, asked), asked) == (intent, slot)


@pytest.mark.parametrize("text, unit", [
    # a body named by where it sits (laws corpus: 上海/三门峡/广东 regulations; guobanfa-1996-2 三（三）)
    ("物业所在地公安机关应当及时处理。", "物业所在地公安机关"),
    ("第六十四条 核心区所在地的区人民政府应当组织编制规划。", "核心区所在地的区人民政府"),
    ("片区所在地设区的市人民政府应当加强领导。", "片区所在地设区的市人民政府"),
    ("第十九条 白天鹅栖息地所在地的县级以上人民政府应当加强保护。", "白天鹅栖息地所在地的县级以上人民政府"),
    ("重点监视防御区所在地人民政府也要抓紧地方的防震减灾立法工作。", "重点监视防御区所在地人民政府"),
])
def test_a_body_named_by_its_seat(text, unit):
    assert extract(text, None).units == [unit]


@pytest.mark.parametrize("text", [
    "企业所在地的银行负责开户。",  # no government body
    "其他单位和组织应当按照所在地人民政府的要求做好工作。",  # the body is an object here
    "市人民政府设立的图书馆应当开放。",  # a relative clause still opens with 的
])
def test_seat_words_open_no_other_subject(text):
    assert not extract(text, None).units


@pytest.mark.parametrize("question, slot", [
    # the act the document itself performs, asked as done: its issuer answers
    ("第五批示范企业名单是哪个部门公布的？", Slot.ISSUE),
    ("这个办法要废止，是哪个部门出面征求意见的？", Slot.ISSUE),
    ("这批项目是哪个单位公示的？", Slot.ISSUE),
    # the same act as a task the text assigns
    ("示范名单由哪个部门公布？", Slot.UNITS),
    ("项目公示由哪个单位负责？", Slot.UNITS),
])
def test_who_published_the_text_is_its_issuer(question, slot):
    assert detect_slot(question, detect_intent(question)) == slot


@pytest.mark.parametrize("text, unit", [
    # 各级人民政府 is every level of government given a task, not a notice's addressees (guofa-2013-32 （十二）,
    # guobanfa-1996-2 三, the laws corpus)
    ("各级人民政府要出台仓储建设用地、配送车辆管理等方面的鼓励政策。", "各级人民政府"),
    ("各级人民政府要加强对防震减灾工作的领导。", "各级人民政府"),
    ("县级以上各级人民政府应当将全民阅读工作纳入国民经济和社会发展规划。", "县级以上各级人民政府"),
])
def test_every_level_of_government_is_a_unit(text, unit):
    assert extract(text, None).units == [unit]


@pytest.mark.parametrize("text", [
    "各地区、各部门要认真贯彻落实。",
    "各县、区人民政府要抓好落实。",
])
def test_addressees_told_to_act_are_still_no_unit(text):
    assert not extract(text, None).units
