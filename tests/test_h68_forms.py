"""Forms met on real-dev's blind batches (h62d–h70d), each checked as the general rule it is an instance of:

* a level word before a measure asked (市级农业产业化龙头企业) qualifies the measure's head (龙头企业), which the text
  may write with other words inside (农业产业化省级重点龙头企业): where every place the text names that head is led
  by other levels, the asked level's amount is not in the text;
* 里 "in" before a county (文保里泸县) is no part of its name;
* a page table's 发文字号 cell may hold a 文号 with no year (内政办19号), as county offices write them;
* a 文号 and a date opening a line whose text runs on after them (鄂政办发[1997]69号 1997年6月18日经研究,…) are the
  document's, and a paper repository's caption (论文部分内容阅读) is no title;
* an untitled regulation whose history line names the one order that published it (2021年12月25日甘肃省人民政府令
  第160号公布) is known by that order's number and issuer; the date it takes effect from (自2022年3月1日起施行) is its
  effect, not the version's date;
* a 文号 typed with [] (鄂政办发[1997]69号) names its document, and the place named beside it says where that document
  is, not every document of the place;
* the text a document rests on, named first and then asked which (它依据的云南省文件是哪一个), asks its name; the
  province named there issued that text, it is no scope of the conversation's document, and among the texts the
  document cites the one that province's name opens is the one asked;
* an autonomous prefecture names itself by its level word 州 (州人民政府办公室关于印发《黔西南州…》的通知) as a city
  does by 市;
* 给多少残疾人做了培训 counts people, it asks no sum; 哪天批复 asks the text's date; a 预案 印发给了哪些单位 asks whom
  it is addressed to;
* a principle written 谁…谁… (谁引发的隐患谁负责) is the text's words, not a question who is responsible, and whom
  a text applies to (适用于哪些单位和组织) is what it says;
* 办法 and 办理 end no body's name (甘肃省消防安全责任制实施办法 is no 省…办);
* a county site's disclosure rows (公开范围 面向社会, 公开程序 …, 公开时限 长期公开) are page-table rows, not the text's
  opening, so its salutation is read and 公开时限 can be asked;
* who approved a notice (经省政府同意,现就…提出如下意见) and whose decision it carries out (省委、省政府作出的重大
  决策部署) are no units given a task;
"""

from __future__ import annotations

import pytest

from assistant.answering.direct import name_line
from assistant.answering.intents import Intent, Slot, detect_intent, detect_slot
from assistant.answering.measures import other_level, units_named
from assistant.answering.question import named_places, understand
from assistant.lexicon.tokenizer import Tokenizer
from assistant.corpus.parser import parse_text
from assistant.lexicon.units import find_units

_LEADING_FIRMS = ("参照省厅对新认定国家级重点龙头企业每家奖补100万元的政策,经市政府分管领导同意,2025年市级对新认定"
                  "农业产业化省级重点龙头企业每家奖补30万元")


@pytest.mark.parametrize(("question", "levels"), [
    ("对新认定的市级农业产业化龙头企业奖多少钱？", "国家级、省级"),  # the head 龙头企业 is led by 国家级 and 省级 only
    ("新认定的县级重点龙头企业每家奖补多少？", "国家级、省级"),
    ("对新认定的省级农业产业化龙头企业奖多少钱？", None),  # the level asked is written before the head
    ("国家级重点龙头企业奖补多少？", None),
])
def test_a_level_qualifies_the_head_of_the_measure_asked(question, levels):
    assert other_level(question, _LEADING_FIRMS) == levels


def test_a_head_named_without_a_level_may_hold_at_every_level():
    text = "对新认定的龙头企业给予10万元奖励；对农业产业化省级重点龙头企业另奖20万元"
    assert other_level("对新认定的市级农业产业化龙头企业奖多少钱？", text) is None


def test_a_word_meaning_in_before_a_county_is_no_part_of_its_name():
    assert named_places("泸州第六批市级文保里泸县大岩寺古寨的保护范围是什么？") == ("泸县",)
    assert named_places("补助资金里安溪县能拿多少？") == ("安溪县",)


@pytest.mark.parametrize(("cell", "number"), [("内政办19号", "内政办19号"), ("宁政发〔2006〕86号", "宁政发〔2006〕86号"),
                                              ("无", None), ("2014年第19号文件", None)])
def test_a_table_number_cell_may_hold_a_number_with_no_year(cell, number):
    text = "\n".join([f"发文字号:{cell}", "内乡县人民政府办公室关于印发人工影响天气工作计划的通知", "各乡镇人民政府:",
                      "现将计划印发给你们,请认真贯彻执行。", "2014年4月8日"])
    assert parse_text(text, "neixiang", "neixiang.txt", "0").number == number


def test_a_number_and_date_opening_a_run_on_line_are_the_documents():
    text = "\n".join(["论文部分内容阅读", "鄂政办发[1997]69号 1997年6月18日经研究,省人民政府同意省地矿厅《关于进一步整顿和维护"
                      "矿业秩序的意见》,现予转发,请认真遵照执行。一批非法采矿点被取缔,乱采滥挖现象得到有效制止。"])
    document = parse_text(text, "hubei", "hubei.txt", "0")
    assert (document.number, document.date, document.region) == ("鄂政办发〔1997〕69号", "1997-06-18", "湖北")
    assert document.title != "论文部分内容阅读"
    assert document.clauses and document.clauses[0].text.startswith("经研究")  # the text run on is kept, not lost


def test_an_untitled_regulation_is_known_by_the_order_that_published_it():
    text = "\n".join(["(2021年12月20日十三届省政府第157次常务会议审议通过2021年12月25日甘肃省人民政府令第160号公布"
                      "自2022年3月1日起施行)", "第一章总则", "第一条为了健全和落实消防安全责任制,制定本办法。",
                      "第二条本省行政区域内消防安全责任的落实和监督管理适用本办法。"])
    document = parse_text(text, "gansu", "gansu.txt", "0")
    assert (document.number, document.issuer, document.region) == ("甘肃省人民政府令第160号", "甘肃省人民政府", "甘肃")
    assert (document.date, document.effective_date) == ("2021-12-25", "2022-03-01")


def test_a_titled_law_keeps_its_title_for_its_number():
    text = "\n".join(["中华人民共和国某某条例", "(1996年5月27日国务院令第197号发布)", "第一条为了规范某某,制定本条例。",
                      "第二条本条例自发布之日起施行。"])
    assert parse_text(text, "law", "law.txt", "0").number is None


def _notice(title: str, number: str, body: str, doc_id: str):
    return parse_text("\n".join([title, number, "各县(市、区)人民政府,市直各委、办、局:", body, "2020年11月11日"]),
                      doc_id, f"{doc_id}.txt", "0")


def test_a_number_typed_with_square_brackets_names_its_document_within_its_place():
    forwarding = _notice("湖北省人民政府办公厅关于转发省地矿厅整顿矿业秩序意见的通知", "鄂政办发〔1997〕69号",
                         "经研究,省人民政府同意省地矿厅意见,现予转发,请认真遵照执行。", "hubei-1997")
    sports = _notice("湖北省人民政府关于加快体育强省建设的意见", "鄂政发〔2017〕63号", "为推进体育强省建设,提出如下意见。",
                     "hubei-2017")
    query = understand("湖北省政府办公厅鄂政办发[1997]69号转发的是哪个部门的什么意见？", [forwarding, sports])
    assert query.doc_ids == frozenset({"hubei-1997"})


@pytest.mark.parametrize("question", ["那它依据的贵州省政府办公厅文件是哪一份？", "它依据的云南省文件是哪一个？"])
def test_the_text_rested_on_named_first_asks_its_name(question):
    assert detect_slot(question, Intent.CONTENT) is Slot.NAME


def test_a_province_issuing_the_text_rested_on_is_no_scope():
    rules = _notice("保山市人民政府办公室关于印发保山市消防安全责任制实施细则的通知", "保政办规〔2025〕2号",
                    "根据《中华人民共和国消防法》《消防安全责任制实施办法》(国办发〔2017〕87号)《云南省消防安全责任制实施办法》"
                    "(云政办规〔2019〕7号)等规定,结合我市实际,制定本细则。", "baoshan")
    provincial = _notice("云南省人民政府办公厅关于印发云南省就业专项资金管理办法的通知", "云政办发〔2018〕9号",
                         "现将《云南省就业专项资金管理办法》印发给你们,请认真贯彻执行。", "yunnan")
    question = "保山市消防安全责任制实施细则依据的云南省文件是哪一个？"
    assert understand(question, [rules, provincial]).doc_ids == frozenset({"baoshan"})
    line = name_line(rules.clauses, question, Tokenizer())
    assert line is not None and "云南省消防安全责任制实施办法" in line and "云政办规〔2019〕7号" in line
    # a follow-up pointing back at its document names no scope of its own; a question naming no other text may be
    # about the province's own texts after all
    assert understand("那它依据的云南省文件是哪一个？", [rules, provincial]).doc_ids is None
    assert understand("保山市的细则依据的是云南省哪个办法？", [provincial]).doc_ids == frozenset({"yunnan"})
    # 按照云南的标准呢 asks 云南's own rule: no text cited
    assert understand("那按照云南的标准呢？", [rules, provincial]).doc_ids == frozenset({"yunnan"})


def test_an_autonomous_prefecture_names_itself_by_its_level_word():
    notice = _notice("州人民政府办公室关于印发《黔西南州消防安全责任制实施办法》的通知", "黔西南府办发〔2020〕29号",
                     "现将《黔西南州消防安全责任制实施办法》印发给你们,请认真贯彻执行。", "qianxinan")
    assert (notice.issuer, notice.level, notice.region) == ("黔西南州人民政府办公室", "市", "黔西南")


@pytest.mark.parametrize(("question", "slot"), [("马鞍山“十三五”期间给多少残疾人做了职业技能培训？", Slot.NUMBER),
                                               ("能给多少企业补贴？", Slot.NUMBER), ("每户能给多少补贴？", Slot.AMOUNT),
                                               ("最多能给多少资金支持企业？", Slot.AMOUNT)])
def test_people_counted_ask_a_number_not_a_sum(question, slot):
    assert detect_slot(question, Intent.TARGET) is slot


@pytest.mark.parametrize("question", ["国务院是哪天批复同意设立残疾预防日的？", "邯郸市粮食应急预案印发给了哪些单位贯彻执行？"])
def test_the_reply_date_and_the_addressees_are_the_texts_own(question):
    assert detect_slot(question, Intent.CONTENT) is Slot.ISSUE


def test_approvers_and_deciders_are_given_no_task():
    notice = parse_text("\n".join([
        "贵州省人民政府办公厅关于印发贵州省大健康医药产业发展六项实施计划的通知", "黔府办发〔2015〕26号",
        "经省人民政府同意,现将《贵州省大健康医药产业发展六项实施计划》印发给你们,请认真组织实施。",
        "加快发展大健康医药产业是省委、省政府作出的重大决策部署。"]), "gz", "gz.txt", "0")
    assert units_named(notice.clauses[0], notice.region) == []
    opinion = parse_text("\n".join(["青海省人民政府办公厅关于进一步加强矿产资源勘查开发监督管理和执法工作的意见", "青政办〔2021〕98号",
                                     "各市、自治州人民政府,省政府各委、办、厅、局:",
                                     "为切实维护我省矿产资源勘查开发管理秩序,经省政府同意,现就进一步加强监督管理和执法工作提出如下意见。"]),
                         "qh", "qh.txt", "0")
    assert units_named(opinion.clauses[0], opinion.region) == []


@pytest.mark.parametrize(("question", "intent"), [("方案的基本原则里，谁引发的隐患谁负责吗？", None),
                                                 ("谁污染谁治理的原则是什么？", None),
                                                 ("按谁污染谁治理的原则，由谁牵头？", Intent.RESPONSIBILITY),
                                                 ("这项工作谁牵头谁配合？", Intent.RESPONSIBILITY)])
def test_a_principle_written_who_who_asks_no_one(question, intent):
    assert detect_intent(question) is intent


def test_whom_a_text_applies_to_is_what_it_says():
    assert detect_slot("石家庄市消防安全责任制规定适用于哪些单位和组织？", Intent.RESPONSIBILITY) is Slot.CONTENT


@pytest.mark.parametrize(("text", "units"), [("甘肃省消防安全责任制实施办法里，消防安全工作要坚持哪几条原则？", []),
                                            ("按照省财政专项资金管理办法执行", []), ("省扶贫办负责", ["省扶贫办"]),
                                            ("省发改委办理", ["省发改委"])])
def test_a_measure_or_handling_ends_no_body(text, units):
    assert find_units(text) == units


def test_a_county_sites_disclosure_rows_are_table_rows():
    text = "\n".join(["册亨县人民政府办公室关于印发册亨县地质灾害应急预案的通知",
                      "索引号 CHX/2019-1650684 发文日期 2018-05-16 发布日期 2018-05-16", "文号 册府办发〔2018〕44号 是否有效",
                      "公开方式 主动公开 公开范围 面向社会", "公开程序 门编制,经办公室审核后公开 公开时限 长期公开",
                      "各乡(镇、街道)人民政府(办事处),县有关工作部门:", "《册亨县地质灾害应急预案》经县人民政府研究同意,印发给你们,请遵照执行。"])
    notice = parse_text(text, "ceheng", "ceheng.txt", "0")
    assert notice.page_rows.get("公开时限") == "长期公开" and notice.page_rows.get("公开范围") == "面向社会"
    assert notice.clauses[0].text.startswith("各乡(镇、街道)人民政府")
