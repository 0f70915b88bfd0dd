"""Forms met on real-dev's blind h42d documents, each checked as the general rule it is an instance of:

* a line of division markers and nothing else (第十一條 第二十一條 第三十一條, a wiki's links to a law's articles) is
  page furniture, not an article holding the text under it;
* a title line that starts with its 文号 and a dash (阳政办〔2019〕1号—区人民政府办公室关于…的通知) gives both apart;
* a signature whose date lost its 年/月/日 (2021520 under 吉林省…领导小组) still signs: its body is the issuer, and the
  date is read where the digits allow one reading only (2019114 is 1月14日 or 11月4日: none);
* from the blind h44d batch: a law site's metadata rows numbered as a list (1. 【颁布时间】… / 3. 【发文号】…) are its
  table, under a mirror's company name and menu; a ministry's organ code at a 文号's start (人社厅函, 农检疫发,
  国知发) places a text whose title and signature the page lost at the state's level; a lost character's ? with the
  rest of its ruby's pinyin (長??h和各先導區) does not end the sentence; amounts listed side by side (调整为1320元、
  1220元、1120元) state the tiers 哪几档 asks; a numbered zone (智利第六区) names no place; a 文号 the text writes
  in another form (辽人社函(2011)121号) is quoted beside its normal form; 是哪个机构印发的 / 是哪两个部门下达的 ask
  the issuer, as 哪个部门印发的 does; a province's bare organ (省人民政府) is placed by its 文号's province code (鄂政发);
* bodies a text puts in charge in other words (乡镇人民政府(街道办事处)是受理、审核…的责任主体, 市民政局是…的行政管理机构,
  县区民政部门按照各自权限负责…), and a follow-up naming a level of government alone (那县区的呢？, 县、区呢？) answered
  by the sentence giving its task to that level's bodies; a notice addressed to a province's own departments
  (省政府各部门) with no title or signature is that province's, the one its attached tasks name (湖北证监局); the
  units beside a lead are named by the text's own label (牵头单位:…;责任单位:… → 责任单位); 哪些县 asks places, and a
  text naming none (扩大火葬区范围,缩小土葬区) does not fill it; 这笔钱… after an answer stating an amount is asked of
  the clause that grants it; 那县区的呢？ after a units answer stays on the clause just cited.
"""

from __future__ import annotations

import pytest

from assistant.answering.direct import level_duty, units_line
from assistant.lexicon.units import of_asked_level
from assistant.corpus.cleaning import plain_forms, strip_page_furniture
from assistant.corpus.responsibility import duties, extract
from assistant.corpus.metadata import bare_date, find_signature, split_number, written_numbers
from assistant.corpus.pagetable import read_meta_table
from assistant.answering.intents import TIERS_TEXT, Intent, Slot, detect_intent, detect_slot
from assistant.answering.question import named_places
from assistant.lexicon.regions import Level, government_of_number
from assistant.corpus.parser import parse_text


def test_a_row_of_division_markers_is_page_furniture():
    text = "周口市规范性文件管理规定\n第十一條 第二十一條 第三十一條\n周口市人民政府关于印发…的通知\n第一条 为了规范。"
    assert strip_page_furniture(text).split("\n") == [
        "周口市规范性文件管理规定", "周口市人民政府关于印发…的通知", "第一条 为了规范。"]
    # an article that says something after its marker stays
    assert "第十一条 依照第二十一条" in strip_page_furniture("第十一条 依照第二十一条办理。")


def test_a_law_under_a_row_of_article_links_keeps_its_articles():
    text = ("某市规范性文件管理规定\n第十一條 第二十一條 第三十一條\n某市人民政府关于印发某市规范性文件管理规定的通知\n"
            "现将《规定》印发给你们,请认真遵照执行。\n第一條 為了規範管理,制定本規定。\n第二條 本規定適用於本市。\n")
    document = parse_text(text, "doc", "doc.txt", "0")
    assert [c.path for c in document.clauses if c.path.startswith(("第", "附件第"))][-2:] in (
        ["第一条", "第二条"], ["附件第一条", "附件第二条"])
    assert not any(c.path.endswith("第十一条") for c in document.clauses)


def test_a_title_line_led_by_its_number_and_a_dash():
    assert split_number("阳政办〔2019〕1号—区人民政府办公室关于印发责任分解方案的通知") == (
        "阳政办〔2019〕1号", "区人民政府办公室关于印发责任分解方案的通知")
    assert split_number("区人民政府办公室关于印发责任分解方案的通知") == (
        None, "区人民政府办公室关于印发责任分解方案的通知")


@pytest.mark.parametrize("digits, date", [
    ("2021520", "2021-05-20"), ("20210520", "2021-05-20"), ("2021015", "2021-01-05"), ("2021131", "2021-01-31"),
    ("2019114", None), ("2026123", None),  # 1月14日 or 11月4日; 1月23日 or 12月3日
    ("2021", None), ("202112", None),  # a year, a year and a month: no day
])
def test_a_date_that_lost_its_separators(digits, date):
    assert bare_date(digits) == date


def test_a_signature_whose_date_lost_its_separators_still_signs():
    lines = ["各街办事处:", "现将方案印发给你们。", "", "武汉市汉阳区人民政府办公室", "", "2019114", "", "方案"]
    signature = find_signature(lines, before=len(lines), after=1)
    assert signature is not None and signature.issuer == "武汉市汉阳区人民政府办公室" and signature.date is None
    assert signature.line == 5
    # digits under a line that names no signing body are no signature
    assert find_signature(["各街办事处:", "全年目标", "2019114"], before=3, after=1) is None


def test_a_law_sites_numbered_metadata_rows_are_its_table():
    lines = ["某某信用担保有限公司", "  • 法律图书馆", "  • 新法规速递", "    1. 【颁布时间】2021-11-15",
             "    2. 【标题】国务院关于进一步贯彻实施《中华人民共和国行政处罚法》的通知", "    3. 【发文号】国发〔2021〕26号",
             "    4. 【失效时间】", "    5. 【颁布单位】国务院", "各省、自治区、直辖市人民政府:"]
    table = read_meta_table(lines)
    assert table.fields["title"] == "国务院关于进一步贯彻实施《中华人民共和国行政处罚法》的通知"
    assert table.fields["number"] == "国发〔2021〕26号" and table.fields["issuer"] == "国务院"
    assert table.fields["date"] == "2021-11-15" and table.lines == {3, 4, 5, 6, 7}
    # a numbered item of the text is no row: no bracketed label follows its number
    assert read_meta_table(["1. 发文号应当规范。", "2. 标题不超过30字。"]).fields == {}


@pytest.mark.parametrize("number, level", [
    ("人社厅函〔2013〕259号", Level.NATIONAL), ("农检疫发〔1994〕11号", Level.NATIONAL), ("国知发运字〔2019〕20号", Level.NATIONAL),
    ("财建〔2011〕361号", Level.NATIONAL), ("发改价格〔2015〕1217号", Level.NATIONAL), ("商建规函〔2012〕225号", Level.NATIONAL),
    ("鲁政办字〔2020〕3号", Level.PROVINCE),
    # a place's codes sharing a character with a ministry's go on with 政 or 府; a city's own codes name no level
    ("商政〔2020〕3号", Level.OTHER), ("民政发〔2020〕3号", Level.OTHER), ("深人社规〔2020〕3号", Level.OTHER),
    ("闽发改服务〔2017〕421号", Level.OTHER),
])
def test_a_numbers_organ_code_names_the_state(number, level):
    assert government_of_number(number).level == level


def test_a_lost_character_with_its_pinyin_left_does_not_end_a_sentence():
    assert plain_forms("旅顺口区、长??h和各先导区由1530元调整为1620元。") == "旅顺口区、长 和各先导区由1530元调整为1620元。"
    assert plain_forms("四川省财政厅??四川省农业农村厅") == "四川省财政厅 四川省农业农村厅"
    assert plain_forms("see www.example.com?id=3") == "see www.example.com?id=3"  # no Chinese on both sides


@pytest.mark.parametrize("text, tiers", [
    ("同意你省月最低工资标准调整为1320元、1220元、1120元。", True), ("分为三档", True), ("第一档补助5万元", True),
    ("补助标准为1500元/人·年", False), ("分档给予补助", False),
])
def test_amounts_listed_side_by_side_are_tiers(text, tiers):
    assert bool(TIERS_TEXT.search(text)) == tiers


def test_a_numbered_zone_names_no_place():
    assert named_places("按农业部关于智利苹果的通知，智利第六区产的其他水果能进口吗？") == ()
    assert named_places("辉南县第三区的补贴呢？") == ("辉南县",)
    # nor does a kind of area (实现火化区全覆盖, 新建居住区)
    assert named_places("梁河县计划哪一年实现火化区全覆盖？") == ("梁河县",)
    assert named_places("新建居住区体育设施覆盖率要达到多少？") == ()
    assert named_places("哪些县被划为土葬改革区？") == ()


def test_a_number_written_in_another_form_is_kept_beside_it():
    text = "辽宁省人力资源和社会保障厅关于同意锦州市调整最低工资标准的函\n辽人社函(2011)121号\n锦州市人民政府:"
    assert written_numbers(text, "辽人社函〔2011〕121号") == ["辽人社函(2011)121号"]
    assert written_numbers("国发〔2013〕32号", "国发〔2013〕32号") == []
    document = parse_text(text + "\n经省政府批准,同意你市最低工资标准作如下调整:\n一、月最低工资标准由750元调整为900元。\n",
                          "doc", "doc.txt", "0")
    assert document.number == "辽人社函〔2011〕121号" and document.number_written == ["辽人社函(2011)121号"]


@pytest.mark.parametrize("question, issue", [
    ("《2021年吉林省政务公开工作要点及重点任务分工》是哪个机构印发的？", True),
    ("吉林省2021年政务公开工作要点是哪个机构发的？", True),
    ("泉州2026年现代农业产业园的乡村振兴补助资金是哪两个部门下达的？", True),
    ("这笔资金由哪个部门负责拨付？", False),
    ("国务院进一步贯彻实施行政处罚法的通知是哪天颁布的？", True), ("国务院关于进一步贯彻实施行政处罚法的通知，颁布单位是谁？", True),
])
def test_which_body_issued_it_asks_the_issuer(question, issue):
    assert (detect_slot(question, detect_intent(question) or Intent.CONTENT) is Slot.ISSUE) == issue


def test_a_provinces_bare_organ_is_placed_by_its_numbers_code():
    text = ("省人民政府关于加快转变发展方式推进体育强省建设的意见\n鄂政发〔2017〕63号\n各市、州、县人民政府,省政府各部门:\n"
            "一、总体要求\n（一）指导思想。加快建设体育强省。\n")
    document = parse_text(text, "doc", "doc.txt", "0")
    assert document.issuer == "湖北省人民政府" and document.region == "湖北" and document.level == "省"


@pytest.mark.parametrize("question, deadline", [("是市政府第几号令？", False), ("几号截止？", True), ("每月几号前报送？", True)])
def test_which_numbered_order_asks_no_day(question, deadline):
    assert (detect_slot(question, detect_intent(question) or Intent.CONTENT) is Slot.DEADLINE) == deadline


@pytest.mark.parametrize("text, units", [
    ("乡镇人民政府(街道办事处)是受理、审核临时救助的责任主体。", ["乡镇人民政府(街道办事处)"]),
    ("市民政局是全市殡葬工作的行政管理机构,依法对全市殡葬工作实行统一管理。", ["市民政局"]),
    ("县区民政部门按照各自权限负责辖区的殡葬管理工作。", ["县区民政部门"]),
    ("各级民政部门的殡葬管理机构负责殡葬活动的具体管理工作。", ["各级民政部门的殡葬管理机构"]),
    ("有关部门的工作人员负责登记。", []),
])
def test_bodies_put_in_charge_in_other_words(text, units):
    assert extract(text, None).units == units


def test_a_follow_up_naming_a_level_alone_is_answered_by_that_levels_bodies():
    text = ("市民政局是全市殡葬工作的行政管理机构,依法对全市殡葬工作实行统一管理。县区民政部门按照各自权限负责辖区的殡葬管理工作。")
    found = duties(text, None)
    assert [d.found.units for d in found] == [["市民政局"], ["县区民政部门"]]
    for focus in ("那县区的呢？", "县、区呢？", "区县呢？"):
        assert level_duty(found, focus).found.units == ["县区民政部门"]
    assert level_duty(found, "那市里呢？").found.units == ["市民政局"]
    assert level_duty(found, "那镇里呢？") is None and level_duty(found, "要交什么材料？") is None
    assert of_asked_level(["市民政局", "县区民政部门"], "那县区的呢？") == ["县区民政部门"]


def test_a_notice_to_a_provinces_own_departments_is_that_provinces():
    text = ("各市、州、县人民政府,省政府各部门:\n经省人民政府同意,现将重点工作进行责任分解。\n2018年1月29日\n"
            "重点工作责任分解\n一、坚决打好三大攻坚战\n1、规范政府举债行为。牵头单位:省财政厅;责任单位:省发改委、湖北证监局\n")
    document = parse_text(text, "doc", "doc.txt", "0")
    assert document.level == "省" and document.region == "湖北"
    # addressed to a city's departments, or naming two provinces: no province read this way
    two = text.replace("湖北证监局", "湖北证监局、河南证监局")
    assert parse_text(two, "doc", "doc.txt", "0").region is None


def test_units_beside_a_lead_are_named_by_the_texts_own_label():
    from assistant.lexicon.labels import support_label
    assert support_label("规范举债。牵头单位:省财政厅;责任单位:省发改委、省经信委") == "责任单位"
    assert support_label("（牵头单位：市发改委，配合单位：市财政局）") == "配合单位"
    assert support_label("（责任单位：市发改委、市财政局）") == "配合单位"  # no lead: no word of its own beside one
    clause = parse_text("关于任务分解的通知\n一、重点任务\n1、推进新两园建设。(牵头单位:区科技和经信局;责任单位:汉阳经济开发区管委会、"
                        "永丰街办事处)\n", "doc", "doc.txt", "0").clauses[-1]
    assert units_line([clause], None) == "牵头单位：区科技和经信局；责任单位：汉阳经济开发区管委会、永丰街办事处"


def test_which_counties_asks_places_and_a_text_naming_none_does_not_fill_it():
    from assistant.answering.measures import unfilled
    question = "哪些县被划为土葬改革区？"
    slot = detect_slot(question, detect_intent(question) or Intent.CONTENT)
    assert slot is Slot.PLACES and detect_slot("哪些县级部门负责？", Intent.CONTENT) is not Slot.PLACES
    text = "第二条 积极推行火葬,改革土葬。扩大火葬区范围,缩小土葬区,提高火化率。"
    clause = parse_text("某市殡葬管理办法\n" + text + "\n", "doc", "doc.txt", "0").clauses[-1]
    assert unfilled(question, Intent.CONTENT, slot, [], [clause]) == "文件没有列出具体地区。"
    named = parse_text("某市殡葬管理办法\n第二条 浦北县、灵山县为土葬改革区。\n", "doc", "doc.txt", "0").clauses[-1]
    assert unfilled(question, Intent.CONTENT, slot, [], [named]) is None
    provinces = parse_text("某市实施意见\n第二条 加快北京、上海、重庆、浙江、深圳五个地区的支付业务试点。\n", "doc", "doc.txt",
                           "0").clauses[-1]
    assert unfilled("支付业务试点在哪些地区开展？", Intent.CONTENT, Slot.PLACES, [], [provinces]) is None


def _conversation(stem: str, path: str, *questions: str):
    from assistant.conversation import Session
    from tests.fixed_order import clause_at, dev_catalog
    from tests.test_followups_general import ScriptedEngine
    catalog = dev_catalog(stem)
    cited = clause_at(catalog, stem, path)
    engine = ScriptedEngine(catalog.documents, [[cited.id] for _ in questions])
    session = Session(engine)
    for question in questions:
        session.ask(question)
    return engine, cited


def test_that_money_is_the_money_the_clause_just_cited_grants():
    engine, cited = _conversation("h42d-tianjin-gov-office-incentives-for-districts-notice-part", "一",
                                  "天津对外贸外资稳定增长评价合格的区奖多少钱？", "这笔钱能用来干什么？")
    query, focus, _ = engine.asked[1]
    assert query.pinned and focus == (cited.id,)


def test_a_level_alone_after_a_units_answer_stays_on_the_clause_just_cited():
    engine, cited = _conversation("h44d-qinzhou-2012-163-funeral-management-measures-part", "附件第四条",
                                  "钦州市殡葬管理暂行办法里，全市殡葬工作由哪个部门统一管理？", "那县区的呢？")
    query, focus, _ = engine.asked[1]
    assert focus == (cited.id,)
