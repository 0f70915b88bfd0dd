"""Body text → leaf clauses, following the document's own numbering.

Two numbering systems cover almost all documents (see `markers.py`): the outline of
意见/通知 (一、 chapter › （一） clause › 1. item › （1） sub-item) and the legal
编 › 分编 › 章 › 节 › 条 of laws, regulations and 办法/规定.

Which candidates are real units:

* legal family: a 第X条 / 第X章 … standing at the start of a line is a heading, whatever
  its number (codes split into parts start at 第四百六十三条, numbering has gaps, the
  source may drop 第一章, a table of contents repeats the chapters); one in running text
  (a one-line document) must continue the count (第五条 after 第四条, 第十条之一 after 第十条);
* outline family: a marker must continue its level's count, or restart at 1 under a new
  parent, so `3.2万亿元` or a stray `(一)` in running text never split a clause. Items
  may also run on through the whole document (1.–40.) across clauses. A count may start later
  or skip ahead where the text is an excerpt (a page opening at （二）, a repost that leaves （三）
  out): a marker at a line start that heads children numbered from 1, or whose next marker of
  its level continues it, is a unit whatever its number;
* chapter numerals with another separator than 、 (一,、 / 一． / 一） / 一 主要举措) are chapters
  where the sequence of chapters through the document carries them (the chapter before is one
  less or the one after one more), or where they head a （一） / 1., not by the character after 一.

Each leaf gets `path`, the label it is cited by, in the document's own numbering:
第十五条, （三）2, and 二（一） for a （一） under a chapter 一、. Only documents whose （一）
are seen to run on across chapters (（二十一） opening a chapter) keep the bare （二十一）:
a document (or the part of one we hold) with clauses under a single chapter cites them
with the chapter, as one whose clauses restart does.

Rules and 工作规则 number their paragraphs 一、二、 inside 第X章 without any 第X条: there the
legal headings stand above the outline, and a paragraph cites as 第一章一 — or as 四 where the
paragraphs are seen to run on through the chapters (第二章 opening with 四、) and never restart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.lexicon.labels import LABEL_LINES_RE

from .annex import flattened_rows
from .markers import (
    ARTICLE_LEVELS, HEADING_LEVELS, OUTLINE_LEVELS, Marker, candidates, glued, glued_clauses, loose_chapters,
)
from .metadata import is_title
from .responsibility import heading_lead
from .model import Clause

#: Paragraphs that close a document rather than continue its last clause.
CLOSING_RE = re.compile(
    r"(?:^|(?<=\s))(?=各地区、各部门|各地区各部门|各地、各部门|各地各部门|各有关部门要|各级各部门|"
    r"各省、自治区、直辖市人民政府|各市、县[（(]市、区[）)]人民政府|"
    r"本(?:意见|通知|办法|规定|方案|细则|决定|实施意见)(?:自|由|所称)|附件[:：])"
)
HEADING_MAX = 40
_CJK = r"\u4e00-\u9fff"


#: How many article markers, numbered on one by one, carry a run that opens past 第一条 (an excerpt run together)
_RUN_OPENS = 3


def _opens_run(text: str, articles: list[Marker], k: int) -> bool:
    """`articles[k]` and the article markers after it are numbered on one by one, `_RUN_OPENS` of them, each right
    after a sentence end: an excerpt that opens inside 第二条 with its articles run on after full stops (…从其规定。
    第三條本條例所稱…。第四條…) is read from its first whole article. A lone cross-reference (依照第三条) never starts
    such a run, nor do the cells of a table citing articles (| 第186条 （…） |违法运用资金罪 |)."""
    run = articles[k:k + _RUN_OPENS]
    return len(run) == _RUN_OPENS and all(
        m.key == (articles[k].number + i, 0) and text[:m.start].rstrip()[-1:] in ("。", "；", ";", "！", "？")
        for i, m in enumerate(run))


def _legal(text: str, found: list[Marker]) -> list[Marker]:
    """Legal-family markers that are units: any at a line start, others only in sequence."""
    kept: list[Marker] = []
    last_article: tuple[int, int] | None = None
    last_heading = dict.fromkeys(HEADING_LEVELS, 0)
    articles = [m for m in found if m.level == "article"]
    k = -1  # the place of the current marker among the articles
    for marker in found:
        if marker.level == "article":
            k += 1
            n, sub = marker.key
            follows = last_article is None and (marker.key == (1, 0) or _opens_run(text, articles, k)) \
                or last_article is not None and (
                marker.key == (last_article[0] + 1, 0) or (n == last_article[0] and sub == last_article[1] + 1))
            if marker.strong or follows:
                kept.append(marker)
                last_article = marker.key
        elif marker.level in HEADING_LEVELS and (marker.strong or marker.number == last_heading[marker.level] + 1):
            kept.append(marker)
            last_heading[marker.level] = marker.number
    return kept


@dataclass
class _Outline:
    """The outline markers kept, and what says whether （一） restarts under each 一、."""

    markers: list[Marker] = field(default_factory=list)
    #: a （一） opening a chapter after clauses of an earlier one: numbering restarts per chapter
    restart_seen: bool = False
    #: a chapter opening with the next running clause number (（四） after （三）): numbering runs on
    run_on_seen: bool = False

    #: the same for 一、 under the 第X章 headings of rules numbered in paragraphs (第二章 opening with 四、)
    chapter_restart_seen: bool = False
    chapter_run_on_seen: bool = False

    @property
    def clauses_restart(self) -> bool:
        """Cite clauses with their chapter (二（一）) unless they are seen to run on and never restart."""
        return self.restart_seen or not self.run_on_seen

    @property
    def chapters_restart(self) -> bool:
        """Cite 一、 with the 第X章 it sits in (第一章一) unless it is seen to run on through them and never
        restart: 第二章 opening with 四、 numbers its paragraphs through the rules, and 四 is already unique."""
        return self.chapter_restart_seen or not self.chapter_run_on_seen


_SENTENCE_END = re.compile(r"[。；;！？]")


def _heads_children(text: str, found: list[Marker], k: int) -> bool:
    """`found[k]` heads a numbering of its own: the next outline marker is of a lower level and numbered 1,
    with no more than a heading's words between them (（四）标准体系认证 / 1.支持标准; 一 主要举措 （一）…)."""
    marker = found[k]
    if marker.level not in OUTLINE_LEVELS:
        return False
    nxt = next((m for m in found[k + 1:] if m.level in OUTLINE_LEVELS), None)
    if nxt is None or nxt.number != 1 or nxt.level not in OUTLINE_LEVELS[OUTLINE_LEVELS.index(marker.level) + 1:]:
        return False
    words = text[marker.end:nxt.start].strip()
    return len(words) <= HEADING_MAX and not _SENTENCE_END.search(words)


def _continued(found: list[Marker], k: int) -> bool:
    """The next marker of `found[k]`'s level at a line start carries its count on (（二） then （三））."""
    marker = found[k]
    nxt = next((m for m in found[k + 1:] if m.level == marker.level and m.strong), None)
    return nxt is not None and nxt.number == marker.number + 1


def _outline(found: list[Marker], text: str = "") -> _Outline:
    """Keep markers that continue their level's count; a new parent restarts the levels below.

    Clause numbers usually run on across chapters, but some documents restart them, so
    they may also restart at 1 right after a new chapter. Items restart per clause or run
    on through the document: after a new parent, 1 or the next running number continues.
    A 第X章 / 第X节 heading at a line start sits above the outline (rules numbered 一、 in
    chapters); under it 一、 may restart or run on, like any level under a new parent.
    """
    levels = OUTLINE_LEVELS
    last = dict.fromkeys(levels, 0)
    running = dict.fromkeys(levels, 0)  # the last number at each level, whatever its parent
    fresh = dict.fromkeys(levels, True)
    result = _Outline()
    for k, marker in enumerate(found):
        n, level = marker.number, marker.level
        if level in HEADING_LEVELS and marker.strong:
            result.markers.append(marker)
            for lower in levels:
                fresh[lower], last[lower] = True, 0
            continue
        if level not in levels:
            continue
        continues = n == last[level] + 1 or (fresh[level] and n in (1, running[level] + 1))
        # A count that starts later (a page opening at （二）, an excerpt at 三、) or skips what an excerpt left
        # out: a marker at a line start is a unit when it heads children numbered from 1, or, as its level's
        # first, when the next marker of its level continues it.
        skips = not continues and bool(text) and marker.strong and n > last[level] + 1 and (
            _heads_children(text, found, k) or running[level] == 0 and _continued(found, k))
        if not (continues or skips):
            continue
        if level == "clause" and fresh[level] and running[level] > 0 and not skips:
            result.restart_seen = result.restart_seen or n == 1
            result.run_on_seen = result.run_on_seen or n > 1
        if level == "chapter" and fresh[level] and running[level] > 0 and not skips:
            result.chapter_restart_seen = result.chapter_restart_seen or n == 1
            result.chapter_run_on_seen = result.chapter_run_on_seen or n > 1
        result.markers.append(marker)
        last[level] = running[level] = n
        fresh[level] = False
        for lower in levels[levels.index(level) + 1:]:
            fresh[lower] = True
            if lower != "clause":  # clauses usually run on across chapters
                last[lower] = 0
    return result


#: A rest that is one bracketed aside and nothing after it: (省发改委负责), （责任单位：市商务局）。
_ONE_BRACKET = re.compile(r"[（(【〔][^（）()【】〔〕]*[）)】〕][。；;]?")


def split_heading(segment: str, has_children: bool) -> tuple[str | None, str]:
    """`主要目标。到2015年…` → (主要目标, 到2015年…); a long first sentence is no heading, nor is the
    line of a leaf whose rest is only who does it or another aside (（一）地区生产总值增长7%以上\n责任单位:区发改局,
    (一)地区生产总值增长11%左右。(省发改委负责): the line is the item's content, the label line or bracket
    its units)."""
    m = re.match(r"([^。\n]*)(?:。|\n|$)\s*(.*)", segment, re.DOTALL)
    first, rest = m.group(1).strip(), m.group(2).strip()
    if rest and not has_children and (LABEL_LINES_RE.fullmatch(rest) or _ONE_BRACKET.fullmatch(rest)):
        return None, segment
    if first and len(first) <= HEADING_MAX and (rest or has_children):
        return first.rstrip("：: "), rest
    run_in = _RUN_IN_LEAD.match(segment)
    if run_in and heading_lead(run_in.group("lead"), None):
        return run_in.group("title"), segment[run_in.end():].strip()
    return None, segment


#: A heading run into its first paragraph, closed by a bracket naming its lead: 一、扩大有效投资政策(由市发展
#: 改革委牵头实施)聚焦重大基础设施…: the words up to the bracket are the heading, and the lead is the lead of
#: every measure under it, as on a heading of its own line. The bracket alone must name it: a unit named
#: before it (市财政局设立专项资金(以下简称…)) is the paragraph's subject, not a heading's lead.
_RUN_IN_LEAD = re.compile(r"(?P<title>[^。；;，,：:\n（）()]{2,30}(?P<lead>[（(][^（）()\n]{2,40}[）)]))(?=\S)")


def heading_text(title: str) -> str:
    """`总　则` → 总则: spaces between Chinese characters in a heading are layout, not words."""
    return re.sub(rf"(?<=[{_CJK}])[ \u3000\xa0]+(?=[{_CJK}])", "", title.strip())


def lead_in(text: str) -> str | None:
    """The sentence a text ends on when it introduces what follows (公众可通过以下途径和方式提出反馈意见:):
    items standing under no clause are its entries, and it heads them as a clause title would."""
    m = re.search(r"([^。；;！？\n]{2,%d})[:：]\s*$" % (2 * HEADING_MAX), text)
    return m.group(1).strip() if m else None


def _paragraphs(text: str) -> str:
    lines = [re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


class _Builder:
    """Walks the kept markers, tracking the heading path each leaf sits under."""

    def __init__(self, doc_id: str, prefix: str, clauses_restart: bool = False, chapters_restart: bool = True) -> None:
        self.doc_id, self.prefix, self.clauses_restart = doc_id, prefix, clauses_restart
        self.chapters_restart = chapters_restart
        self.leaves: list[Clause] = []
        self.ids: set[str] = set()
        self.chapter: str | None = None
        self.chapter_label = ""  # 二、
        self.headings: dict[str, str] = {}  # legal headings above the current article
        #: 一、 / （一） headings above articles (办法 that group 第X条 under 一、政策支持 / （一）…奖励)
        self.outline_headings: dict[str, Marker] = {}
        self.clause: str | None = None
        self.clause_title: str | None = None
        self.item: str | None = None

    def add(self, kind: str, path: str, text: str, id_part: str | None = None, **fields: str | None) -> None:
        text = _paragraphs(text)
        if not text:
            return
        base = f"{self.doc_id}#{self.prefix}{id_part or path}"
        leaf_id, n = base, 2
        while leaf_id in self.ids:
            leaf_id, n = f"{base}-{n}", n + 1
        self.ids.add(leaf_id)
        self.leaves.append(Clause(
            id=leaf_id, doc_id=self.doc_id, kind=kind, text=text, chapter=self.chapter, clause=self.clause,
            clause_title=self.clause_title, path=f"{self.prefix}{path}", **fields))

    @property
    def _under(self) -> str:
        """The legal headings an outline sits in, which its labels start with: 第一章 in 第一章一 (none where
        the 一、 run on through them: 四 under 第二章 is the rules' 四)."""
        if not self.chapters_restart:
            return ""
        return "".join(self.headings[lv].split(" ")[0] for lv in HEADING_LEVELS if lv in self.headings)

    @property
    def _scope(self) -> str:
        """What a clause's label starts with: the chapter numeral where （一） restarts per chapter."""
        return self._under + (self.chapter_label.rstrip("、") if self.clauses_restart else "")

    @property
    def _chapter_path(self) -> str:
        return self._under + self.chapter_label.rstrip("、")

    def outline(self, marker: Marker, segment: str, has_children: bool) -> None:
        if marker.level == "chapter":
            title, body = split_heading(segment, has_children)
            above = " ".join(self.headings[lv] for lv in HEADING_LEVELS if lv in self.headings)
            self.chapter = " ".join(p for p in (above, f"{marker.label}{heading_text(title) if title else ''}") if p)
            self.chapter_label, self.clause, self.clause_title, self.item = marker.label, None, None, None
            self.add("clause", self._chapter_path, body, id_part=self._under + marker.label)
        elif marker.level == "clause":
            self.clause, self.item = marker.label, None
            self.clause_title, body = split_heading(segment, has_children)
            self.add("clause", f"{self._scope}{marker.label}", body)
        elif marker.level == "item":
            self.item = marker.label
            parent = f"{self._scope}{self.clause}" if self.clause else self._chapter_path
            self.add("item", f"{parent}{marker.label}", segment, item=marker.label)
        elif marker.level == "sub":
            parent = f"{self._scope}{self.clause}" if self.clause else self._chapter_path
            self.add("subitem", f"{parent}{self.item or ''}{marker.label}", segment, item=self.item,
                     subitem=marker.label)
        else:  # a 第X章 the outline sits in
            self.article(marker, segment)

    def article(self, marker: Marker, segment: str) -> None:
        if marker.level == "article":
            self.clause = marker.label
            self.add("article", marker.label, segment)
            return
        title, body = split_heading(segment, True)
        heading = f"{marker.label}{heading_text(title) if title else ''}"
        if marker.level in OUTLINE_LEVELS:  # a heading over articles, which keep their own numbers
            self.outline_headings[marker.level] = marker
            for lower in OUTLINE_LEVELS[OUTLINE_LEVELS.index(marker.level) + 1:]:
                self.outline_headings.pop(lower, None)
                self.headings.pop(lower, None)
            self.headings[marker.level] = heading
        else:
            self.headings[marker.level] = f"{marker.label} {heading_text(title) if title else ''}".strip()
            for lower in ARTICLE_LEVELS[ARTICLE_LEVELS.index(marker.level) + 1:] + OUTLINE_LEVELS:
                self.headings.pop(lower, None)
            self.outline_headings.clear()
        order = HEADING_LEVELS + OUTLINE_LEVELS
        self.chapter = " ".join(self.headings[lv] for lv in order if lv in self.headings)
        self.clause = self.clause_title = self.item = None
        self.chapter_label = ""
        legal = " ".join(self.headings[lv].split(" ")[0] for lv in HEADING_LEVELS if lv in self.headings)
        outline = "".join(m.label.rstrip("、") for lv, m in sorted(
            self.outline_headings.items(), key=lambda kv: OUTLINE_LEVELS.index(kv[0])))
        self.add("clause", legal + outline, body)


def _list_end(leaves: list[Clause]) -> int | None:
    """Where the last item stops when the body ends on a list of one-line items the text itself heads.

    `公众可通过以下途径和方式提出反馈意见:` / `1.登陆…网站` `2.通过信函…` `3.通过电子邮件…` /
    `意见反馈截止时间为2023年6月13日。`: items under no clause, each one line, are the entries of a
    list; a paragraph after the last entry speaks to the whole notice again, not to that entry.
    """
    items = [leaf for leaf in leaves if leaf.kind == "item" and leaf.chapter is None and leaf.clause is None]
    last = leaves[-1]
    if not items or items[-1] is not last or any("\n" in leaf.text for leaf in items[:-1]):
        return None
    end = last.text.find("\n")
    return end if end > 0 else None


def _split_closing(leaves: list[Clause], doc_id: str, prefix: str) -> None:
    """Move trailing 各地区、各部门要… / 本办法自…施行 paragraphs of the last leaf into a closing leaf, and
    what follows a list's last one-line entry (see `_list_end`)."""
    if not leaves:
        return
    last = leaves[-1]
    m = next((m for m in CLOSING_RE.finditer(last.text) if m.start() > 0), None)
    cut = min((k for k in (m.start() if m else None, _list_end(leaves)) if k is not None), default=None)
    if cut is not None and last.kind != "article":
        closing = last.text[cut:].strip()
        last.text = last.text[:cut].strip()
        leaves.append(Clause(id=f"{doc_id}#{prefix}结尾", doc_id=doc_id, kind="closing", text=closing,
                             path=f"{prefix}结尾"))


#: `附件：` then `1.参会单位名单` `2.《…方案》`: the names of the attachments, numbered as a list.
_ANNEX_LIST = re.compile(r"^[ \t\u3000]*附件\s*[:：][^\n]*\n(?:\s*\d{1,2}\s*[.．、][^。\n]{1,100}\n?)+", re.MULTILINE)


#: Lines saying whom to ask about a notice ((联系人:王宁涛,电话:020-83135813)), as printed under its signature.
_CONTACT = re.compile(r"(?:\s*[（(]?\s*(?:联系人|联系电话|联系方式|电话|传真|电子邮箱|邮箱)\s*[:：][^\n]*(?:\n|$))+")


def _annex_list_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _ANNEX_LIST.finditer(text)]


def _headings_over_articles(text: str, found: list[Marker]) -> list[Marker]:
    """一、政策支持 / （一）固定资产投资奖励 on lines of their own between articles: headings, not units.

    Some 办法 and 若干措施 number their articles 第1条… through the whole text and group them under
    outline headings. The heading must stand alone on its line (short, no sentence end) and
    continue its level's count; its words then head every article under it, and without this
    they would run on as the tail of the article before.
    """
    def alone(marker: Marker) -> bool:
        line_end = text.find("\n", marker.end)
        rest = text[marker.end: line_end if line_end >= 0 else len(text)].strip()
        return marker.strong and 0 < len(rest) <= HEADING_MAX and not re.search(r"[。；;]", rest)

    articles = [m.start for m in found if m.level == "article" and m.strong]

    def heads(marker: Marker) -> bool:
        """Between two articles, a heading heads what comes next: an article or another heading on
        the next line. `（一）赌注金额界限划定：` then `1、赌注特大是指…` is a paragraph of the article
        above (its list), not a heading over the articles after it. After the last article (an
        appendix numbered 一、(一)) the outline is left as it stands."""
        if not any(start > marker.end for start in articles):
            return True
        line_end = text.find("\n", marker.end)
        if text[marker.end:line_end].rstrip().endswith((":", "：")):
            return False
        nxt = next((m for m in found if m.start > line_end), None)
        return nxt is not None and not text[line_end:nxt.start].strip() and (
            nxt.level in ARTICLE_LEVELS or nxt.level in ("chapter", "clause") and alone(nxt))

    return _outline([m for m in found if m.level in ("chapter", "clause") and alone(m) and heads(m)]).markers


def _glued_headings(text: str, found: list[Marker]) -> list[Marker]:
    """Headings a page ran into one line with the title and the first article, as units at a line start.

    `…资金管理暂行办法第一章总则第一条为…` and `第二章支持对象第六条创新资金面向…`: a 第X章 / 第X节 run
    into a title (the line before it is nothing but a document title), and a 第X条 run into the
    short words of a heading that starts its line (no sentence punctuation between), open units as
    if they stood on lines of their own. Run into anything else, a 第X条 is a cross-reference.
    """
    headings = [m for m in found if m.level in HEADING_LEVELS and m.strong]
    kept: list[Marker] = []
    for marker in glued(text):
        before = text[text.rfind("\n", 0, marker.start) + 1: marker.start].strip()
        if marker.level in HEADING_LEVELS:
            opens = is_title(before)
        else:
            heading = next((h for h in reversed(headings) if h.end <= marker.start), None)
            opens = marker.level == "article" and heading is not None and \
                0 < len(words := text[heading.end: marker.start].strip()) <= HEADING_MAX and \
                not re.search(r"[\n。；;，,：:！？]", words)
        if opens:
            marker.strong = True
            kept.append(marker)
            if marker.level in HEADING_LEVELS:
                headings = sorted([*headings, marker], key=lambda m: m.start)
    return kept


def _glued_first_article(text: str, found: list[Marker]) -> list[Marker]:
    """第一条 run into the words before it (an order's signing date: …一九九七年九月二十二日第一条为了…) on a page that
    flattened the whole text, where no article stands at a line start and the first article marker after it,
    run on after a full stop, is 第二条: the two open the articles. Where articles stand on lines of their own, a
    glued 第一条 is a cross-reference (本法第一条)."""
    articles = [m for m in found if m.level == "article"]
    if any(m.strong for m in articles):
        return []
    first = next((m for m in glued(text) if m.level == "article" and m.key == (1, 0)), None)
    if first is None:
        return []
    nxt = next((m for m in articles if m.start > first.start), None)
    before = [m for m in articles if m.start < first.start]
    return [first] if nxt is not None and nxt.key == (2, 0) and not before else []


def _glued_first_clauses(text: str, found: list[Marker]) -> list[Marker]:
    """（一） run into its chapter's heading words on a flattened page (三、工作措施(一)切实加强…): the first clause
    of a chapter whose heading is no more than a heading's words (no sentence punctuation) before it. Run into
    anything else, a bracketed numeral is an enumeration inside a sentence."""
    chapters = [m for m in found if m.level == "chapter"]
    kept = []
    for marker in (m for m in glued_clauses(text) if m.number == 1):
        chapter = next((c for c in reversed(chapters) if c.end <= marker.start), None)
        if chapter is None or any(chapter.end <= m.start < marker.start for m in found):
            continue
        words = text[chapter.end:marker.start].strip()
        if 0 < len(words) <= HEADING_MAX and not re.search(r"[\n。；;，,：:！？]", words):
            kept.append(marker)
    return kept


def _carried(text: str, loose: list[Marker], found: list[Marker]) -> list[Marker]:
    """Chapter markers with an odd separator (一,、 / 一． / 一) / 一 主要举措) that the document's sequence carries.

    Whether 一 is a chapter is not read off the character after it but off the chapters around it: it is one
    when the chapter marker before it (any separator) is numbered one less or the one after it one more, with
    words between them, or when it heads children numbered from 1 (一 主要举措 （一）…).
    """
    chapters = sorted([m for m in found if m.level == "chapter"] + loose, key=lambda m: m.start)
    every = sorted(found + loose, key=lambda m: m.start)
    kept = []
    for marker in loose:
        k = chapters.index(marker)
        before = chapters[k - 1] if k else None
        after = chapters[k + 1] if k + 1 < len(chapters) else None
        in_run = (after is not None and after.number == marker.number + 1
                  and len(text[marker.end:after.start].strip()) >= 2) or (
            before is not None and before.number == marker.number - 1
            and len(text[before.end:marker.start].strip()) >= 2)
        if in_run or _heads_children(text, every, every.index(marker)):
            kept.append(marker)
    return kept


def _appendix_outline(found: list[Marker], markers: list[Marker]) -> tuple[list[Marker], set[int]]:
    """An appendix numbered 一、 › （一） › 1. after the last article (附录：女职工禁忌从事的劳动范围, a
    附：…目录 in 附则) is an outline of its own: from its first heading on, its units are read as an
    outline's, so the (一) items under each 一、 are units, not the unsplit tail of a heading."""
    last_article = max((m.start for m in markers if m.level == "article"), default=None)
    first = next((m for m in markers if last_article is not None and m.start > last_article
                  and m.level in ("chapter", "clause")), None)
    if first is None:
        return markers, set()
    tail = _outline([m for m in found if m.level in OUTLINE_LEVELS and m.start >= first.start]).markers
    if not tail or tail[0].start != first.start:
        return markers, set()
    return [m for m in markers if m.start < first.start] + tail, {m.start for m in tail}


def parse_outline(text: str, doc_id: str, prefix: str = "") -> list[Clause]:
    """Leaves of a body text: preamble, clauses/items/sub-items or articles, closing.

    The numbered names of the attachments under `附件：` are a list, not units of the text:
    they stay in the closing. An attached text (`prefix` 附件) that opens with nothing but its
    title gets no preamble leaf: a title is no unit, and as one it outranked the articles under it.
    Contact lines that open an attached text stand under the notice's signature, above the
    attachments: they are the notice's closing (结尾), not the attachment's.
    """
    contact = _CONTACT.match(text) if prefix else None
    if contact:
        closing = Clause(id=f"{doc_id}#结尾", doc_id=doc_id, kind="closing", text=_paragraphs(contact.group(0)),
                         path="结尾")
        return [closing, *parse_outline(text[contact.end():], doc_id, prefix)]
    lists = _annex_list_spans(text)
    found = [m for m in candidates(text) if not any(a < m.start < b for a, b in lists)]
    rows = [Marker("item", int(m.group(1)), m.start(1), m.end(), m.group(1), strong=True) for m in flattened_rows(text)]
    loose = [m for m in loose_chapters(text) if not any(a < m.start < b for a, b in lists)]
    found = sorted(found + _glued_headings(text, found) + _glued_first_article(text, found) + rows
                   + _glued_first_clauses(text, found) + _carried(text, loose, found), key=lambda m: m.start)
    legal = _legal(text, found)
    kept_articles = [m for m in legal if m.level == "article"]
    article_mode = len(kept_articles) >= 2 or any(m.strong for m in kept_articles)
    outline = _Outline() if article_mode else _outline(found, text)
    markers = sorted(legal + _headings_over_articles(text, found), key=lambda m: m.start) if article_mode \
        else outline.markers
    appendix: set[int] = set()  # starts of the outline units of an appendix after the last article
    if article_mode:
        markers, appendix = _appendix_outline(found, markers)
    builder = _Builder(doc_id, prefix, outline.clauses_restart, outline.chapters_restart)
    opening = text[: markers[0].start] if markers else text
    if not (prefix and markers and is_title(opening.strip())):  # an attached text's own title heads it
        builder.add("preamble", "序言", opening)
    if not article_mode:
        builder.clause_title = lead_in(opening)
    for k, marker in enumerate(markers):
        end = markers[k + 1].start if k + 1 < len(markers) else len(text)
        segment = text[marker.end:end].strip()
        if article_mode and marker.start not in appendix:
            builder.article(marker, segment)
        else:
            nxt = markers[k + 1].level if k + 1 < len(markers) else None
            below = OUTLINE_LEVELS[OUTLINE_LEVELS.index(marker.level) + 1:] if marker.level in OUTLINE_LEVELS else ()
            builder.outline(marker, segment, nxt in below)
    leaves = builder.leaves
    if markers:
        _split_closing(leaves, doc_id, prefix)
    return leaves
