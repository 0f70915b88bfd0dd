"""What a Chinese question asks: the kind of fact, which documents, which units.

Answering policy questions well depends less on the wording than on recognising
"who is responsible" vs "what is the target" vs "by when", and on scope
(国务院 vs 浙江). This is rule-based on purpose: it must work offline, on any
document set, and be explainable. Scope by description (which document a question names by what it
is about) is matched in document_match; what stays here is reading the question (about 390 lines:
intent, slot, scope, places and follow-ups are read together and share their word lists).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from assistant.answering.document_match import CITED_TITLE, Library, titles_of, without_description
from assistant.answering.intents import (
    ASKED_JI,
    ASKED_SIZE,
    ASKS_CHOICE,
    ASKS_SPAN,
    COMPARABLE,
    INTENT_SPECS,
    Intent,
    Slot,
    detect_intent,
    detect_slot,
    refine_intent,
    units_role,
)
from assistant.corpus.model import Document
from assistant.errors import InvalidQuestionError
from assistant.lexicon.enterprise import SELF_INTRODUCTION
from assistant.lexicon.regions import (
    AUTONOMOUS_COUNTY,
    CITY_PROVINCE,
    HIGHER_PLACE,
    MUNICIPALITIES,
    NATIONAL_SCOPE_RE,
    PROVINCES,
    PROVINCIAL_SCOPE_RE,
    Level,
    as_simplified,
    autonomous_short_names,
    government_of,
    province_of,
    to_simplified,
)
from assistant.lexicon.roles import clause_roles
from assistant.lexicon.tokenizer import Tokenizer, has_chinese
from assistant.lexicon.units import canonical_unit, find_units, national_names, units_ending_at

_FOLLOW_UP = re.compile(
    r"^(那|那么|还有|另外|它|其|这|该|此|同样|以及|再)|呢[？?]?$|还有别的|其他的?吗|它的|其中"
    r"|这项|这一项|该项|此项|上述|这些|这个任务|那一项|对应|除了它|除此之外|还有谁|第[一二三四五六七八九十\d]+[小大]?[个项]"
    r"|最后[那一]?[个项条]|倒数第|同一[条项]|^哪一?[项个条]是|相应的|类似的"
)
#: "the second one": an item of the previous answer's list, by its place in it (第二项, 里面第一小项)
ORDINAL = re.compile(r"第([一二三四五六七八九十]|\d{1,2})[小大]?[个项](?![\d一二三四五六七八九十])")
#: 国家 naming the state's documents in a follow-up (国家那边对应任务…), beside the lexicon's forms
_NATIONAL_FOLLOW_UP = re.compile(r"国家(?=那边|这边|这项|那项|对应|那里)")
#: words that only say what kind of fact is asked; a question made of these alone has no topic
_ASKING_WORDS = re.compile(
    r"责任单位|负责部门|哪些部门|哪个部门|哪个单位|由谁|是谁|谁|负责|牵头|配合|协同|协办|协助|参与|会同|"
    r"什么时候|何时|时间进度|时限|期限|完成|启动|"
    r"要求|目标|多少|具体|内容|规定|是什么|什么|哪些|有|是|由|的|了|要|和|分别|各|单独|独自|哪一项|一项|这项|那项|该项|此项|其中"
    r"|哪一?个|哪几个|哪几?项|哪一?条"
    r"|(?:的|哪位|哪个)?(?:领导|负责人)(?=是|为|叫|姓|[？?]|$)"  # the person asked (牵头负责的领导是哪位), no subject
    r"|最晚|最迟|最早|(?<=[候晚迟早])得"  # how soon a date is asked (最晚什么时候得交): the asking, no subject
    # a rate, a bound or a span asked (按什么比例算, 最长补几年, 最多给多久): the asking, no subject
    r"|(?:按|以)?(?:什么|多大|多高)?比例(?:算|计算)?|怎么算|最长|最多|最高|最低|几年|多久|多长时间"
)
#: words by which a follow-up points at the previous answer (国家层面对应的那条, 同一条, 到了浙江落实):
#: they name no subject of their own
REFERRING = re.compile(
    r"对应|层面|那边|这边|这件事|这块|同一[条项]|讲的是|说的是|到了|最后|倒数|[那这该此]一?[个些项条]|自己"
    r"|(由|来|负责|怎么|如何)[^，。？?]{0,6}?落实"  # who carries it out, not whether it was (投资落实了吗)
)
#: words by which a follow-up points at the one clause just cited (这一条由哪个部门负责落实, 该项的补贴标准): a fact
#: asked of it is that clause's, or not stated
POINTS_AT_CITED = re.compile(r"[这该此本]一?[条项款]")
#: a follow-up asking content in its own words (那第十五条里的钱怎么用): it keeps its own kind of question
_ASKS_CONTENT = re.compile(rf"怎么|如何|什么|讲的|内容|做法|职责|职能|谁的(?!责任|职责|名义)|{ASKS_CHOICE.pattern}")
#: a follow-up asking which of something (它适用于哪些供水工程) asks its own question too, not the previous turn's
#: (a validity asked before), unless it names a part bodies play (协办的是哪几家: the units, as asked before)
_ASKS_WHICH = re.compile(r"哪些|哪几")
#: a turn that names another item with 呢 (要是牵头的是国际标准呢): its 牵头/负责 is part of the item, not a who
#: asked, unless it asks a body (谁, 哪, 单位, 部门, 领导) or names nothing but the role (那配合的呢)
_ANOTHER_ITEM = re.compile(r"呢[？?！!。]*$")
_ASKS_A_BODY = re.compile(r"谁|哪|单位|部门|机构|机关|领导")
_ROLE_AND_FRAMING = re.compile(r"牵头|负责|主管|配合|要是|如果|假如|那么?|的|是|呢|[？?！!，,。\s]")
#: "how much / how many <unit>": the answer must contain a number (with that unit, when one is named)
_ASKED_NUMBER = re.compile(
    rf"(多少|{ASKED_SIZE}|{ASKED_JI}|百分之几|多高)(?P<unit>个工作日|工作日|个月|户|个|人|家|元|万元|亿元|万吨|吨|公里|万亩|亩|平方米|立方米"
    r"|小时|分钟|万|亿|天|年|项|%|份|套|名|位|条|类)?"
)
#: policy documents assign units, never people: a question about a person cannot be answered from them.
#: A person asked for: 哪位 / 姓名 / a post's holder asked after (组长是谁, 局长由谁, 总林长由谁来当). A title in the asker's own
#: words (我是村民小组长，能被聘为…吗) or 什么人 of a group (覆盖什么人群, 什么人可以申请) asks for no person.
#: (名字 asks a person's only after a word for one: 联系人的名字, not 小区的名字)
_ASKED_PERSON = re.compile(r"哪位|姓名|(?:人|长|员|领导|主任|书记)的?名字|主任是|签发人|哪个领导|哪位领导|谁签[发署]|什么人(?=负责|牵头|签发|签署|担任|主持|分管|批准)"
                           r"|(?:总|副总|副)?(?:林|河|湖|田|路|网格|组|局|部|厅|校|院|站|所|村|乡|镇|县|区|市|省)长"
                           r"(?:是谁|由谁|是哪|叫什么|姓|由什么人|谁来当|谁当|谁担任)")
#: a body named as the author of what is asked about (省政府定的全年目标, 市发改委印发的方案): whose text it is,
#: not whose tasks are asked
_AUTHORED_BY = re.compile(r"(?:今年|全年|近期|最新|新)?(?:制定|出台|印发|发布|下发|提出|定)的")
_ONLY = re.compile(r"单独|独自|只有.{0,6}一个|仅由|独立负责")
_YEAR = re.compile(r"(20\d\d)\s*年")
#: a place named by its administrative suffix (辉南县, 德阳市); words that only end like one are not places
#: 市州, 市（州）: a kind of place; a banner (鄂温克旗) is no 旗下/旗舰/红旗; an autonomous county is named in full
_PLACE = re.compile(rf"{AUTONOMOUS_COUNTY}|[\u4e00-\u9fff]{{2,3}}?(?:县|市|区|(?<![红国党军彩锦队会升])旗(?![下舰帜手号鼓袍杆]))"
                    r"(?![场民值区级容政里域别分州]|[（(]州|城(?!关))")  # 县城 is the county's seat, no county named (离县城15公里)
_NOT_PLACE = re.compile(
    r"城市|都市|[全本各该此我]市|[全本各该此我]县|[全本各该此我]区|上市|超市|县城|县里|市里|省里|区里|市区|城区|县区"
    r"|地区|园区|开发区|示范区|社区|辖区|片区|景区|小区|山区|林区|牧区|灾区|保护区|功能区|试验区|实验区|自贸区|经济区"
    r"|灌区|库区|矿区|垦区|湖区|港区|厂区|校区|营区|街区|商区|产区|核心区|集聚区|先行区|重点区"  # kinds of area, no place
    r"|火化区|火葬区|土葬区|改革区|居住区|住宅区|生活区|工业区|商业区|服务区|旅游区|风景区|规划区|建成区|学区|禁区"
    r"|[禁限][\u4e00-\u9fff]{1,2}区"  # an area named by what is barred or limited there (禁烧区, 禁养区, 限养区)
    # a class of city or county (几个地级市, 计划单列市想参加): a kind of place, no place of its own
    r"|地级市|县级市|省辖市|直辖市|单列市|设区的?市|副省级市|地级以上市|中心城市|地市|市县|区县"
    # a campaign to make the place strong in a field (工业强市, 交通强市, 科技强县): a goal, no place of its own
    r"|强[市县区]"
    # an honour a place is awarded (全国先进县, 省先进市, 十佳示范县, 百强县): a title, no place of its own
    r"|先进[市县区]|示范[市县]|百强|十佳|模范[市县]"
    # a market, not a city (夜市, 股市, 楼市), and words asking or counting that start no place name (哪位县领导, 某个县)
    r"|[夜早股菜楼车集]市|哪|某"
    # a numbered zone (智利第六区, 第三区): an ordinal, no place name
    r"|第[一二三四五六七八九十百\d]+[区县市]"
    # a verb or preposition right before the suffix ends no place name (除了区商务局, 才能享受县财政补助, 报给市政府)
    r"|[了受给向到由对从按经报交将把被设][市县区]"
    # the asker's or the listener's own place (我们县, 咱们市, 你们区): whose, not which
    r"|们[市县区]"
    # a deputy's title (副市长, 副县长): no place
    r"|副[市县区]"
    r"|什么|哪个|哪些|这个|那个|每个|各个|多少|几个|[一二两三四五六七八九十百千\d]+[个家所座]|港区|库区|矿区|老区|苏区|边区|郊区|街区|校区|禁区|误区|专区|分区|新区|高新区|集聚区|先行区|核心区|行政区|自治区|特区"
)
#: a national word right after these names the document a local one rests on (根据国务院哪个文件, and in a follow-up
#: 它贯彻的那份国务院意见: the conversation's text rests on it), not a scope
_BASIS_BEFORE = re.compile(r"(根据|依据|按照|参照|贯彻|落实|执行)[^，。？?]{0,3}$")
#: characters a question puts before a place name (在柳河县, 这个汉阴县, 我们嵊州市, 一份柳河县的文件)
_BEFORE_PLACE = frozenset("在这那个我们本该对从向给于和与及到是的去里说请问把被你他此咱份")
#: what ends a word 中 then follows as "among, in the course of" (其中, 考评中, 工作中, 评选中): no place's first character
_BEFORE_ZHONG = frozenset("其之当评作动程查核选赛审施行展")
#: up to a character no place name holds: a match of `_PLACE` holding one took words before the
#: place with it (在盘县, 预算绩效好的市县, 文保里泸县: 里 "in" is no part of a county's name but 巴里坤's, which is
#: named in full as an autonomous county)
_NEVER_IN_PLACE = re.compile(r".*[的在去到对把被是说问请给送算往里]")
#: a province's name with its level word, as a question may write it (内蒙古自治区, 北京市)
_PROVINCE_NAME = {
    "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区",
    "新疆": "新疆维吾尔自治区", **{m: f"{m}市" for m in MUNICIPALITIES},
}
#: a span or point of time: before a level word it says when, not where (头两年县财政, 今年县里)
_TIME = re.compile(r"[\d一二两三四五六七八九十几半]+个?(?:年|月|天|日|周|季度)|[今明去当每全上次同近往]年")




def validate_date(value: str | None) -> str | None:
    """An ISO date (2020-05-01) for `as_of`, or a clear error; None stays None."""
    if value is None or not str(value).strip():
        return None
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InvalidQuestionError(f"日期格式不正确：{value}（请写成 2020-05-01）。") from None


def validate_question(question: str, max_chars: int) -> str:
    """Reject what cannot be a policy question, with a message saying why."""
    text = (question or "").strip()
    if not text:
        raise InvalidQuestionError("问题为空，请输入要查询的问题。")
    if len(text) > max_chars:
        raise InvalidQuestionError(f"问题过长（{len(text)} 字），请控制在 {max_chars} 字以内。")
    if not has_chinese(text):
        raise InvalidQuestionError("请用中文提问：本助手只回答关于中文政策文件的中文问题。")
    return text


#: words any policy question may contain; sharing only these with a clause says nothing about topic
_GENERIC_WORDS = frozenset(
    ["政策", "文件", "规定", "要求", "目标", "措施", "内容", "方面", "国家", "国务院", "浙江", "省里", "地方", "政府", "企业", "公司", "我们", "怎么样", "怎么", "为什么", "现在", "今天", "可以", "能够", "哪些", "什么", "多少", "具体", "主要", "情况", "问题", "支持", "工作", "任务", "提出", "相关", "有关", "一下", "关于", "领域", "事项", "列出", "全部", "所有", "分别",
     # directional complements and positions in time (定下来以后, 批下来之后): they name no subject
     "下来", "下去", "起来", "出来", "上去", "过来", "以后", "之后", "以前", "之前"]
)


def topic_words(text: str, tokenizer: Tokenizer) -> list[str]:
    """The words of a question that name its subject, not the kind of fact asked or the scope."""
    return [
        w for w in tokenizer.tokenize(text) if len(w) >= 2 and w not in _GENERIC_WORDS and not _ASKING_WORDS.fullmatch(w)
    ]


def subject_words(text: str, tokenizer: Tokenizer) -> list[str]:
    """Topic words of a question after its asking phrases are taken out whole (什么时候, 截止到哪一年, 由谁负责):
    cut into tokens first, such a phrase leaves pieces (时候) that name no subject."""
    for spec in INTENT_SPECS:
        if spec.pattern is not None:
            text = spec.pattern.sub(" ", text)
    return topic_words(_ASKING_WORDS.sub(" ", REFERRING.sub(" ", ORDINAL.sub(" ", text))), tokenizer)


def topic_phrases(text: str) -> list[str]:
    """Runs of the question between asking and function words: 关于「北斗导航」的任务有哪些."""
    runs = re.split(rf"[，。？！?!、\s“”\"]|{_ASKING_WORDS.pattern}|关于|方面|领域|文件|里|在|的|了|和|与|及|对", text)
    return list(dict.fromkeys(r for r in runs if len(r) >= 2 and r not in _GENERIC_WORDS))


@dataclass(frozen=True)
class Query:
    """A question as understood, after any follow-up has been merged with the previous turn."""

    text: str  # what is searched: the topic words (carried over for follow-ups)
    own_text: str  # this turn's question as asked
    intent: Intent
    doc_ids: frozenset[str] | None = None  # scope named in the question (国务院 → national docs)
    units: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    regions: tuple[str, ...] = ()  # provinces named in the question
    slot: Slot = Slot.CONTENT  # the one fact asked (see intents.Slot)
    units_role: str | None = None  # "lead" / "supporting" units asked, None: all
    places: tuple[str, ...] = ()  # places the question names (辉南县; 广安 and 水淹区), for out-of-corpus checks
    asks_money: bool = False  # an amount, rate or price: the evidence must state one
    asked_unit: str | None = None  # 户 in 多少户; "" when a bare number is asked; None when none is
    asks_person: bool = False
    only_units: bool = False  # "单独负责": the listed units must be the clause's only units
    unit_filter: frozenset[str] | None = None  # search only clauses naming these units (a caller's filter)
    follow_up: bool = False
    #: a follow-up that picked the clauses just cited by their place (第二个项目5年内引进多少人, 第三条里…): the answer
    #: comes from them for every kind asked, not only for the facts a follow-up asks of what was cited
    pinned: bool = False
    scope_words: tuple[str, ...] = field(default=())
    #: answer from the versions in force on this ISO date (None: the current versions)
    as_of: str | None = None


#: slots asking a fact of a document itself, not of one of its clauses
OF_DOCUMENT = (Slot.ISSUE, Slot.VALIDITY)


@dataclass(frozen=True)
class _Scope:
    documents: frozenset[str] | None
    words: tuple[str, ...]  # the place, level, short-title and number words that named them
    joined: frozenset[str] = frozenset()  # title-less documents taken into a named place's scope
    described: tuple[str, ...] = ()  # title words by which the question named its document
    authors: tuple[str, ...] = ()  # ministries named as the authors of the documents in scope, no units asked


def detect_scope(question: str, documents: list[Document]) -> tuple[frozenset[str] | None, tuple[str, ...]]:
    """Documents the question names by level, region, short title, number or description, and the
    words (of the first four kinds) that named them.

    A place or document the question names decides the scope alone: a level word beside it
    (柳河县…获评省级研发中心, 贵州省级专项资金) is part of the topic, not a switch to every
    provincial document. Each group a word names (浙江's documents, every national one) is then
    narrowed to the one document the question names by what it is about (see `_described`)."""
    scope = _scope(question, documents)
    return scope.documents, scope.words


#: a question asked to be answered yes or no (…也要落实吗？)
_YES_NO = re.compile(r"吗[？?！!。]?\s*$")
#: a title a question quotes whole (《“十四五”国家消防工作规划》), long enough to name one text
_QUOTED_TITLE = re.compile(r"《([^《》]{6,60})》")


#: a 文号's year in the brackets a question may type (鄂政办发[1997]69号): documents' numbers are kept with 〔〕
_TYPED_NUMBER_YEAR = re.compile(r"[\[［【（(]\s*((?:19|20)\d\d)\s*[\]］】）)](?=\s*\d{1,4}\s*号)")


#: a text the asked one rests on, asked by its issuer's place (依据的云南省文件, 根据福建省哪个资金管理办法): before the
#: place and after it (按照浙江的标准呢 asks 浙江's own rule, no cited text)
_CITED_BASIS_BEFORE = re.compile(r"(?:依据|根据|贯彻|参照)(?:的是|的|是|了)?$")
_CITED_BASIS_AFTER = re.compile(r"[^，。？?]{0,10}?(?:文件|办法|意见|通知|规定|条例|方案|决定|规划|纲要|计划)")


def _basis_issuer(question: str, place: str) -> bool:
    """Every place the question names `place` it names the issuer of the text the asked one rests on (保山…细则
    依据的云南省文件是哪一个): that text is cited in the asked one, which is the scope, not `place`'s documents."""
    return all(_CITED_BASIS_BEFORE.search(question[: m.start()]) and _CITED_BASIS_AFTER.match(question, m.end())
               for m in re.finditer(re.escape(place), question))


def _scope(question: str, documents: list[Document]) -> _Scope:
    named: dict[str, set[str]] = {}  # each naming word with the documents it names
    question = _TYPED_NUMBER_YEAR.sub(r"〔\1〕", question)
    basis: dict[str, set[str]] = {}  # places named only as the issuer of the text the asked one rests on
    place_names: set[str] = set()  # the naming words that are a document's place
    for doc in documents:
        own_places = (doc.region, _place_stem(doc.region))
        for name in filter(None, (*own_places, doc.short_title, doc.number, doc.doc_id)):
            if name in question:
                its_place = name in own_places
                place_names |= {name} if its_place else set()
                naming = basis if its_place and _basis_issuer(question, name) else named
                naming.setdefault(name, set()).add(doc.doc_id)
    # 贯彻国发〔2014〕61号的实施意见 (or 国发61号): no loaded text's own number, the texts citing it (a number the
    # question writes with its year is matched with it; its year-less key is for numbers typed without one)
    asked_numbers = [key for key, _ in _number_keys(question)] + _yearless_keys(question)
    numbers = _numbers_of(Library(documents)) if asked_numbers else None  # most questions type no number
    for key in asked_numbers:
        citing = numbers.citing.get(key, frozenset())
        if key not in numbers.own and 0 < len(citing) <= _MAX_CITING:
            named.setdefault(key, set()).update(citing)
    if not named and not _FOLLOW_UP.search(question):
        named = basis  # 漳平市…是根据福建省哪个办法发的, naming no text of its own: the province's texts may hold it
    places = place_names & set(named)
    for quoted in _QUOTED_TITLE.findall(question):  # 《“十四五”国家消防工作规划》是…印发的: the text whose title quotes it
        titled = {doc.doc_id for doc in documents if doc.title and quoted in doc.title}
        if titled and len(titled) <= 2:
            named.setdefault(quoted, set()).update(titled)
    for place in places:  # 山东's 青岛西海岸新区条例 is 青岛's too (see `_about_place`)
        named[place] |= {d.doc_id for d in documents if _about_place(d, place)}
    words = [w for w in named if not any(w == d.doc_id for d in documents)]
    groups = list(named.items())
    # 浙江温州的…: a place named with one inside it means the inner one (its documents, not the province's)
    by_id = {d.doc_id: d for d in documents}
    wider = {w for w in places for v in places if v != w and named[v] and _names_within(question, w, v)
             and all(w in government_names(by_id[i]) for i in named[v]) and not named[w] <= named[v]}
    groups = [(w, g) for w, g in groups if w not in wider]
    # 湖北省政府办公厅鄂政办发[1997]69号…: a place named with the 文号 of one of its documents says where that document
    # is, not every document of the place
    numbers = {d.number for d in documents if d.number}
    numbered = [ids for w, ids in named.items() if w in numbers]
    groups = [(w, g) for w, g in groups if not (w in places and any(ids < g for ids in numbered))]
    # a level word inside a naming word (国发 in 国发〔2020〕6号, 国务院 in the named title) names
    # nothing more: the number or title already named its document
    unnamed = question
    for word in named:
        unnamed = unnamed.replace(word, " " * len(word))
    # …nor does the issuer of a document its 文号 or title names (国务院办公厅国办发〔2006〕23号通知): it says whose that
    # document is, not every national one
    titled = {i for w, ids in named.items() if w not in places for i in ids}
    for issuer in {d.issuer for d in documents if d.issuer and d.doc_id in titled}:
        unnamed = unnamed.replace(issuer, " " * len(issuer))
    national = NATIONAL_SCOPE_RE.search(unnamed) or _NATIONAL_FOLLOW_UP.search(unnamed)
    if national and places and _FUNDING_LEVEL.match(unnamed, national.start()):
        national = None  # 彰武县…每村的补助里，中央财政出多少: who pays the place's measure, not the state's documents
    if national and not _BASIS_BEFORE.search(question[: national.start()]):
        level = [d for d in documents if d.level == Level.NATIONAL]
        groups.append((national.group(0), {d.doc_id for d in _of_asked_place(question, level) or level}))
        words.append(national.group(0))
    issued = _issued_by(question, documents)
    # 省级 beside a ministry named as the author (商务部2023年…向省级商务主管部门提出申请) is whom it writes to, no level
    # 省里 beside a city or county the question names (遵义…是按照省里哪个文件要求制定的) is that place's province as its
    # text speaks of it, no turn to the provinces' documents
    if PROVINCIAL_SCOPE_RE.search(question) and not named and not named_places(question) and not (
        issued or _issued_by(question, documents, _DATED_ISSUER)
    ):
        groups.append(("省", {d.doc_id for d in documents if d.level == Level.PROVINCE}))
        words.append("省")
    if not groups:  # 工信部这个示范平台: a ministry named, and documents it issued loaded, names them
        groups += issued
    elif places and not national:
        # beside a place the question asks about, a ministry named with the year of its document or as its author
        # names that document too (浙江有哪些城市入选了教育部2022年第二批…实验区: the ministry's list, not 浙江's
        # texts; 人社部复函要求吉林…: the ministry's reply to 吉林)
        groups += _issued_by(question, documents, _DATED_OR_AUTHORED)
    chosen, joined, described = _described(question, documents, groups, places)
    authors = tuple(u for u, issued_docs in issued if chosen and not issued_docs.isdisjoint(chosen))
    return _Scope(frozenset(chosen) if chosen else None, tuple(words), frozenset(joined), described, authors)


#: a 文号 as its issuer's last two characters and its bracketed year and serial (国发〔2014〕61号), however the words
#: before it run on (贯彻国发〔2014〕61号) and whichever brackets it is typed with
_NUMBER_KEY = re.compile(r"([\u4e00-\u9fff]{2})\s*[〔\[［【（(]\s*(\d{4})\s*[〕\]］】）)]\s*(\d{1,4})\s*[号號]")
#: how far into a text its citing of the text it carries out is read (为贯彻落实《…》(国发〔2014〕61号)精神)
_CITING_READ = 600
#: more texts than this citing one number: the number says which national text, not which of them is asked
_MAX_CITING = 3


def _number_keys(text: str) -> list[tuple[str, str]]:
    """Each 文号 `text` names as a key (国发〔2014〕61号) with the key of it typed without its year (国发61号)."""
    return [(f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号", f"{m.group(1)}{m.group(3)}号")
            for m in _NUMBER_KEY.finditer(as_simplified(text))]


#: a 文号 typed without its year (国发61号), as a user shortens it
_YEARLESS_NUMBER = re.compile(r"([\u4e00-\u9fff][发字函令规])(\d{1,4})号")


def _yearless_keys(question: str) -> list[str]:
    """The 文号 a question types without a year (贯彻国发61号的), as `_number_keys` writes a text's year-less key."""
    return [f"{m.group(1)}{m.group(2)}号" for m in _YEARLESS_NUMBER.finditer(question)]


@dataclass(frozen=True)
class _Numbers:
    own: frozenset[str]  # the keys of the loaded texts' own numbers
    citing: dict[str, frozenset[str]]  # by key, the texts whose opening cites that number as another text's


@lru_cache(maxsize=2)  # the build in use and the one replacing it, as `_statements`
def _numbers_of(library: Library) -> _Numbers:
    """The loaded texts' own numbers, and the texts whose opening cites each other 文号 (a province's 实施意见
    贯彻落实…(国发〔2014〕61号)精神), read once per loaded library: a question may name a text by the one it carries
    out. Callers read it, never change it."""
    own: set[str] = set()
    citing: dict[str, set[str]] = {}
    for doc in library.documents:
        its_own = {key for keys in _number_keys(doc.number or "") for key in keys}
        own |= its_own
        opening = "".join(c.text for c in doc.clauses[:4])[:_CITING_READ]
        for key in {key for keys in _number_keys(opening) for key in keys} - its_own:
            citing.setdefault(key, set()).add(doc.doc_id)
    return _Numbers(frozenset(own), {key: frozenset(ids) for key, ids in citing.items()})


def _names_within(question: str, wider: str, inner: str) -> bool:
    """The question names `inner` as a part of `wider` (浙江温州, 浙江省的温州市): the wider name stands right before
    it. Named apart (按青海2004年的新标准，西宁地区…), the wider one is the document's government and the inner one
    a place it speaks of."""
    return re.search(re.escape(wider) + _WITHIN + re.escape(inner), question) is not None


#: a level named as the source of a place's money (中央财政资金30万元 in a county's measure): no scope
_FUNDING_LEVEL = re.compile(r"中央(?:财政|预算内|资金|下达|下拨|拨付|转移支付)")
#: what may stand between a wider place and one inside it when a question names the inner one through it
_WITHIN = r"(?:省|市|自治区|[\u4e00-\u9fff]{1,3}自治区|地区|州|盟)?的?"


#: a ministry named as the author of a document or measure, not as a unit the question asks about:
#: 工信部这个示范平台, 工信部的通知, 商务部会怎么处罚, 农业农村部搞放管服改革 (not 报工信部, 工信部负责吗)
_AS_ISSUER = re.compile(
    r"[这那该此][个份项]?|的?(?:通知|文件|办法|意见|规定|公告|复函|批复|函|方案|名单)|(?:发布|印发|发)的|搞|会|对|要求|规定|出台|组织|打算|准备"
    r"|公布|印发|发布|下发|办公厅"  # 水利部公布全国大型灌区名录: what it published
)
#: a ministry named with the year of a document (教育部2022年第二批…)
_DATED_ISSUER = re.compile(r"\d{4}年")
_DATED_OR_AUTHORED = re.compile(rf"{_DATED_ISSUER.pattern}|{_AS_ISSUER.pattern}")
_NATIONAL_NAME = re.compile("|".join(map(re.escape, sorted(national_names(), key=len, reverse=True))))
#: another ministry named right after one, as co-author (财政部水利部, 财政部、水利部, 财政部和水利部)
_JOINED_MINISTRY = re.compile(rf"[、和与及\s]?(?P<name>{_NATIONAL_NAME.pattern})")
#: how many characters after a ministry's 的 must open the title of a text it issued to name that text
_TITLE_RUN = 4
#: how far into a national document without an issuer a page's line may name it (发文部门:…)
_ISSUER_OPENING = 200
#: what a ministry's office adds to its name (工业和信息化部办公厅 issues for 工业和信息化部)
_OFFICE = re.compile(r"(?:办公厅|办公室)$")


def _of_asked_place(question: str, documents: list[Document]) -> list[Document]:
    """Of national documents, those whose title names a place the question names (哈尔滨办大冬会，中央财政
    会补贴哪一块: the 复函 关于同意以哈尔滨市名义申办…; 四川…中央会安排经费补助吗: the 函 关于四川省…): a
    national document about one place is that place's, as `place_scope` reads it when no level is named."""
    return [d for d in documents if any(p in question for p in _title_places(d.title))]


@lru_cache(maxsize=4096)
def _own_title(title: str) -> str:
    """A title less the titles it cites (关于印发《…》的通知 names its own subject only); memoised, as every national
    and provincial title is read for each question naming a place or a level."""
    return CITED_TITLE.sub("", title)


@lru_cache(maxsize=4096)
def _title_places(title: str) -> frozenset[str]:
    """The provinces and places a title names outside the titles it cites, by full and short name (哈尔滨市,
    哈尔滨; 四川); memoised, as every national title is read for each question naming a level."""
    title = _own_title(title)
    places = [p for p in PROVINCES if p in title] + list(named_places(title))
    return frozenset(n for p in places for n in (p, _stem(p)) if len(n) >= 2)


def _issued_by(question: str, documents: list[Document], as_issuer: re.Pattern[str] = _AS_ISSUER) -> list[tuple[str, set[str]]]:
    """The documents issued by a national ministry or commission the question names (工信部 →
    工业和信息化部's and its 办公厅's), one group per ministry that issued any loaded document."""
    named = find_units(question)
    groups: list[tuple[str, set[str]]] = []
    for m in _NATIONAL_NAME.finditer(question):
        if canonical_unit(m.group(0)) in {u for u, _ in groups}:
            continue
        chain, end = [m.group(0)], m.end()
        while joined := _JOINED_MINISTRY.match(question, end):  # 财政部水利部的…, 财政部、水利部印发的…: one authorship
            chain.append(joined.group("name"))
            end = joined.end()
        authored = as_issuer.match(question, end) is not None
        units = [u for u in dict.fromkeys(map(canonical_unit, chain)) if u in named and u != "国务院"]
        if not units or not (authored or question.startswith("的", end)):
            continue  # named as no author: the library is not read for its texts
        # ministries named together wrote together: the texts each of them issued
        issued = set.intersection(*(_issued_by_unit(u, documents) for u in units))
        if issued and (authored or _of_own_title(question, end, [d for d in documents if d.doc_id in issued])):
            groups += [(u, issued) for u in units]
    return groups


def _issued_by_unit(unit: str, documents: list[Document]) -> set[str]:
    """The national documents `unit` issued (or, for a text without an issuer, names as its issuer or as itself)."""
    return {
        d.doc_id for d in documents if d.level == Level.NATIONAL and (
            unit in {canonical_unit(_OFFICE.sub("", p).removeprefix("中华人民共和国")) for p in re.split(r"[、\s]+", d.issuer) if p}
            if d.issuer else unit in find_units(opening_text(d)[:_ISSUER_OPENING])  # 发文部门:工业和信息化部
            or unit == _self_named("".join(c.text for c in d.clauses))
        )
    }


def _of_own_title(question: str, end: int, issued: list[Document]) -> bool:
    """水利部的中小河流治理绩效评价…: what follows the ministry's 的 (at `end`) opens with words of the title of a text it
    issued (关于印发《中小河流治理财政专项资金绩效评价暂行办法》的通知): its text, not its tasks, is asked about."""
    opening = question[end + 1 : end + 1 + _TITLE_RUN]
    return len(opening) == _TITLE_RUN and any(opening in as_simplified(d.title) for d in issued)


def ministries_named(text: str) -> list[str]:
    """The national ministries and commissions `text` names, as the units lexicon writes them (工信部 → 工业和信息化部)."""
    return list(dict.fromkeys(canonical_unit(m.group(0)) for m in _NATIONAL_NAME.finditer(text)))


@lru_cache(maxsize=1024)
def _self_named(text: str) -> str | None:
    """The national organ a text without an issuer names most, when it names it twice at least and more than any
    other (商务部将会同…, 向商务部推荐…, 商务部流通业发展司 in a notice on a repost that lost its title and signature):
    a ministry's notice speaks of itself by name. Memoised: read for each question naming a ministry."""
    counts = Counter(canonical_unit(m.group(0)) for m in _NATIONAL_NAME.finditer(text))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _described(
    question: str, documents: list[Document], groups: list[tuple[str, set[str]]], places: set[str]
) -> tuple[set[str], set[str], tuple[str, ...]]:
    """The union of the named groups, each narrowed to the document the question names by what it
    is about (document_match; the naming words themselves, 国家 or 浙江, do not count towards it);
    with no group, that document among all. A place's group first takes in the documents of unknown
    government that may be that place's (any whose opening names the place; one whose description or
    cited titles name it and that shares a distinctive word with the question: see `own_statement`). So 浙江这份关于小微企业的意见 is not answered from another
    浙江 document, 国家和浙江… still sees both sides, and a question naming no document searches all.
    Returns the scope, the documents joined, and the title words that named a document."""
    titles = titles_of(documents)
    rest = question
    for word, _ in groups:
        rest = rest.replace(word, " ")
    if not groups:
        best = titles.named_within(rest)
        if best is None:
            return set(), set(), ()
        # 雨山区的科学技术奖励办法: a place no loaded document belongs to is not 花山区's 奖励办法
        document = next(d for d in documents if d.doc_id == best.doc_id)
        if not _fits(document, named_places(question, known_places(documents))):
            return set(), set(), ()
        return {best.doc_id}, set(), best.words
    statements = _statements(Library(documents))
    opened = {p: {doc_id for doc_id, (opening, _) in statements.items() if p in opening} for p in places}
    return titles.narrow(rest, groups, places, {d: " ".join(s) for d, s in statements.items()}, opened)


#: how far into a document of unknown government its opening may name the place it is for (推动温州经济…)
_PLACE_OPENING = 200


def _of_unknown_government(document: Document) -> bool:
    """A local document whose issuer, title and metadata name no government (a compilation, a page's text)."""
    return document.level != Level.NATIONAL and not (document.region or document.government)


@lru_cache(maxsize=2)  # the build in use and the one replacing it, as `titles_of`
def _statements(library: Library) -> dict[str, tuple[str, str]]:
    """`own_statement` of each document of unknown government, read once per loaded library, not per question
    (a library of uploads may hold hundreds of them). Callers read it, never change it."""
    return {d.doc_id: own_statement(d) for d in library.documents if _of_unknown_government(d)}


def own_statement(document: Document) -> tuple[str, str]:
    """Where a document of unknown government says whose it is, in simplified script (a question is asked in
    it; 廣東 in a traditional-script text is 广东): the start of its opening (推动温州经济高质量发展), which
    names the place it is for, and the titles that start cites (为贯彻落实《广东省…》), which name a place whose
    plan it carries out: its own or one above it, a weaker sign (see `DocumentTitles.joining`)."""
    raw = document.title + "".join(c.text for c in document.clauses[:3])
    cited = "".join(CITED_TITLE.findall(raw[: 2 * _PLACE_OPENING]))
    return as_simplified(opening_text(document)[:_PLACE_OPENING]), as_simplified(cited)


def _topic_text(question: str, scope: _Scope, slot: Slot) -> str:
    """What is searched: the question less the title words by which it named its one document
    (山西省激发重点群体活力这个方案的指导思想里… is about 指导思想: every clause of that 方案 is
    about 激发重点群体活力, and the clause that only repeats the title would rank first); the whole
    question when that would leave no subject, when it names no single document by description, or
    when it asks a fact of the document itself (its 文号, date, validity: the title is then the subject)."""
    if not scope.described or scope.documents is None or len(scope.documents) != 1 or slot in OF_DOCUMENT:
        return question
    text = without_description(question, scope.described)
    rest = text
    for word in scope.words:
        rest = rest.replace(word, "")
    for spec in INTENT_SPECS:  # 是哪天发的, 由谁负责: asking phrases name no subject (see subject_words)
        if spec.pattern is not None:
            rest = spec.pattern.sub("", rest)
    subject = re.sub(r"[^\u4e00-\u9fff]", "", _ASKING_WORDS.sub("", REFERRING.sub("", rest)))
    return text if len(subject) >= 3 else question


def _fits(document: Document, places: tuple[str, ...]) -> bool:
    """May the document be the one of the places a question names (see `place_scope`)?"""
    where = f"{document.government or ''}{document.region or ''}{document.title}"
    return document.level == Level.NATIONAL or all(
        p in where or _stem(p) in where or (document.level == Level.PROVINCE and _in_province(p, where)) for p in places
    )


def _place_stem(region: str | None) -> str | None:
    """嵊州 for 嵊州市, 柳河 for 柳河县: how people name a place; None when too short to be unambiguous."""
    if not region or len(region) < 3 or region[-1] not in "市县区旗":
        return None
    return region[:-1]


def known_places(documents: list[Document]) -> frozenset[str]:
    """The places the loaded documents belong to (柳河县, 嵊州市, 成都), by full and short name."""
    regions = {d.region for d in documents if d.region}
    return frozenset(regions | {s for r in regions if (s := _place_stem(r))})


def _the_place(question: str, match: re.Match[str], known: frozenset[str]) -> tuple[str, ...]:
    """The places inside a match of `_PLACE`, which may have taken words before the place: the
    longest tail that is a known place or a prefecture city (这个汉阴县, 在盘县); else the county or
    area after a province or city that ends inside the match, with that city (广安水淹区: 广安 and
    水淹区; 吉林省辉南县: 辉南县, the province being a region); else the match less what precedes a
    character no place name holds (在和平县: 和平县; 效好的市: nothing) and less the function
    characters it starts with (keeping a two-character name). A time before the level word is no
    place (投产后头两年县财政: the county's budget in the first two years)."""
    text = match.group(0)
    for start in range(len(text) - 1):
        tail = text[start:]
        if tail in known or tail[:-1] in known or tail[:-1] in CITY_PROVINCE:
            return (tail,)
    higher: tuple[str, ...] = ()
    for above in HIGHER_PLACE.finditer(question, 0, match.end()):
        if above.start() < match.start() < above.end() <= match.end() - 2:
            text = question[above.end() : match.end()]
            higher = () if province_of(above.group(0)) else (above.group(0),)
            break
    if not match.group("a_groups"):
        text = _NEVER_IN_PLACE.sub("", text)
    start = 0
    if text.startswith("中") and question[match.start() - 1 : match.start()] in _BEFORE_ZHONG:
        start = 1  # 其中盘山县那个镇, 考评中红原县: the 中 of 其中 or of "in the 考评", no part of the county
    while len(text) - start > 3 and text[start] in _BEFORE_PLACE:
        start += 1
    text = text[start:]
    if len(text) < 2 or _TIME.search(text[:-1]):
        return higher
    return (*higher, text)


#: a prefecture city named without its suffix (威海对企业…, 在广安): standing as a word of its own, between a
#: character a place name follows or starts a question with and one it is followed by (not 大兴安岭's 兴安,
#: 朝阳产业's 朝阳)
_CITY = re.compile(
    rf"(?:^|(?<=[^\u4e00-\u9fff]|[{''.join(sorted(_BEFORE_PLACE))}]))"
    rf"({'|'.join(sorted(CITY_PROVINCE, key=len, reverse=True))})"
    r"(?=[对的在里那这能给有要可和与及、，,？?的]|市|地区|高新区|经开区|开发区|新区|工业园区|都市圈|城区|$)"
)


def _known_tail(text: str, known: frozenset[str]) -> bool:
    """Does `text` end with a loaded document's place of three characters or more (婺城区, 南山区: a place
    although its name holds 城区 or 山区)?"""
    return any(text[start:] in known for start in range(max(0, len(text) - 4), len(text) - 2))


def named_places(question: str, known: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Places the question names by their suffix (辉南县, 德阳市), or prefecture cities it names by their short
    name as a word of their own (威海对企业…); `known`: the loaded documents' places."""
    matches = (m for m in _PLACE.finditer(question) if not _NOT_PLACE.search(m.group(0)) or _known_tail(m.group(0), known))
    places = [p for m in matches for p in _the_place(question, m, known)]
    places += [m.group(1) for m in _CITY.finditer(question) if not any(m.group(1) in p for p in places)]
    return tuple(dict.fromkeys(p for p in places if not _NOT_PLACE.fullmatch(p)))


def _stem(place: str) -> str:
    """辉南 for 辉南县: how a text may write the place; a two-character name (盘县) is its own stem."""
    return place[:-1] if len(place) >= 3 and place[-1] in "市县区" else place


def foreign_places(query: Query, places_text: str, evidence: str, provinces: frozenset[str] = frozenset()) -> list[str]:
    """The provinces and places a question names that the loaded documents do not cover: a question
    about them is declined (现有文件不涉及X的政策), never answered from another government's document.

    A place is covered when a document belongs to it (`places_text`: every document's government,
    region and title, holding the place or its short name) or when the best clauses mention it
    (`evidence`: 广安 and 水淹区 in 赴广安市水淹区), in simplified script or not (東莞), or, for a prefecture city
    named by its short name (嘉兴), when its province's own documents are loaded (`provinces`: their regions)."""
    named = [r for r in query.regions if r not in places_text]
    named += [
        p for p in query.places
        if p not in places_text and _stem(p) not in places_text and not any(_in_province(p, r) for r in provinces)
    ]
    named = [p for p in named if p not in evidence]
    if named:  # questions come in simplified script; a clause may be in traditional script
        evidence = to_simplified(evidence)
        named = [p for p in named if p not in evidence and not _tail_written(p, evidence + places_text)
                 and not _inner_place_written(p, query.own_text, evidence + places_text)]
    return named


def _tail_written(place: str, text: str) -> bool:
    """A place read with the word before it (名单中合江县 read as 中合江县) whose name without that first character
    (合江县) is written in `text`: the place asked is the one written. A name of three characters at least, so that
    a county (长沙县) is never taken for a shorter one (沙县)."""
    return len(place) >= 4 and place[1:] in text


#: a county or district a question names right after its city (襄阳市襄城区)
_INNER_PLACE = re.compile(r"[\u4e00-\u9fff]{1,4}?[区县旗]")


def _inner_place_written(place: str, question: str, evidence: str) -> bool:
    """The question names `place` only to say where a county or district it names right after is (襄阳市襄城区,
    福建尤溪县), and the evidence or a loaded document's government writes that one (襄城区本级保留的…, a 尤溪县
    policy whose page never says 福建): the text is that county's, which is in `place`."""
    for m in re.finditer(re.escape(place), question):
        inner = _INNER_PLACE.match(question, m.end())
        if inner and len(inner.group(0)) >= 2 and inner.group(0) in evidence:
            return True
    return False


def place_scope(
    query: Query, documents: list[Document], openings: Mapping[str, str] | None = None
) -> frozenset[str] | None:
    """The documents a question may be answered from. One that names a place no loaded document
    belongs to by name (官渡区, 德阳市, 四川) is still never answered from another local government's
    document: national documents apply everywhere, a local one where its government is or where its
    opening (`opening_text`, by doc_id in `openings` when the caller has read them) names the place —
    a development zone's or a district's text filed under its city (哈尔滨市 for a 平房区 text) says
    which part of the city it is for there."""
    places = [*query.regions, *query.places]
    if query.doc_ids is not None or not places:
        return query.doc_ids
    own = _narrowest([{d.doc_id for d in documents if p in government_names(d) or _about_place(d, p)} for p in places])
    if own:  # 深圳 names 南山区's documents: a government's parts are its own, its siblings and other levels not
        # nor is a text saying nowhere whose it is another government's: one the question describes may be the place's
        return frozenset(own | _described_unplaced(query.own_text, documents))
    stems = {s for p in places for s in (p, _stem(p))}
    return frozenset(
        d.doc_id
        for d in documents
        if d.level == Level.NATIONAL
        or any(map(_opening_of(d, openings).__contains__, stems))  # a local document (national ones are in)
        or any(s in f"{d.government or ''}{d.region or ''}{d.title}" for s in stems)
        or (d.level == Level.PROVINCE and any(_in_province(p, d.region or "") for p in places))
    )


def _described_unplaced(question: str, documents: list[Document]) -> set[str]:
    """The texts of unknown government naming no place that `question` describes at length
    (`DocumentTitles.described_unplaced`)."""
    statements = _statements(Library(documents))
    return titles_of(documents).described_unplaced(question, {d: " ".join(s) for d, s in statements.items()}) if statements else set()


def _about_place(document: Document, place: str) -> bool:
    """A national or provincial document whose title names the place (国务院办公厅关于四川省…的函, 关于同意
    以哈尔滨市名义申办…, 山东省青岛西海岸新区条例): it is that place's as much as the
    place's own documents are; a province writes for one of its cities or areas as the state writes for one
    province."""
    return document.level in (Level.NATIONAL, Level.PROVINCE) and place in _own_title(document.title)


def _narrowest(groups: list[set[str]]) -> set[str]:
    """The union of the groups of documents that hold no other non-empty group: of 浙江 and 温州 named
    together, 温州's documents (a place inside another one the question names is the one it means)."""
    groups = [g for g in groups if g]
    return set().union(*(g for g in groups if not any(o < g for o in groups)))


#: how much of a document of unknown government is read for the place it is about
_OPENING_READ = 2000


def _opening_of(document: Document, openings: Mapping[str, str] | None) -> str:
    return openings[document.doc_id] if openings is not None else opening_text(document)


def opening_text(document: Document) -> str:
    """The title and first clauses of a document, less the titles they cite (《…》 are other documents')."""
    text = document.title
    for clause in document.clauses:
        if len(text) >= _OPENING_READ:
            break
        text += clause.text
    return CITED_TITLE.sub("", text[:_OPENING_READ])


def government_names(document: Document) -> frozenset[str]:
    """Every name by which a question may name the document's government or one above it, from the
    province down: 广东, 广东省, 深圳, 深圳市, 南山区, 南山 for 广东省深圳市南山区 (a question naming
    广东 or 深圳 names this document too: a part of a government is its own)."""
    return _government_names(document.government, document.region)


@lru_cache(maxsize=4096)
def _government_names(government: str | None, region: str | None) -> frozenset[str]:
    found = government_of(government) if government else None
    names = {region, _place_stem(region)} if region else set()
    if found is not None:
        if found.province:
            names |= {found.province, _PROVINCE_NAME.get(found.province, f"{found.province}省")}
        if found.city:
            names |= {found.city, f"{found.city}市"}
        if found.county:
            names |= {found.county, _place_stem(found.county), *autonomous_short_names(found.county)}
    return frozenset(n for n in names if n)


def _in_province(place: str, text: str) -> bool:
    """A prefecture city named by its short name (嘉兴, 威海) whose province `text` names: that province's own
    documents apply there (a 浙江 policy is 嘉兴's too). Only the short name: a place named with its suffix
    (嘉兴市) is matched to documents by name."""
    province = CITY_PROVINCE.get(place)
    return bool(province and text and province in text)


def _asked_unit(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    if match.group(0).startswith("百分之"):
        return "%"
    return match.group("unit") or ""


def unit_governments(documents: list[Document]) -> dict[str, str | None]:
    """The units the documents name, each with the government of the document naming it: what a
    question may name by function (管土地的部门, 央行在杭州的分支机构; see lexicon.units_by_function)."""
    return {unit: d.government for d in documents for clause in d.clauses for unit in clause.units}


#: what sets two names side by side (国家和浙江, 国务院文件与浙江文件, 全国、浙江) or asks of each (各, 分别)
_SIDE_BY_SIDE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:和|与|及|以及|跟|同|、|还是|或|比)")
_OF_EACH = re.compile(r"各|分别|两地|两级|两份")


def _named_side_by_side(question: str, words: tuple[str, ...]) -> bool:
    """Two names the question sets side by side, or asks of each: a comparison. Two names apart are
    not (山东省财政对…中央资金按什么比例配套: 中央 is whose money the province matches, no second document)."""
    if len(set(words)) < 2:
        return False
    if _OF_EACH.search(question):
        return True
    spans = sorted((m.start(), m.end()) for w in set(words) for m in re.finditer(re.escape(w), question))
    return any(_SIDE_BY_SIDE.fullmatch(question[end:start]) for (_, end), (start, _) in zip(spans, spans[1:]))


def understand(
    question: str, documents: list[Document], known_units: Mapping[str, str | None] | None = None
) -> Query:
    """What a question asks. `known_units` (unit_governments of the library, kept per build by the
    engine) lets it name units by what they do; without it only names and aliases are read."""
    scope = _scope(question, documents)
    doc_ids, scope_words = scope.documents, scope.words
    issuers = {d.issuer for d in documents if d.issuer}
    authors = units_ending_at(question, (m.start() for m in _AUTHORED_BY.finditer(question)))
    number = None if ASKS_CHOICE.search(question) else _ASKED_NUMBER.search(question)  # 分几次给还是一次给: which, no count
    asked = SELF_INTRODUCTION.sub("", question) or question  # 我在省工信厅负责…，: the asker, not the asking
    intent = detect_intent(asked) or Intent.CONTENT
    slot = detect_slot(asked, intent)
    intent = refine_intent(asked, intent, slot)
    # 国家和浙江各是多少: two documents named means a comparison (a title-less one that may be the
    # place's is a candidate, not a second document named)
    # (two names: one name standing for a level's many documents, 中央 in 哈尔滨办大冬会，中央财政会补贴哪一块,
    # asks within them, it compares none)
    if (
        doc_ids is not None
        and len(doc_ids - scope.joined) > 1
        and _named_side_by_side(question, scope.words)
        and intent in COMPARABLE
        and slot not in (Slot.NAME, Slot.ISSUE)
    ):
        intent = Intent.COMPARE
    return Query(
        text=_topic_text(question, scope, slot),
        own_text=question,
        intent=intent,
        doc_ids=doc_ids,
        units=tuple(u for u in find_units(question, known=known_units)
                    if u not in issuers and u not in authors and u not in scope.authors and u != "国务院"),
        years=tuple(int(y) for y in _YEAR.findall(question)),
        regions=tuple(p for p in PROVINCES if p in question),
        slot=slot,
        units_role=units_role(question) if slot is Slot.UNITS else None,
        places=named_places(question, known_places(documents)),
        asks_money=slot is Slot.AMOUNT,
        asked_unit=_asked_unit(number),
        asks_person=bool(_ASKED_PERSON.search(question)) and slot not in (Slot.NAME, Slot.ISSUE),
        only_units=bool(_ONLY.search(question)),
        scope_words=scope_words,
    )


#: the most characters a turn may keep besides its asking words and still name no subject of its own: a verb
#: of what is done with the measure just discussed (执行到什么时候, 由哪个部门兑现, 要在几年内完成)
_PREDICATE_ONLY = 3
#: what frames a turn's words without naming anything (punctuation, particles, 文件/里/请问)
_FRAMING = (
    r"[，。？！?!、\s]|文件|里|的|那|呢|吗|么|请问|还|也|又"
    r"|全(?:省|市|县|区|州|旗|乡|镇)(?=[\u4e00-\u9fff])"  # the whole of the place the conversation is on (全市一共多少人)
    r"|(?:上去|上来|下来|出来|过去|过来)(?=[，。？！?!\s]*$)"  # a verb's direction at the end (得交上去): no subject
)


def _without_scope(question: str, query: Query) -> str:
    topic = question
    for word in query.scope_words:
        topic = topic.replace(word, "")
    return topic


def _bare(question: str, query: Query) -> str:
    """The turn less its scope words and the phrases asking a fact of a clause (配合的有哪些？: 配合, 牵头,
    什么时候 name no topic either)."""
    topic = _without_scope(question, query)
    for spec in INTENT_SPECS:
        if spec.pattern is not None and spec.asks_fact:
            topic = spec.pattern.sub("", topic)
    return topic


def own_runs(question: str, query: Query) -> list[str]:
    """The runs of a turn's own words once its scope, asking, pointing and framing words are taken out
    (年销售额要达到多少？ → 年销售额): what it names of its own, whatever it asks."""
    rest = _ASKING_WORDS.sub("，", REFERRING.sub("，", ASKS_SPAN.sub("，", _bare(question, query))))
    return [r for r in re.split(_FRAMING, rest) if r]


def is_follow_up(question: str, query: Query) -> bool:
    """Short or pronoun-led questions lean on the previous turn for their topic; so does a turn that, its asking
    words aside, says no more than a verb (执行到什么时候？ after a question on one measure asks that measure's
    end, not whatever clause says 执行 — the subject is left out, as in speech)."""
    return (
        bool(_FOLLOW_UP.search(question.strip()))
        or len(re.sub(_FRAMING, "", _without_scope(question, query))) <= 4
        or sum(map(len, own_runs(question, query))) <= _PREDICATE_ONLY
    )


def merge_follow_up(current: Query, previous: Query) -> Query:
    """Carry topic, scope, units and intent from the previous turn where this one is silent. A silent turn
    (进出口总额呢？) asks what the previous one asked, in full: a person (由哪位领导牵头), the lead or the
    supporting units, a count of some unit, as well as the kind and the slot."""
    own = current.own_text
    # 中央企业也要落实吗？: a yes-or-no question asks its own, whatever fact the turn before asked
    asks_own = _ASKS_CONTENT.search(own) or _ASKS_WHICH.search(own) and not clause_roles(own) or _YES_NO.search(own)
    silent = current.intent == Intent.CONTENT and current.slot is Slot.CONTENT and not asks_own or (
        current.intent == Intent.RESPONSIBILITY and bool(_ANOTHER_ITEM.search(own)) and not _ASKS_A_BODY.search(own)
        and len(_ROLE_AND_FRAMING.sub("", own)) >= 3
    )
    asking = previous if silent else current  # the turn whose question is asked
    return replace(
        current,
        text=f"{previous.text} {current.text}",
        intent=asking.intent,
        slot=asking.slot,
        units_role=asking.units_role,
        asks_money=asking.asks_money,
        asked_unit=asking.asked_unit,
        asks_person=asking.asks_person,
        doc_ids=current.doc_ids if current.doc_ids is not None else previous.doc_ids,
        units=current.units or previous.units,
        years=current.years or previous.years,
        follow_up=True,
    )
