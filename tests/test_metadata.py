"""Metadata of real published documents: title, 文号, issuer, government and level, dates, furniture.

Expected values are the ones eval/real/SOURCES.tsv records for each development document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus.loader import read_text
from assistant.corpus.metadata import read_meta_table
from assistant.corpus.model import Document
from assistant.corpus.parser import parse_text
from assistant.lexicon.regions import Level, government_of

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
])
def test_dev_document_metadata(name, title, number, level, government, date):
    doc = parse(name)
    assert (doc.title, doc.number, doc.level, doc.government, doc.date) == (title, number, level, government, date)


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
    assert read_meta_table(spaced).fields == {"issuer": "自治区人民政府", "number": "内政发〔2013〕62号"}
    assert read_meta_table(piped).fields == {"number": "汉政办发〔2021〕88号", "date": "2021年09月28日"}
    assert read_meta_table(["为贯彻落实……，制定本办法。"]).lines == set()


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
