"""Who leads and who supports a measure, in every form published documents use.

One reader per form, all answering with a `Responsibility` (lead, supporting):

- labelled lists: （责任单位：A、B）, （牵头单位：X，配合单位：Y、Z，各区、县级市）, and the same
  label on its own line under the item (牵头单位:区科技局);
- the unlabelled clause-end bracket: （工业和信息化部、科技部负责。列第一位者为牵头单位，下同）,
  (市残联、市财政局负责), (区政务服务局牵头,区发改局、区审改办配合); a chapter heading
  一、强化科技创新(区科技局牵头) names the lead of everything under it;
- prose: 由市商务局会同市财政局组织实施, 区科技局负责受理…, 具体工作由开发区管委会承担,
  发展改革委会同财政部、科技部研究提出….

Text is read in simplified script (traditional documents too), so units are stored the way
simplified questions name them. The first unit of an unqualified list is its lead, the rule
national documents state with 列第一位者为牵头单位.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.lexicon.units import (
    COLLECTIVE_UNITS,
    DEPARTMENT_RE,
    GENERIC_DEPARTMENT_RE,
    LEVEL_GOVERNMENT_RE,
    LOCAL_UNIT_PATTERNS,
    canonical_unit,
    is_unit_name,
    national_names,
    split_unit_list,
)

GENERAL_LABELS = ("责任单位", "负责单位", "负责部门", "责任部门", "实施单位", "主责单位", "承办单位")
LEAD_LABELS = ("牵头单位", "牵头部门", "主办单位", "主责部门")
SUPPORT_LABELS = ("配合单位", "配合部门", "参与单位", "协办单位", "协同单位", "协助单位")
UNIT_LABELS = GENERAL_LABELS + LEAD_LABELS + SUPPORT_LABELS
_LABEL_RE = re.compile(rf"(?P<label>{'|'.join(UNIT_LABELS)})\s*[：:]")
#: Notes inside the bracket that name no unit: 列第一位者为牵头单位，下同 / 按职责分工负责.
_NOTE_RE = re.compile(r"[。.，,；;]?\s*(?:列第一位者?为牵头单位|排在第一位的为牵头单位|下同|以下同)[^）)]*$")
_ROLE_END = re.compile(r"(?P<role>按职责分工负责|按职责负责|分别负责|共同负责|负责|牵头|配合|参与|协助|协办)$")


@dataclass
class Responsibility:
    lead: list[str] = field(default_factory=list)
    supporting: list[str] = field(default_factory=list)
    general: list[str] = field(default_factory=list)  # named without a role: the first leads

    def add(self, role: str, units: list[str]) -> None:
        bucket = {"lead": self.lead, "support": self.supporting}.get(role, self.general)
        bucket.extend(u for u in units if u not in bucket)

    @property
    def units(self) -> list[str]:
        out: list[str] = []
        for u in self.lead + self.general + self.supporting:
            if u not in out:
                out.append(u)
        return out

    def resolved(self) -> tuple[list[str], list[str], list[str]]:
        """(units, lead, supporting): without a 牵头 the first general unit leads, the rest support."""
        lead = self.lead or self.general[:1]
        supporting = [u for u in self.supporting + self.general if u not in lead]
        return self.units, lead, supporting

    def __bool__(self) -> bool:
        return bool(self.lead or self.supporting or self.general)


def _role_of(segment: str) -> tuple[str, str]:
    """`区发改局、区住建局配合` → ("support", "区发改局、区住建局"); no role word → general."""
    m = _ROLE_END.search(segment)
    if not m:
        return "general", segment
    role = {"牵头": "lead", "配合": "support", "参与": "support", "协助": "support", "协办": "support"}
    return role.get(m.group("role"), "general"), segment[: m.start()]


def _bracket_end(text: str, start: int) -> int:
    """Where a labelled value ends: its closing bracket, a sentence end, or the next label."""
    depth, end = 0, start
    while end < len(text):
        char = text[end]
        if char in "（(":
            depth += 1
        elif char in "）)":
            if depth == 0:
                break
            depth -= 1
        elif char in "。；;\n" and depth == 0:
            break
        end += 1
    nxt = _LABEL_RE.search(text, start, end)
    return nxt.start() if nxt else end


def labelled(text: str, region: str | None) -> Responsibility:
    """（责任单位：…）, （牵头单位：X，配合单位：Y）, 牵头单位:区科技局 on its own line."""
    found = Responsibility()
    for m in _LABEL_RE.finditer(text):
        value = text[m.end():_bracket_end(text, m.end())].strip(" ，,、；;")
        value = _ROLE_MARK.sub(r"，\g<name>\g<role>，", value)  # 区科技局（牵头）: the mark is that one name's
        role = "lead" if m.group("label") in LEAD_LABELS else "support" if m.group("label") in SUPPORT_LABELS else None
        for segment in re.split(r"[，,；;]", value):
            seg_role, names = _role_of(segment.strip())
            found.add(role or seg_role, split_unit_list(names, region))
    return found


#: A role marked in brackets after one name of a list: 区科技局（牵头）.
_ROLE_MARK = re.compile(r"(?P<name>[^、，,；;（()）]+)[（(](?P<role>牵头|配合|参与|协助)[）)][、，,]?")
_BRACKET_RE = re.compile(r"[（(](?P<body>[^（）()]{2,160})[）)]")


def bracketed(text: str, region: str | None) -> Responsibility:
    """Unlabelled brackets of units that end in 负责 / 牵头 / 配合: the post-2015 national form and
    the county (X牵头,Y、Z配合) form. Every named piece must look like a body, so a bracket such
    as (涉及水土保持项目) or (不含6亩) is never read as units."""
    found = Responsibility()
    for m in _BRACKET_RE.finditer(text):
        body = _NOTE_RE.sub("", m.group("body").strip())
        segments = [s.strip() for s in re.split(r"[，,；;]", body) if s.strip()]
        if not segments or _LABEL_RE.search(body):
            continue
        parsed = [_role_of(s) for s in segments]
        if not any(role != "general" or _ROLE_END.search(s) for (role, _), s in zip(parsed, segments)):
            continue
        pieces = [(role, split_unit_list(names, region), names) for role, names in parsed]
        if all(units and _all_bodies(names) for _, units, names in pieces):
            for role, units, _ in pieces:
                found.add(role, units)
    return found


def _all_bodies(names: str) -> bool:
    """Every piece is a body (工业和信息化部 keeps its 和; 区级相关部门 is a body of a kind)."""
    parts = [p for p in re.split(r"[、，,\s]+|会同", names) if p]
    return bool(parts) and all(_is_body(p) or all(_is_body(q) for q in re.split("[和及与]", p) if q) for p in parts)


def _is_body(name: str) -> bool:
    return is_unit_name(name) or (name.endswith(("部门", "单位")) and len(name) <= 10)


#: 我局 / 我委 in a text is its author: the body it names is resolved by `self_reference`.
_SELF_REF = r"我(?:局|委|部|厅|办|署|院|行|会)"
#: A body by its role word, in a slot that already says it is a body (由…负责, X会同…):
#: 军队各级防化业务部门, 地方各级宣传部门. Never 由 or 的 inside, so a clause's topic is not taken in,
#: and not the 经 of 经X批准.
_LOOSE = r"(?!经(?![济信发营]))(?:(?![由的对是在])[\u4e00-\u9fff、（）()]){1,20}?(?:部门|机关|机构|人民政府)|主管单位"
#: A list of such bodies sharing one role word: 同级财政、税务部门.
_LOOSE_LIST = r"(?:(?![由的对是在])[\u4e00-\u9fff、]){0,20}?(?:部门|机关|机构|单位)"
#: A government body by its role word where nothing but a duty word says so (市、县（区）水行政主管部门
#: 应当…, 审计机关应当…): 机构 only as an administering one, as 金融机构 / 医疗机构 are not government.
_LOOSE_GOV = (r"(?!经(?![济信发营]))(?:(?![由的对是在])[\u4e00-\u9fff、（）()]){1,20}?"
              r"(?:部门|机关|(?:主管|管理|行政|执法|监督|矫正|预防控制)机构|人民政府|办事处)")
#: Words between a body and its verb: 将对, 要负责, 应当依法审查, 将尽快.
_MODAL = r"(?:要|应|应当|将|会|须|必须|可|也|还|统一|具体|共同|分别|尽快|及时|依法|切实|继续|定期|每年|主要|负责(?!人|同志))"
#: A duty: the body is responsible for whatever follows (县级以上人民政府应当建立…).
_DUTY = r"(?:应当|应|要|须|必须|负责(?!人|同志)|主管)"
#: What a body does when the text makes it responsible for a measure.
_VERB = (r"(?:组织实施|研究提出|负责(?!人|同志)|牵头|主管|组织|承担|设立|设置|审查|审核|审批|审定|认定|提供|拟定|制定|监测|指导|"
         r"协调|监督|核准|核发|编制|发布|公布|安排|下达|拨付|兑现|受理|确定|实施|进行|开展|建立|归口|管理|办理|研究|处理|"
         r"提出|责令|给予|决定|批准|查处|征收|保障|督促|检查|履行|召集|维护|执行|没收|处以|予以|吊销|撤销|公告|颁发|"
         r"发放|追缴|通报|对)")
#: Where a subject can start: the text's start, a clause boundary, or after an article number's space.
_START = r"(?:^|(?<=[。；;，,：:\n\s　]))"
#: A verb that only describes its subject (市人民政府设立的图书馆, 负责管理地震工作的部门) is no fact.
_RELATIVE = re.compile(r"的|[^，,。；;：:]{0,15}?的(?:部门|机构|机关|单位)")


@lru_cache(maxsize=1)
def _prose_patterns() -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
    """Prose forms over a unit alternation: national names, collectives, local shapes.

    A unit-shaped subject (国务院办公厅, 区政府, 交通部, 我局) at a clause start followed by a
    responsibility verb is a fact (区政府设立…, 交通部将进行行业审查, 国务院办公厅是…的主管单位);
    a name merely mentioned (an addressee list, an object) is not, as no verb follows it there.
    A looser body (…部门/机关/机构) counts only where the syntax says it is a body: after 由,
    before 会同, or before 负责/主管.
    """
    names = "|".join(re.escape(n) for n in sorted(set(national_names()) | set(COLLECTIVE_UNITS), key=len, reverse=True))
    local = "|".join(p.pattern for p in (*LOCAL_UNIT_PATTERNS, DEPARTMENT_RE, LEVEL_GOVERNMENT_RE))
    anchored = rf"(?:(?<=[由。；;，,：:、\n和及与同])|^){GENERIC_DEPARTMENT_RE.pattern}"
    unit = rf"(?:{local}|{anchored}|(?:国家)?(?:{names})|{_SELF_REF})"
    units = rf"{unit}(?:[、和及与]{unit})*(?:等(?:有关)?(?:部门|单位))?"
    # 会同中央农办、农业部…等部门: a list closed by 等部门 says each piece is a body, so a short name the
    # vocabulary lacks (中央农办) is taken by its shape there, and the known names after it are not lost.
    shaped = rf"(?:{unit}|[\u4e00-\u9fff]{{1,8}}?(?:办|委|局|部|厅|署|院|会))"
    partners = rf"(?:{units}|(?:有关|相关)(?:部门|单位)|{shaped}(?:、{shaped})*等(?:有关)?(?:部门|单位))"
    act = rf"{_MODAL}{{0,3}}{_VERB}"
    by = r"(?<![自理事缘])由(?!于|此)"
    cue = re.compile
    return (  # (form, the words a text must hold for it to be tried: laws are long)
        (re.compile(rf"{by}(?P<lead>{units})(?:会同|联合|协同|商)(?P<support>{partners})"), cue("由")),
        (re.compile(rf"{by}(?P<lead>{units}){act}"), cue("由")),
        (re.compile(rf"{_START}(?P<lead>{units})(?:牵头[，,]?)?(?:已经?|将|还|也)?(?:会同|联合)(?P<support>{partners})"),
         cue("会同|联合")),
        (re.compile(rf"{_START}(?P<lead>{units})(?:{act}|{_DUTY}|将)"), None),
        (re.compile(rf"{_START}(?P<lead>{units})(?:是|为)[^，,。；;]{{0,30}}?(?:主管|牵头|责任|负责)(?:单位|部门|主体)"),
         cue("(?:主管|牵头|责任|负责)(?:单位|部门|主体)")),
        (re.compile(rf"{by}(?P<lead>{_LOOSE})(?:(?:会同|联合)(?P<support>{_LOOSE_LIST}))?{act}"), cue("由")),
        (re.compile(rf"{_START}(?P<lead>{_LOOSE})(?:会同|联合)(?P<support>{_LOOSE_LIST}|{partners})"), cue("会同|联合")),
        (re.compile(rf"{_START}(?P<lead>{_LOOSE_GOV}){_MODAL}{{0,2}}{_DUTY}"), None),
    )


def prose(text: str, region: str | None, author: str | None = None) -> Responsibility:
    """由X会同Y组织实施 / X负责受理 / 具体工作由X承担 / X会同Y、Z研究提出 / 交通部将进行行业审查 /
    国务院办公厅是…的主管单位. 我局 names `author` when its kind of body matches (see self_reference)."""
    found = Responsibility()
    for sentence in re.split(r"[。；;\n]", _ALIAS_NOTE.sub("", text)):
        if _PROSE_CUE.search(sentence):
            _read_sentence(sentence, found, region, author)
    for m in _ALIAS_NOTE.finditer(text):  # X(以下简称“Y”) … Y会同…: one body, named as the text goes on
        short = _SHORT_NAME.search(m.group(0))
        full = [u for u in found.units if text[: m.start()].endswith(u)]
        if short and short.group(1) in found.units and full:
            for bucket in (found.lead, found.supporting, found.general):
                bucket[:] = dict.fromkeys(short.group(1) if u == full[0] else u for u in bucket)
    return found


def _read_sentence(text: str, found: Responsibility, region: str | None, author: str | None) -> None:
    """One sentence's prose forms into `found`; a form is tried only where its cue words occur."""
    taken: list[tuple[int, int]] = []
    for pattern, needs in _prose_patterns():
        for m in pattern.finditer(text) if needs is None or needs.search(text) else ():
            if any(m.start() < e and s < m.end() for s, e in taken) or re.search("[由的]", m.group("lead")) \
                    or _RELATIVE.match(text, m.end()):
                continue  # 具体工作由开发区管委会: a subject never swallows the clause's topic
            taken.append(m.span())
            if re.match(r"应当|应|报|向|经|按照|根据", m.group("lead")):
                continue  # 应当报市民政局批准: a place pattern ran back into the verb before the body
            assigned = re.match(r"负责(?!人|同志)", text[m.end("lead"):])  # 各相关职能部门负责为企业评分
            lead = [u for u in _names(m.group("lead"), region, author) if assigned or not u.startswith("各")]
            if not lead:
                continue  # 各地区、各部门要…: the notice's addressees, told what to do, not a unit named for it
            found.add("lead", lead)
            if "support" in pattern.groupindex and m.group("support"):
                found.add("support", _names(m.group("support"), region, author))


#: Every prose form has one of these; text without them is not searched (laws are long).
_PROSE_CUE = re.compile(rf"由|会同|联合|将|是|为|{_DUTY}|{_VERB}")
#: (以下简称“区产促中心”) between a body and its verb.
_ALIAS_NOTE = re.compile(r"[（(](?:以下简称|下称|简称)[^（）()]{1,20}[）)]")
_SHORT_NAME = re.compile(r"(?:以下简称|下称|简称)[“\"「]?([^”\"」（）()]{1,20}?)[”\"」]?[）)]")
_BODY_WORD = ("部门", "机关", "机构", "单位", "政府", "办事处")


def self_reference(word: str, author: str | None) -> str:
    """我局 is the body that wrote the text: `author` when it is that kind of body (a 局 for 我局),
    else the word as written, as a forwarded report's 我局 is not the forwarding office."""
    return author if author and author.endswith(word[1:]) else word


def _names(names: str, region: str | None, author: str | None = None) -> list[str]:
    """外交部和总参谋部 names two bodies; 文化和旅游部 is one: 和 splits only between bodies.
    同级财政、税务部门 shares its 部门: one name, kept as written."""
    shared = re.search(r"等(?:有关)?(?:部门|单位)(?:和单位)?$", names)
    names = names[: shared.start()] if shared else names
    if shared and "、" in names and not any(_is_body(p) for p in names.split("、")):
        return [f"{p}部门" for p in names.split("、") if p]  # 发展改革、财政等部门: each is a 部门
    if re.fullmatch(r"(?:有关|相关)(?:部门|单位)", names) or re.search(r"[（(][^）)]*、", names):
        return [names]  # 会同有关部门 names no body, and says so; 市、县（市、区）人民政府 is one collective
    pieces = [p for p in re.split("、", names) if p]
    if len(pieces) > 1 and pieces[-1].endswith(_BODY_WORD) and not all(_is_body(p) for p in pieces):
        return [names]
    out: list[str] = []
    for unit in split_unit_list(names, region):
        if re.fullmatch(_SELF_REF, unit):
            unit = canonical_unit(self_reference(unit, author), region)
        pieces = [p for p in re.split("[和及与]", unit) if p]
        split = len(pieces) > 1 and not is_unit_name(unit) and all(is_unit_name(p) or p.endswith(_BODY_WORD) for p in pieces)
        out += [p for p in (pieces if split else [unit]) if p not in out]
    return out


def author_of(title: str | None, issuer: str | None) -> str | None:
    """Who 我局 is in a document: the body whose report a 转发 notice forwards (国务院办公厅转发
    国家地震局关于…的报告), else the issuer."""
    m = re.search(r"转发(?P<who>[\u4e00-\u9fff]{2,20}?)(?:关于|《)", title or "")
    return m.group("who") if m and is_unit_name(m.group("who")) else issuer


def heading_lead(heading: str | None, region: str | None) -> Responsibility:
    """一、强化科技创新(区科技局牵头): the lead a chapter or clause heading names for its items. A
    heading that is a sentence of its own names them in prose too (三、对已发现的…化学武器，其技术处理
    和有关管理工作由军队各级防化业务部门负责): what it assigns covers the text under it."""
    if not heading:
        return Responsibility()
    return bracketed(heading, region) or prose(heading, region)


@dataclass
class Duty:
    """One sentence of a clause and the units it makes responsible for what it says."""

    sentence: str
    found: Responsibility


def duties(text: str, region: str | None, author: str | None = None) -> list[Duty]:
    """The clause's sentences that each name their own units, in order: 第七条 of a 办法 gives 评分
    to one body and 资金保障 to another, and a question about one of the tasks is answered with its
    own units, not the clause's union."""
    out = []
    for sentence in (s.strip() for s in re.split(r"(?<=[。；;\n])", text)):
        found = extract(sentence, region, author) if sentence else Responsibility()
        if found:
            out.append(Duty(sentence, found))
    return out


def extract(text: str, region: str | None, author: str | None = None) -> Responsibility:
    """The explicit forms first; prose only when the text names its units no other way."""
    found = labelled(text, region)
    extra = bracketed(text, region)
    for role, units in (("lead", extra.lead), ("support", extra.supporting), ("general", extra.general)):
        found.add(role, [u for u in units if u not in found.units])
    return found or prose(text, region, author)
