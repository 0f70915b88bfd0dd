"""Metadata of real published documents: title, 文号, issuer, government and level, dates, furniture.

Expected values are the ones eval/real/SOURCES.tsv records for each development document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus.loader import read_text
from assistant.corpus.cleaning import split_glued_title
from assistant.corpus.metadata import (
    approving_government,
    fuller_issuer,
    issuer_government,
    read_header,
    joint_issuer,
    notice_title,
    read_meta_table,
    self_named_title,
)
from assistant.corpus.model import Document
from assistant.corpus.parser import parse_text
from assistant.lexicon.regions import Level, government_of, placed_in_text

DEV = Path(__file__).resolve().parents[1] / "eval" / "real" / "docs" / "dev"


def parse(name: str) -> Document:
    path = DEV / name
    return parse_text(read_text(path), path.stem, path.name, "")


@pytest.mark.parametrize("name, title, number, level, government, date", [
    ("guobanfa-2018-123-gov-new-media.txt", "国务院办公厅关于推进政务新媒体健康有序发展的意见", "国办发〔2018〕123号",
     "国家", None, "2018-12-07"),
    ("guobanfa-1996-2-earthquake-key-zones.txt",
     "国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知", "国办发〔1996〕2号",
     "国家", None, "1996-02-05"),
    ("neimenggu-2013-gov-work-rules-part.txt", "内蒙古自治区人民政府关于印发《内蒙古自治区人民政府工作规则》的通知",
     "内政发〔2013〕62号", "省", "内蒙古自治区", "2013-07-02"),
    ("ankang-hanyin-2021-agri-funds-notice.txt",
     "汉阴县人民政府办公室关于印发《汉阴县过渡期统筹整合使用财政涉农资金管理办法》的通知", "汉政办发〔2021〕88号",
     "区县", "汉阴县", "2021-09-28"),
    ("dongguan-2021-employment-trad-part.txt",  # traditional script, read in simplified script
     "东莞市人民政府关于贯彻落实《广东省进一步稳定和扩大就业若干政策措施》的实施意见", "东府〔2021〕54号",
     "市", "广东省东莞市", None),
    ("guizhou-2012-special-funds-trad-part.txt",  # a repost line: 文号《title》
     "贵州省人民政府办公厅关于印发〈贵州省省级财政专项资金管理办法〉和〈贵州省省级财政资金审批管理办法(暂行)〉的通知",
     "黔府办发〔2012〕34号", "省", "贵州省", "2012-07-21"),
    ("shenzhen-nanshan-2024-industry-fund-part.txt",
     "深圳市南山区人民政府关于印发《南山区促进产业高质量发展专项资金管理办法》等产业扶持政策的通知", None,
     "区县", "广东省深圳市南山区", "2024-03-26"),
    ("shaoxing-shengzhou-2022-industry-policy-trad-part.txt",  # site name line above breadcrumbs
     "加快推进工业经济高质量发展若干政策", None, "区县", "嵊州市", "2022-12-19"),
    ("liuhe-2023-key-industries.txt",  # issuer line, then the 关于… line
     "中共柳河县委柳河县人民政府关于支持重点产业加快发展的实施意见", None, "区县", "柳河县", "2023-02-08"),
    ("xuancheng-2020-health-plan-meeting-notice.html",
     "关于召开《健康宣城行动实施方案(代拟稿)》征求意见会的预通知", None, "市", "安徽省宣城市", "2020-10-21"),
    ("shanxi-2018-resident-income-plan-part.pdf",  # no title line: the notice says 现将《…》印发给你们
     "山西省人民政府关于印发山西省激发重点群体活力带动城乡居民增收的实施方案的通知", "晋政发〔2018〕13号",
     "省", "山西省", "2018-03-27"),
    ("kunming-guandu-2016-stabilize-growth-part.txt",  # no title at all: 结合官渡区实际,特制定如下政策措施
     "官渡区政策措施", None, "区县", "官渡区", None),
    ("beijing-daxing-core-team-reward-draft.txt",  # the city from 北京市大兴区新兴产业促进服务中心 in 第七条
     "大兴区核心团队奖励和服务办法(征求意见稿)", None, "区县", "北京市大兴区", None),
    ("shandong-2014-budget-reform-part.docx",
     "山东省人民政府关于深化预算管理制度改革的实施意见", "鲁政发〔2014〕20号", "省", "山东省", None),
    ("chengdu-2024-community-services-plan-part.txt",
     "成都市发展和改革委员会中共成都市委社会工作部成都市规划和自然资源局成都市住房和城乡建设局"
     "关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知", None, "市", "四川省成都市", None),
    ("guobanhan-2004-71-sichuan-reply.txt", "国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函",
     "国办函〔2004〕71号", "国家", None, "2004-10-15"),
    ("guobanfa-1996-25-abandoned-chemical-weapons.txt",
     "国务院办公厅、中央军委办公厅关于加强对侵华日军遗弃化学武器调查和管理工作的通知", "国办发〔1996〕25号",
     "国家", None, "1996-06-29"),
    ("jinhua-wucheng-2025-economy-measures-part.txt",
     "金华市婺城区人民政府关于印发关于推动经济高质量发展若干政策举措(2025年版)的通知", None,
     "区县", "浙江省金华市婺城区", "2025-04-01"),
])
def test_dev_document_metadata(name, title, number, level, government, date):
    doc = parse(name)
    assert (doc.title, doc.number, doc.level, doc.government, doc.date) == (title, number, level, government, date)


@pytest.mark.parametrize("name, issuer, form", [
    ("liuhe-2023-key-industries.txt", "中共柳河县委、柳河县人民政府", "实施意见"),  # joint issuers on one line
    ("chengdu-2024-community-services-plan-part.txt",  # four departments, then 关于…, on the title line
     "成都市发展和改革委员会、中共成都市委社会工作部、成都市规划和自然资源局、成都市住房和城乡建设局", "通知"),
    ("maanshan-huashan-sci-tech-award-part.txt", "花山区人民政府", "办法"),  # 已经区政府第116次常务会议研究同意
    ("xuancheng-2020-health-plan-meeting-notice.html", "宣城市卫生健康委员会", "通知"),  # 发布机构 on an html page
    ("guizhou-2012-special-funds-trad-part.txt", "贵州省人民政府办公厅", "通知"),
    ("shaoxing-shengzhou-2022-industry-policy-trad-part.txt", "嵊州市人民政府", "若干政策"),
    ("guobanhan-2004-71-sichuan-reply.txt", "国务院办公厅", "函"),
    ("kunming-guandu-2016-stabilize-growth-part.txt", None, "政策措施"),
])
def test_dev_document_issuer_and_form(name, issuer, form):
    doc = parse(name)
    assert (doc.issuer, doc.form) == (issuer, form)


def test_traditional_script_government_is_read_in_simplified_script():
    assert government_of("貴州省人民政府辦公廳").name == "贵州省"
    assert government_of("東莞市人民政府").name == "广东省东莞市"
    doc = parse("guizhou-2012-special-funds-trad-part.txt")
    assert (doc.region, doc.level, doc.short_title) == ("贵州", "省", "贵州通知")


def test_furniture_leaves_no_leaf():
    for name in ("guobanfa-2018-123-gov-new-media.txt", "neimenggu-2013-gov-work-rules-part.txt",
                 "shaoxing-shengzhou-2022-industry-policy-trad-part.txt", "xuancheng-2020-health-plan-meeting-notice.html",
                 "shenzhen-nanshan-2024-industry-fund-part.txt"):
        text = "\n".join(c.text for c in parse(name).clauses)
        for furniture in ("扫一扫", "索引号", "索 引 号", "主题分类", "浏览次数", "当前的位置", "所在的位置", "次浏览", "信息来源"):
            assert furniture not in text, (name, furniture)


def test_meta_table_layouts():
    tab = ["索 引 号：\t000014349/2018-00221\t主题分类：\t综合政务\\政务公开", "发文机关：\t国务院办公厅\t成文日期：\t2018年12月07日"]
    spaced = ["发布机构 自治区人民政府 文  号 内政发〔2013〕62号"]
    piped = ["文号 | 汉政办发〔2021〕88号 | 成文日期: | 2021年09月28日 |"]
    assert read_meta_table(tab).fields == {"issuer": "国务院办公厅", "date": "2018年12月07日"}
    assert read_meta_table(spaced).fields == {"publisher": "自治区人民政府", "number": "内政发〔2013〕62号"}
    assert read_meta_table(piped).fields == {"number": "汉政办发〔2021〕88号", "date": "2021年09月28日"}
    # h33d-zhenba-2024-7-county-gov-work-rules-part: a bulleted vertical table, each label alone on its line
    bulleted = ["• 发文字号:", "镇政发〔2024〕7号", "• 发文日期:", "2024年04月06日 16:40", "• 有效性:", "• 发布日期:", "2024年04月06日 16:34"]
    assert read_meta_table(bulleted).fields == {"number": "镇政发〔2024〕7号", "date": "2024年04月06日 16:40",
                                                "published": "2024年04月06日 16:34"}
    assert read_meta_table(["为贯彻落实……，制定本办法。"]).lines == set()
    # h35d-youxi: rows as a list with hyphen bullets, one label joined to another by a slash
    dashed = ["- 索 引 号: SM11100-0100-2022-00045", "- 备注/文号: 尤政文〔2022〕94号", "- 发布机构: 尤溪县人民政府",
              "- 公文生成日期: 2022-06-06"]
    assert read_meta_table(dashed).fields == {"number": "尤政文〔2022〕94号", "publisher": "尤溪县人民政府",
                                              "published": "2022-06-06"}


def test_a_page_of_rows_in_traditional_script_names_its_county():
    doc = parse("h35d-youxi-2022-94-trade-service-enterprise-awards-trad-part.txt")
    assert (doc.number, doc.region, doc.level, doc.date) == ("尤政文〔2022〕94号", "尤溪县", "区县", "2022-06-06")


def test_a_title_after_its_number_and_a_mirrors_stray_signature_line():
    """h35d-qianxian: a site's accessibility widget (是否打开信息无障碍浏览 / 确定 取消) above a title printed after
    its 文号, and a signature line the mirror replaced with unrelated words (江南国际收益): the title and 文号 are
    read apart, the widget is furniture, the stray line signs nothing and the table's 发布机构 names the county —
    乾县, not the 干县 OpenCC's table makes of it."""
    doc = parse("h35d-qianxian-2021-36-trade-enterprise-award-measures-part.txt")
    assert doc.title == "关于印发《乾县培育扶持商贸企业奖励办法》的通知" and doc.number == "乾政办发〔2021〕36号"
    assert (doc.issuer, doc.region, doc.level) == ("乾县", "乾县", "区县")
    assert government_of("乾县").name == "乾县" and government_of("東莞市人民政府").name == "广东省东莞市"


def test_validity_reaches_the_document():
    doc = parse("liuhe-2023-key-industries.txt")  # 第26条 本政策自发布之日起施行，暂定三年有效期
    assert (doc.effective_date, doc.validity_years, doc.expiry_date) == ("2023-02-08", 3, "2026-02-07")
    doc = parse("guobanfa-2018-124-cultural-enterprises.txt")
    assert (doc.effective_date, doc.expiry_date) == ("2019-01-01", "2023-12-31")


def test_government_hierarchy():
    assert government_of("深圳市南山区人民政府").name == "广东省深圳市南山区"
    assert government_of("金华市婺城区人民政府").level == Level.COUNTY
    assert government_of("中共柳河县委 柳河县人民政府").name == "柳河县"
    assert government_of("成都市发展和改革委员会").name == "四川省成都市"
    assert government_of("浙江省人民政府办公厅").level == Level.PROVINCE
    assert government_of("国务院办公厅").level == Level.NATIONAL
    assert government_of("自治区人民政府").level == Level.OTHER  # no place named
    assert government_of("上思县统筹整合使用财政涉农资金暂行管理办法", title=True).name == "上思县"


def test_title_and_issuer_from_the_opening_sentences():
    shanxi = "各市、县人民政府,省人民政府各委、办、厅、局:\n现将《山西省激发重点群体活力带动城乡居民增收的实施方案》印发给你们,请认真组织实施。"
    assert notice_title(shanxi, "山西省人民政府") == "山西省人民政府关于印发山西省激发重点群体活力带动城乡居民增收的实施方案的通知"
    huashan = "濮塘镇、各街道、区政府各部门、各有关单位:\n《花山区科学技术奖励办法(暂行)》已经区政府第116次常务会议研究同意,现予印发,请各单位遵照执行。"
    assert notice_title(huashan, None) == "关于印发花山区科学技术奖励办法(暂行)的通知"
    assert approving_government(huashan, government_of("花山区科学技术奖励办法(暂行)", title=True)) == "花山区人民政府"
    assert approving_government(huashan, government_of("某市科学技术奖励办法", title=True)) is None  # 区 ≠ a city
    guandu = "根据《昆明市人民政府关于印发昆明市稳增长促发展若干政策措施的通知》(昆政发〔2016〕13号),结合官渡区实际,特制定如下政策措施。"
    assert self_named_title(guandu) == "官渡区政策措施"
    assert self_named_title("结合我省实际,制定本实施意见。") is None  # no place named
    assert notice_title("为加强管理，制定本办法。", "某市人民政府") is None


def test_joint_issuers_stay_apart():
    assert joint_issuer("中共柳河县委 柳河县人民政府") == "中共柳河县委、柳河县人民政府"
    assert joint_issuer("国 务 院") == "国务院"  # a name spaced out by a PDF
    assert joint_issuer("国务院办公厅") == "国务院办公厅"


def test_county_placed_under_the_city_the_text_names():
    daxing = government_of("大兴区核心团队奖励和服务办法", title=True)
    assert daxing.name == "大兴区"
    placed = placed_in_text(daxing, "第七条北京市大兴区新兴产业促进服务中心负责统筹评分")
    assert (placed.name, placed.level, placed.region) == ("北京市大兴区", Level.COUNTY, "大兴区")
    assert placed_in_text(daxing, "第八条区财政局负责提供资金保障。") == daxing  # not named: left as it is


def test_a_number_under_a_summary_paragraph_is_the_documents_own():
    doc = parse("tianjin-2017-dev-zones-plan-part.txt")  # title, 导读：…, then the 文号 on its own line
    assert doc.number == "津政办函〔2017〕103号"


def test_a_text_that_calls_its_government_我市_is_placed_by_the_city_it_names():
    doc = parse("guangzhou-talent-gathering-opinions.txt")  # no issuer; 我市/全市 throughout, 广州市 named
    assert (doc.level, doc.government) == (Level.CITY, "广东省广州市")


def test_a_county_is_taken_from_结合X实际_even_with_a_one_character_name():
    doc = parse("panxian-investment-incentives-part.txt")  # 结合盘县实际,特制定本办法; 我县
    assert doc.level == Level.COUNTY and doc.region == "盘县"


def test_places_inside_book_title_marks_are_other_documents():
    from assistant.corpus.metadata import government_from_text
    body = "我省要求……全省推进。根据《中共浙江省委关于…的决定》和《江苏省…办法》，我省各地……"
    assert government_from_text(body).level == Level.OTHER  # two provinces cited: neither is its own
    # one province cited and none named outside 《》: a 我省 text's own (see test_scope_government); a city's
    # title cited (广州市) is of another level and does not count
    body = "我省要求……全省推进。根据《中共浙江省委关于…的决定》和《广州市…办法》，我省各地……"
    assert government_from_text(body).name == "浙江省"
    assert government_from_text("我市……全市……广州市人民政府……《北京市…》").name == "广东省广州市"


def test_a_city_named_by_its_short_name_in_结合X实际():
    doc = parse("huaian-2022-relief-rules-part.txt")  # 结合淮安实际,制定如下实施细则; no issuer, no 我市
    assert (doc.level, doc.government) == (Level.CITY, "江苏省淮安市")


def test_印发_before_关于_is_not_part_of_the_issuer():
    doc = parse("tianjin-2017-dev-zones-plan-part.txt")  # 天津市人民政府办公厅印发关于…的通知
    assert doc.issuer == "天津市人民政府办公厅"


@pytest.mark.parametrize("title", ["行政区划管理条例", "行政区域界线管理条例", "行政区域边界争议处理条例"])
def test_行政区_in_a_title_is_no_county(title):
    assert government_of(title, title=True).level == Level.OTHER


def test_table_header_cell_after_the_text_is_no_title():
    """A table in the text (奖补项目 / 名称 / 条款内容) is not the page's metadata table: 名称 there is a
    column header; the value a page prints twice stays in the table (温州 page)."""
    lines = ["发布机构:", "温州市人民政府办公室", "温州市人民政府办公室", "成文日期: 2023-01-28", "",
             "温州市人民政府关于培育农业农村", "新动能全面推进乡村振兴的若干政策意见", "",
             "各县(市、区)人民政府,市各有关单位:", "为培育农业农村转型发展新动能,深化农业“双强”行动。",
             "序号", "奖补项目", "名称", "条款内容"]
    table = read_meta_table(lines)
    assert table.fields == {"publisher": "温州市人民政府办公室", "date": "2023-01-28"}
    assert table.lines == {0, 1, 2, 3}
    rest = ["" if i in table.lines else line for i, line in enumerate(lines)]
    assert read_header(rest).title == "温州市人民政府关于培育农业农村新动能全面推进乡村振兴的若干政策意见"


def test_page_rows_with_generation_date_and_publicity_mode():
    """`生成日期 … 公开方式 主动公开` is a row of a district site's table, not the title under it."""
    lines = ["组配分类 区政府规范性文件 发布机构 区政府办公室", "生成日期 2022-02-28 公开方式 主动公开",
             "文号 温鹿政发〔2022〕11号 有效性 废止", "统一编号 CLCD00-2022-0003 下载阅读版本"]
    table = read_meta_table(lines)
    assert table.lines == {0, 1, 2, 3}
    assert table.fields["published"] == "2022-02-28" and table.fields["publisher"] == "区政府办公室"


def test_page_title_above_the_documents_own():
    """A sharing site's page title and 合集下载 above the province's 办法, whose title runs into 第一章."""
    lines = split_glued_title(["威海鼓励企业创新发展资金管理办法", "", "合集下载", "",
                               "山东省科技型中小企业创新发展专项扶持资金管理暂行办法第一章总则第一条为进一步贯彻落实…,制定本办法。"])
    assert read_header(lines).title == "山东省科技型中小企业创新发展专项扶持资金管理暂行办法"
    notice = ["某市人民政府关于印发某市专项资金管理办法的通知", "某市专项资金管理办法", "第一章 总则"]
    assert read_header(notice).title == "某市人民政府关于印发某市专项资金管理办法的通知"  # a notice keeps its own
    law = ["中华人民共和国全国人民代表大会常务委员会议事规则", "", "中华人民共和国全国人民代表大会", "",
           "常务委员会议事规则", "", "第一章 总 则", "", "第一条 为了健全全国人民代表大会常务委员会的议事程序，制定本规则。"]
    assert read_header(law).title == "中华人民共和国全国人民代表大会常务委员会议事规则"  # its title repeated, wrapped
    # h33d-shandong-rural-env-demo-fund-measures-part: the title's tail printed again with 暂行 is still its tail
    tail = ["山东省农村环境连片整治示范资金管理办法", "资金管理暂行办法", "第一章总则", "第一条为充分发挥示范资金的作用,制定本办法。"]
    assert read_header(tail).title == "山东省农村环境连片整治示范资金管理办法"
    chapter = ["中华人民共和国国境卫生检疫法实施细则", "1989年3月6日 卫生部令第2号公布", "第一章 一般规定",
               "第一条 根据《中华人民共和国国境卫生检疫法》的规定，制定本细则。"]
    assert read_header(chapter).title == "中华人民共和国国境卫生检疫法实施细则"


def test_jointly_signed_issuers_and_a_ministrys_office():
    assert fuller_issuer("云南省财政厅", ["云南省财政厅   云南省人力资源和社会保障厅"]) == (
        "云南省财政厅、云南省人力资源和社会保障厅")
    assert issuer_government("工业和信息化部办公厅").level == Level.NATIONAL
    assert issuer_government("温州市人民政府办公室").level == Level.CITY


def test_site_keyword_line_is_furniture():
    """An agency site lists its search keywords above every page: not the title, which follows."""
    from assistant.corpus.metadata import FURNITURE_RE
    assert FURNITURE_RE.match("热门关键词: 安徽省著名商标申请 科技项目申报中心 企业研发中心申报")
    assert not FURNITURE_RE.match("2017年合肥高新区支持产业发展若干政策措施")


def test_title_before_a_bracketed_number_on_a_flattened_line():
    """A repost flattened into one line: the name right before its 文号 (brackets lost) is its title."""
    from assistant.corpus.metadata import numbered_title
    line = ("文山壮族、苗族自治州砚山县投资优惠政策 发表时间:2011 年 11 月 02 日 15:29 砚山县招商引资优惠政策(试行) "
            "(砚发201120 号) 为进一步扩大对内对外开放,改善我县投资环境")
    assert numbered_title(line) == "砚山县招商引资优惠政策(试行)"
    assert numbered_title("为进一步扩大对内对外开放,根据《国务院关于…的通知》(国发〔2015〕5号)制定本办法。") is None


def test_rows_of_a_legal_database_with_the_value_run_on_to_the_label():
    # 国办发〔2006〕23号 as a legal database prints it (h34d, traditional script with pinyin glosses)
    text = ("發(fā)文機(jī)關(guān)國(guó)務(wù)院辦公廳\n發(fā)文日期2006年03月30日\n時(shí)效性現(xiàn)行有效\n"
            "發(fā)文字號(hào)國(guó)辦發(fā)〔2006〕23號(hào)\n效力級(jí)別國(guó)務(wù)院規(guī)范性文件\n"
            "各省、自治區(qū)、直轄市人民政府:\n一、 商務(wù)部負(fù)責(zé)編輯、發(fā)行《中國(guó)對(duì)外經(jīng)濟(jì)貿(mào)易文告》。\n")
    doc = parse_text(text, "d", "d.txt", "")
    assert (doc.number, doc.issuer, doc.date, doc.status) == ("国办发〔2006〕23号", "国务院办公厅", "2006-03-30", "现行有效")
    assert doc.page_rows == {"时效性": "现行有效", "效力级别": "国务院规范性文件"}
    assert not doc.title.startswith("发文")
    # a short label needs its separator: 时间紧迫 opens a sentence, not a row
    assert read_meta_table(["时间紧迫，任务繁重。"]).fields == {}


def test_small_form_punctuation_reads_as_the_marks_it_stands_for():
    from assistant.corpus.cleaning import plain_forms
    assert plain_forms("﹝牵头单位:市科技局﹔责任单位:市发改委﹞2﹒") == "〔牵头单位:市科技局；责任单位:市发改委〕2．"


def test_a_policy_list_page_title_with_its_number_bracketed_after_it():
    # 韶府〔2019〕31號 (h34d): nav bar with empty cells, breadcrumb, then the title with the 文号 in brackets
    text = ("智能问答 | 无障碍浏览 | |\n当前位置: 首页 > 政务公开 > 政策汇编\n"
            "韶关市人民政府关于印发韶关市降低制造业企业成本若干政策措施的通知(韶府〔2019〕31号)\n"
            "各县(市、区)人民政府:\n现将《若干政策措施》印发给你们,请认真贯彻执行。\n")
    doc = parse_text(text, "d", "d.txt", "")
    assert (doc.title, doc.number) == ("韶关市人民政府关于印发韶关市降低制造业企业成本若干政策措施的通知", "韶府〔2019〕31号")


def test_a_title_over_two_lines_under_a_page_heading_cut_short():
    # 教基厅函〔2022〕25号 (h34d): the page's heading stops mid-word; the title is the two lines under it
    text = ("教育部办公厅关于在天津等12个市设立第二批教育部基础教育综合改\n"
            "教育部办公厅关于在天津等12个市设立第二批\n教育部基础教育综合改革实验区的通知\n教基厅函〔2022〕25号\n"
            "天津市教育厅:\n经统筹研究,遴选天津市为教育部基础教育综合改革实验区。\n")
    assert parse_text(text, "d", "d.txt", "").title == "教育部办公厅关于在天津等12个市设立第二批教育部基础教育综合改革实验区的通知"


def test_a_site_named_as_issuer_gives_only_its_place_and_a_repost_date_gives_way_to_the_signature():
    # 赤政办发[2008]18号 (h34d): 发文单位 is the site (赤壁市人民政府门户网); 发文日期 is the day the page went up
    text = ("市人民政府办公室关于印发赤壁市招商引资奖励办法的通知\n"
            "文 号 : 赤政办发[2008]18号\n发文单位: 赤壁市人民政府门户网\n发布日期: 2010年12月31日\n发文日期: 2010年12月31日\n"
            "市人民政府办公室\n关于印发赤壁市招商引资奖励办法的通知\n各乡镇人民政府:\n"
            "《赤壁市招商引资奖励办法》已经市人民政府研究通过,现予印发,请遵照执行。\n二OO八年二月二十六日\n")
    doc = parse_text(text, "d", "d.txt", "")
    assert (doc.issuer, doc.region, doc.date) == ("赤壁市人民政府办公室", "赤壁市", "2008-02-26")


def test_a_citys_party_committee_and_government_issuing_together_are_the_citys():
    from assistant.lexicon.regions import government_of
    assert government_of("中共哈尔滨市委哈尔滨市人民政府").level.value == "市"
