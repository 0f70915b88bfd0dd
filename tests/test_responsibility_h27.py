"""Unit names read by their general shape in running text (h27r): a body word after 由 / before a modal,
names joined by 或者, a body named by the work it is in charge of, the bodies a notice asks (请X…) and
the body a matter is sent to (向X报送). Every sentence is quoted from a published text, named beside it."""

import pytest

from assistant.corpus.responsibility import extract


def units(text: str) -> list[str]:
    return extract(text, None).units


@pytest.mark.parametrize(("text", "expected"), [
    # 北京市生活饮用水卫生监督管理条例 / 上海市促进中小企业发展条例: 或者 joins two bodies; 其 is the subject's own
    ("饮用水卫生管理和监督人员滥用职权、玩忽职守、徇私舞弊的，由所在单位或者上级主管部门给予行政处分；",
     ["所在单位", "上级主管部门"]),
    ("国家机关工作人员在工作中滥用职权、玩忽职守、徇私舞弊侵犯中小企业合法权益的，由其所在单位或者上级主管部门依法给予行政处分；",
     ["所在单位", "上级主管部门"]),
    # 重庆市统计管理条例(2016-09-29)
    ("逾期未改正的，其直接负责的主管人员和其他直接责任人员属于国家工作人员的，由任免机关或者监察机关依法给予处分。",
     ["任免机关", "监察机关"]),
    # 民用航空安全保卫条例: a body word, a modal, then its task's verb
    ("违反本条例的规定，有下列情形之一的，民用航空主管部门可以对有关单位处以警告、停业整顿或者5万元以下的罚款；",
     ["民用航空主管部门"]),
    # 农村土地承包法(2018-12-29): the verb after a frame that closes with the duty's ground (依照…的职责)
    ("国务院农业农村、林业和草原主管部门分别依照国务院规定的职责负责全国农村土地承包经营及承包经营合同管理的指导。",
     ["国务院农业农村、林业和草原主管部门"]),
    # 残疾人就业条例 and the test this replaces (a law's 负责…的部门): a body named by its work, set off by a comma
    ("县级以上人民政府负责残疾人工作的机构，负责组织、协调、指导、督促有关部门做好残疾人就业工作。",
     ["县级以上人民政府负责残疾人工作的机构"]),
    ("县级以上地方人民政府负责管理地震工作的部门应当做好防震减灾工作。", ["县级以上地方人民政府负责管理地震工作的部门"]),
    # miit-2018-56-growth-upgrade-cities notice and mofcom-2012-225 notice: the bodies a notice asks to act
    ("请各省(区、市)及新疆生产建设兵团工业和信息化主管部门(以下简称各地)按照《工业稳增长和转型升级成效明显市(州)激励措施实施办法》"
     "(详见附件),积极组织评选推荐。", ["各省(区、市)及新疆生产建设兵团工业和信息化主管部门"]),
    ("此外,请辽宁、山东、贵州省商务主管部门上报辖区内尚未获得政府批准实施的地级市(营口、朝阳、东营、临沂、六盘水)商业网点规划最新进展情况。",
     ["辽宁、山东、贵州省商务主管部门"]),
    # 周口市城市绿化条例 / 淄博市城乡建设档案管理条例: no government body acts; the one the matter goes to
    ("建设工程项目附属绿化工程自竣工验收合格之日起十五日内，建设单位应当向市、县(市、区）城市绿化行政主管部门报送有关绿化资料。",
     ["市、县(市、区）城市绿化行政主管部门"]),
    ("建设单位注销或者撤销的，建设单位应当于注销或者撤销前向其行业主管部门或者住房城乡建设主管部门移交建设工程档案。",
     ["行业主管部门", "住房城乡建设主管部门"]),
    # 绍兴市制定地方性法规条例(2016-04-13): in the 由…负责 slot a long name is a body by its head word
    ("立法调研项目库和年度立法计划由市人民代表大会常务委员会法制工作委员会负责编制，经常务委员会主任会议通过后向社会公布。",
     ["市人民代表大会常务委员会法制工作委员会"]),
    # 环境保护税法实施条例(2017-12-25): a frame (在…时) between 由X and its verb
    ("在环境保护主管部门交送的排污单位信息中没有对应信息的纳税人，由税务机关在纳税人首次办理环境保护税纳税申报时进行纳税人识别，"
     "并将相关信息交送环境保护主管部门。", ["税务机关"]),
    # 禁止向企业摊派暂行条例(1988-04-27): 或 joins two bodies; a modal, a frame, then the verb
    ("对摊派单位的负责人和直接责任人员，监察机关或有关主管部门可根据情节轻重给予相应的行政处分。", ["监察机关", "有关主管部门"]),
    # 上海市河道管理条例(2018-12-20): 经X报Y批准 names who puts the matter up and who decides
    ("根据河道堤防的重要程度以及堤基土质条件，经市水行政主管部门或者区河道行政主管部门报同级人民政府批准后，"
     "可以在河道管理范围的相连地域划定堤防安全保护区。", ["市水行政主管部门", "区河道行政主管部门", "同级人民政府"]),
    # 深圳市龙岗区工业和信息化产业发展专项资金管理办法 政策解读 (lg.gov.cn, 2026): a verb before the level word
    # (确定区…) is no part of the name
    ("第六章绩效管理,共4条,确定区工业和信息化局负责统筹专项资金绩效目标管理,配合区财政局开展专项资金重点绩效评价工作。",
     ["区工业和信息化局"]),
    # guobanfa-1996-2-earthquake-key-zones 三（三）: 特别是 singles out the subject, set off by commas
    ("各省、自治区、直辖市，特别是重点监视防御区所在地人民政府，也要抓紧地方的防震减灾立法工作。", ["重点监视防御区所在地人民政府"]),
])
def test_general_unit_shapes(text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text", [
    "对直接负责的主管人员和其他直接责任人员依法给予行政处分；",  # 行政许可法: persons, no body
    "国家对陆地国界及边境的管理和相关建设实行统筹协调、分工负责、依法管理。",  # 陆地国界法: no body named
    "请认真贯彻执行。",  # a notice's closing request names no body
    "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门:",  # h22p-miit-2023 notice: an address line
])
def test_no_body_named(text):
    assert not units(text)


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    # the brief's definition of the marked positions: bodies before 组织实施 / 落实 / 承办 in a closing bracket
    ("对新认定的企业给予奖励。（市发改委组织实施）", ["市发改委"], []),
    ("加快项目建设。（市发改委、市财政局按职责分工落实）", ["市发改委"], ["市财政局"]),
    ("加快项目建设。（市商务局牵头，市财政局等部门配合实施）", ["市商务局"], ["市财政局"]),
    ("加快项目建设。（市商务局承办）", ["市商务局"], []),
    # a label of the carrying-out body
    ("实施主体：市商务局", ["市商务局"], []),
])
def test_marked_positions(text, lead, supporting):
    _, got_lead, got_supporting = extract(text, None).resolved()
    assert (got_lead, got_supporting) == (lead, supporting)


def test_a_bracket_of_no_bodies_before_a_carrying_out_word_is_no_note():
    assert not units("加快（涉及水土保持项目实施）的进度。")
