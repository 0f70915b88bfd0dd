"""Lists by heading: every leaf under the heading a question names.

浙江在改善企业融资环境方面列了哪几项措施 names the heading （二十三）改善企业融资环境, and 推进政务新媒体
发展有哪几条基本原则 the heading 一（三）基本原则: the answer is every numbered leaf under it, in the
document's order — not the best few hits, which are some of those leaves and some neighbours that
share words with the question. The heading is looked for among the best hits only (a leaf's own
clause heading, then its chapter), so the work does not grow with the library.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.corpus.model import Clause, Document

#: how many of the best hits may name the heading (a list question's heading is near the top)
HEADING_WINDOW = 8
#: share of a heading's character pairs the question must hold to name it
NAMED_SHARE = 0.75
#: share of the pairs of a heading's core (the title less its verbs and frame words) that names it: an
#: official asks 税收上有哪些优惠 of （二十二）落实税收优惠政策, in their own order and words around it
CORE_SHARE = 2 / 3
#: a core shorter than this many pairs (信息 of 加强信息) says too little to name a heading alone, unless the
#: question holds every pair of it (财政, 支持 of 加强财政政策支持 in 在财政上有哪些支持措施)
_MIN_CORE_PAIRS = 3
#: the fewest pairs of a core the question must hold whole
_MIN_WHOLE_CORE_PAIRS = 2
#: what a heading says of every topic: its verbs (落实, 加快推进) and frame nouns (政策, 能力, 体系)
_FRAME_WORDS = re.compile(
    r"进一步|加快|加强|加大|推进|推动|落实|完善|提高|提升|全面|统筹|积极|大力|切实|深入|开展|实施|建立|健全|优化|改善"
    r"|强化|促进|增强|构建|拓展|拓宽|培育|丰富|引导|激发|挖掘|深化|简化|规范|保障|发展|建设|政策|措施|工作|体系|能力|水平"
    r"|力度|相关|有关|确保|完成|努力|力争|着力|坚决|全力|持续|继续|不断"
)
#: a heading with more leaves than this is a whole part of the document, not a list to give
MAX_LEAVES = 20
_NUMBERING = re.compile(r"^[（(]?[一二三四五六七八九十百零〇\d]+[）)、.．]?\s*")
_NOT_TEXT = re.compile(r"[^\u4e00-\u9fff\u3400-\u4dbfA-Za-z0-9]")


def _pairs(text: str) -> set[str]:
    text = _NOT_TEXT.sub("", text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _off_theme(text: str, theme: str) -> list[str]:
    """`text` split where it repeats a run (2+ characters) of the document's own title: the theme every
    heading of the document shares (信息消费 of 激发资源环境领域信息消费活力 in a document on 信息消费)
    names no heading apart from the others."""
    theme = _NOT_TEXT.sub("", theme)
    covered = [False] * len(text)
    for i in range(len(text) - 1):
        if text[i : i + 2] in theme:
            covered[i] = covered[i + 1] = True
    parts, run = [], []
    for ch, cov in zip(text, covered, strict=True):
        if cov:
            if run:
                parts.append("".join(run))
            run = []
        else:
            run.append(ch)
    if run:
        parts.append("".join(run))
    return parts


def names_heading(question: str, title: str, theme: str = "") -> bool:
    """Whether the question names the heading: most of the title's character pairs occur in it
    (改善企业融资环境 in 在改善企业融资环境方面; 基本原则 in 有哪几条基本原则), or most of its core's
    do (税收, 优惠 of 落实税收优惠政策 in 浙江在税收上给了哪些优惠措施; 三网融合 of 全面推进三网融合).
    The core is the title less its frame words and less the runs it shares with `theme`, the title of
    its document (资源环境领域 of 激发资源环境领域信息消费活力 in a document on 信息消费)."""
    title = _NUMBERING.sub("", title)
    pairs = _pairs(title)
    if len(pairs) < 2:  # a one- or two-character title (总则) names too little to be sure
        return False
    asked = _pairs(question)
    if len(pairs & asked) / len(pairs) >= NAMED_SHARE:
        return True
    # the core's parts, split where a frame word or a run of the document's title was, so that no pair
    # spans two of them
    parts = [p for part in _FRAME_WORDS.split(title) for p in _off_theme(_NOT_TEXT.sub("", part), theme)]
    core = set().union(*(_pairs(part) for part in parts))
    if len(core) >= _MIN_WHOLE_CORE_PAIRS and core <= asked:
        return True
    return len(core) >= _MIN_CORE_PAIRS and len(core & asked) / len(core) >= CORE_SHARE


#: a clause's title run into its text where a page flattened its lines (（一）培育世界一流的创新型企业 制定实施…):
#: the opening words up to the first space, short and unpunctuated
_RUN_IN_TITLE = re.compile(r"([\u4e00-\u9fff“”、]{4,24})\s+\S")


def _run_in_title(leaf: Clause, document: Document) -> str | None:
    """The title a clause's own leaf opens with when the parser found none (the text of a flattened page
    keeps it before a space); None when the clause has no leaf of its own or it opens with prose."""
    head = next((c for c in document.clauses if c.chapter == leaf.chapter and c.clause == leaf.clause
                 and c.item is None and c.annex_row is None), None)
    found = _RUN_IN_TITLE.match(head.text) if head is not None else None
    return found.group(1) if found else None


def _under_clause(leaf: Clause, document: Document) -> list[Clause]:
    return [c for c in document.clauses if c.chapter == leaf.chapter and c.clause == leaf.clause]


def _under_chapter(leaf: Clause, document: Document) -> list[Clause]:
    return [c for c in document.clauses if c.chapter == leaf.chapter]


def heading_list(question: str, hits: Sequence[Clause], documents_by_id: dict[str, Document]) -> tuple[str, list[Clause]] | None:
    """The heading the question names among the best hits' headings, with every leaf under it;
    None when no heading of those hits is named or the named one holds a single leaf."""
    for leaf in hits[:HEADING_WINDOW]:
        document = documents_by_id.get(leaf.doc_id)
        if document is None:
            continue
        headings = []
        if leaf.clause and (title := leaf.clause_title or _run_in_title(leaf, document)):
            headings.append((title, _under_clause))
        if leaf.chapter:
            headings.append((leaf.chapter, _under_chapter))
        for title, under in headings:
            if names_heading(question, title, document.title or ""):
                leaves = under(leaf, document)
                if 2 <= len(leaves) <= MAX_LEAVES:
                    return _NUMBERING.sub("", title), leaves
    return None
