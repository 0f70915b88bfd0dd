"""Forms met on real-dev's blind batches (h50d, h52d, h46d, h42d), each checked as the general rule it is an
instance of:

* places listed by their bare names and closed by their kind (在余关、乍岖、赵店…等乡镇设有固定作业点) are places
  the text lists, though no name bears a 镇 suffix;
* a follow-up asking which of something (它适用于哪些供水工程？) asks its own question, not the previous turn's
  validity; one naming a part bodies play (协办的是哪几家？) still asks the units;
* a unit's heading asked (第一部分的标题是什么？) is the unit's own heading, not its first sentence;
* a 文库 page's metadata table run together on the text's line (…发布机构:中国地震局发文日期:…名称:…文号:…) is read
  row by row, and 中国地震局 / 中国气象局 are the state's;
* digits after Latin letters name a thing (PM2.5, PM10), they count nothing;
* a goal asked in a measure's unit (控制在多少吨以内) is stated in that unit, not by a rate of cut (下降22%);
* 县城 (the county seat), 禁烧区 (an area named by what is barred there) and 送市统计局 (a verb before 市) name no
  place a question would be declined for;
* 省政府总体部署 names 省政府, not a body 省政府总体部 (部署 deploys, 部分 is a part);
* 那森工集团呢？ / 新疆兵团呢？ after a notice's addressees picks the addressees those words spell, shortened as
  people shorten names (大兴安岭森工(林业)集团公司, 新疆生产建设兵团林业局);
* 大连市人民政府令 / 第167号 / 《…暂行办法》已经…现予公布 is an order: numbered 大连市人民政府令第167号, issued by
  大连市人民政府, titled by the regulations it issues;
* a text's end asked (有效期到哪一年) of a text giving only its start (自2016年5月1日起执行) is declined;
* a township's own office (司法所承担社区矫正日常工作) and a level's body by its role (区级司法行政机关社区矫正机构对…
  进行监督管理) act in prose;
* a quote the question makes as part of a title (南京“十四五”社会消防救援规划里…) names the document, so the items
  listed are those of the subject it asks (“十三五”完成了哪些重大任务), not every clause naming 十四五;
* a portal's bullet 文号前府办发〔2025〕2号 (the short label run straight on) is the 文号's row;
* a gazette's masthead of label lines under a site heading (网站首页 / 主管主办 / 全国统一刊号 …) gives way to the
  title standing over the 文号 further down, with the issuer on the line above its 关于.
"""

from __future__ import annotations

import pytest

from assistant.answering.direct import content_line
from assistant.answering.evidence import _states_count
from assistant.answering.intents import NUMBER_VALUE, Intent
from assistant.answering.question import merge_follow_up, understand
from assistant.config import REPO_ROOT
from assistant.corpus import load_document
from assistant.corpus.metadata import issuer_government
from assistant.corpus.pagetable import read_meta_table, split_run_together_rows
from assistant.corpus.parser import parse_text
from assistant.lexicon.regions import Level, lists_places
from assistant.lexicon.tokenizer import Tokenizer

DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"


@pytest.mark.parametrize(("text", "lists"), [
    ("我县在余关、乍岖、赵店、瓦亭、七里坪、赤眉等乡镇设有固定作业点。", True),
    ("北京、上海、重庆、浙江、深圳五个地区开展试点。", True),
    ("在东城、西城、朝阳三个区先行先试。", True),
    ("加强水源、管网、水厂等建设,提高供水保证率。", False),
    ("统筹推进城镇、乡村建设。", False),
])
def test_places_listed_by_bare_name_and_kind(text, lists):
    assert lists_places(text) is lists


def test_a_follow_up_asking_which_keeps_its_own_question_unless_it_names_a_part_bodies_play(corpus):
    validity = understand("办法从哪天起施行？", corpus)
    assert validity.intent is Intent.VALIDITY
    scope = merge_follow_up(understand("它适用于哪些供水工程？", corpus), validity)
    assert scope.intent is Intent.CONTENT
    who = understand("公共财政收入计划增长多少？哪个部门主办？", corpus)
    assert merge_follow_up(understand("协办的是哪几家？", corpus), who).intent is who.intent


def test_a_units_heading_asked_is_its_heading():
    document = parse_text("国务院关于贯彻实施行政处罚法的通知\n一、充分认识贯彻实施行政处罚法的重要意义\n"
                          "行政处罚法是规范政府行为的一部重要法律。\n二、认真做好行政处罚法宣传工作\n要加强宣传。",
                          "penalty", "penalty.txt", "0")
    first = [c for c in document.clauses if "重要法律" in c.text]
    assert content_line(first, "通知第一部分的标题是什么？", Tokenizer()) == "充分认识贯彻实施行政处罚法的重要意义"


def test_a_metadata_table_run_together_on_a_line_is_read_row_by_row():
    line = ("地震速报技术管理规定发布时间:2009-05-0414:39:36信息来源:中国地震局办公室索引号:主题分类:法规文件/规范性文件"
            "发布机构:中国地震局发文日期:2008年8月22日名称:地震速报技术管理规定文号:中震测发[2008]137号主题词:"
            "地震速报技术管理规定(2008年修订)第一章总则第一条为提高地震速报质量,特制定本规定。")
    lines = split_run_together_rows(["文档简介:", line])
    assert lines[-1].startswith("地震速报技术管理规定(2008年修订)第一章") and "发文日期:2008年8月22日" in lines
    assert "主题词:" not in lines  # its value cannot be told from the text run on to it
    table = read_meta_table(lines)
    assert table.fields["title"] == "地震速报技术管理规定" and table.fields["number"] == "中震测发[2008]137号"
    assert "为提高地震速报质量" not in "".join(lines[i] for i in table.lines)  # the text stays the text
    # a page's info bar, its cells set apart by spaces, is read as such elsewhere
    bar = "发表日期: 2020-11-18 来源:木兰县营商局 作者:胡艳玲 该信息已被浏览:"
    assert split_run_together_rows([bar]) == [bar]
    # a sentence naming a 文号 and a date is no table
    assert split_run_together_rows(["根据文号:国发〔2013〕32号的要求,日期:另行通知。"]) == ["根据文号:国发〔2013〕32号的要求,日期:另行通知。"]
    cea = load_document(DEV / "h50d-cea-2008-137-earthquake-rapid-report-technical-rules-part.txt", trusted=True)
    assert (cea.title, cea.issuer, cea.level, cea.date) == ("地震速报技术管理规定", "中国地震局", "国家", "2008-08-22")


@pytest.mark.parametrize("issuer", ["中国地震局", "中国气象局", "中国民用航空局"])
def test_central_bodies_named_with_china_are_the_states(issuer):
    assert issuer_government(issuer).level is Level.NATIONAL


def test_digits_after_latin_letters_count_nothing():
    assert NUMBER_VALUE.search("紧盯可吸入颗粒物(PM10)、细颗粒物(PM2.5)浓度值削减和优良天气指标") is None
    assert NUMBER_VALUE.search("PM2.5平均浓度降至47微克/立方米").group(0) == "47"


def test_a_goal_asked_in_a_measures_unit_is_stated_in_it(corpus):
    query = understand("到2020年全市二氧化硫排放总量控制在多少吨以内？", corpus)
    assert query.asked_unit == "吨"
    assert not _states_count("吨", "二氧化硫、氮氧化物排放总量均比2015年下降22%以上")
    assert _states_count("吨", "二氧化硫排放总量控制在1.2万吨以内")
    assert understand("农村公路要新改建多少公里？", corpus).asked_unit == "公里"
    minutes = understand("省级台网要在地震发生后几分钟内完成自动速报？", corpus)
    assert minutes.asked_unit == "分钟" and not _states_count("分钟", "统一使用全国速报数据交换平台(EQIM2.2版本)")


@pytest.mark.parametrize(("question", "places"), [
    ("我在黑龙江一个县城边上种玉米，地块离县城建设区15公里，城镇建设区周围多大范围算禁烧区？", ()),
    ("我在泸州市一个局里管统计，报表送市统计局时要附什么材料？", ("泸州市",)),
    ("永泰县城关镇的补贴标准是多少？", ("永泰县",)),
    ("离石区和交城县的政策有什么不同？", ("离石区", "交城县")),
])
def test_words_around_a_level_word_are_no_place(question, places):
    from assistant.answering.question import named_places

    assert named_places(question) == places


@pytest.mark.parametrize(("text", "units"), [
    ("按照省政府总体部署，各市要落实禁烧责任", ["省政府"]),
    ("省政府部分职能下放", ["省政府"]),
    ("省委组织部牵头", ["省委组织部"]),
])
def test_deploying_is_no_body(text, units):
    from assistant.lexicon.units import find_units

    assert find_units(text) == units


@pytest.mark.parametrize(("short", "name", "spelled"), [
    ("森工集团", "内蒙古吉林、龙江、大兴安岭森工(林业)集团公司", True),
    ("新疆兵团", "新疆生产建设兵团林业局", True),
    ("金融系统", "金融监管总局各监管局", False),
    ("兵团新疆", "新疆生产建设兵团林业局", False),  # out of order
])
def test_a_name_shortened_in_speech_is_spelled_in_order(short, name, spelled):
    from assistant.conversation import _spelled_in

    assert _spelled_in(short, name) is spelled


def test_an_addressee_asked_by_its_short_name_after_the_addressees_is_picked_from_them():
    from assistant.answering.answer import Answer
    from assistant.citations import Citation
    from assistant.conversation import Session
    from tests.test_followups_general import ScriptedEngine

    forestry = load_document(DEV / "h46d-forestry-2011-bioenergy-feedstock-base-inspection-notice-trad-part.txt", trusted=True)
    opening = forestry.clauses[0]
    listed = "答：主送：各省、自治区、直辖市林业厅(局),内蒙古吉林、龙江、大兴安岭森工(林业)集团公司,新疆生产建设兵团林业局"

    class AddresseeEngine(ScriptedEngine):
        def answer_query(self, query, exclude=frozenset(), focus=()):
            self.asked.append((query, focus, exclude))
            return Answer(listed, False, [Citation.of(opening, forestry)], slot="issue", short_answer=listed)

    session = Session(AddresseeEngine([forestry], []))
    session.ask("国家林业局林业生物能源原料基地检查验收通知是发给哪些单位的？")
    picked = session.ask("那森工集团呢？")
    assert picked.short_answer == "答：内蒙古吉林、龙江、大兴安岭森工(林业)集团公司" and picked.citations[0].clause_id == opening.id
    assert session.ask("新疆兵团呢？").short_answer == "答：新疆生产建设兵团林业局"


def test_a_governments_order_is_numbered_by_its_head_and_titled_by_what_it_issues():
    from assistant.corpus.metadata import read_header

    header = read_header(["大连市人民政府令", "第167号", "《大连市奖励和保护见义勇为人员暂行办法》已经2021年12月29日大连市"
                          "第十六届人民政府第一百一十九次常务会议审议通过,现予公布,自2022年2月1日起施行。", "市长:陈绍旺"])
    assert (header.title, header.number, header.issuer) == (
        "大连市奖励和保护见义勇为人员暂行办法", "大连市人民政府令第167号", "大连市人民政府")
    # an order head with no number under it is a heading like any other
    assert read_header(["某市人民政府令", "为了加强管理,制定本办法。"]).number is None


@pytest.mark.parametrize(("text", "ends"), [
    ("本标准自2016年5月1日起执行。", False),
    ("本办法自2021年1月1日起施行，有效期3年。", True),
    ("本通知执行至2025年12月31日。", True),
    ("原《补贴办法》同时废止。", True),
])
def test_an_end_is_stated_only_by_a_term_or_an_end(text, ends):
    from assistant.answering.intents import ASKS_END, states_end

    clause = parse_text("某区办案补贴标准\n一、" + text, "s", "s.txt", "0").clauses[-1]
    assert states_end(clause) is ends
    assert ASKS_END.search("涵江区法律援助办案补贴标准的有效期到哪一年？")
    assert not ASKS_END.search("从什么时候开始执行？")


def test_a_townships_own_office_and_a_level_body_by_its_role_act_in_prose():
    from assistant.lexicon.units import is_unit_name

    document = parse_text("武汉市社区矫正实施细则\n第四条 区级司法行政机关社区矫正机构对社区矫正人员进行监督管理和教育帮助。"
                          "司法所承担社区矫正日常工作。\n第五条 律师事务所和研究所负责提供服务。", "w", "w.txt", "0")
    fourth, fifth = document.clauses
    assert fourth.lead_units == ["区级司法行政机关社区矫正机构", "司法所"]
    assert fifth.units == []  # a 所 of any kind is no office
    assert is_unit_name("城关镇派出所") and not is_unit_name("律师事务所")


def test_a_quote_made_as_part_of_a_title_names_the_document_not_a_subject():
    import re
    from types import SimpleNamespace

    from assistant.answering.listing import _QUOTED, Lister

    lister = SimpleNamespace(documents=[SimpleNamespace(title="南京市“十四五”社会消防救援事业发展规划")])
    question = "南京“十四五”社会消防救援规划里提到“十三五”完成了哪些重大任务？"
    plan, period = _QUOTED.finditer(question)
    assert Lister._titles_quote(lister, question, plan) and not Lister._titles_quote(lister, question, period)
    assert not Lister._titles_quote(lister, "有哪些“十四五”期间的任务？", re.search(_QUOTED, "有哪些“十四五”期间的任务？"))


def test_a_numbers_short_label_run_on_to_a_number_is_a_row():
    table = read_meta_table(["  • 索引号76138620/2025-030766", "  • 文号前府办发〔2025〕2号", "  • 有效性有效"])
    assert table.fields["number"] == "前府办发〔2025〕2号"
    assert read_meta_table(["文号管理是一项基础工作。"]).fields == {}


def test_a_gazette_masthead_gives_way_to_the_title_over_its_number():
    from assistant.corpus.parser import parse_text

    masthead = ["网站首页", "年 份:", "期 号:", "主管主办", "四川省人民政府办公厅", "编辑出版", "四川省人民政府公报室",
                "全国统一刊号", "CN51—1727/D", "国际标准刊号", "ISSN 1006—1991", "邮政编码", "610016", ""] * 2
    text = "\n".join(masthead + ["四川省人民政府办公厅", "关于印发《四川省有效降低全社会", "物流成本实施方案》的通知",
                                 "川办发〔2025〕19号", "各市(州)人民政府:", "现将《方案》印发给你们,请认真组织实施。"])
    document = parse_text(text, "sc", "sc.txt", "0")
    assert document.title == "四川省人民政府办公厅关于印发《四川省有效降低全社会物流成本实施方案》的通知"
    assert document.number == "川办发〔2025〕19号"
