"""Forms met on real-dev's blind batches (h58d–h66d), each checked as the general rule it is an instance of:

* the issuer written before a document's 文号 (国务院办公厅国办发〔2006〕23号通知) says whose that document is: the
  question names that document alone, not every national one;
* the 文号 of the text a notice forwards or carries out, asked by that act (白水县转发的…那个文件，文号是多少 / 它贯彻的那份
  国务院意见，文号是多少), is the cited text's, written after its name in brackets or not, in either script
  (《…的通知》陜政辦發〔2018〕73號轉發你們); 转发…的通知，文号是多少 asks the forwarding notice's own;
* 陜, a variant OpenCC leaves alone, is read as 陕 (陜西 names 陕西's texts);
"""

from __future__ import annotations

import pytest

from assistant.answering.direct import name_line
from assistant.answering.intents import Intent, Slot, detect_slot
from assistant.answering.question import understand
from assistant.corpus.parser import parse_text
from assistant.lexicon.regions import to_simplified
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
