"""A document known by its own name, number, issuer, dates and page rows (h24m), on real lines.

General forms, each read on real pages of the development documents:

* a 文号 written with a space before its bracket, as a PDF paste leaves it (菏政办字 〔2023〕1号, and the
  国发 〔2022〕18号 / 鲁政办字 〔2022〕128号 it cites) is a 文号;
* a first heading that names no document (a site's banner 辽阳, a page's 详细信息, a breadcrumb's last item
  就业创业, a magazine's heading) gives way to the title line under it; a law's or report's name stays;
* a title that starts with places only (富阳区关于…, 保护区、姑苏区关于…) names whose text it is, not an
  issuing organ; a kind of area opening a list of places (保护区、姑苏区) is no district of its own;
* a page's 来源 row credits the text to a body (never read as its issuer) and its 时间/发布时间 row dates
  its publication; both are answered as the page's, when the text itself is silent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answering.direct import issue_line
from assistant.corpus.loader import read_text
from assistant.corpus.metadata import (
    NUMBER_RE,
    issuer_from_title,
    names_document,
    normalise_number,
    notice_title,
    page_published,
    page_source,
    read_header,
    read_meta_table,
    recovered_government,
)
from assistant.corpus.model import Clause, Document
from assistant.corpus.parser import parse_text
from assistant.lexicon.regions import Level, government_of

DEV = Path(__file__).resolve().parents[1] / "eval" / "real" / "docs" / "dev"


def parse(stem: str) -> Document:
    path = DEV / f"{stem}.txt"
    return parse_text(read_text(path), path.stem, path.name, "")


@pytest.mark.parametrize("written, number", [
    ("菏政办字 〔2023〕1号", "菏政办字〔2023〕1号"),
    ("(国发 〔2022〕18号)", "国发〔2022〕18号"),
    ("(鲁政办字 〔2022〕128号)", "鲁政办字〔2022〕128号"),
    ("内政发〔2023〕3 号", "内政发〔2023〕3号"),
    ("国办函〔2006〕82号", "国办函〔2006〕82号"),
])
def test_a_number_with_a_space_before_its_bracket_is_read(written, number):
    m = NUMBER_RE.search(written)
    assert m and normalise_number(m.group(0)) == number


def test_two_spaces_or_a_sentence_before_a_bracket_make_no_number():
    assert NUMBER_RE.search("现印发  〔2023〕1号") is None
    assert NUMBER_RE.search("截至 2023年1号") is None


def test_a_notice_known_only_by_its_spaced_number_gets_its_government_and_title():
    doc = parse("h23d-heze-2023-1-green-lowcarbon-division-notice-part")
    assert doc.number == "菏政办字〔2023〕1号"
    assert doc.title == "关于印发菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案的通知"
    assert (doc.level, doc.government) == ("市", "山东省菏泽市")
    assert doc.cite_name == "菏政办字〔2023〕1号"


def test_the_short_name_a_notice_gives_the_text_it_issues_does_not_hide_it():
    body = ("为深入贯彻落实 《国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见》(国发 〔2022〕18号),"
            "经市政府同意,现将 《菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案》(以下简称 《方案》)印发给你们,"
            "请认真贯彻实施。")
    assert notice_title(body, None) == "关于印发菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案的通知"
    assert notice_title("现将《开封市推动制造业高质量发展实施方案》印发给你们，请认真贯彻执行。", "开封市人民政府") == \
        "开封市人民政府关于印发开封市推动制造业高质量发展实施方案的通知"


@pytest.mark.parametrize("heading", ["辽阳", "详细信息", "就业创业", "半年度(6月)政策汇编 乐清", "政务公开"])
def test_furniture_names_no_document(heading):
    assert not names_document(heading)


@pytest.mark.parametrize("heading", [
    "中华人民共和国民法典", "中华人民共和国安全生产法", "国务院办公厅对全国政协十届四次会议第4626号提案的答复",
    "2020年政府工作报告", "辽阳市小微企业、个体工商户扶持政策事项清单", "苏州工业园区支持服务业企业营收增长相关问答",
    "花山区科学技术奖励办法(暂行)",
])
def test_titles_laws_and_reports_name_documents(heading):
    assert names_document(heading)


@pytest.mark.parametrize("lines, title", [
    (["辽阳", "", "辽阳市小微企业、个体工商户扶持政策事项清单", "", "政策类别 序号 扶持政策事项 政策内容 政策依据 实施部门"],
     "辽阳市小微企业、个体工商户扶持政策事项清单"),
    (["详细信息", "保护区、姑苏区关于进一步推动经济高质量 发展的若干政策意见", "",
      "为深入学习贯彻习近平总书记对江苏、苏州工作重要讲话重要指示精神,进一步推动经济高质量发展,特制定以下政策意见。"],
     "保护区、姑苏区关于进一步推动经济高质量发展的若干政策意见"),
    (["就业创业", "", "苏州工业园区支持服务业企业营收增长相关问答", "", "一、支持对象有哪些?"],
     "苏州工业园区支持服务业企业营收增长相关问答"),
    # a title first stays the title: a heading under it does not replace it
    (["国务院办公厅关于推进政务新媒体健康有序发展的意见", "国办发〔2018〕123号", "各省、自治区、直辖市人民政府:"],
     "国务院办公厅关于推进政务新媒体健康有序发展的意见"),
])
def test_a_heading_that_names_no_document_gives_way_to_the_title_under_it(lines, title):
    assert read_header(lines).title == title


@pytest.mark.parametrize("stem, title", [
    ("h23d-liaoyang-2023-small-business-support-list-part", "辽阳市小微企业、个体工商户扶持政策事项清单"),
    ("h23d-suzhou-gusu-2025-economy-policies-part", "保护区、姑苏区关于进一步推动经济高质量发展的若干政策意见"),
    ("h23d-suzhou-sip-2025-service-revenue-award-qa-trad", "苏州工业园区支持服务业企业营收增长相关问答"),
])
def test_real_pages_are_cited_by_their_title_not_their_furniture(stem, title):
    doc = parse(stem)
    assert doc.title == title
    assert doc.cite_name not in ("辽阳", "详细信息", "就业创业", stem)


@pytest.mark.parametrize("title", [
    "富阳区关于推动经济高质量发展的若干政策", "保护区、姑苏区关于进一步推动经济高质量发展的若干政策意见",
])
def test_places_before_guan_yu_are_no_issuer(title):
    assert issuer_from_title(title) is None


@pytest.mark.parametrize("title, issuer", [
    ("天津市人民政府办公厅关于促进我市开发区改革和创新发展实施方案的通知", "天津市人民政府办公厅"),
    ("中共柳河县委柳河县人民政府关于支持重点产业加快发展的实施意见", "中共柳河县委柳河县人民政府"),
    ("国务院关于落实《政府工作报告》重点工作部门分工的意见", "国务院"),
])
def test_organs_before_guan_yu_are_the_issuer(title, issuer):
    assert issuer_from_title(title) == issuer


def test_a_kind_of_area_opening_a_list_of_places_is_no_district():
    found = government_of("保护区、姑苏区关于进一步推动经济高质量发展的若干政策意见", title=True)
    assert (found.level, found.county) == (Level.COUNTY, "姑苏区")
    assert government_of("姑苏区关于进一步推动经济高质量发展的若干政策意见", title=True).county == "姑苏区"
    doc = parse("h23d-suzhou-gusu-2025-economy-policies-part")
    assert (doc.issuer, doc.level, doc.government) == (None, "区县", "姑苏区")
    assert parse("h23d-fuyang-2025-economy-policies-draft-part").issuer is None


@pytest.mark.parametrize("title, county, city", [
    ("苏州工业园区支持服务业企业营收增长相关问答", "苏州工业园区", "苏州"),
    ("合肥高新区支持产业发展的若干政策", "合肥高新区", "合肥"),
])
def test_an_area_named_after_its_city_at_a_title_start_is_its_government(title, county, city):
    found = recovered_government(None, title, [title])
    assert (found.level, found.county, found.city) == (Level.COUNTY, county, city)


@pytest.mark.parametrize("line, source, published", [
    ("来源:辽阳市市场监管局      发布时间:2023-07-31", "辽阳市市场监管局", "2023-07-31"),
    ("时间: 2025-03-05 14:58:00 |来源: |浏览量:|字号:", None, "2025-03-05 14:58:00"),
    ("发布时间:2025-01-07 更新时间:2025-01-07", None, "2025-01-07"),
    ("发布时间:2023-7-03 | 杂志分类:其他", None, "2023-7-03"),
])
def test_a_pages_source_and_time_rows_are_read(line, source, published):
    fields = read_meta_table(["标题行", line, "", "正文第一句。"]).fields
    assert page_source(fields.get("source")) == source
    assert page_published(fields.get("published")) == published


@pytest.mark.parametrize("stem, source, published, date", [
    ("h23d-liaoyang-2023-small-business-support-list-part", "辽阳市市场监管局", "2023-07-31", "2023-07-31"),
    ("h23d-suzhou-sip-2025-service-revenue-award-qa-trad", None, "2025-03-05 14:58:00", "2025-03-05"),
    ("h23d-suzhou-gusu-2025-economy-policies-part", None, "2025-01-07", "2025-01-07"),
])
def test_real_pages_rows_fill_the_documents_page_facts(stem, source, published, date):
    doc = parse(stem)
    assert (doc.page_source, doc.published, doc.date, doc.issuer) == (source, published, date, None)


def _document(**facts) -> Document:
    opening = Clause(id="d#序言", doc_id="d", kind="preamble", text="为进一步推动经济高质量发展，特制定以下政策。")
    base = dict(doc_id="d", title="某区关于推动经济高质量发展的若干政策意见", short_title="某区意见", number=None,
                issuer=None, date=None, level="区县", region="某区", source="d.txt", sha256="x", clauses=[opening])
    return Document(**{**base, **facts})


def test_the_page_source_answers_who_put_it_out_not_who_issued_it():
    line = issue_line(_document(page_source="辽阳市市场监管局"), "这份清单是哪个部门发布的？")
    assert "没有写明发文机关" in line and "辽阳市市场监管局" in line
    assert issue_line(_document(), "是哪个部门发布的？") == "文件没有写明发文机关。"
    assert issue_line(_document(issuer="某区人民政府", page_source="某区融媒体中心"), "哪个部门发布的？") == "发文机关：某区人民政府"


def test_a_date_only_the_page_gives_is_its_publication_date_as_written():
    doc = _document(date="2025-01-07", published="2025-01-07")
    assert issue_line(doc, "是哪天发布的？") == "发布日期：2025年1月7日（页面：2025-01-07）"
    assert issue_line(_document(published="2023-7-03"), "哪天印发的？") == "发布日期：2023年7月3日（页面：2023-7-03）"
    assert issue_line(_document(), "哪天印发的？") == "文件没有写明印发日期。"


def test_a_signed_date_stays_the_issue_date_and_the_page_date_answers_publication():
    doc = _document(date="2006-10-18", published="2018年12月24日")
    assert issue_line(doc, "是哪天印发的？") == "印发日期：2006年10月18日"
    assert issue_line(doc, "是什么时候发布的？") == "印发日期：2006年10月18日；发布日期：2018年12月24日（页面：2018年12月24日）"
