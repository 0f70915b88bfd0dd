"""Facts read off a leaf's text: who is responsible, by when, what numbers it promises, what money.

Each kind of fact has its own reader (responsibility, money, dates); this module keeps the
quantitative goals (targets) and `annotate`, which fills a leaf from all of them. These answer
the questions retrieval alone answers badly (谁负责, 什么时候, 目标是多少, 能拿多少钱), so they
are extracted once at parse time and stored on the leaf.
"""

from __future__ import annotations

import re

from assistant.lexicon.regions import to_simplified

from . import responsibility
from .dates import extract_deadline
from .model import Clause, Target
from .money import SUPPORT_WORDS, extract_money

#: Units a target can be measured in, longest first so 万亿元 is not read as 元.
TARGET_UNITS = (
    "万亿元", "亿元", "万元", "元", "%", "％", "Gbps", "Mbps", "兆比特", "万户", "户", "万人", "人",
    "个", "家", "项", "所", "座", "倍", "公里", "千米", "GB", "TB",
)
TARGET_VERBS = ("提高到", "提升到", "提高至", "提升至", "增加到", "达到", "超过", "突破", "不低于", "不少于", "增长", "达", "超", "占")
_UNIT_ALT = "|".join(re.escape(u) for u in TARGET_UNITS)
_VALUE_RE = re.compile(
    rf"每秒(?P<mbps>\d+(?:\.\d+)?)兆比特\s*[（(]?Mbps[）)]?"
    rf"|(?<![\d.A-Za-z+＋])(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>{_UNIT_ALT})"
)
_LEADING = re.compile(r"^(?:其中|同时|并|且|力争|争取|努力|确保|实现|使|全省|全国)+")
_TRAILING = re.compile(r"(?:基本|均|都|将|要|力争|分别|普遍|全部)+$")
_YEAR_RE = re.compile(r"(?:到|至|于)(\d{4})年")
#: a year heading its sentence (2025年:新增完成…, 2026年，累计…): the goals the sentence sets are that year's
_HEADING_YEAR_RE = re.compile(r"(?:^|(?<=[。；;]))\s*(?:到|至)?(\d{4})年(?:底|末)?(?:前)?\s*[:：,，]")


def _verb_before(before: str) -> tuple[int, str] | None:
    """The verb closest to the number (`…通达率均达` → 达), allowing a short gap like 占全国."""
    for gap in range(4):
        head = before[: len(before) - gap]
        if gap and not re.fullmatch(r"[\u4e00-\u9fff]+", before[len(head):]):
            return None
        verb = next((v for v in TARGET_VERBS if head.endswith(v)), None)
        if verb:
            return len(head) - len(verb), verb
    return None


def _measures(before: str) -> list[str]:
    """Noun phrase(s) in front of the verb; `A、B均达` measures both A and B."""
    both = bool(re.search(r"(?:均|都|分别)$", before))
    phrase = _TRAILING.sub("", _LEADING.sub("", before)).strip()
    return [p for p in phrase.split("、") if p] if both else [phrase]


def _year_for(text: str, at: int) -> int | None:
    """The year governing a number: the last 到2015年, or year heading a sentence (2025年:…), before it in the
    same paragraph."""
    paragraph_start = max(text.rfind("\n", 0, at), text.rfind(" ", 0, at)) + 1
    before = text[paragraph_start:at]
    years = sorted((m.start(), m.group(1)) for pattern in (_YEAR_RE, _HEADING_YEAR_RE) for m in pattern.finditer(before))
    return int(years[-1][1]) if years else None


def extract_targets(text: str) -> list[Target]:
    """Quantities a leaf promises, e.g. 信息消费规模 超过 3.2 万亿元 (2015)."""
    targets: list[Target] = []
    for segment in re.finditer(r"[^，,；;。\n]+", text):
        phrase = segment.group(0).strip()
        for m in _VALUE_RE.finditer(phrase):
            value, unit = (m.group("mbps"), "Mbps") if m.group("mbps") else (m.group("value"), m.group("unit"))
            unit = {"％": "%", "兆比特": "Mbps"}.get(unit, unit)
            verb = _verb_before(phrase[: m.start()].rstrip())
            if unit.endswith("元") and SUPPORT_WORDS.search(phrase[: m.start()]):
                continue  # 最高奖励不超过80万元 is support money (Clause.money), not a goal
            if verb:
                before = phrase[: verb[0]]
                measures = _measures(before) if len(before.strip()) > 2 else [before.strip() + verb[1]]
            elif unit in ("个", "家", "项", "所", "座"):
                measures = [phrase[m.end():].strip() or phrase]  # 支持100个城市开展… counts what follows
            else:
                continue
            year = _year_for(text, segment.start() + m.start())
            targets += [Target(measure=ms, value=value, unit=unit, phrase=phrase, year=year) for ms in measures if ms]
    return targets


def annotate(leaf: Clause, region: str | None, traditional: bool = False, author: str | None = None,
             heading_paths: tuple[str | None, str | None] = (None, None), addressee: str | None = None) -> Clause:
    """Fill the leaf's facts from its text; facts a table already gave (annex rows) are kept.

    A traditional-script text is read in simplified script, so its units match simplified
    questions. Units come from the leaf's own text first, else from its clause or chapter
    heading (一、强化科技创新(区科技局牵头) leads every item under it); a leaf naming only its
    supporting units (协同单位:…) is led by its heading's lead. `author` is the body the
    text's 我局 / 我委 stands for (responsibility.author_of gives it from the title and issuer), `addressee`
    the one its 你会 / 你厅 stands for (responsibility.addressee_of).
    `heading_paths` are the labels of the clause and chapter heading leaves, in that order: a leaf
    whose units its heading gives records where they stand (`units_from`).
    """
    text = to_simplified(leaf.text) if traditional else leaf.text
    if not leaf.units:
        found = responsibility.extract(responsibility.addressed(text, addressee), region, author)
        if not (found.lead or found.general):  # no unit, or only supporting ones: the headings' lead
            headings = [responsibility.heading_lead(to_simplified(h) if traditional and h else h, region)
                        for h in (leaf.clause_title, leaf.chapter)]
            found = responsibility.with_heading(found, headings)
            where = next((path for path, h in zip(heading_paths, headings) if h), None)
            if found and where != leaf.path:
                leaf.units_from = where
        leaf.units, leaf.lead_units, leaf.supporting_units = found.resolved()
    leaf.deadline = leaf.deadline or extract_deadline(text)
    leaf.targets = extract_targets(text)
    leaf.money = extract_money(text)
    return leaf


def annotate_all(leaves: list[Clause], region: str | None, author: str | None = None,
                 addressee: str | None = None) -> list[Clause]:
    """`annotate` each leaf of a document, then give units stated once for a run of measures to the
    leaves of the run that name none (or leave those units out):

    - a heading's (一、扩大有效投资政策(由市发展改革委牵头实施)…): `annotate` reads it;
    - a heading's text that is nothing but its units (二、强化科技创新 / 牵头单位：区科技局 / 1.…): its
      units are those of every leaf under it that names none;
    - a note (responsibility.span_notes): 以下政策措施均需各县区人民政府、园区管委会落实，不再单独列出 adds
      those bodies to each measure after it, whose own lists leave them out.

    Each inheriting leaf records in `units_from` where its units stand, so an answer can cite it.
    """
    chapter_paths: dict[str | None, str | None] = {}
    clause_paths: dict[tuple[str | None, str], str | None] = {}
    notes: dict[tuple[str | None, str | None], Clause] = {}  # heading leaves that are only a unit note
    for leaf in leaves:
        heading = leaf.kind == "clause" and leaf.item is None
        if heading and leaf.clause is None:
            chapter_paths[leaf.chapter] = leaf.path
        elif heading:
            clause_paths[(leaf.chapter, leaf.clause)] = leaf.path
        clause_path = clause_paths.get((leaf.chapter, leaf.clause)) if leaf.clause else None
        annotate(leaf, region, author=author, heading_paths=(clause_path, chapter_paths.get(leaf.chapter)),
                 addressee=addressee)
        if heading and leaf.units and not responsibility.without_notes(leaf.text, region).strip():
            notes[(leaf.chapter, leaf.clause)] = leaf
        elif not leaf.units and leaf.kind in _MEASURES:
            note = notes.get((leaf.chapter, leaf.clause)) or notes.get((leaf.chapter, None))
            if note is not None and note is not leaf:
                _inherit(leaf, (note.units, note.lead_units, note.supporting_units), note.path)
    for k, leaf in enumerate(leaves):
        for note in responsibility.span_notes(leaf.text, region):
            for other in _run(leaves, k):
                _inherit(other, note.resolved(), leaf.path)
    return leaves


#: The kinds of leaf a run of measures is made of (not the preamble, a closing or an annex row).
_MEASURES = ("clause", "item", "subitem", "article")


def _part(leaf: Clause) -> str:
    """The text a leaf belongs to: the body, or an attached text (附件, 附件2), whose runs are its own."""
    m = re.match(r"附件\d*", leaf.path or "")
    return m.group(0) if m else ""


def _run(leaves: list[Clause], k: int) -> list[Clause]:
    """The measures a note in `leaves[k]` speaks for: the numbered leaves after it in the same text."""
    return [leaf for leaf in leaves[k + 1:] if _part(leaf) == _part(leaves[k]) and leaf.kind in _MEASURES]


def _inherit(leaf: Clause, given: tuple[list[str], list[str], list[str]], where: str | None) -> None:
    """A leaf naming no unit takes the (units, lead, supporting) `given` as its own; one naming its own
    keeps them and its lead, the bodies given added as further responsible units."""
    units, lead, supporting = given
    if not leaf.units:
        leaf.units, leaf.lead_units, leaf.supporting_units = list(units), list(lead), list(supporting)
    else:
        added = [u for u in units if u not in leaf.units]
        if not added:
            return
        leaf.units = leaf.units + added
        leaf.supporting_units = leaf.supporting_units + [u for u in added if u not in leaf.lead_units]
    leaf.units_from = where
