"""Units named by what they do: every unit name's field, kind, level and places, read from its name.

People name a body by its work (省里管地方税的部门, 邮政管理部门, 银行业监管机构) or as a parent's
office in a place (央行在杭州的分支机构, 证券监管部门驻浙江的机构). Chinese government bodies are
named regularly — a place or level, a field, a kind suffix (省 + 地税 + 局), with abbreviations formed
by rule (X监督管理委员会 → X监会, 地方税务局 → 地税局) — so the field of every unit the library names
is derived from its name, and a question's function phrase maps to the units whose field it names,
within the government the question scopes. The vocabulary is two small tables (abbreviations and
field words) plus the stems of the lexicon's own unit names; no question phrasing is listed.
A function phrase that no unit of the library answers stays as the question's words, so an answer
says that no document names such a unit instead of listing another one's tasks. The module is near
400 lines because the two vocabulary tables are in it; split, they would part from the rules reading them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from assistant.lexicon.regions import (
    CITY_PROVINCE,
    PREFECTURES,
    PROVINCES,
    Government,
    Level,
    government_of,
)
from assistant.lexicon.units import (
    COLLECTIVE_UNITS,
    DEPARTMENT_STEMS,
    NATIONAL_ALIASES,
    NATIONAL_UNITS,
    canonical_unit,
    national_names,
)

# ----------------------------------------------------------------------------- vocabulary

#: The industry a one- or two-character regulator abbreviation stands for: X监督管理委员会 is
#: written X监会 and its local office X监局 (证监会, 浙江银监局, 省安监局, 食药监局).
INDUSTRIES: dict[str, str] = {
    "银保": "银行保险", "食药": "食品药品", "证": "证券", "银": "银行业", "保": "保险", "安": "安全生产", "质": "质量技术",
}
#: Regular short forms of the words in unit names → the full words (地税局 is 地方税务局, 网信办 is
#: 互联网信息办公室, 人行 is 人民银行). Names and question phrases are read after expansion.
ABBREVIATIONS: dict[str, str] = {
    "地税": "地方税务", "国税": "国家税务", "网信": "互联网信息", "人行": "人民银行", "央行": "人民银行",
    "编委办": "机构编制委员会办公室", "编办": "机构编制委员会办公室", "地信": "地理信息", "发改": "发展和改革",
    "经信": "经济和信息化", "工信": "工业和信息化", "人力社保": "人力资源和社会保障", "人社": "人力资源和社会保障",
    "社保": "社会保障", "住建": "住房和城乡建设", "卫健": "卫生健康", "卫计": "卫生和计划生育", "环保": "环境保护",
    "教体": "教育体育", "文旅": "文化和旅游", "交运": "交通运输", "投促": "投资促进", "经贸": "经济贸易",
    "医保": "医疗保障", "国资": "国有资产监督管理", "外管": "外汇管理", "质检": "质量监督检验检疫",
}
#: Fields by the words that name them in (expanded) unit names and in questions. A field groups
#: words for the same work (土地: 国土资源厅, 自然资源部, 管土地的) and nests narrower ones (a 地方税
#: unit is a 税务 unit too: its name holds both words). Work no entry names is still found by the
#: stems of the lexicon's unit names (民航, 气象, 海关 …).
FIELDS: dict[str, tuple[str, ...]] = {
    "税务": ("税务", "税收", "税"), "地方税": ("地方税务", "地方税"), "国税": ("国家税务",),
    "证券": ("证券",), "银行业": ("银行业", "银行监管"), "保险": ("保险",), "人民银行": ("人民银行", "中央银行"),
    "外汇": ("外汇",), "金融": ("金融",), "法制": ("法制",), "司法": ("司法",), "邮政": ("邮政", "快递"),
    "通信": ("通信", "电信"), "网信": ("互联网信息", "网络信息"), "土地": ("国土", "自然资源", "土地", "矿产"),
    "规划": ("规划",), "测绘": ("测绘", "地理信息"), "统计": ("统计",), "审计": ("审计",), "海关": ("海关", "通关"),
    "市场监管": ("市场监督管理", "市场监管", "工商"), "质量": ("质量技术监督", "质量监督", "质量"),
    "食品药品": ("食品药品", "药品"), "安全生产": ("安全生产",), "物价": ("物价", "价格"),
    "编制": ("机构编制", "编制"), "保密": ("保密",), "密码": ("密码",), "知识产权": ("知识产权", "专利"),
    "科技": ("科学技术", "科技"), "财政": ("财政", "钱"), "发展改革": ("发展和改革", "发展改革"),
    "工业": ("工业", "经济和信息化"), "商务": ("商务", "外贸", "贸易"), "招商": ("投资促进", "招商"),
    "农业": ("农业",), "交通": ("交通",), "水利": ("水利", "水务"), "卫生": ("卫生", "健康"),
    "医保": ("医疗保障",), "社保": ("社会保障", "人力资源", "就业"), "教育": ("教育",),
    "环保": ("环境保护", "生态环境", "环境"), "住房": ("住房", "城乡建设", "建设"), "文化": ("文化",),
    "旅游": ("旅游",), "广电": ("新闻出版", "广电", "广播电视", "广播电影电视"), "体育": ("体育",),
    "民政": ("民政",), "公安": ("公安",), "能源": ("能源",), "林业": ("林业",), "国资": ("国有资产",),
    "组织": ("组织",), "宣传": ("宣传",),
}
#: Stems too vague to name a field by themselves (安全部门 may be 国家安全 or 网络安全).
_VAGUE_STEMS = frozenset({"安全", "国家安全", "研究", "新闻", "参事", "机关事务"})
#: Words between a field and what it names: 邮政管理部门, 银行业监管机构, 法制工作的.
MODIFIERS: tuple[str, ...] = ("监督管理", "行政主管", "监管", "管理", "主管", "行政", "业务", "工作", "方面")
CONNECTORS: tuple[str, ...] = ("以及", "和", "与", "及", "、", "或", "跟")
#: A level or government directly before a function phrase scopes it (省政府法制部门, 国家管土地的).
_SCOPE_PREFIXES: tuple[str, ...] = (
    "省政府", "市政府", "区政府", "县政府", "国务院", "省里", "市里", "区里", "县里", "省级", "市级", "区级", "县级",
    "国家", "中央", "省", "市", "区", "县",
)
#: Level words anywhere in a question: the level of the units it asks about.
_LEVEL_WORDS: tuple[tuple[Level, re.Pattern[str]], ...] = (
    (Level.PROVINCE, re.compile(r"省(?:里|级|政府|直|一级)|本省")),
    (Level.CITY, re.compile(r"市(?:里|级|政府|直|一级)|本市")),
    (Level.COUNTY, re.compile(r"[区县](?:里|级|政府|直|一级)|本[区县]")),
)
_NATIONAL_WORDS = re.compile(r"国务院|国家|中央|全国")
_LEVEL_CHAR = {"省": Level.PROVINCE, "市": Level.CITY, "区": Level.COUNTY, "县": Level.COUNTY}

_INDUSTRY_RE = re.compile(rf"({'|'.join(sorted(INDUSTRIES, key=len, reverse=True))})监(?![督测察控])")
_ABBREVIATION_RE = re.compile("|".join(sorted(ABBREVIATIONS, key=len, reverse=True)))


def expand(text: str) -> str:
    """A name or phrase with its regular abbreviations written out (省地税局 → 省地方税务局)."""
    text = _INDUSTRY_RE.sub(lambda m: f"{INDUSTRIES[m.group(1)]}监督管理", text)
    return _ABBREVIATION_RE.sub(lambda m: ABBREVIATIONS[m.group(0)], text)


# ----------------------------------------------------------------------------- a unit's profile


class Kind(StrEnum):
    """What a unit is, as its name says: only departments and branches are named by function."""

    DEPARTMENT = "部门"
    BRANCH = "派出机构"  # a central institution's office in a place: 浙江证监局, 人行杭州中心支行
    GOVERNMENT = "政府"
    COLLECTIVE = "泛指"  # 各有关部门, 各市政府
    ENTERPRISE = "企业"
    ORGANISATION = "群团"


_PLACE_NAMES = sorted({*PROVINCES, *(c for cities in PREFECTURES.values() for c in cities)}, key=len, reverse=True)
_PLACE_RE = re.compile("|".join(_PLACE_NAMES))
_LEADING_PLACE = re.compile(rf"^(?:(?:{'|'.join(_PLACE_NAMES)})(?:省|市|自治区)?|[\u4e00-\u9fff]{{2,3}}?[区县])")
_OPENING_PLACES = re.compile(rf"^(?:(?:{'|'.join(_PLACE_NAMES)})(?:省|市|自治区|州)?)+")
_KIND_SUFFIX = re.compile(
    r"(?:领导小组办公室|管理委员会|委员会|办公室|办公厅|管理局|总局|总署|分局|中心支行|支行|分行|调查总队|局|厅|委|办|署|部|会|中心)$"
)
_BRANCH_RE = re.compile(rf"支行|分行|调查总队|调查队|办事处|派出|^(?:{'|'.join(_PLACE_NAMES)})(?:证监|银监|保监|银保监|海关|国税)")


@dataclass(frozen=True)
class UnitProfile:
    """What a unit's name says about it: the fields it works in, its kind, level and places."""

    name: str
    fields: frozenset[str]
    kind: Kind
    level: Level
    places: frozenset[str]


_FIELD_WORDS = sorted(((w, f) for f, ws in FIELDS.items() for w in ws), key=lambda p: len(p[0]), reverse=True)


def _field_keys(text: str, every: bool) -> set[str]:
    """Fields whose words occur in expanded `text`: every one (a unit's name), or longest first
    without overlaps (a question's phrase: 地方税 is the 地方税 field, not also 税)."""
    if every:
        return {f for w, f in _FIELD_WORDS if w in text}
    found: set[str] = set()
    for word, field in _FIELD_WORDS:
        if word in text:
            found.add(field)
            text = text.replace(word, "\x00")
    return found


def _stem(name: str) -> str:
    """The field part of an expanded name: 省测绘与地理信息局 → 测绘与地理信息, 民航局 → 民航."""
    stem = re.sub(r"^(?:国家|国务院|中央|中国)", "", name)
    stem = _LEADING_PLACE.sub("", stem)
    stem = re.sub(r"^[省市区县]", "", stem)
    stem = _KIND_SUFFIX.sub("", _KIND_SUFFIX.sub("", stem))  # 机构编制委员会办公室: two suffixes
    stem = re.sub(rf"(?:{'|'.join(_PLACE_NAMES)})$", "", stem)
    return re.sub(r"(?:监督管理|监管|管理)$", "", stem)


def _kind(name: str) -> Kind:
    if name in COLLECTIVE_UNITS or name.startswith(("各", "有关", "相关")) or re.search(r"相关|有关|、", name):
        return Kind.COLLECTIVE
    if re.search(r"(?:人民)?政府(?:办公厅|办公室)?$", name):
        return Kind.GOVERNMENT
    if re.search(r"公司|集团|企业$", name) or (name.endswith("银行") and "人民银行" not in expand(name)):
        return Kind.ENTERPRISE
    if re.search(r"残联|妇联|总工会|科协|团委|团市委|工商联|共青团", name):
        return Kind.ORGANISATION
    return Kind.BRANCH if _BRANCH_RE.search(name) else Kind.DEPARTMENT


@lru_cache(maxsize=4096)
def _government(text: str) -> Government:
    """government_of, once per text: a library names few governments."""
    return government_of(text)


def _level(name: str, government: str | None) -> Level:
    """省/市/区/县 opening the name; else the state for 国家… and national names; else the places the
    name opens with (浙江证监局, 杭州海关); else the government of the document naming it."""
    if name[:1] in _LEVEL_CHAR:
        return _LEVEL_CHAR[name[0]]
    if name.startswith(("国家", "国务院", "中央")):  # 国家统计局浙江调查总队 belongs to the state
        return Level.NATIONAL
    if opening := _OPENING_PLACES.match(name):
        return Level.CITY if any(p in CITY_PROVINCE for p in _PLACE_RE.findall(opening.group(0))) else Level.PROVINCE
    if government is None:
        return Level.NATIONAL if canonical_unit(name) in national_names() else Level.OTHER
    return _government(government).level


def _places(name: str, government: str | None) -> frozenset[str]:
    """Places a unit belongs to: the provinces and cities its name holds (人行杭州中心支行 → 杭州) and
    the places of the government whose document names it (云南省昆明市官渡区 → 云南, 昆明, 官渡区, 官渡)."""
    places = set(_PLACE_RE.findall(name))
    if government:
        g = _government(government)
        places |= {p for p in (g.province, g.city, g.county) if p}
        if g.county and len(g.county) > 2:
            places.add(g.county[:-1])
    return frozenset(p for p in places if not p.startswith(("各", "有关", "相关", "本", "该")))


@lru_cache(maxsize=65536)
def profile(name: str, government: str | None = None) -> UnitProfile:
    """A unit's profile from its name and the government of the document naming it. A national
    unit is read with its other spellings too (税务总局 is 国家税务总局: a 国税 field)."""
    spellings = {name}
    if government is None and canonical_unit(name) in national_names():
        spellings |= {s for s in national_names() if canonical_unit(s) == canonical_unit(name)}
    expanded = [expand(s) for s in spellings]
    fields = {f for e in expanded for f in _field_keys(e, every=True)} | {s for e in expanded if (s := _stem(e))}
    return UnitProfile(name, frozenset(fields), _kind(name), _level(name, government), _places(name, government))


# ----------------------------------------------------------------------------- question phrases


@lru_cache(maxsize=1)
def _tokens() -> tuple[re.Pattern[str], dict[str, str]]:
    """Words a function phrase is made of, as one pattern (longest first) and each word's tag
    (field / modifier / connector). Fields: the field words, the short forms, and the stems of the
    lexicon's unit names."""
    stems = {_stem(expand(n)) for n in (*NATIONAL_UNITS, *NATIONAL_ALIASES)} | set(DEPARTMENT_STEMS)
    fields = {w for ws in FIELDS.values() for w in ws} | set(ABBREVIATIONS) | {f"{i}监" for i in INDUSTRIES}
    fields |= {s for s in stems if len(s) >= 2 and s not in _VAGUE_STEMS}
    tags = {w: "field" for w in fields} | {m: "modifier" for m in MODIFIERS} | {c: "connector" for c in CONNECTORS}
    return re.compile("|".join(sorted(tags, key=len, reverse=True))), tags


def _read_phrase(text: str) -> list[set[str]] | None:
    """The fields `text` names, one set per conjunct (证券监管和银行业监管 → [{证券}, {银行业}]),
    or None unless `text` is made of field words, modifiers and connectors only."""
    pattern, tags = _tokens()
    parts: list[str] = [""]
    at = 0
    while at < len(text):
        if (m := pattern.match(text, at)) is None:
            return None
        if tags[m.group(0)] == "connector":
            parts.append("")
        elif tags[m.group(0)] == "field":
            parts[-1] += m.group(0)
        at = m.end()
    if not all(parts):
        return None
    return [_field_keys(expand(p), every=False) or {_stem(expand(p))} for p in parts]


def _trailing_phrase(text: str, end: int) -> tuple[int, list[set[str]]] | None:
    """The longest function phrase ending at `end` (法制 in 浙江文件中省政府法制部门): where it
    starts and its fields."""
    starts = range(max(0, end - 16), end)
    return next(((s, f) for s in starts if (f := _read_phrase(text[s:end])) is not None), None)


def _scope_before(text: str, start: int) -> str:
    """The scope words right before a function phrase (省政府 before 法制部门), or ""."""
    return next((p for p in _SCOPE_PREFIXES if text[:start].endswith(p)), "")


@dataclass(frozen=True)
class FunctionPhrase:
    """A body named by what it does: the span naming it, its fields per conjunct, and for a branch
    (央行在杭州的分支机构) the place it is in."""

    start: int
    end: int
    fields: tuple[frozenset[str], ...]
    place: str | None = None
    scope: str = ""  # 省里, 国家, 省政府 … right before the phrase (included in the span)


#: 管地方税的, 负责税收的, 主管土地和规划工作的
_BY_DUTY = re.compile(
    r"(?:管理?|负责|主管|分管)(?P<p>[\u4e00-\u9fff、]{1,16}?)(?:的?工作)?的(?:[省市区县]级)?(?:部门|单位|机构|机关)?"
)
#: 税务部门, 邮政管理部门, 银行业监管机构 (机构 only after a modifier: 金融机构 are banks), 税务那边
_BY_NAME = re.compile(r"(?P<anchor>部门|机关|那边|(?<=监管|管理|主管|行政)机构)")
#: 央行在杭州的分支机构, 证券监管部门驻浙江的机构, 驻浙江的证券监管机构
_BRANCH = re.compile(
    r"(?:在|驻|派驻)(?P<place>[\u4e00-\u9fff]{2,4}?)(?:省|市|地区)?的?(?P<p>[\u4e00-\u9fff]{0,12}?)"
    r"(?:分支机构|派出机构|机构|中心支行|分行|支行|分局|办事处)"
)


def function_phrases(text: str) -> list[FunctionPhrase]:
    """The bodies `text` names by function, in order (a branch's place is checked against the
    library's places by the caller: 各地在这些市场的分支机构 names none)."""
    found: list[FunctionPhrase] = []
    for m in _BRANCH.finditer(text):
        if m.group("p"):  # 驻浙江的证券监管机构
            fields = _read_phrase(m.group("p"))
            start = m.start()
        else:  # the parent before: a national name (央行, 证监会) or a function phrase (证券监管部门)
            before = re.sub(r"(?:部门|机构)$", "", text[: m.start()])
            parent = next((n for n in national_names() if before.endswith(n)), None)
            if parent is not None:
                fields, start = [profile(canonical_unit(parent)).fields], m.start() - len(parent)
            else:
                read = _trailing_phrase(before, len(before))
                fields, start = (read[1], read[0]) if read else (None, 0)
        if fields:
            found.append(FunctionPhrase(start, m.end(), tuple(frozenset(f) for f in fields), m.group("place")))
    taken = [(f.start, f.end) for f in found]
    for start, end, fields in _duty_and_name_phrases(text):
        if not _overlaps((start, end), taken):
            scope = _scope_before(text, start)
            found.append(FunctionPhrase(start - len(scope), end, tuple(frozenset(f) for f in fields), None, scope))
            taken.append((start - len(scope), end))
    return sorted(found, key=lambda f: f.start)


def _duty_and_name_phrases(text: str) -> list[tuple[int, int, list[set[str]]]]:
    """管地方税的 / 税务部门-style phrases: start, end and fields."""
    found = [(m.start(), m.end(), fields) for m in _BY_DUTY.finditer(text) if (fields := _read_phrase(m.group("p")))]
    for m in _BY_NAME.finditer(text):
        if read := _trailing_phrase(text, m.start()):
            found.append((read[0], m.end(), read[1]))
    return found


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


# ----------------------------------------------------------------------------- resolving


def _question_levels(text: str, phrase: FunctionPhrase) -> set[Level]:
    """The levels a question asks at: a level word anywhere (省里, 省级, 省政府) or the scope right
    before the phrase (省邮政管理部门, 国家管土地的); else the state when the question names it."""
    levels = {level for level, rx in _LEVEL_WORDS if rx.search(text)}
    if phrase.scope[:1] in _LEVEL_CHAR:
        levels.add(_LEVEL_CHAR[phrase.scope[0]])
    if not levels and (phrase.scope in ("国务院", "国家", "中央") or _NATIONAL_WORDS.search(_without_names(text))):
        levels.add(Level.NATIONAL)
    return levels


def _without_names(text: str) -> str:
    """`text` without national names that start with a national word (国家统计局 is no scope)."""
    for name in national_names():
        if name.startswith(("国家", "国务院", "中央")) and name not in ("国家", "国务院", "中央"):
            text = text.replace(name, "")
    return text


def resolve(text: str, phrase: FunctionPhrase, known: Mapping[str, str | None], named_places: set[str]) -> list[str]:
    """The known units a function phrase names: departments or branches whose fields cover one of
    each conjunct's fields, in the place the phrase or the question names, at the level it asks."""
    profiles = [profile(u, g) for u, g in known.items()]
    chosen: list[str] = []
    for fields in phrase.fields:
        units = [p for p in profiles if p.kind in (Kind.DEPARTMENT, Kind.BRANCH) and fields & p.fields]
        if phrase.place is not None:
            units = [p for p in units if phrase.place in p.places]
            units = [p for p in units if p.kind is Kind.BRANCH] or units
        else:
            levels = _question_levels(text, phrase)
            if named_places:
                national = Level.NATIONAL in levels or bool(_NATIONAL_WORDS.search(_without_names(text)))
                units = [p for p in units if p.places & named_places or (national and p.level is Level.NATIONAL)]
            if levels:
                units = [p for p in units if p.level in levels]
        chosen += [p.name for p in units if p.name not in chosen]
    return chosen


def known_places(known: Mapping[str, str | None]) -> frozenset[str]:
    """Every place the library's units belong to (浙江, 杭州, 官渡区, 官渡 …)."""
    return frozenset(p for u, g in known.items() for p in profile(u, g).places)


def units_by_function(text: str, known: Mapping[str, str | None] | list[str]) -> list[str]:
    """The units of `known` (the loaded documents' units, each with the government of the document
    naming it) that `text` names by what they do (省里管地方税的部门 → 省地税局) or as a parent's
    office in a place (央行在杭州的分支机构 → 人行杭州中心支行), in `known`'s order. A phrase no
    known unit answers is returned as the question's own words (省里管审计的部门)."""
    return [u for _, units in named_by_function(text, known) for u in units]


def named_by_function(text: str, known: Mapping[str, str | None] | list[str]) -> list[tuple[FunctionPhrase, list[str]]]:
    """Each function phrase of `text` with the units it names (or its own words when none)."""
    phrases = function_phrases(text)
    if not phrases:  # most questions: no pass over a large library's units
        return []
    known = known if isinstance(known, Mapping) else dict.fromkeys(known)
    places = known_places(known)
    phrases = [p for p in phrases if p.place is None or p.place in places]
    named = {p for p in places | set(_PLACE_NAMES) if p in text}  # 成都: a place, whether or not its units are known
    out: list[tuple[FunctionPhrase, list[str]]] = []
    seen: set[str] = set()
    for phrase in phrases:
        units = [u for u in resolve(text, phrase, known, named) if u not in seen] or [text[phrase.start: phrase.end]]
        seen |= set(units)
        out.append((phrase, units))
    return out
