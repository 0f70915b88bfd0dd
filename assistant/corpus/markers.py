"""Numbering markers: where a unit could begin, its level, number and the label it is cited by.

Two families cover the documents we meet:

* the legal family: 第X编 › 第X分编 › 第X章 › 第X节 › 第X条 (第X条之一 after 第X条);
* the outline family of 意见/通知: 一、 › （一） › 1. › （1）.

A legal marker may also follow a sentence end with no space (`…本办法。第二条本办法适用于…`, text
run together from a page). A marker is only a *candidate* here; `outline.py` decides which candidates continue
the document's numbering. Candidates record whether they stand at the start of a
line (`strong`): a 第X条 there is an article heading, one in running text is usually
a cross-reference (依照本法第十条), which the lookaheads below also rule out.

Spaces inside numbers (`第 1 9 条`, `二 、`, `（ 一 ）`, PDF text) are tolerated, and
Arabic article numbers are cited in Chinese numerals (第15条 → 第十五条).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numerals import NUMERAL_CHARS, cn_to_int, int_to_cn

_SP = r"[ \u3000\xa0]"
_N = f"[{NUMERAL_CHARS}0-9０-９]"
_NUM = rf"{_N}(?:{_SP}?{_N})*"  # 一百二十四, 19, 1 9
_CN = "[一二三四五六七八九十]+"
#: What may not follow a heading-level marker: it would be a cross-reference (第十条的规定, 第十条第二款,
#: 第十条中规定的). An article may open with a word that starts with 中 (第六条中央补助资金分年度下达).
_NOT_REF = rf"(?=\s|$|中[央国华小外]|[^的、，,和与及或至中所第款项规之{NUMERAL_CHARS}0-9])"
_LEGAL = rf"""
      (?P<article>第{_SP}*(?P<article_n>{_NUM}){_SP}*条(?:之(?P<article_sub>{_CN}))?){_NOT_REF}
    | (?P<subpart>第{_SP}*(?P<subpart_n>{_NUM}){_SP}*分编){_NOT_REF}
    | (?P<part>第{_SP}*(?P<part_n>{_NUM}){_SP}*编){_NOT_REF}
    | (?P<chapter_l>第{_SP}*(?P<chapter_l_n>{_NUM}){_SP}*章){_NOT_REF}
    | (?P<section>第{_SP}*(?P<section_n>{_NUM}){_SP}*节){_NOT_REF}
"""
MARKER_RE = re.compile(
    rf"""(?:^|(?<=[\s。；;！？]))(?:{_LEGAL})
    |(?:^|(?<=[\s。；;：:！？）)])|(?<=^“)|(?<=\n“))(?:
      (?P<chapter>(?P<chapter_n>{_CN}){_SP}?、)
    | (?P<clause>[（(]{_SP}?(?P<clause_n>{_CN}){_SP}?[）)])
    | (?P<item>(?P<item_n>\d{{1,2}}){_SP}?[.．﹒、])
    | (?P<sub>[（(]{_SP}?(?P<sub_n>\d{{1,2}}){_SP}?[）)])
    )""",
    re.VERBOSE | re.MULTILINE,
)
#: A chapter numeral written with another separator than 、: doubled punctuation (一,、 / 一，、), a comma alone (一,各地…
#: of a page that turned every mark into ASCII), a full stop or
#: bracket (一． / 一.), 一) / 一）), or only a space before the heading's words (一 主要举措, a one-line text). The
#: character after the numeral does not decide these: `outline.py` keeps one only where the sequence of chapters
#: through the document carries it (see `loose_chapters`).
LOOSE_CHAPTER_RE = re.compile(
    rf"""(?:^|(?<=[\s。；;：:！？]))(?P<chapter>(?P<chapter_n>{_CN})
      (?:{_SP}?[,，]{_SP}?[、．.]|{_SP}?[,，]|{_SP}?[．.](?![0-9０-９])|{_SP}?[)）]|{_SP}+(?=[\u4e00-\u9fff])))""",
    re.VERBOSE | re.MULTILINE,
)
#: A bracketed clause numeral wherever it stands (三、工作措施(一)切实…): only `outline.py` may take one, where a
#: flattened page ran a chapter's heading words into its first clause.
GLUED_CLAUSE_RE = re.compile(rf"(?P<clause>[（(]{_SP}?(?P<clause_n>{_CN}){_SP}?[）)])")
#: A legal marker wherever it stands, run into the words before it (…暂行办法第一章总则第一条为…): only
#: `outline.py` may take one, where a page flattened a heading and its first article into one line.
GLUED_RE = re.compile(_LEGAL, re.VERBOSE)
OUTLINE_LEVELS = ("chapter", "clause", "item", "sub")
#: Headings above articles, outermost first; `chapter_l` is 第X章 (`chapter` is the outline's 一、).
HEADING_LEVELS = ("part", "subpart", "chapter_l", "section")
ARTICLE_LEVELS = HEADING_LEVELS + ("article",)
_HEADING_WORDS = {"part": "编", "subpart": "分编", "chapter_l": "章", "section": "节"}


@dataclass
class Marker:
    level: str
    number: int
    start: int
    end: int
    label: str  # normalised: 一、 / （三） / 1 / （2） / 第五条 / 第十条之一 / 第二章
    strong: bool = False  # stands at the start of a line
    sub: int = 0  # 之一 → 1

    @property
    def key(self) -> tuple[int, int]:
        return self.number, self.sub


def article_label(number: int, sub: int = 0) -> str:
    return f"第{int_to_cn(number)}条" + (f"之{int_to_cn(sub)}" if sub else "")


def _label(level: str, number: int, sub: int) -> str:
    if level == "article":
        return article_label(number, sub)
    if level in _HEADING_WORDS:
        return f"第{int_to_cn(number)}{_HEADING_WORDS[level]}"
    if level == "chapter":
        return f"{int_to_cn(number)}、"
    if level == "clause":
        return f"（{int_to_cn(number)}）"
    if level == "item":
        return str(number)
    return f"（{number}）"


def _marker(text: str, m: re.Match[str]) -> Marker:
    level = next(lv for lv in OUTLINE_LEVELS + ARTICLE_LEVELS if m.groupdict().get(lv))
    number = cn_to_int(m.group(f"{level}_n"))
    sub = cn_to_int(m.group("article_sub")) if level == "article" and m.group("article_sub") else 0
    line_start = text.rfind("\n", 0, m.start()) + 1
    # an amendment quotes the new text paragraph by paragraph, each opened by “ (“(一)小型水源工程:…): still a line start
    strong = not text[line_start:m.start()].strip().removeprefix("“")
    return Marker(level, number, m.start(), m.end(), _label(level, number, sub), strong, sub)


def candidates(text: str) -> list[Marker]:
    return [_marker(text, m) for m in MARKER_RE.finditer(text)]


def loose_chapters(text: str) -> list[Marker]:
    """Chapter markers with an odd separator (`LOOSE_CHAPTER_RE`): candidates only, strong at a line start."""
    return [_marker(text, m) for m in LOOSE_CHAPTER_RE.finditer(text)]


def glued(text: str) -> list[Marker]:
    """Legal markers run into the words before them, which `candidates` leaves out (not strong)."""
    return [_marker(text, m) for m in GLUED_RE.finditer(text)
            if m.start() > 0 and not text[m.start() - 1].isspace() and text[m.start() - 1] not in "。；;！？"]


def glued_clauses(text: str) -> list[Marker]:
    """Bracketed clause markers run into the words before them (a CJK character), which `candidates` leaves out."""
    return [_marker(text, m) for m in GLUED_CLAUSE_RE.finditer(text)
            if m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff"]


#: an item a unit enumerates inside its own text: an enclosed numeral (㈠), a bracketed one (（一）) or a number (1.)
#: opening a line or following a colon or a sentence end
_INNER_ITEM = re.compile(
    r"(?:^|(?<=[\s：:；;。]))(?:(?P<enclosed>[㈠-㈩])|[（(](?P<bracketed>[一二三四五六七八九十]{1,3})[)）]|(?P<digit>\d{1,2})[.．、](?!\d))"
)


def inner_items(text: str) -> list[str]:
    """The items a unit's own text enumerates (引荐项目范围: ㈠生产型投资项目…；㈡商贸服务、旅游项目…), each with its
    marker, when they run 1, 2, 3… in one kind of marker; [] when fewer than two do. What a reader counts in when
    a follow-up asks 第四项 of a unit the parser keeps whole."""
    marks = list(_INNER_ITEM.finditer(text))
    kinds = {next(k for k, v in m.groupdict().items() if v) for m in marks}
    if len(marks) < 2 or len(kinds) != 1:
        return []
    numbers = [ord(m["enclosed"]) - ord("㈠") + 1 if m["enclosed"] else
               cn_to_int(m["bracketed"]) if m["bracketed"] else int(m["digit"]) for m in marks]
    if numbers != list(range(1, len(marks) + 1)):
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [text[m.start():end].strip().rstrip("；;。") for m, end in zip(marks, ends)]
