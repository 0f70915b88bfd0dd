"""Forms met on real-dev's blind batches (h58d–h66d), each checked as the general rule it is an instance of:

* the issuer written before a document's 文号 (国务院办公厅国办发〔2006〕23号通知) says whose that document is: the
  question names that document alone, not every national one;
* the 文号 of the text a notice forwards or carries out, asked by that act (白水县转发的…那个文件，文号是多少 / 它贯彻的那份
  国务院意见，文号是多少), is the cited text's, written after its name in brackets or not, in either script
  (《…的通知》陜政辦發〔2018〕73號轉發你們); 转发…的通知，文号是多少 asks the forwarding notice's own;
* 陜, a variant OpenCC leaves alone, is read as 陕 (陜西 names 陕西's texts);
* a prefecture city named in three characters (驻马店市政府) is read whole, not as its last two (马店市政府), and a verb
  before a city or province named in full (由杭州市发改委负责, 经石家庄市财政局审核) is no part of the body;
* an item titled by the measure asked (（一）宣传推广) that states one sum in a sentence of its own (中央财政资金专项支持
  不超过100万元) gives that measure's amount, and 支持 before a sum grants it;
* 是哪年发的 asks when the text was issued, like 哪天发的;
* 自治区人民政府办公厅关于… with 宁政办发 is 宁夏's: of the autonomous regions only 宁夏's 文号 starts with 宁 (宁波 and
  南京 share the character, so a 宁 文号 alone names no province);
* 另外还有子项吗 asks a count, not support given beside a measure (另外还有补贴吗);
* 降低谁的交易成本 / 发挥谁的主体作用 asks whose cost or role, something the text says, not who is responsible, and in
  a follow-up asks its own question;
"""

from __future__ import annotations

import pytest

from assistant.answering.direct import name_line
from assistant.answering.intents import ASKS_EXTRA, SUPPORT_TEXT, Intent, Slot, detect_slot
from assistant.answering.measures import value_named
from assistant.answering.question import merge_follow_up, understand
from assistant.corpus.parser import parse_text
from assistant.lexicon.regions import to_simplified
from assistant.lexicon.units import find_units
from assistant.lexicon.tokenizer import Tokenizer


def test_the_issuer_before_a_number_names_that_document_only(corpus):
    notice = parse_text("\n".join(["国务院办公厅关于进一步做好履行透明度条款相关工作的通知", "国办发〔2006〕23号",
                                    "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:",
                                    "经国务院批准,现就有关事项通知如下:", "国务院办公厅", "二○○六年三月三十日"]),
                        "wto", "wto.txt", "0")
    assert notice.issuer == "国务院办公厅" and notice.number == "国办发〔2006〕23号"
    for question in ("国务院办公厅国办发〔2006〕23号通知的发文日期是哪天？", "国办发〔2006〕23号通知的发文日期是哪天？"):
        query = understand(question, [*corpus, notice])
        assert query.doc_ids == frozenset({"wto"}) and query.slot is Slot.ISSUE
    # 国务院 asked with no document named still means every national one
    assert understand("国务院的文件里，信息消费的目标是什么？", [*corpus, notice]).doc_ids == {"wto", "guofa-2013-32"}


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer()


@pytest.mark.parametrize(("question", "slot"), [
    ("白水县转发的陕西省政府办公厅那个文件，文号是多少？", Slot.NAME),
    ("它贯彻的那份国务院意见，文号是多少？", Slot.NAME),
    ("白水县转发陕西政务大厅管理办法的通知，文号是多少？", Slot.ISSUE),
    ("这个方案的文号是多少？", Slot.ISSUE),
])
def test_the_number_of_a_text_acted_on_is_the_cited_one(question, slot):
    assert detect_slot(question, Intent.CONTENT) is slot


def test_a_cited_name_keeps_its_number_written_without_brackets(tokenizer):
    notice = parse_text("\n".join([
        "白水县人民政府办公室关于转发陕西省实体政务大厅管理暂行办法等的通知", "白政办发〔2019〕9号", "各镇人民政府,县政府各工作部门:",
        "現將《陜西省人民政府辦公廳關于印發陜西省實體政務大廳管理暫行辦法的通知》陜政辦發〔2018〕73號轉發你們,請結合各自職責,認真貫徹執行。"]),
        "bs", "bs.txt", "0")
    line = name_line(notice.clauses, "白水县转发的陕西省政府办公厅那个文件，文号是多少？", tokenizer)
    assert line is not None and "陕政办发〔2018〕73号" in to_simplified(line)


def test_a_variant_opencc_keeps_is_simplified():
    assert to_simplified("陜政辦發〔2018〕73號") == "陕政办发〔2018〕73号"


@pytest.mark.parametrize(("text", "units"), [
    ("驻马店市政府网站发布", ["驻马店市政府"]),
    ("由驻马店市住房和城乡建设局负责", ["驻马店市住房和城乡建设局"]),
    ("由杭州市发改委负责", ["杭州市发改委"]),
    ("经石家庄市财政局审核", ["石家庄市财政局"]),
    ("由浙江省财政厅负责", ["浙江省财政厅"]),
    ("和平顶山市政府", ["平顶山市政府"]),
])
def test_a_city_is_read_whole_and_a_verb_before_it_is_no_part_of_a_body(text, units):
    assert find_units(text) == units


def test_an_item_titled_by_the_measure_gives_its_one_sum():
    measures = parse_text("\n".join([
        "通河县电子商务进农村综合示范专项资金使用管理办法", "一、支持范围",
        "(一)宣传推广。选择人流客流较大地点,建设特色产品线下体验中心,促进农产品销售和宣传推广。在全县城乡加强电商宣传推广,"
        "组织电商企业参加网货产品展会。中央财政资金专项支持不超过100万元。"]), "th", "th.txt", "0")
    item = next(c for c in measures.clauses if c.clause_title == "宣传推广")
    granted = SUPPORT_TEXT.search
    assert value_named(["电商", "宣传", "推广"], [item], granted, strict=True) is True
    assert SUPPORT_TEXT.search("中央财政资金专项支持不超过100万元") and not SUPPORT_TEXT.search("支持企业投资建设")


def test_the_year_a_text_was_issued_is_asked_of_the_text():
    assert detect_slot("市里大力发展电子商务的实施方案是哪年发的？", Intent.CONTENT) is Slot.ISSUE


def test_an_autonomous_regions_government_is_placed_by_its_number():
    opinions = parse_text("\n".join(["自治区人民政府办公厅关于推进城镇老旧小区改造工作的实施意见", "宁政办发〔2021〕11号",
                                       "各市、县(区)人民政府,自治区政府各部门、各直属机构:", "现提出如下实施意见。"]), "nx", "nx.txt", "0")
    assert opinions.region == "宁夏" and opinions.level == "省"
    city = parse_text("\n".join(["市政府办公厅关于推进城镇老旧小区改造工作的实施意见", "宁政办发〔2021〕11号",
                                   "各区县人民政府:", "现提出如下实施意见。"]), "nb", "nb.txt", "0")
    assert city.region != "宁夏"


@pytest.mark.parametrize(("question", "extra"), [("那另外还有子项吗？几个？", False), ("另外还有补贴吗？", True),
                                                 ("能额外奖励多少？", True)])
def test_another_count_is_no_extra_support(question, extra):
    assert bool(ASKS_EXTRA.search(question)) is extra


def test_whose_asks_what_the_text_says(corpus):
    first = understand("浙江信息消费的文件是哪天印发的？", corpus)
    for question in ("它说要降低谁的交易成本？", "那要发挥谁的主体作用？"):
        query = merge_follow_up(understand(question, corpus), first)
        assert query.slot is Slot.CONTENT and query.intent is not Intent.RESPONSIBILITY
    assert understand("这项工作是谁的责任？", corpus).intent is Intent.RESPONSIBILITY
