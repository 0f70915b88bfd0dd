"""Forms found on documents collected in the h3 round, each checked on the real text it came from.

gov.cn pages copied as text print their metadata table twice (one row per line, then each label
alone above its value), a repost puts the date and the 文号 on one header line, a county's red
header reads X人民政府文件, a title may start with 《 and name no issuer, and national 分工 notices
give responsibility as 由X会同Y、Z等部门研究提出. Later: a signature naming a bare issuer's place,
pinyin glosses, a sharing site's banner, a title wrapped after 印发, a notice issuing several texts. Expected values are what eval/real/SOURCES.tsv
records for each document.
"""

from __future__ import annotations

from pathlib import Path

from assistant.corpus.loader import read_text
from assistant.corpus.cleaning import strip_banners, strip_ruby
from assistant.corpus.metadata import issuer_from_title, unmask_type
from assistant.corpus.model import Document
from assistant.corpus.pagetable import read_meta_table
from assistant.corpus.parser import clean_lines, parse_text
from assistant.corpus.responsibility import extract
from assistant.lexicon.regions import Level

DEV = Path(__file__).resolve().parents[1] / "eval" / "real" / "docs" / "dev"


def parse(name: str) -> Document:
    path = DEV / name
    return parse_text(read_text(path), path.stem, path.name, "")


def test_vertical_metadata_table_fills_fields_and_leaves_the_text():
    lines = ["索 引 号:", "", "000014349/2014-00023", "", "发文机关:", "", "国务院办公厅", "", "成文日期:", "",
             "2014年02月23日", "", "发文字号:", "", "国办函〔2014〕31号", "", "时  效:", "", "失效", "",
             "国务院各部委、各直属机构:"]
    table = read_meta_table(lines)
    assert table.fields == {"issuer": "国务院办公厅", "date": "2014年02月23日", "number": "国办函〔2014〕31号",
                            "status": "失效"}
    assert table.lines == {i for i, line in enumerate(lines[:-1]) if line}  # the addressee stays


def test_a_label_line_never_takes_the_next_label_as_its_value():
    table = read_meta_table(["发文机关:", "成文日期:", "2014年02月23日"])
    assert table.fields == {"date": "2014年02月23日"}


def test_portal_opening_lines_are_furniture():
    lines, _ = clean_lines("EN\nhttps://www.gov.cn/\n2014-03-10 08:00:00\n国务院办公厅关于…的通知")
    assert lines == ["国务院办公厅关于…的通知"]


def test_gov_cn_page_with_both_table_layouts():
    doc = parse("guobanhan-2014-31-rural-reform-division-trad-part.txt")
    assert doc.title == "国务院办公厅关于落实中共中央国务院关于全面深化农村改革加快推进农业现代化若干意见有关政策措施分工的通知"
    assert (doc.number, doc.issuer, doc.date, doc.level) == ("国办函〔2014〕31号", "国务院办公厅", "2014-02-23", Level.NATIONAL)
    assert [c.path for c in doc.clauses] == ["序言", "一（一）", "一（二）"]  # no table text taken for an attachment
    assert "索引号" not in doc.clauses[0].text and "gov.cn" not in doc.clauses[0].text


def test_lead_with_partners_the_vocabulary_lacks():
    found = extract("关于“确保谷物基本自给、口粮绝对安全”的问题,由发展改革委会同中央农办、农业部、财政部、科技部、"
                    "国土资源部、水利部、商务部、统计局、粮食局等部门研究提出落实意见。", None)
    assert found.lead == ["发展改革委"]
    assert found.supporting == ["中央农办", "农业部", "财政部", "科技部", "国土资源部", "水利部", "商务部", "统计局", "粮食局"]


def test_clause_keeps_lead_and_partners():
    leaf = next(c for c in parse("guobanhan-2014-31-rural-reform-division-trad-part.txt").clauses if c.path == "一（一）")
    assert leaf.lead_units == ["发展改革委"] and "中央农办" in leaf.supporting_units and "粮食局" in leaf.supporting_units


def test_header_line_with_date_and_number():
    doc = parse("caijian-2006-689-preliminary-work-funds-part.txt")
    assert (doc.number, doc.date, doc.issuer, doc.level) == ("财建〔2006〕689号", "2006-10-26", "财政部", Level.NATIONAL)
    assert [c.path for c in doc.clauses] == ["序言", "第一条"]


def test_red_header_names_the_issuer_not_the_title():
    """The red header (鞍山市立山区人民政府文件) names the issuer in full, as SOURCES records it; the
    title names it bare (立山区人民政府)."""
    doc = parse("anshan-lishan-2023-key-tasks-division-part.txt")
    assert doc.title == "立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知"
    assert (doc.number, doc.issuer, doc.government, doc.form) == (
        "鞍立政发〔2023〕2号", "鞍山市立山区人民政府", "辽宁省鞍山市立山区", "通知")


def test_the_signature_names_a_bare_header_issuer_with_its_place():
    """Title and page table say 区人民政府办公室; the signature above the date says 蔡甸区人民政府办公室."""
    doc = parse("caidian-2023-gov-report-tasks-part.txt")
    assert (doc.issuer, doc.government, doc.level, doc.date) == (
        "蔡甸区人民政府办公室", "蔡甸区", Level.COUNTY, "2023-01-03")


def test_pinyin_glosses_are_dropped_before_parsing():
    """A reading-aid page prints 发(fā) after characters: the title, 文号 and issuer come out once they go."""
    assert strip_ruby("黑政辦發(fā)〔2005〕49號") == "黑政辦發〔2005〕49號"
    assert strip_ruby("大興安嶺地區(qū)行政公署") == "大興安嶺地區行政公署"
    for kept in ("盘县招商引资优惠办法(试行)", "（2023）", "（一）加强领导", "的(de)", "(ABC)"):
        assert strip_ruby(kept) == kept
    doc = parse("heilongjiang-2005-governor-special-award-trad-part.txt")
    assert (doc.title, doc.number, doc.issuer, doc.level) == (
        "黑龙江省人民政府办公厅关于印发黑龙江省省长特别奖奖励办法的通知", "黑政办发〔2005〕49号",
        "黑龙江省人民政府办公厅", Level.PROVINCE)


def test_a_sharing_site_banner_and_a_title_glued_to_its_first_article():
    """精选优质文档-倾情为你奉上 goes; the title is the text before 第一章 of a one-line text."""
    assert strip_banners("精选优质文档-倾情为你奉上盘县招商引资优惠办法") == "盘县招商引资优惠办法"
    assert strip_banners("精选优质文档----倾情为你奉上") == ""
    doc = parse("panxian-investment-incentives-part.txt")
    assert doc.title == "盘县招商引资优惠办法(试行)"
    assert "第一条" in [c.path for c in doc.clauses]


def test_an_issuer_line_ending_in_印发_wraps_the_title():
    """区政府办公室印发 / 《…实施细则》的通知: one title; the issuer names its level only."""
    doc = parse("taizhou-gaogang-2017-industry-upgrade-rules-part.txt")
    assert doc.title == "区政府办公室印发《关于推进工业经济加快转型升级的若干政策意见(试行)实施细则》的通知"
    assert (doc.issuer, doc.level, doc.region) == ("区政府办公室", Level.COUNTY, None)


def test_a_notice_issuing_several_texts_is_placed_by_them():
    """《开封市推动…》《…》《…》已经市政府第48次常务会议研究通过，现印发: 开封市, a city's notice."""
    doc = parse("kaifeng-2020-manufacturing-plan-notice-part.txt")
    assert doc.title == "关于印发开封市推动制造业高质量发展实施方案等三个文件的通知"
    assert (doc.issuer, doc.government, doc.level, doc.date) == (None, "河南省开封市", Level.CITY, "2020-11-17")


def test_a_notice_without_title_is_named_by_the_text_it_carries():
    doc = parse("shicheng-2009-foreign-trade-fund-part.txt")
    assert doc.title == "石城县外贸发展引导资金实施办法"


def test_a_masked_character_in_the_document_type_is_restored():
    """A mirror's word filter wrote 若干*策; only 若干政策 fits. Masks elsewhere stay."""
    assert parse("changfeng-county-economy-policy-part.txt").title == "长丰县推动经济高质量发展若干政策"
    assert unmask_type("办法*") == "办法*"
    assert unmask_type("推动*的建设若干意见") == "推动*的建设若干意见"


def test_a_title_opening_with_a_book_title_mark_names_no_issuer():
    assert issuer_from_title("《关于推进工业经济加快转型升级的若干政策意见(试行)实施细则》的通知") is None
    assert issuer_from_title("中共柳河县委 柳河县人民政府关于支持重点产业加快发展的实施意见") == "中共柳河县委 柳河县人民政府"


def test_attached_text_opening_with_its_title_has_no_title_leaf():
    doc = parse("taizhou-gaogang-2017-industry-upgrade-rules-part.txt")
    assert doc.number == "泰高政办发〔2017〕167号" and doc.date == "2017-12-26"
    assert doc.issuer != "《"
    assert [c.path for c in doc.clauses] == ["序言", "附件第一条", "附件第二条", "附件第三条", "附件第四条"]


def test_target_measure_without_the_striving_words():
    from assistant.corpus.facts import extract_targets

    (target,) = extract_targets("努力实现地区生产总值增长6.2%左右。")
    assert (target.measure, target.value, target.unit) == ("地区生产总值", "6.2", "%")
