"""Corpus parsing: the two shipped documents in detail, unseen structures, malformed files."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest

from assistant.corpus import CorpusError, load_corpus, load_document
from assistant.corpus.model import Document
from assistant.lexicon.units import canonical_unit, find_units

CORPUS = Path(__file__).resolve().parents[1] / "index" / "corpus"
GUOFA = CORPUS / "guofa-2013-32.txt"
ZHEJIANG = CORPUS / "zhejiang-2014-info-consumption.txt"


@pytest.fixture(scope="module")
def guofa() -> Document:
    return load_document(GUOFA)


@pytest.fixture(scope="module")
def zhejiang() -> Document:
    return load_document(ZHEJIANG)


def leaf(doc: Document, part: str):
    return next(c for c in doc.clauses if c.id == f"{doc.doc_id}#{part}")


def rows(doc: Document) -> dict[int, object]:
    return {c.annex_row: c for c in doc.clauses if c.kind == "annex_row"}


# --- metadata ---------------------------------------------------------------

def test_guofa_metadata(guofa):
    assert guofa.title == "国务院关于促进信息消费扩大内需的若干意见"
    assert guofa.number == "国发〔2013〕32号"
    assert guofa.cite_name == "国发〔2013〕32号"
    assert (guofa.issuer, guofa.date, guofa.level, guofa.region) == ("国务院", "2013-08-08", "国家", None)
    assert guofa.source == "guofa-2013-32.txt" and len(guofa.sha256) == 64


def test_zhejiang_metadata_without_title_line(zhejiang):
    assert zhejiang.title == "浙江省人民政府办公厅关于促进信息消费扩大内需的实施意见"
    assert zhejiang.number is None  # it only *cites* 国发〔2013〕32号
    assert zhejiang.short_title == zhejiang.cite_name == "浙江实施意见"
    assert (zhejiang.issuer, zhejiang.date, zhejiang.level, zhejiang.region) == (
        "浙江省人民政府办公厅", "2014-01-22", "省", "浙江")


def test_leaf_counts(guofa, zhejiang):
    assert Counter(c.kind for c in guofa.clauses) == {"annex_row": 77, "clause": 25, "preamble": 1, "closing": 1}
    kinds = Counter(c.kind for c in zhejiang.clauses)
    assert kinds["preamble"] == 1 and kinds["clause"] == 5 and kinds["item"] == 89
    for doc in (guofa, zhejiang):
        assert len({c.id for c in doc.clauses}) == len(doc.clauses)


# --- noise and completeness -------------------------------------------------

NOISE = ("法宝引证码", "原文链接", "pkulaw", "附件下载", "此件公开发布", "序号工作任务")


@pytest.mark.parametrize("path", [GUOFA, ZHEJIANG])
def test_noise_stripped(path):
    doc = load_document(path)
    for c in doc.clauses:
        assert not any(n in c.text for n in NOISE), c.id
        assert not re.search(r"(^|\n)\s*\|\s*($|\n)", c.text)


def _cjk(text: str) -> str:
    """CJK only, without the column labels annex rows add."""
    return re.sub(r"[^\u4e00-\u9fff]", "", re.sub("；(?:负责部门|时间进度)：", "", text))


@pytest.mark.parametrize("path", [GUOFA, ZHEJIANG])
def test_no_text_lost(path):
    doc = load_document(path)
    leaves = _cjk("".join(c.text for c in doc.clauses))
    metadata = {doc.title, _cjk(doc.issuer or "")}
    runs = {r for line in path.read_text("utf-8").splitlines() for r in re.findall(r"[\u4e00-\u9fff]{20,}", line)}
    lost = [r for r in runs if r not in leaves and r not in metadata]
    assert not lost


# --- guofa structure ----------------------------------------------------------

def test_guofa_clauses(guofa):
    goals = leaf(guofa, "（三）")
    assert (goals.kind, goals.chapter, goals.clause, goals.clause_title) == ("clause", "一、总体要求", "（三）", "主要目标")
    assert "3.2万亿元" in goals.text and "信息消费市场健康活跃" in goals.text  # multi-paragraph, unsplit
    principles = leaf(guofa, "（二）")
    assert principles.clause_title == "基本原则" and principles.text.count("\n") == 2
    tax = leaf(guofa, "（二十一）")
    assert tax.clause_title == "加大财税政策支持力度" and tax.chapter == "七、完善支持政策"
    assert tax.context.startswith("七、完善支持政策 （二十一）加大财税政策支持力度 完善高新技术企业")
    assert leaf(guofa, "序言").text.startswith("各省、自治区、直辖市人民政府")
    closing = leaf(guofa, "结尾")
    assert closing.text.startswith("各地区、各部门要按照本意见的要求") and "附件：" in closing.text
    assert leaf(guofa, "（二十五）").text.endswith("优惠政策。")


def test_guofa_targets(guofa):
    targets = {(t.measure, t.value, t.unit): t for t in leaf(guofa, "（三）").targets}
    assert targets[("信息消费规模", "3.2", "万亿元")].year == 2015
    assert ("年均增长", "20", "%") in targets
    assert ("城市家庭宽带接入能力", "20", "Mbps") in targets
    assert ("农村家庭宽带接入能力", "4", "Mbps") in targets
    assert ("行政村通宽带比例", "95", "%") in targets


# --- guofa annex ---------------------------------------------------------------

EXPECTED_ROWS = {
    1: ("发布并落实“宽带中国”战略及实施方案",
        ["发展改革委", "工业和信息化部", "财政部", "科技部", "环境保护部", "住房城乡建设部", "交通运输部", "国资委",
         "税务总局", "新闻出版广电总局"], "2013年第三季度", "一、加快信息基础设施演进升级"),
    9: ("组建中国广播电视网络公司", ["新闻出版广电总局", "财政部"], "2014年底前完成", "一、加快信息基础设施演进升级"),
    21: ("统筹云计算基础设施布局，积极推动云计算服务商业化运营，支持云计算服务创新和商业模式创新",
         ["发展改革委", "工业和信息化部"], "2013年年底前启动", "三、培育信息消费需求"),
    26: ("实施北斗导航安全工程，在金融、电力、电信、公安等国家安全重要行业和领域的时频系统，分阶段推行北斗及其兼容产品的应用",
         ["发展改革委", "财政部", "工业和信息化部", "国防科工局", "能源局", "银监会", "公安部"],
         "2013年研究，2014年启动", "三、培育信息消费需求"),
    29: ("支持建设农村、社区、学校、机关的物流快递配送点", ["各地政府", "发展改革委", "财政部", "商务部", "邮政局"],
         "2013年年底前启动", "三、培育信息消费需求"),
    32: ("加快北京、上海、重庆、浙江、深圳五个地区的跨境电子商务支付业务试点", ["外汇局"], "持续实施", "三、培育信息消费需求"),
    42: ("加快推进国家政务信息化工程建设，建立完善国家基础信息资源和政务信息资源，推动社会化开放利用",
         ["各有关部门", "发展改革委"], "成熟一项、启动一项", "四、提升公共服务信息化水平"),
    44: ("推动远程医疗和居民健康卡建设，建立电子病历、居民电子健康档案并实现跨医院、跨区域的互认共享",
         ["卫生计生委", "中医药局", "人力资源社会保障部", "发展改革委", "工业和信息化部", "财政部", "科技部"],
         "2013年年底前启动，2013-2015年滚动实施", "四、提升公共服务信息化水平"),
    50: ("建立政府公共服务信息平台和一体化社区信息服务站，提供多渠道服务",
         ["各省、自治区、直辖市人民政府", "民政部", "公安部", "发展改革委", "工业和信息化部", "财政部"],
         "2013年年底前启动，2013-2015年滚动实施", "四、提升公共服务信息化水平"),
    62: ("对涉及信息消费的其他审批、核准、备案等行政审批事项评估清理，最大限度缩小范围",
         ["中央编办", "工业和信息化部", "法制办"], "2013年年底前再下放一批", "六、完善支持政策"),
    64: ("完善高新技术企业认定管理办法，经认定为高新技术企业的互联网企业依法享受相应的所得税税率",
         ["财政部", "科技部", "税务总局"], "2013年年底前启动", "六、完善支持政策"),
    77: ("在有条件的城市开展信息消费试点示范市（县、区）建设", ["工业和信息化部", "有关地方政府"],
         "2013年第三季度启动", "六、完善支持政策"),
}


@pytest.mark.parametrize("number", sorted(EXPECTED_ROWS))
def test_guofa_annex_rows_exact(guofa, number):
    task, units, deadline, group = EXPECTED_ROWS[number]
    row = rows(guofa)[number]
    assert row.id == f"guofa-2013-32#附件第{number}项"
    assert (row.units, row.deadline, row.annex_group) == (units, deadline, group)
    assert row.lead_units == units[:1]
    assert row.text.startswith(f"{task}；负责部门：") and row.text.endswith(f"；时间进度：{deadline}")
    unit_column = row.text.split("；负责部门：")[1].split("；时间进度：")[0]
    assert all(unit in unit_column for unit in units)
    assert row.chapter == "促进信息消费扩大内需重点任务分工及时间进度"


def test_guofa_annex_all_rows_whole(guofa):
    annex = rows(guofa)
    assert sorted(annex) == list(range(1, 78))
    groups = [c.annex_group for c in annex.values()]
    assert len(set(groups)) == 6 and groups[0].startswith("一、") and groups[-1].startswith("六、")
    for number, row in annex.items():
        task = row.text.split("；负责部门：")[0]
        assert len(task) >= 8 and row.units and row.deadline, number
        assert not re.search(r"序号|工作任务|[一二三四五六]、", row.text), number
        assert re.fullmatch(r"(\d{4}.*|持续实施|持续推进|成熟一项、启动一项)", row.deadline), number
        assert all(u in row.text for u in row.units)
    # rows 40 and 47 wrap mid-word right before their department column
    assert annex[40].text.startswith("启动政务信息共享国家示范省市建设工作；")
    assert annex[47].units[0] == "人力资源社会保障部"
    assert annex[53].units == ["财政部", "发展改革委", "各省、自治区、直辖市人民政府"]
    # the unit column keeps its wording: who leads (会同) and that the list is open (等)
    assert "负责部门：中央编办会同工业和信息化部、法制办等有关部门；" in annex[62].text
    assert "负责部门：人民银行等；" in annex[46].text


# --- zhejiang: one-line document ------------------------------------------------

def test_zhejiang_structure(zhejiang):
    goals = leaf(zhejiang, "（二）")
    assert (goals.chapter, goals.clause_title) == ("一、指导思想和主要目标", "主要目标")
    item = leaf(zhejiang, "（九）4")  # `4.2014年一季度启动…` is item 4, text starting with 2014
    assert item.text.startswith("2014年一季度启动制订浙江省卫星导航产业发展专项规划")
    assert item.deadline == "2014年一季度启动"
    assert leaf(zhejiang, "（九）5").text.startswith("发展地理信息产业")
    assert leaf(zhejiang, "（二十六）1").text.startswith("2014年一季度启动制订信息消费的统计分类")
    lead_in = leaf(zhejiang, "（十二）")  # a clause with body text but no numbered items
    assert lead_in.kind == "clause" and lead_in.clause_title == "引导企业加大信息消费"
    assert lead_in.units == ["省经信委", "省发改委", "省科技厅", "省财政厅"]
    assert leaf(zhejiang, "（三）1").clause_title == "加快固定宽带网络演进升级"
    assert leaf(zhejiang, "（三）1").chapter == "二、实施“宽带浙江”战略,构建下一代信息基础设施"


def test_zhejiang_units(zhejiang):
    assert leaf(zhejiang, "（十一）2").units == ["省外汇管理局"]
    assert leaf(zhejiang, "（四）1").units == ["省经信委", "省通信管理局", "省发改委", "杭州市政府", "宁波市政府", "温州市政府"]
    assert leaf(zhejiang, "（四）1").lead_units == ["省经信委"]
    assert leaf(zhejiang, "（二十四）2").units == ["省国土资源厅", "省建设厅", "各市、县（市、区）政府"]
    assert leaf(zhejiang, "（三）3").units == ["省发改委", "省经信委", "省通信管理局"]  # trailing 等 dropped
    assert "浙江证监局" in leaf(zhejiang, "（二十三）1").units
    # every (责任单位:…) belongs to exactly one leaf
    raw = ZHEJIANG.read_text("utf-8")
    assert sum(c.text.count("责任单位") for c in zhejiang.clauses) == raw.count("责任单位")
    assert all(c.units for c in zhejiang.clauses if c.kind == "item")


def test_zhejiang_targets(zhejiang):
    targets = {(t.measure, t.value, t.unit) for t in leaf(zhejiang, "（二）").targets}
    assert {("信息消费规模", "3500", "亿元"), ("农村家庭宽带接入能力", "8", "Mbps"),
            ("行政村宽带通达率", "100", "%"), ("城市家庭宽带接入能力", "30", "Mbps")} <= targets


def test_decimal_numbers_do_not_split(guofa, zhejiang):
    assert all(not c.text.startswith("2万亿元") for c in guofa.clauses)
    assert not any(c.item == "3" and c.clause == "（三）" for c in guofa.clauses)


# --- departments -------------------------------------------------------------------

def test_department_names():
    assert find_units("工信部和发改委分别负责什么") == ["工业和信息化部", "发展改革委"]
    assert find_units("省发改委和省经信委牵头哪些任务") == ["省发改委", "省经信委"]
    assert find_units("央行、外管局和网信办") == ["人民银行", "外汇局", "国家互联网信息办公室"]
    assert find_units("省外汇管理局负责什么") == ["省外汇管理局"]
    assert find_units("人行杭州中心支行和杭州海关") == ["人行杭州中心支行", "杭州海关"]
    assert canonical_unit("国家发展改革委") == canonical_unit("国家发改委") == "发展改革委"
    assert canonical_unit("浙江省经信委", region="浙江") == "省经信委"
    assert canonical_unit("经信委") == "省经信委"
    assert canonical_unit("人社部") == "人力资源社会保障部"
    assert canonical_unit("广电总局") == "新闻出版广电总局"


# --- unseen documents ---------------------------------------------------------------

MEASURES = """杭州市数据资源管理办法

（杭政办〔2020〕5号）

第一章 总则
第一条 为了规范数据资源管理，促进数据共享开放，根据有关法律法规，结合本市实际，制定本办法。
第二条 本办法适用于本市行政区域内数据资源的采集、共享和开放。
第二章 职责分工
第三条 市大数据局负责全市数据资源管理工作。市发展改革委、市财政局按照各自职责做好相关工作。
第四条 数据资源管理应当遵循下列原则：
（一）统筹规划；
（二）安全可控。
第三章 附则
第五条 本办法自2020年3月1日起施行。

杭州市人民政府
2020年2月1日
"""


def test_unseen_article_document(tmp_path):
    path = tmp_path / "hz-data.txt"
    path.write_text(MEASURES, encoding="gb18030")  # and not utf-8
    doc = load_document(path)
    assert (doc.title, doc.number, doc.date) == ("杭州市数据资源管理办法", "杭政办〔2020〕5号", "2020-02-01")
    assert (doc.issuer, doc.level, doc.region, doc.short_title) == ("杭州市人民政府", "市", "杭州", "杭州管理办法")
    articles = [c for c in doc.clauses if c.kind == "article"]
    assert [c.clause for c in articles] == ["第一条", "第二条", "第三条", "第四条", "第五条"]
    fourth = leaf(doc, "第四条")
    assert fourth.chapter == "第二章 职责分工" and "（一）统筹规划" in fourth.text and "（二）安全可控" in fourth.text
    assert leaf(doc, "第五条").chapter == "第三章 附则"
    assert not any("杭州市人民政府" in c.text for c in doc.clauses)


def _docx(path: Path) -> None:
    from docx import Document as Docx

    d = Docx()
    for text in ["浙江省经济和信息化厅关于印发数字经济重点任务分工的通知", "浙经信〔2021〕8号", "各市经信局：",
                 "一、总体要求", "(一)工作目标。到2022年，数字经济核心产业增加值达到8000亿元。",
                 "二、重点任务", "（二）推进数字基础设施建设。",
                 "1．加快5G网络建设。（牵头单位：省通信管理局；责任单位：省经信厅、省发改委）",
                 "2．推进数据中心建设。(责任单位:省发改委)", "浙江省经济和信息化厅", "2021年3月5日",
                 "附件", "数字经济重点任务分工表"]:
        d.add_paragraph(text)
    table = d.add_table(rows=5, cols=4)
    cells = [["序号", "工作任务", "责任单位", "完成时限"], ["一、基础设施", "", "", ""],
             ["1", "建设5G基站2万个", "省通信管理局、省经信厅", "2021年底前"],
             ["2", "推进工业互联网平台建设", "省经信厅", "持续推进"],
             ["3", "开展数据安全检查", "省委网信办、省公安厅", "2021年6月底前完成"]]
    for r, values in enumerate(cells):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    first = table.rows[1].cells
    first[0].merge(first[3]).text = "一、基础设施"
    d.save(str(path))


def test_unseen_docx_with_table(tmp_path):
    path = tmp_path / "zj-digital.docx"
    _docx(path)
    doc = load_document(path)
    assert doc.number == "浙经信〔2021〕8号" and doc.level == "省" and doc.region == "浙江"
    assert doc.short_title == "浙江通知" and doc.date == "2021-03-05"
    goal = leaf(doc, "（一）")
    assert goal.clause_title == "工作目标" and goal.targets[0].value == "8000" and goal.targets[0].year == 2022
    first = leaf(doc, "（二）1")
    assert first.units == ["省通信管理局", "省经信厅", "省发改委"] and first.lead_units == ["省通信管理局"]
    annex = {c.annex_row: c for c in doc.clauses if c.kind == "annex_row"}
    assert sorted(annex) == [1, 2, 3]
    assert annex[1].text == "建设5G基站2万个；负责部门：省通信管理局、省经信厅；时间进度：2021年底前"
    assert annex[1].annex_group == "一、基础设施" and annex[1].chapter == "数字经济重点任务分工表"
    assert annex[3].units == ["省委网信办", "省公安厅"] and annex[3].deadline == "2021年6月底前完成"


def test_html_drops_script_and_style(tmp_path):
    path = tmp_path / "notice.html"
    path.write_text(
        "<html><head><style>p{color:red}</style><script>var secret = 1;</script></head><body>"
        "<h1>宁波市人民政府关于加快发展数字经济的若干意见</h1><p>各区县（市）人民政府：</p>"
        "<p>一、加快基础设施建设</p><p>(一)推进光纤网络。到2025年，家庭宽带接入能力达到每秒1000兆比特(Mbps)。</p>"
        "</body></html>", encoding="utf-8")
    doc = load_document(path)
    assert doc.title == "宁波市人民政府关于加快发展数字经济的若干意见" and doc.level == "市"
    assert not any("secret" in c.text or "color" in c.text for c in doc.clauses)
    assert leaf(doc, "一（一）").targets[0].value == "1000"  # （一） under the only chapter cites with it


def test_both_bracket_styles(tmp_path):
    path = tmp_path / "brackets.txt"
    path.write_text("某省关于测试的通知\n一、总体要求\n(一)第一条款内容很长需要写足够多的字。\n（二）第二条款内容也很长需要写足够多的字。\n"
                    "(1)子项一内容；\n(2)子项二内容。\n", encoding="utf-8")
    doc = load_document(path)
    assert [c.clause for c in doc.clauses] == ["（一）", "（二）", "（二）"]  # 第一条款 is no article
    assert [c.id.split("#")[1] for c in doc.clauses] == ["一（一）", "一（二）（1）", "一（二）（2）"]
    assert doc.clauses[-1].kind == "subitem" and doc.clauses[-1].clause_title == "第二条款内容也很长需要写足够多的字"


# --- corpus loading and malformed input ---------------------------------------------

def test_load_corpus_sorted_and_duplicate_ids(tmp_path):
    docs = load_corpus([CORPUS, tmp_path / "missing"])
    assert [d.doc_id for d in docs] == ["guofa-2013-32", "zhejiang-2014-info-consumption"]
    (tmp_path / "guofa-2013-32.txt").write_text(MEASURES, encoding="utf-8")
    with pytest.raises(CorpusError, match="文件编号重复：'guofa-2013-32'"):
        load_corpus([CORPUS, tmp_path])


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "文件为空"),
    ("blank.txt", b"  \n\n ", "文件为空"),
    ("garbage.txt", os.urandom(4000), "二进制|解码"),
    ("english.txt", b"just some english text, no policy here", "没有中文"),
    ("table.xlsx", b"PK\x03\x04", "不支持的文件类型"),
    ("broken.docx", b"not a zip at all", "无法作为 docx 读取"),
    ("broken.pdf", b"%PDF-1.4 nonsense", "无法作为 pdf 读取|没有中文|文件为空"),
])
def test_malformed_files(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CorpusError, match=reason) as excinfo:
        load_document(path)
    assert name in str(excinfo.value)


def test_a_legal_database_page_table_in_square_brackets():
    """【发布单位】 / 【发布文号】 / 【发布日期】 rows above the title (a law site's repost): the table's fields, so
    the row 【发布单位】山西省 is no title and the 文号 and date standing only there are read."""
    from assistant.corpus.parser import parse_text

    text = ("【发布单位】山西省\n  【发布文号】晋政发[2008]8号\n  【发布日期】2008-02-03\n  【生效日期】2008-02-03\n"
            "  【失效日期】\n  【所属类别】政策参考\n  【文件来源】山西省\n\n"
            "山西省人民政府关于印发2008年省人民政府工作目标责任分解的通知\n\n(晋政发[2008]8号)\n\n"
            "各市、县人民政府,省人民政府各委、厅,各直属机构:\n现将2008年省人民政府工作目标责任分解安排如下:\n"
            "一、孟学农省长负责的工作\n全面负责省人民政府工作任务的落实。\n(一)省监察厅牵头的工作\n加强行政监察工作。\n")
    doc = parse_text(text, "d", "d.txt", "0")
    assert doc.title == "山西省人民政府关于印发2008年省人民政府工作目标责任分解的通知"
    assert doc.number == "晋政发〔2008〕8号" and doc.date == "2008-02-03" and doc.issuer == "山西省人民政府"
    assert [c.path for c in doc.clauses] == ["序言", "一", "一（一）"]
