"""A document's government decides which questions it answers (issue 9), no model needed.

Three parts, each tested on real text (文号, opening lines and sentences of real published documents
and questions worded as the real-document cases ask them):

* a document whose issuer, title and wording name no government gets one from what else it shows:
  its 文号's organ code, the name of the text a notice issues, a page's 发文部门 line, the one place
  its first lines name, or its own organs named by the level word (由市经信局负责解释) with the
  place its cited titles name;
* a question naming a government is answered from the documents of that government or its parts
  (深圳 names 南山区's), never a sibling's or another level's while such documents exist; a place
  inside another one the question names is the one it means;
* a question naming a ministry as author (工信部这个示范平台) is answered from that ministry's
  documents; naming a document by its distinctive title word and 政策/措施 names that document.
"""

from __future__ import annotations

import pytest

from assistant.answering.document_match import DocumentTitles
from assistant.answering.intents import Intent
from assistant.answering.question import Query, _scope, government_names, place_scope
from assistant.corpus.metadata import government_from_text, recovered_government
from assistant.corpus.model import Clause, Document
from assistant.lexicon.regions import Level, government_of, government_of_number


@pytest.mark.parametrize(
    ("number", "level", "province"),
    [
        ("鲁政办字〔2015〕46号", Level.PROVINCE, "山东"),
        ("晋政发[2008]8号", Level.PROVINCE, "山西"),
        ("内政发〔2023〕3号", Level.PROVINCE, "内蒙古"),
        ("黔府办发〔2012〕34号", Level.PROVINCE, "贵州"),
        ("津政办函〔2017〕103号", Level.PROVINCE, "天津"),
        ("鲁政发〔2014〕20号", Level.PROVINCE, "山东"),
        ("国办函〔2004〕36号", Level.NATIONAL, None),
        ("国发〔2013〕32号", Level.NATIONAL, None),
        # a city's or county's code is no province's: 东莞 (东府), 温州鹿城 (温鹿政发), 汉阴 (汉政办发), 怀化 (怀政办发)
        ("东府〔2021〕54号", Level.OTHER, None),
        ("温鹿政发〔2022〕11号", Level.OTHER, None),
        ("汉政办发〔2021〕88号", Level.OTHER, None),
        ("怀政办发〔2023〕9号", Level.OTHER, None),
        ("泰高政办发〔2017〕167号", Level.OTHER, None),
        # a ministry's code names the state, no place
        ("财建〔2009〕227号", Level.NATIONAL, None),
        # 宁 and 青 are shared by cities (南京 宁政发, 青岛 青政发): no province from them
        ("宁政发〔2020〕1号", Level.OTHER, None),
        ("青政发〔2020〕1号", Level.OTHER, None),
        (None, Level.OTHER, None),
    ],
)
def test_a_numbers_organ_code_names_a_province_or_the_state(number, level, province):
    found = government_of_number(number)
    assert (found.level, found.province) == (level, province)


@pytest.mark.parametrize(
    ("name", "title", "government"),
    [
        # a year before the place, an area named after its city
        ("2017年合肥高新区支持产业发展若干政策措施", True, "安徽省合肥市合肥高新区"),
        ("合肥高新区管委会", False, "安徽省合肥市合肥高新区"),
        ("西安高新区管委会", False, "陕西省西安市西安高新区"),
        # a bare district after a city's name is a county of its own (北京's 朝阳区, 大连's 中山区)
        ("朝阳区人民政府", False, "朝阳区"),
        ("中山区人民政府", False, "中山区"),
        ("深圳市南山区人民政府", False, "广东省深圳市南山区"),
    ],
)
def test_an_area_named_after_its_city_belongs_to_it(name, title, government):
    assert government_of(name, title=title).name == government


@pytest.mark.parametrize(
    ("number", "title", "lines", "government", "level"),
    [
        # the opening lines of real-dev documents that name no issuer
        (None, "x", ["东莞市石龙镇高新技术企业奖励政策:石龙镇推动经济高质量发展产业转型升级实施办法 (征求意见稿)"],
         "广东省东莞市石龙镇", Level.COUNTY),
        (None, "x", ["内蒙古自治区 2023 年坚持稳中快进稳中优 进推动产业高质量发展政策清单 内政发〔2023〕3 号 为全面贯彻"],
         "内蒙古自治区", Level.PROVINCE),
        (None, "关于推动中关村加快建设世界领先科技园区的若干政策措施",
         ["关于推动中关村加快建设世界领先科技园区的若干政策措施", "[地址:北京海淀中关村]面议为深入贯彻"], "北京市", Level.PROVINCE),
        (None, "x", ["发布时间:2021-05-07", "政策级别:国家级", "发文部门:工业和信息化部"], None, Level.NATIONAL),
        (None, "x", ["【发布单位】中华人民共和国商务部", "【发布文号】商建规函[2012]225号", "【发布日期】2012-04-09"],
         None, Level.NATIONAL),
        (None, "x", ["【发布单位】山西省", "【发布文号】晋政发[2008]8号"], "山西省", Level.PROVINCE),
        # a notice without its title line: the issued text's name (关于印发广西实施…的通知)
        (None, "关于印发广西实施新一轮工业振兴三年行动的若干政策措施的通知", ["各市、县人民政府,自治区人民政府各组成部门:"],
         "广西壮族自治区", Level.PROVINCE),
        # the 文号 standing before the title on the site's first line
        ("鲁政办字〔2015〕46号", "鲁政办字〔2015〕46号山东省人民政府办公厅关于落实…的意见", [], "山东省", Level.PROVINCE),
        # addressees and titles cited in 《》 name nothing
        (None, "x", ["各市、县(市、区)人民政府,省政府直属各单位:", "为贯彻落实《中共浙江省委浙江省人民政府关于…的若干意见》"],
         None, Level.OTHER),
        # two provinces in the opening: none of them
        (None, "x", ["浙江省与江苏省合作共建示范区的通知"], None, Level.OTHER),
    ],
)
def test_a_government_is_recovered_from_what_the_text_shows(number, title, lines, government, level):
    found = recovered_government(number, title, lines)
    assert (found.name, found.level) == (government, level)


def test_own_organs_by_level_word_and_the_cited_title_name_the_city():
    """h22m-chengdu's 解释 and validity clauses: 市经信局 twice, 成都市 only in the title it cites."""
    body = ("（三）本实施细则由市经信局会同各牵头单位负责解释。\n"
            "（五）本实施细则自2023年7月5日生效,有效期至市经信局等6部门印发的《成都市关于进一步促进软件产业高质量发展的"
            "若干政策措施》(成经信发〔2023〕2号)失效之日。")
    assert government_of(None).level == Level.OTHER
    assert government_from_text(body).name == "四川省成都市"


def test_a_province_named_only_in_cited_titles_is_its_own_at_its_level_only():
    """我省 throughout and 《中共浙江省委…》 cited (zhejiang-2012); a city's 我市 text citing its province's
    《广东省…》 is not the province's."""
    province = "我省小微企业量大面广。为贯彻《中共浙江省委浙江省人民政府关于支持浙商创业创新促进浙江发展的若干意见》，促进我省小微企业发展。"
    assert government_from_text(province).name == "浙江省"
    city = "为贯彻《广东省进一步稳定和扩大就业若干政策措施》，结合我市实际。我市各级各部门要抓好落实。"
    assert government_from_text(city).level == Level.OTHER


def _doc(doc_id: str, government: str | None, level: str, title: str, issuer: str | None = None,
         text: str = "正文") -> Document:
    found = government_of(government) if government else None
    region = (found.county or found.city or found.province) if found else None
    if government and government.endswith("镇"):
        region = government[government.index("市") + 1:]
    doc = Document(doc_id, title, title[:8], None, issuer, None, level, region, f"{doc_id}.txt", "x",
                   government=government)
    doc.clauses.append(Clause(id=f"{doc_id}#1", doc_id=doc_id, kind="preamble", text=text))
    return doc


LIBRARY = [
    _doc("nanshan", "广东省深圳市南山区", "区县", "深圳市南山区人民政府关于印发《南山区促进产业高质量发展专项资金管理办法》的通知"),
    _doc("dongguan", "广东省东莞市", "市", "东莞市人民政府关于贯彻落实稳定和扩大就业若干政策措施的实施意见"),
    _doc("shilong", "广东省东莞市石龙镇", "区县", "石龙镇推动经济高质量发展产业转型升级实施办法"),
    _doc("guangdong", "广东省", "省", "广东省工业和信息化厅关于2019年省级促进经济高质量发展专项资金项目计划的公示"),
    _doc("hefei", "安徽省合肥市合肥高新区", "区县", "2017年合肥高新区支持产业发展若干政策措施"),
    _doc("changfeng", "长丰县", "区县", "长丰县推动经济高质量发展若干政策"),
    _doc("miit", None, "国家", "关于组织开展示范平台申报工作的通知", issuer="工业和信息化部"),
    _doc("miit2", None, "国家", "工业和信息化部办公厅关于组织申报工业稳增长和转型升级成效明显市(州)的通知",
         issuer="工业和信息化部办公厅"),
    _doc("guoban", None, "国家", "国务院办公厅关于推进政务新媒体健康有序发展的意见", issuer="国务院办公厅"),
    _doc("sichuan-reply", None, "国家", "国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函",
         issuer="国务院办公厅"),
    _doc("chengdu", "四川省成都市", "市", "成都市发展和改革委员会关于印发社区服务设施建设规划的通知"),
    _doc("unknown-sz", None, "其他", "x", text="深圳市企业技术中心认定办法"),
    _doc("unknown-other", None, "其他", "y", text="某单位内部管理规定"),
]


def _query(question: str, places: tuple[str, ...] = (), regions: tuple[str, ...] = ()) -> Query:
    return Query(text=question, own_text=question, intent=Intent.CONTENT, places=places, regions=regions)


def test_government_names_run_from_the_province_down():
    names = government_names(LIBRARY[0])
    assert {"广东", "广东省", "深圳", "深圳市", "南山区", "南山"} <= names
    assert "东莞" not in names


@pytest.mark.parametrize(
    ("places", "regions", "scope"),
    [
        # a city names its own documents and its districts' and towns', never a sibling city's
        (("深圳",), (), {"nanshan"}),
        (("东莞",), (), {"dongguan", "shilong"}),
        # a province names every document of it, its cities' and counties' included
        ((), ("广东",), {"nanshan", "dongguan", "shilong", "guangdong"}),
        # a place named inside another one the question names is the one it means
        (("东莞", "石龙镇"), ("广东",), {"shilong"}),
        # an area named after its city
        (("合肥",), (), {"hefei"}),
        # a national document whose title names the place is the place's too (the State Council's reply to 四川)
        ((), ("四川",), {"chengdu", "sichuan-reply"}),
        (("成都",), (), {"chengdu"}),
    ],
)
def test_a_named_government_scopes_to_it_and_its_parts(places, regions, scope):
    assert place_scope(_query("问题", places, regions), LIBRARY) == frozenset(scope)


def test_a_place_no_document_belongs_to_keeps_the_national_and_the_documents_that_name_it():
    """佛山: nothing of its own is loaded, so the state's documents, the province's (佛山 is in 广东) and a
    document of unknown government whose text names it may answer; one that does not name it is out."""
    scope = place_scope(_query("佛山的企业技术中心", ("佛山",)), LIBRARY)
    assert {"miit", "miit2", "guoban", "sichuan-reply", "guangdong"} <= scope
    assert "unknown-other" not in scope and "nanshan" not in scope and "dongguan" not in scope
    scope = place_scope(_query("深圳的企业技术中心", ("深圳",)), LIBRARY)
    assert scope == frozenset({"nanshan"})  # 深圳's own part wins over the unknown one that names it


#: h22r-wujiang-2024-key-work-table-part (eval/real/docs/dev), its first line: a district's text addressed to
#: the zones inside it, one of which (汾湖高新区) no loaded document belongs to by its metadata.
WUJIANG_OPENING = ("吴江开发区、汾湖高新区(黎里镇)、吴江高新区(盛泽镇)管委会,东太湖度假区管理办(太湖新城管委会),"
                   "各镇人民政府,各街道办事处,区各委办局(公司),各直属单位:")


def test_a_place_named_in_a_local_documents_opening_is_covered_by_that_document():
    """汾湖高新区 belongs to no document by name; the 吴江区 text that names it in its opening may answer a
    question about it, beside the state's documents; another district's text may not."""
    library = [*LIBRARY, _doc("wujiang", "江苏省苏州市吴江区", "区县", "吴江区2024年重点工作任务分解表",
                              text=WUJIANG_OPENING)]
    scope = place_scope(_query("汾湖高新区的重点工作", ("汾湖高新区",)), library)
    assert "wujiang" in scope and {"miit", "guoban"} <= scope
    assert "nanshan" not in scope and "changfeng" not in scope


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        ("工信部这个示范平台，每个省最多能推荐几个？", {"miit", "miit2"}),
        ("工信部的通知里申报截止时间是哪天？", {"miit", "miit2"}),
        # a ministry asked about as a unit, not as the author of a document: no scope
        ("这些材料要寄到工信部吗？", None),
        ("工信部负责哪些任务？", None),
        # 国务院 names every national document, as before: no ministry's group is added to the level's
        ("国务院对政务新媒体有什么要求？", {"guoban", "sichuan-reply", "miit", "miit2"}),
    ],
)
def test_a_ministry_named_as_author_names_its_documents(question, scope):
    found = _scope(question, LIBRARY).documents
    assert found == (frozenset(scope) if scope is not None else None)


def test_a_distinctive_title_word_with_policy_or_measures_names_its_document():
    titles = DocumentTitles([
        ("zgc", "关于推动中关村加快建设世界领先科技园区的若干政策措施", ""),
        ("huaian", "关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则", ""),
        ("panxian", "盘县招商引资优惠办法(试行)", ""),
        ("changfeng", "长丰县推动经济高质量发展若干政策", ""),
        *[(f"other{i}", f"关于印发第{i}批示范名单的通知", "") for i in range(30)],
    ])
    assert titles.named_within("中关村的措施里对区块链企业有什么扶持？").doc_id == "zgc"
    assert titles.named_within("这个招商引资政策对房地产项目适用吗？").doc_id == "panxian"
    # 政策 as the topic (有什么政策) names nothing
    assert titles.named_within("对区块链企业有什么政策？") is None


SHANDONG = [
    ("sd-budget", "山东省人民政府关于深化预算管理制度改革的实施意见", ""),
    ("sd-fund", "山东省科技型中小企业创新发展专项扶持资金管理暂行办法", ""),
    ("sd-report", "山东省人民政府办公厅关于落实《政府工作报告》重点工作部门分工的意见", ""),
    ("sd-lowcarbon", "山东省人民政府办公厅关于印发山东省建设绿色低碳高质量发展先行区三年行动计划的通知", ""),
    *[(f"other{i}", f"关于印发第{i}批示范名单的通知", "") for i in range(30)],
]


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        # the title's own subject, with no kind word naming the document: that one of 山东's four
        ("的科技型中小企业创新资金钱从哪里来？", {"sd-fund"}),
        ("推进预算管理制度改革，要求哪些部门配合？", {"sd-budget"}),
        # a topic no title of the group is about: every document of the government stays
        ("启动省重点实验室重组，配合的单位有哪些？", {"sd-budget", "sd-fund", "sd-report", "sd-lowcarbon"}),
    ],
)
def test_of_a_governments_documents_the_one_whose_title_the_question_asks_about(question, scope):
    titles = DocumentTitles(SHANDONG)
    group = {"sd-budget", "sd-fund", "sd-report", "sd-lowcarbon"}
    assert titles.about(question, group) == scope
