"""Who leads and who supports a measure, in every form published documents use.

One reader per form, all answering with a `Responsibility` (lead, supporting):

- labelled lists: （责任单位：A、B）, （牵头单位：X，配合单位：Y、Z，各区、县级市）, and the same
  label on its own line under the item (牵头单位:区科技局);
- the unlabelled clause-end bracket: （工业和信息化部、科技部负责。列第一位者为牵头单位，下同）,
  (市残联、市财政局负责), (区政务服务局牵头,区发改局、区审改办配合); a chapter heading
  一、强化科技创新(区科技局牵头) names the lead of everything under it;
- prose: 由市商务局会同市财政局组织实施, 区科技局负责受理…, 具体工作由开发区管委会承担,
  发展改革委会同财政部、科技部研究提出….

The prose readers live in responsibility_prose.py. Text is read in simplified script (traditional documents too), so units are stored the way
simplified questions name them. The first unit of an unqualified list is its lead, the rule
national documents state with 列第一位者为牵头单位.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.lexicon.labels import LABEL_LINES_RE, LEAD_LABELS, SUPPORT_LABELS, UNIT_LABELS, UNITS_NOTE_RE
from assistant.lexicon.regions import to_simplified
from assistant.lexicon.salutation import opening_salutation
from assistant.lexicon.units import AND_OTHERS_RE, is_unit_name, split_unit_list

from .responsibility_prose import is_body, read_prose, read_receivers, split_joined

_LABEL_RE = re.compile(rf"(?P<label>{'|'.join(UNIT_LABELS)})\s*[：:]")
#: The note that says which unit of a list leads, in the wordings documents use: 列第一位者为牵头单位,
#: 排在第一位的为牵头单位, 排名第一位为牵头单位, 县政府部门中列在首位的为牵头部门, 排名第一的为牵头单位.
_FIRST_LEADS = r"(?:[^，,；;。（）()]{0,12}?[列排](?:在|名)?(?:第一位?|首位)(?:者|的)?(?:单位|部门)?为牵头)"
#: Notes inside the bracket that name no unit: 列第一位者为牵头单位，下同 / 按职责分工负责.
_NOTE_RE = re.compile(rf"[。.，,；;]?\s*(?:{_FIRST_LEADS}|下同|以下同)[^）)]*$")
#: The same note bracketed inside a labelled list: 责任单位:A、B(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同).
_VALUE_NOTE = re.compile(r"[（(][^（）()]*(?:列第一位|排在第一位|排名第一|列在首位|排在首位|下同)[^（）()]*[）)]")
#: (落实 / 组织实施 ends the bodies who carry a measure out: (市人社局牵头,市农业农村局、市文化和旅游局落实))
_ROLE_END = re.compile(r"(?P<role>按职责分工负责|按职责负责|分别负责|共同负责|分别牵头|牵头负责|负责|牵头|主办|配合|参与|协助|协办"
                       r"|(?:负责|共同|分别|抓好|组织)?(?:落实|实施))$")


#: A collective named by 各 / 有关 / 相关 (各市政府, 各县(市)区政府, 各相关单位): no one body.
_COLLECTIVE = re.compile(r"各|有关|相关")


@dataclass
class Responsibility:
    lead: list[str] = field(default_factory=list)
    supporting: list[str] = field(default_factory=list)
    general: list[str] = field(default_factory=list)  # named without a role: the first leads
    #: a labelled list opening with a collective set off by a comma from the named bodies after it
    places_first: bool = False

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
        """(units, lead, supporting): without a 牵头 the first general unit leads, the rest support. A
        labelled list that opens with a collective of governments set off by a comma from the named bodies
        after it (责任单位:各市政府,省民政厅、省公安厅 / 各县(市)区政府,市政府办公室、…) names the places that
        carry the task out beside the bodies that do, and no lead: each is a responsible unit."""
        if self.places_first and not self.lead:
            return self.units, [], list(self.supporting)
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
    role = {"牵头": "lead", "分别牵头": "lead", "牵头负责": "lead", "主办": "lead",
            "配合": "support", "参与": "support", "协助": "support", "协办": "support"}
    return role.get(m.group("role"), "general"), segment[: m.start()]


#: The brackets a note may be set in: round, or square (【责任单位：市发改委】, 〔市发改委牵头，市财政局配合〕).
_OPENERS, _CLOSERS = "（(【〔［[", "）)】〕］]"


def _bracket_end(text: str, start: int, bracketed: bool = False) -> int:
    """Where a labelled value ends: its closing bracket, a sentence end, or the next label. Inside a
    bracket a ； only separates groups of the one list (（责任单位：A、B等；各区政府）)."""
    depth, end = 0, start
    stops = "。\n" if bracketed else "。；;\n"
    while end < len(text):
        char = text[end]
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            if depth == 0:
                break
            depth -= 1
        elif char in stops and depth == 0:
            break
        end += 1
    ends = [m.start() for m in (_LABEL_RE.search(text, start, end), _OTHER_FIELD.search(text, start, end)) if m]
    return min(ends, default=end)


#: A labelled field of another kind after the units in one note (（责任单位：A、B；完成时限：2023年12月）,
#: (责任单位:市科技局;时间:2024年)): its label ends the list of units.
_OTHER_FIELD = re.compile(r"[；;，,]\s*[\u4e00-\u9fff]{2,6}[:：]")


def labelled(text: str, region: str | None) -> Responsibility:
    """（责任单位：…）, （牵头单位：X，配合单位：Y）, 牵头单位:区科技局 on its own line."""
    found = Responsibility()
    for m in _LABEL_RE.finditer(text):
        before = text[: m.start()]
        inside = sum(map(before.count, _OPENERS)) > sum(map(before.count, _CLOSERS))
        value = text[m.end():_bracket_end(text, m.end(), inside)].strip(" ，,、；;")
        value = _VALUE_NOTE.sub("", value)
        value = _ROLE_MARK.sub(r"，\g<name>\g<role>，", value)  # 区科技局（牵头）: the mark is that one name's
        role = "lead" if m.group("label") in LEAD_LABELS else "support" if m.group("label") in SUPPORT_LABELS else None
        groups = []
        for segment in _outside_brackets(r"[，,；;]", value):
            seg_role, names = _role_of(segment.strip())
            groups.append((role or seg_role, _split_list(names, region)))
            found.add(*groups[-1])
        if role is None and len(groups) > 1 and groups[0][1] and all(_COLLECTIVE.match(u) for u in groups[0][1]) \
                and all(r == "general" for r, _ in groups) and any(not _COLLECTIVE.match(u) for _, us in groups[1:] for u in us):
            found.places_first = True  # 责任单位:各市政府,省民政厅、省公安厅: no body named first to lead
    return found


def _outside_brackets(separator: str, text: str) -> list[str]:
    """Split at `separator` except inside brackets: 各县(市、区)政府 is one name."""
    hidden = re.sub(r"[（(][^（）()]*[）)]", lambda m: m.group(0).replace("、", "\x01").replace("，", "\x02")
                    .replace(",", "\x03"), text)
    restore = {"\x01": "、", "\x02": "，", "\x03": ","}
    return [re.sub("[\x01\x02\x03]", lambda m: restore[m.group(0)], p) for p in re.split(separator, hidden)]


def _split_list(names: str, region: str | None) -> list[str]:
    """split_unit_list, keeping a bracketed qualifier with its name (各县(市、区)政府, 市交通委（市道运局）)."""
    units = split_unit_list(names, region)
    if all(len(re.findall("[（(]", u)) == len(re.findall("[）)]", u)) for u in units):
        return units  # the vocabulary's collectives (各市、县（市、区）政府) already whole
    hidden = re.sub(r"[（(][^（）()]*[）)]", lambda m: m.group(0).replace("、", "\x01"), names)
    return [u.replace("\x01", "、") for u in split_unit_list(hidden, region)]


#: A role marked in brackets after one name of a list: 区科技局（牵头）.
_ROLE_MARK = re.compile(r"(?P<name>[^、，,；;（()）]+)[（(](?P<role>牵头|配合|参与|协助)[）)][、，,]?")
#: A note's brackets: round, or the square kinds some documents set their notes in (【责任单位：市发改委】,
#: 〔省工信厅、省财政厅, 各市 (地) 、县 (市) 政府 (行署) 〕), which may hold round ones.
_BRACKET_RE = re.compile(r"[（(](?P<body>[^（）()]{2,160})[）)]|[【〔［\[](?P<square>[^【】〔〕［］\[\]]{2,160})[】〕］\]]")


def bracketed(text: str, region: str | None) -> Responsibility:
    """Unlabelled brackets of units that end in 负责 / 牵头 / 配合: the post-2015 national form and
    the county (X牵头,Y、Z配合) form. Every named piece must look like a body, so a bracket such
    as (涉及水土保持项目) or (不含6亩) is never read as units."""
    found = Responsibility()
    for m in _BRACKET_RE.finditer(text):
        body = _NOTE_RE.sub("", (m.group("body") or m.group("square")).strip())
        # a note's first sentence names this measure's bodies; one after it speaks of others ((市民政局牵头,…负责落实。
        # 以下各项工作均需…负责落实,不再一一列出。): `span_notes` reads that
        body = body.split("。")[0]
        segments = [s.strip() for s in re.split(r"[，,；;]", body) if s.strip()]
        if not segments or _LABEL_RE.search(body):
            continue
        parsed = [_role_of(s) for s in segments]
        for i in range(len(parsed) - 2, 0, -1):  # (X牵头,A、B等部门,C配合): the 配合 ends a list of two parts
            if parsed[i][0] == "general" and parsed[i + 1][0] == "support" and parsed[i - 1][0] in ("lead", "support"):
                parsed[i] = ("support", parsed[i][1])
        if not any(role != "general" or _ROLE_END.search(s) for (role, _), s in zip(parsed, segments)):
            continue  # a bracket of bare names is a note only where it closes its sentence (closing_units)
        pieces = [(role, [p for u in split_unit_list(names, region) for p in split_joined(u)], names) for role, names in parsed]
        if all(units and _all_bodies(names) for _, units, names in pieces):
            for role, units, _ in pieces:
                found.add(role, units)
    return found or closing_units(text, region)


def written_note(text: str, region: str | None) -> str | None:
    """The one bracket of bodies a measure is closed with, as the text writes it ((省发改委负责), (財政部牽頭),
    (省财政厅主办,省国税局、地税局协办)): quoted beside an answer that names the units by their canonical names,
    so the reader finds the text's own words; None where no bracket, or several, name bodies."""
    notes = [m for m in _BRACKET_RE.finditer(text) if bracketed(to_simplified(m.group(0)), region)]
    return (notes[0].group("body") or notes[0].group("square")).strip() if len(notes) == 1 else None


#: A bracket that closes its sentence or line: (省工信厅、省财政厅), 〔省工信厅、省财政厅, 各市 (地) 、县 (市)
#: 政府 (行署) 〕.
_CLOSING_BRACKET = re.compile(rf"(?:{_BRACKET_RE.pattern})(?=\s*[。；;]?\s*(?:\n|$))")


#: The last character of a body's name: a bracket right after one names that body again.
_BODY_ENDS = tuple("府局委厅办部门处会室心院司署行队站组")


def closing_units(text: str, region: str | None) -> Responsibility:
    """A list of bodies bracketed with no role word at the end of a measure names who carries it out, the
    first leading (列第一位者为牵头单位): 给予10%的一次性补助…。 (省工信厅、省财政厅) in a provincial list of
    measures. Only where the bracket closes its sentence, every comma-set group is bodies, and the first
    group names a particular one (a bracket of 各… or 有关… alone may be an aside), and no body's name
    comes right before it: a bracket inside a sentence ((以下简称…), (含设备投资…)) or one naming the body
    before it again (街道办事处（镇人民政府）) is left to the other forms."""
    found = Responsibility()
    for m in _CLOSING_BRACKET.finditer(text):
        if text[: m.start()].rstrip().endswith(_BODY_ENDS):
            continue  # 推送街道办事处（镇人民政府）: another name of the body just named, not a note
        body = _spaced_list(_NOTE_RE.sub("", (m.group("body") or m.group("square")).strip()))
        groups = [g for g in _outside_brackets(r"[，,；;]", body) if g]
        if not groups or _LABEL_RE.search(body) or _ROLE_END.search(groups[-1]):
            continue
        units = [[g] if _COLLECTIVE.match(g) else _split_list(g, region) for g in groups]
        if units[0] and not _COLLECTIVE.match(units[0][0]) and all(
                is_unit_name(u) and not re.search("[（(](?:以下|下称|简称)", u) for us in units for u in us):
            found.add("general", [u for us in units for u in us])
    return found


def _spaced_list(body: str) -> str:
    """A list whose names are set apart by spaces alone ((市发改委 市财政局)) is a list; spaces inside a name
    (a PDF's 各市 (地) 、县 (市) 政府) are dropped."""
    pieces = [p for p in re.split(r"\s+", body.strip()) if p]
    if len(pieces) > 1 and all(is_unit_name(p.strip("、，,；;")) for p in pieces):
        return "、".join(p.strip("、，,；;") for p in pieces)
    return re.sub(r"\s+", "", body)


def _all_bodies(names: str) -> bool:
    """Every piece is a body (工业和信息化部 keeps its 和; 区级相关部门 is a body of a kind; a list may close
    with 等: （省经济和信息化委、省科技厅等负责）)."""
    parts = [AND_OTHERS_RE.sub("", p) or p for p in re.split(r"[、，,\s]+|会同", names) if p]
    return bool(parts) and all(is_body(p) or all(is_body(q) for q in re.split("[和及与]", p) if q) for p in parts)


def without_notes(text: str, region: str | None) -> str:
    """The clause's text less its unit notes: labelled brackets (（牵头单位：X，配合单位：Y）), label lines
    (责任单位:X) and unlabelled brackets of units ((区发改局牵头,区财政局配合)). What is left are the
    sentences, some of which may give a task of their own to a body in prose (市人才工作领导小组负责…)."""
    text = UNITS_NOTE_RE.sub("", text)
    text = LABEL_LINES_RE.sub("\n", text)
    return _BRACKET_RE.sub(lambda m: "" if bracketed(m.group(0), region) else m.group(0), text)


def prose(text: str, region: str | None, author: str | None = None) -> Responsibility:
    """The units running text names (responsibility_prose.read_prose)."""
    found = Responsibility()
    read_prose(text, found, region, author)
    return found


def author_of(title: str | None, issuer: str | None) -> str | None:
    """Who 我局 is in a document: the body whose report a 转发 notice forwards (国务院办公厅转发
    国家地震局关于…的报告), else the issuer."""
    m = re.search(r"转发(?P<who>[\u4e00-\u9fff]{2,20}?)(?:关于|《)", title or "")
    return m.group("who") if m and is_unit_name(m.group("who")) else issuer


def addressee_of(body: str) -> str | None:
    """The one body a reply or notice is addressed to (中国残疾人联合会: / 省海洋与渔业厅:), which its 你会 / 你厅 /
    你省 stands for; None where it opens with no salutation or addresses several (各市、县人民政府,…)."""
    m = opening_salutation(to_simplified(body))  # read as the leaves' units are, in simplified script
    if m is None or re.search(r"[、,，各\s]", m.group(1).strip()):
        return None
    return m.group(1).strip()


#: 你会 / 你厅 / 你省: the addressee, named in the second person (请你厅负责…: asked to, so its task); 你会商 /
#: 你厅会商 consult others (会商 ≈ 会同)
_SECOND_PERSON = re.compile(r"(?:请)?你(?P<kind>省|市|州|县|区|会|厅|局|委|部|办|署|院|行)(?P<consult>会?商(?=[\u4e00-\u9fff]))?")
_GOVERNMENT_KINDS = "省市州县区"


def addressed(text: str, addressee: str | None) -> str:
    """`text` with the addressee's name for its 你X, when X is the addressee's kind of body (你会 for a 联合会, 你省
    for a province's 人民政府), so that who is told to act is read as a unit: 具体工作由你会商有关部门组织实施 →
    由中国残疾人联合会会同有关部门组织实施; 请你厅负责印发并组织实施 → 省海洋与渔业厅负责…."""
    if not addressee or "你" not in text:
        return text

    def named(m: re.Match[str]) -> str:
        kind = m.group("kind")
        fits = addressee.endswith(kind) or kind in _GOVERNMENT_KINDS and addressee.endswith("政府")
        return f"{addressee}{'会同' if m.group('consult') else ''}" if fits else m.group(0)

    return _SECOND_PERSON.sub(named, text)


#: A heading that is the name of a unit's share of a division of tasks: (一)省监察厅牵头的工作,
#: 二、省人民政府办公厅牵头的工作, 区科技局负责的事项. The 的 that closes a relative clause in running
#: text (市人民政府设立的图书馆) names here whose the items under the heading are.
_HEADING_SHARE = re.compile(r"^\s*(?:第[一二三四五六七八九十百]+[章节部分]|[（(]?[一二三四五六七八九十\d]+[）)、.．])?\s*"
                            r"(?P<units>[^，,。；;：:（）()]{2,40}?)(?P<role>牵头负责|牵头|负责|主办|承办)的"
                            r"(?:重点)?(?:工作|事项|任务|项目)\s*$")


def heading_lead(heading: str | None, region: str | None) -> Responsibility:
    """一、强化科技创新(区科技局牵头): the lead a chapter or clause heading names for its items. A
    heading that is a sentence of its own names them in prose too (三、对已发现的…化学武器，其技术处理
    和有关管理工作由军队各级防化业务部门负责): what it assigns covers the text under it. A heading that
    names a unit's share of the tasks ((二)省审计厅牵头的工作) makes that unit lead its items; a person's
    share (一、孟学农省长负责的工作) names no unit."""
    if not heading:
        return Responsibility()
    found = bracketed(heading, region) or prose(heading, region)
    share = _HEADING_SHARE.match(heading)
    if not found and share and _all_bodies(share.group("units")):
        found.add("lead" if "牵头" in share.group("role") or share.group("role") == "主办" else "general",
                  _split_list(share.group("units"), region))
    return found


def with_heading(found: Responsibility, headings: list[Responsibility]) -> Responsibility:
    """An item's units with those its headings name (nearest heading first): an item that names no
    unit is the nearest heading's; an item that names only its supporting units (协同单位:省直各部门)
    is led by the nearest heading's lead, as it names no lead of its own; an item naming a lead or a
    unit without a role keeps its own."""
    heading = next((h for h in headings if h), None)
    if heading is None or found.lead or found.general:
        return found or (heading or found)
    if not found:
        return heading
    _, lead, _ = heading.resolved()
    merged = Responsibility(lead=list(lead))
    merged.add("support", found.supporting)
    return merged


#: A note that states once who carries out the measures after it: 以下政策措施均需各县区人民政府、园区管委会落实，
#: 不再单独列出. The run is named as measures (政策, 措施, 任务, 工作, 事项), so 下列事项应当由网络服务提供者承担
#: (a law's list of duties) is no such note.
_SPAN_NOTE = re.compile(
    r"(?:以下|下列)(?:各项|所列|所有|全部)?(?:政策措施|政策|措施|任务|工作)"
    r"[^。；;，,（）()]{0,6}?(?:均需|均须|均要|均由|需|须|由)(?P<who>[^。；;，,（）()]{2,60}?)"
    r"(?:共同|分别|统一|组织|抓好)?(?P<role>牵头|负责|落实|实施|承担|配合)")


def span_notes(text: str, region: str | None) -> list[Responsibility]:
    """The units each note in a leaf's text gives the measures after it (_SPAN_NOTE), each named piece a
    body; a 牵头 note names their lead, a 配合 note their supporting units."""
    notes = []
    for m in _SPAN_NOTE.finditer(text):
        if not _all_bodies(m.group("who")):
            continue
        found = Responsibility()
        found.add({"牵头": "lead", "配合": "support"}.get(m.group("role"), "general"), _split_list(m.group("who"), region))
        if found:
            notes.append(found)
    return notes


@dataclass
class Duty:
    """One sentence of a clause and the units it makes responsible for what it says."""

    sentence: str
    found: Responsibility


def duties(text: str, region: str | None, author: str | None = None, addressee: str | None = None) -> list[Duty]:
    """The clause's sentences that each name their own units, in order: 第七条 of a 办法 gives 评分
    to one body and 资金保障 to another, and a question about one of the tasks is answered with its
    own units, not the clause's union. A part after ； that names no body goes on with the body
    before it (环保总局拟积极推广…经验；依据…的规定，要求排污和排水大户进行清洁生产审核): its subject
    is left out, not absent. `addressee` is the body a reply's 你会 / 你厅 stands for (`addressed`)."""
    out: list[Duty] = []
    goes_on = False  # the last part was a duty's (or went on with one) and ended with ；
    for sentence in (s.strip() for s in re.split(r"(?<=[。；;\n])", text)):
        if not sentence:
            continue
        found = extract(addressed(sentence, addressee), region, author)  # quoted as written, read with 你会 named
        if found and (split := _comma_duties(sentence, region, author)):
            out.extend(split)
        elif found:
            out.append(Duty(sentence, found))
        elif goes_on:
            out[-1] = Duty(out[-1].sentence + sentence, out[-1].found)
        else:
            continue
        goes_on = sentence.endswith(("；", ";"))
    return out


#: the verb a comma-part giving a body its own share of a task is written with (镇政府负责审批)
_OWN_SHARE = re.compile(r"负责")


def _comma_duties(sentence: str, region: str | None, author: str | None) -> list[Duty] | None:
    """A sentence sharing one task out by commas (由镇政府负责审批,财政分局负责资金监督及拨付,经发局负责资金的使用管理):
    each comma-part with its own body and 负责 is a duty of its own, a part naming none goes on with the one
    before. None unless the sentence opens with such a part and two or more parts name different bodies."""
    out: list[Duty] = []
    for part in (p for p in re.split(r"(?<=[，,])", sentence) if p.strip()):
        found = extract(part, region, author) if _OWN_SHARE.search(part) else None
        if found:
            out.append(Duty(part, found))
        elif out:
            out[-1] = Duty(out[-1].sentence + part, out[-1].found)
        else:
            return None
    return out if len(out) >= 2 and len({tuple(d.found.units) for d in out}) == len(out) else None


def extract(text: str, region: str | None, author: str | None = None) -> Responsibility:
    """The explicit forms first; prose only when the text names its units no other way."""
    found = labelled(text, region)
    extra = bracketed(text, region)
    for role, units in (("lead", extra.lead), ("support", extra.supporting), ("general", extra.general)):
        found.add(role, [u for u in units if u not in found.units])
    return found or prose(text, region, author) or table_cell(text, region) or receivers(text, region, author)


def receivers(text: str, region: str | None, author: str | None = None) -> Responsibility:
    """报X备案 / 经X审核: the deciding body, where a clause names no acting one (read_receivers)."""
    found = Responsibility()
    read_receivers(text, found, region, author)
    return found


#: A line that is only a date (a signature's), or a bracket of bodies and a date under a title:
#: （省人事厅 2005年7月10日）, （国家发展改革委 财政部 二〇〇五年…）.
_DATE_LINE = re.compile(r"\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d〇一二三四五六七八九十]{1,3}\s*月(?:\s*[\d〇一二三四五六七八九十]{1,3}\s*日)?\s*")
_DATED_BODIES = re.compile(rf"^\s*[（(](?P<bodies>[^（）()\d]{{2,60}}?)\s+{_DATE_LINE.pattern}[）)]\s*$")


def table_cell(text: str, region: str | None) -> Responsibility:
    """Bodies a line holds alone: the 责任单位 cell of a flattened table row (…\n因素分配\n市农业农村局),
    or the drafting bodies bracketed with a date under an attached text's title (（省人事厅 2005年7月10日）).
    The first line is the clause's own text, a line ending with ： addresses bodies, and a line followed by
    a date line is a signature, not a cell."""
    found = Responsibility()
    lines = [line.strip() for line in text.split("\n")]
    for i, line in enumerate(lines):
        dated = _DATED_BODIES.match(line)
        if dated:
            line = dated.group("bodies")
        elif i == 0 or not line or line.endswith(("：", ":")) or (i + 1 < len(lines) and _DATE_LINE.fullmatch(lines[i + 1])):
            continue
        pieces = [p for p in re.split(r"[、，,；;\s]+", line) if p]
        if pieces and all(is_unit_name(p) and not p.startswith(("各", "有关")) for p in pieces):
            found.add("general", _split_list("、".join(pieces), region))
    return found


#: Who approved or passed a text (已经市政府第48次常务会议研究通过, 已经国务院同意, 报经省政府批准后印发):
#: the body that let the text out, not one it gives a task to.
_APPROVED_BY = re.compile(r"(?:已经|业经|报经|已|经)(?![济信发营贸费过])[^，,。；;：:]{2,30}?(?:研究同意|研究通过|审议通过|同意|通过|批准|审定)"
                          r"(?=[，,。；;]?\s*(?:现|特|予以?|并)?(?:予以?)?(?:印发|转发|发布|下发|公布|施行|实施|$)"
                          r"|[，,]?\s*现(?:就|将|把|对))")  # 经省政府同意,现就…提出如下意见 / 现将《…》印发给你们
#: the bodies whose decision a measure carries out (是省委、省政府作出的重大决策部署): its origin, not who acts on it
_DECIDED_BY = re.compile(r"[^，,。；;：:]{2,30}?作出的(?:重大)?(?:决策|战略)?部署")
#: A notice's address line, bodies only up to its colon: 各县、区人民政府,市人民政府有关部门,各有关单位:.
#: An addressee the unit shapes lack: a collective (各街道, 驻区各单位) or a township (濮塘镇).
_ADDRESSED = re.compile(r"[\u4e00-\u9fff]{0,8}各[\u4e00-\u9fff（）()]{1,12}|[\u4e00-\u9fff]{0,6}(?:镇|乡|街道|省|自治区|直辖市|计划单列市|兵团)"
                        r"|[委办厅局部]")  # 自治区各委、办、厅、局: a list of body kinds sharing 各
_ADDRESS_LINE = re.compile(r"^\s*(?P<bodies>[^。；;：:]{2,120})[：:]\s*$")


def without_framing(text: str) -> str:
    """The text less the lines and phrases that name bodies only as a notice's addressees or as the body
    that approved it: asked who does a thing, neither is the answer (各县、区人民政府,市人民政府有关部门,
    各有关单位: / 已经市政府第48次常务会议研究通过,现印发给你们 / 经省政府同意,现就…提出如下意见), nor the bodies
    whose decision it carries out (是省委、省政府作出的重大决策部署). (An address line the list shapes do not
    read stays: whom a notice asks to carry it out is who does it, where a question asks that.)"""
    lines = []
    for line in text.split("\n"):
        address = _ADDRESS_LINE.match(line)
        pieces = [p for p in re.split(r"[、，,\s]+", address.group("bodies")) if p] if address else []
        if pieces and all(is_body(p) or is_unit_name(p) or _ADDRESSED.fullmatch(p) for p in pieces):
            continue
        lines.append(_DECIDED_BY.sub("", _APPROVED_BY.sub("", line)))
    return "\n".join(lines)

