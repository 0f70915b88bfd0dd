"""Forms met on real-dev's blind batches (h54d, h56d, h58d), each checked as the general rule it is an instance of:

* a notice addressed to thirty-eight ministries (中央组织部、中央宣传部、…、中国科协:) is read in a moment, and a list
  of bodies that long before a verb names them all: a list no 等部门 closes is not tried as one that 等 closes;
* a government announcing its decision (县政府决定，2014年至2016年为全县…整治年) is the text's author speaking, no body
  put in charge of a task; 由市政府决定 and 市政府决定对…给予奖励 still are;
* a person is asked by 哪位 / 姓名 / a leader's title asked after (组长是谁), not by a title in the asker's own words
  (我是村民小组长，能被聘为…吗) or by 什么人 of a group (覆盖什么人群);
* 我们几个人一起… (a few of us) counts nothing the question asks;
* a page whose header names no document (小程序 / 手机浏览 / 登录/注册 over a law site's repost) takes the first title
  under its chrome, a 关于 title first, where no 文号 stands under it;
* 是哪几家单位联合发的 asks who issued the text, like 哪几个部门联合印发的;
* a city's government named without its city (市人民政府关于公布第五批市级文物保护单位的通知) is placed by the one
  prefecture city its text names (武汉市第五批市级文物保护单位名单);
* an opening whose only unit is the text's author or its government (县政府统筹推进 in 内乡县人民政府's notice) names
  no lead of a task in it;
"""

from __future__ import annotations

import signal

import pytest

from assistant.answering.evidence import authors_only
from assistant.answering.intents import Intent, Slot
from assistant.answering.question import understand
from assistant.corpus.parser import parse_text
from assistant.corpus.responsibility import extract
from assistant.lexicon.regions import Government, Level, placed_in_text

_MINISTRIES = ("中央组织部、中央宣传部、中央政法委、中央网信办、最高人民法院、最高人民检察院、外交部、发展改革委、教育部、科技部、"
               "工业和信息化部、公安部、司法部、财政部、人力资源社会保障部、生态环境部、农业农村部、商务部、文化和旅游部、卫生健康委、"
               "人民银行、国资委、海关总署、市场监管总局、广电总局、统计局、国管局、中科院、银保监会、证监会、国防科工局、林草局、"
               "邮政局、中医药局、知识产权局、中央军委装备发展部、贸促会、中国科协")


@pytest.fixture
def within_seconds():
    """Fails the test, instead of hanging the suite, when reading takes longer than a few seconds."""
    def expire(*_):
        raise TimeoutError("reading took more than 5 s")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(5)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_a_long_list_of_bodies_is_read_at_once(within_seconds):
    assert not extract(f"{_MINISTRIES}:\n经联席会议同意,现将《计划》印发给你们,请认真贯彻执行。", None)
    known = [m for m in _MINISTRIES.split("、") if m not in ("中央政法委", "广电总局", "林草局", "中央军委装备发展部", "贸促会")]
    found = extract(f"{'、'.join(known)}按职责分工负责。", None)
    assert found.units == known and found.lead == known[:1]


@pytest.mark.parametrize(("text", "units"), [
    ("为进一步加强我县道路交通安全管理工作,县政府决定,2014年至2016年为全县道路交通安全综合整治年,特制定本方案。", []),
    ("市人民政府决定,对落实有关重大政策措施真抓实干、取得明显成效的区进一步加大激励支持力度。", []),
    ("奖励标准由市政府决定。", ["市政府"]),
    ("区政府决定对获奖企业给予一次性奖励。", ["区政府"]),
])
def test_a_government_announcing_its_decision_is_no_unit_in_charge(text, units):
    assert extract(text, None).units == units


@pytest.mark.parametrize(("question", "person"), [
    ("河南省司法厅建设公共法律服务平台，是为了构建一个覆盖什么人群的公共法律服务体系？", False),
    ("我是双柏县一个村的村民小组长，能被村调委会聘为人民调解员吗？", False),
    ("什么人可以申请创业担保贷款？", False),
    ("领导小组组长是谁？", True),
    ("领导小组组长由谁担任？", True),
    ("这个办法是哪位市长签发的？", True),
    ("联系人姓名是什么？", True),
])
def test_a_person_is_asked_by_asking_for_one(corpus, question, person):
    assert understand(question, corpus).asks_person is person


def test_a_few_of_us_counts_nothing_asked(corpus):
    query = understand("我们几个人一起在大连救了落水的人，按大连的见义勇为暂行办法，集体能受奖励吗？", corpus)
    assert query.slot is not Slot.NUMBER and query.intent is not Intent.TARGET
    assert understand("全市要建成几个示范区？", corpus).slot is Slot.NUMBER


def test_a_title_under_a_pages_chrome_names_the_document():
    chrome = ["小程序", "手机浏览", "登录/注册", "还有疑问?", "", "马上发起在线咨询,专业律师快速回复你的问", "", "立即咨询", "",
              "福建省贯彻《中华人民共和国社区矫正法》实施细则", "", "发布时间:2022-04-24 来源:福建省司法厅", ""]
    body = ["福建省高级人民法院 福建省人民检察院 福建省公安厅 福建省司法厅关于修订《福建省贯彻〈中华人民共和国社区矫正法〉"
            "实施细则》的通知", "", "省监狱管理局,各市、县(区)人民法院、人民检察院、公安局、司法局:", "",
            "决定对《福建省贯彻〈中华人民共和国社区矫正法〉实施细则》部分条款进行修改,现通知如下:", "",
            "一、在第二条增加一款,作为第二款。"]
    document = parse_text("\n".join(chrome + body), "fj", "fj.txt", "0")
    assert document.title.endswith("关于修订《福建省贯彻〈中华人民共和国社区矫正法〉实施细则》的通知")
    assert document.title.startswith("福建省高级人民法院")


@pytest.mark.parametrize(("opening", "only"), [
    ("为进一步加强道路交通安全管理工作,县政府统筹推进全县道路交通安全综合整治。", True),
    ("为进一步加强道路交通安全管理工作,县公安局统筹推进全县道路交通安全综合整治。", False),
])
def test_an_opening_naming_only_its_author_names_no_lead(opening, only):
    document = parse_text("\n".join(["内乡县人民政府关于印发内乡县道路交通安全三年综合整治推进方案的通知", "各乡镇人民政府:",
                                      opening, "一、工作目标", "减少道路交通事故。"]), "nx", "nx.txt", "0")
    preamble = [c for c in document.clauses if c.kind == "preamble"]
    assert preamble and preamble[0].units
    assert authors_only(preamble, {document.doc_id: document}) is only


def test_which_bodies_jointly_sent_it_asks_its_issuers(corpus):
    assert understand("福建这次修订社区矫正法实施细则，是哪几家单位联合发的通知？", corpus).slot is Slot.ISSUE


@pytest.mark.parametrize(("text", "city"), [
    ("各区人民政府:经研究,同意张桥遗址等94处为第五批市级文物保护单位。\n武汉市第五批市级文物保护单位名单", "武汉"),
    ("各区人民政府:现将有关事项通知如下。", None),
    ("武汉市、襄阳市文物部门要加强协作。", None),
])
def test_a_citys_government_named_without_its_city_is_placed_by_the_city_its_text_names(text, city):
    assert placed_in_text(Government(Level.CITY), text).city == city
