"""Body text → leaf clauses, following the document's own numbering.

Two numbering systems cover almost all policy documents: the outline of 意见/通知
(一、 chapter › （一） clause › 1. item › （1） sub-item) and the 第X章/第X条 of 办法/规定.
Markers are only trusted where they could start a paragraph (line start, after
whitespace or a sentence end; 第X条 only at line start or after whitespace) and when they continue the sequence at their level, so
`3.2万亿元` or a stray `(一)` in running text never split a clause, while one-line
texts (a whole document on one line) still split at every real marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Clause
from .numerals import NUMERAL_CHARS, cn_to_int

_N = f"[{NUMERAL_CHARS}]+"
_CN = "[一二三四五六七八九十]+"
MARKER_RE = re.compile(
    rf"""(?:^|(?<=\s))(?:
      (?P<article>第(?P<article_n>{_N})条)(?![款项之的])
    | (?P<part>第(?P<part_n>{_N})章)
    | (?P<section>第(?P<section_n>{_N})节)
    )
    |(?:^|(?<=[\s。；;：:！？）)]))(?:
      (?P<chapter>(?P<chapter_n>{_CN})、)
    | (?P<clause>[（(](?P<clause_n>{_CN})[）)])
    | (?P<item>(?P<item_n>\d{{1,2}})[.．、])
    | (?P<sub>[（(](?P<sub_n>\d{{1,2}})[）)])
    )""",
    re.X | re.M,
)
OUTLINE_LEVELS = ("chapter", "clause", "item", "sub")
ARTICLE_LEVELS = ("part", "section", "article")
#: Paragraphs that close a document rather than continue its last clause.
CLOSING_RE = re.compile(
    r"(?:^|(?<=\s))(?=各地区、各部门|各地区各部门|各地、各部门|各地各部门|各有关部门要|各级各部门|"
    r"各省、自治区、直辖市人民政府|各市、县[（(]市、区[）)]人民政府|"
    r"本(?:意见|通知|办法|规定|方案|细则|决定|实施意见)(?:自|由|所称)|附件[:：])"
)
HEADING_MAX = 40
#: Levels numbered through the whole document rather than per parent (（四） opens chapter 二).
CONTINUOUS = ("clause", "article")


@dataclass
class Marker:
    level: str
    number: int
    start: int
    end: int
    label: str  # normalised: 一、 / （三） / 1 / （2） / 第五条


def _label(level: str, raw: str, number: int) -> str:
    if level == "clause":
        return f"（{raw.strip('（()）')}）"
    if level == "item":
        return str(number)
    if level == "sub":
        return f"（{number}）"
    return raw


def _candidates(text: str) -> list[Marker]:
    found = []
    for m in MARKER_RE.finditer(text):
        level = next(lv for lv in OUTLINE_LEVELS + ARTICLE_LEVELS if m.group(lv))
        number = cn_to_int(m.group(f"{level}_n"))
        found.append(Marker(level, number, m.start(), m.end(), _label(level, m.group(level), number)))
    return found


def _sequential(candidates: list[Marker], levels: tuple[str, ...]) -> list[Marker]:
    """Keep markers that continue their level's count; a new parent restarts the levels below.

    Clause and article numbers usually run on across chapters, but some documents
    restart them, so those may also restart at 1 right after a new chapter.
    """
    last = dict.fromkeys(levels, 0)
    fresh = dict.fromkeys(levels, True)  # level may restart at 1 (a new parent began)
    kept = []
    for marker in candidates:
        if marker.level not in levels:
            continue
        n, level = marker.number, marker.level
        if n == last[level] + 1 or (n == 1 and fresh[level]):
            kept.append(marker)
            last[level], fresh[level] = n, False
            for lower in levels[levels.index(level) + 1:]:
                fresh[lower] = True
                if lower not in CONTINUOUS:
                    last[lower] = 0
    return kept


def split_heading(segment: str, has_children: bool) -> tuple[str | None, str]:
    """`主要目标。到2015年…` → (主要目标, 到2015年…); a long first sentence is no heading."""
    m = re.match(r"([^。\n]*)(?:。|\n|$)\s*(.*)", segment, re.S)
    first, rest = m.group(1).strip(), m.group(2).strip()
    if first and len(first) <= HEADING_MAX and (rest or has_children):
        return first.rstrip("：: "), rest
    return None, segment


def _paragraphs(text: str) -> str:
    lines = [re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


class _Builder:
    """Walks the kept markers, tracking the heading path each leaf sits under."""

    def __init__(self, doc_id: str, prefix: str) -> None:
        self.doc_id, self.prefix = doc_id, prefix
        self.leaves: list[Clause] = []
        self.chapter: str | None = None
        self.chapter_label = ""
        self.clause: str | None = None
        self.clause_title: str | None = None
        self.item: str | None = None

    def add(self, kind: str, part: str, text: str, **fields: str | None) -> None:
        text = _paragraphs(text)
        if not text:
            return
        ids = {c.id for c in self.leaves}
        leaf_id, n = f"{self.doc_id}#{self.prefix}{part}", 2
        while leaf_id in ids:
            leaf_id, n = f"{self.doc_id}#{self.prefix}{part}-{n}", n + 1
        self.leaves.append(
            Clause(id=leaf_id, doc_id=self.doc_id, kind=kind, text=text, chapter=self.chapter,
                   clause=self.clause, clause_title=self.clause_title, **fields)
        )

    def outline(self, marker: Marker, segment: str, has_children: bool) -> None:
        if marker.level == "chapter":
            title, body = split_heading(segment, True)
            self.chapter = f"{marker.label}{title or ''}"
            self.chapter_label, self.clause, self.clause_title, self.item = marker.label, None, None, None
            self.add("clause", marker.label, body)
        elif marker.level == "clause":
            self.clause, self.item = marker.label, None
            self.clause_title, body = split_heading(segment, has_children)
            self.add("clause", marker.label, body)
        elif marker.level == "item":
            self.item = marker.label
            self.add("item", f"{self.clause or self.chapter_label}{marker.label}", segment, item=marker.label)
        else:
            part = f"{self.clause or self.chapter_label}{self.item or ''}{marker.label}"
            self.add("subitem", part, segment, item=self.item, subitem=marker.label)

    def article(self, marker: Marker, segment: str) -> None:
        if marker.level == "article":
            self.clause = marker.label
            self.add("article", marker.label, segment)
            return
        title, body = split_heading(segment, True)
        heading = f"{marker.label} {title or ''}".strip()
        self.chapter = heading if marker.level == "part" or not self.chapter else f"{self.chapter.split(' 第')[0]} {heading}"
        self.clause = None
        self.add("clause", marker.label, body)


def _split_closing(leaves: list[Clause], doc_id: str, prefix: str) -> None:
    """Move trailing 各地区、各部门要… / 本办法自…施行 paragraphs of the last leaf into a closing leaf."""
    if not leaves:
        return
    last = leaves[-1]
    m = next((m for m in CLOSING_RE.finditer(last.text) if m.start() > 0), None)
    if m and last.kind != "article":
        closing = last.text[m.start():].strip()
        last.text = last.text[: m.start()].strip()
        leaves.append(Clause(id=f"{doc_id}#{prefix}结尾", doc_id=doc_id, kind="closing", text=closing))


def parse_outline(text: str, doc_id: str, prefix: str = "") -> list[Clause]:
    """Leaves of a body text: preamble, clauses/items/sub-items or articles, closing."""
    candidates = _candidates(text)
    articles = _sequential(candidates, ARTICLE_LEVELS)
    article_mode = sum(m.level == "article" for m in articles) >= 2
    markers = articles if article_mode else _sequential(candidates, OUTLINE_LEVELS)
    builder = _Builder(doc_id, prefix)
    builder.add("preamble", "序言", text[: markers[0].start] if markers else text)
    for k, marker in enumerate(markers):
        end = markers[k + 1].start if k + 1 < len(markers) else len(text)
        segment = text[marker.end:end].strip()
        if article_mode:
            builder.article(marker, segment)
        else:
            nxt = markers[k + 1].level if k + 1 < len(markers) else None
            below = OUTLINE_LEVELS[OUTLINE_LEVELS.index(marker.level) + 1:]
            builder.outline(marker, segment, nxt in below)
    leaves = builder.leaves
    if markers:
        _split_closing(leaves, doc_id, prefix)
    return leaves
