"""Who issued a document, when, under which number, and what to call it in a citation.

Published texts are inconsistent: some carry a title and number at the top, some
(copied from a portal) start straight with the addressees and name themselves only
in a trailing download link. Each field is therefore read from the most reliable
place that has it, with the file stem as the last resort for the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.lexicon.regions import (
    MUNICIPALITIES,
    NATIONAL_ISSUER_PREFIXES,
    PROVINCES,
    Level,
)
from assistant.lexicon.units import NATIONAL_ALIASES, NATIONAL_UNITS

from .markers import candidates
from .numerals import cn_to_int

#: Longest first: a title ending in 实施意见 is a 实施意见, not just an 意见.
DOC_TYPES = (
    "实施意见", "若干意见", "指导意见", "实施方案", "工作方案", "行动方案", "行动计划", "实施细则",
    "管理办法", "暂行办法", "实施办法", "暂行规定", "若干规定", "意见", "通知", "办法", "规定",
    "方案", "规划", "决定", "细则", "计划", "条例", "纲要", "通告", "公告", "批复", "决议",
)
_TYPES = "|".join(DOC_TYPES)
_TRIAL = r"(?:[（(](?:试行|暂行|修订|征求意见稿)[）)])?"
NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［【]\s*\d{4}\s*[〕\]］】]\s*\d{1,4}\s*号")
_NUMBER_LINE = re.compile(rf"^[（(]?\s*({NUMBER_RE.pattern})\s*[）)]?$")
_TITLE = re.compile(rf"^[\u4e00-\u9fff、“”\"《》（）()\s·]{{2,60}}?(?:关于[^。，,；;：:]{{2,80}}?)?(?:{_TYPES}){_TRIAL}$")
_TITLE_IN_TEXT = re.compile(rf"[\u4e00-\u9fff]{{2,30}}关于[^。，,；;：:《》\s]{{2,60}}?(?:{_TYPES}){_TRIAL}")
_DATE = r"(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日"
SIGNATURE_RE = re.compile(rf"^(?P<issuer>[\u4e00-\u9fff（）()、\s]{{2,60}}?)?\s*(?P<date>{_DATE})$")
_ISSUER_LINE = re.compile(r"^[\u4e00-\u9fff（）()、\s]{2,40}$")


@dataclass
class Header:
    title: str | None
    number: str | None
    body_start: int  # index of the first body line
    #: Lines under the title that record how the text was adopted and amended
    #: (`2016年8月18日 …通过`, `（1996年5月27日国务院令第197号发布 根据…修订）`): neither title nor body.
    history: list[str] = field(default_factory=list)


def is_title(line: str) -> bool:
    """A heading naming a document: X关于…的意见, 管理办法 …, without sentence punctuation."""
    return bool(_TITLE.match(line.strip())) and ("关于" in line or len(line.strip()) <= 40)


def normalise_number(number: str) -> str:
    """国发[2013]32号 and 国发〔2013〕32号 cite as the same document."""
    number = re.sub(r"\s", "", number)
    return re.sub(r"[\[［【](\d{4})[\]］】]", r"〔\1〕", number)


_SPACE = "[ \t\u3000\xa0\u200b]"
def _starts_body(text: str) -> bool:
    """A line that opens the body: a numbering marker (第X条 not quoted as 第X条的…, 一、, （一）) or a table row."""
    return text.startswith(("|", "｜")) or any(m.start == 0 for m in candidates(text))


_SENTENCE = re.compile(r"[。；;，,：:！？!?]")
_YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年"
#: `2016年8月18日 …通过`, `（1996年5月27日国务院令第197号发布 根据…修订）`, `1985年12月30日`.
_HISTORY = re.compile(rf"^[（(]?\s*(?:{_YEAR}|根据.{{0,80}}{_YEAR})")
_HISTORY_VERB = re.compile(r"通过|发布|公布|修正|修订|批准|施行|实施|废止|印发|颁布|生效|决定|[）)]$")


def clean_heading(line: str) -> str:
    """`最高人民法院 关于适用《…》 侵权责任编的解释` → one string without layout spaces."""
    text = re.sub(f"{_SPACE}+", " ", line).strip()
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", text)


def is_heading_line(line: str, limit: int = 120) -> bool:
    """A line that names or introduces rather than says: no sentence punctuation, no numbering."""
    text = line.strip()
    return bool(text) and len(text) <= limit and not _SENTENCE.search(text) and not _starts_body(text)


def is_history(line: str) -> bool:
    """A dated line saying how the text was adopted or amended, or a bare date; not a sentence."""
    text = line.strip()
    if not _HISTORY.match(text) or text.endswith("。"):
        return False
    return bool(_HISTORY_VERB.search(text)) or bool(re.fullmatch(rf"[（(]?{_DATE}[）)]?", text))


def read_header(lines: list[str]) -> Header:
    """Title, number and history lines at the top: only a number standing alone there is the document's own.

    The first line is the title when it reads as a heading (a portal copy may start with
    its addressees instead). Under it, history lines, the number, a repeated or wrapped
    title and other short heading lines belong to the header; the body starts at the
    first line that says something or is numbered.
    """
    title = number = None
    history: list[str] = []
    seen_text = False
    for i, line in enumerate(lines):
        text = re.sub(_SPACE, " ", line).strip()
        if not text:
            continue
        first, seen_text = not seen_text, True
        if m := _NUMBER_LINE.match(text):
            number = number or normalise_number(m.group(1))
        elif first and is_heading_line(text) and not is_history(text):
            title = clean_heading(text)
        elif is_title(text) and (title is None or clean_heading(text) == title or not number):
            title = title or clean_heading(text)
        elif is_history(text):
            history.append(text)
        elif title and is_heading_line(text):
            if history:  # a history line wrapped mid-sentence
                history[-1] += text
        else:
            return Header(title, number, i, history)
    return Header(title, number, len(lines), history)


def history_date(history: list[str]) -> str | None:
    """The latest date the history lines name: the version of the text."""
    dates = [to_iso(m.group(0)) for line in history for m in re.finditer(_DATE, line)]
    return max(dates) if dates else None


def title_from_text(text: str) -> str | None:
    """`浙江省人民政府办公厅关于…的实施意见` named somewhere outside 《》 (which cite other documents)."""
    m = _TITLE_IN_TEXT.search(re.sub(r"《[^》]*》", "", text))
    return m.group(0) if m else None


@dataclass
class Signature:
    issuer: str | None
    date: str | None  # ISO
    line: int  # index of the date line
    first_line: int  # index of the issuer line when it stands on its own


def to_iso(date: str) -> str:
    y, m, d = re.match(r"(.+)年(.+)月(.+)日", date).groups()
    return f"{cn_to_int(y):04d}-{cn_to_int(m):02d}-{cn_to_int(d):02d}"


def find_signature(lines: list[str], before: int, after: int = 0) -> Signature | None:
    """The last `issuer date` block between `after` (the body start) and `before`; the issuer
    may sit on the line above the date. A date in the header is history, not a signature."""
    for i in range(min(before, len(lines)) - 1, after - 1, -1):
        m = SIGNATURE_RE.match(lines[i].strip())
        if not m:
            continue
        issuer, first = (m.group("issuer") or "").strip() or None, i
        if issuer is None:
            above = next((j for j in range(i - 1, max(i - 4, -1), -1) if lines[j].strip()), None)
            if above is not None and _ISSUER_LINE.match(lines[above].strip()):
                issuer, first = lines[above].strip(), above
        return Signature(issuer, to_iso(m.group("date")), i, first)
    return None


def issuer_from_title(title: str | None) -> str | None:
    if title and "关于" in title:
        issuer = title.split("关于", 1)[0].strip()
        return issuer or None
    return None


def level_and_region(issuer: str | None) -> tuple[str, str | None]:
    """国家 / 省 / 市 / 其他, and the province or city for local documents."""
    if not issuer:
        return Level.OTHER, None
    first = re.split(r"[\s、，,]+", issuer.strip())[0]
    if first.startswith(NATIONAL_ISSUER_PREFIXES) or first in NATIONAL_UNITS or first in NATIONAL_ALIASES:
        return Level.NATIONAL, None
    for province in sorted(PROVINCES, key=len, reverse=True):
        if first.startswith(province):
            rest = first[len(province):]
            if rest.startswith(("省", "自治区")) or (province in MUNICIPALITIES and rest.startswith("市")):
                return Level.PROVINCE, province
    if m := re.match(r"^([\u4e00-\u9fff]{2,3}?)市", first):
        return Level.CITY, m.group(1)
    return "其他", None


def doc_type(title: str) -> str | None:
    core = re.sub(_TRIAL + "$", "", title.strip())
    return next((t for t in DOC_TYPES if core.endswith(t)), None)


def short_title(title: str, region: str | None) -> str:
    """浙江省人民政府办公厅关于…的实施意见 → 浙江实施意见: what a citation calls an unnumbered document."""
    kind = doc_type(title)
    return f"{region}{kind}" if region and kind else title
