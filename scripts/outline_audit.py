"""How many of a document's own numbering markers the parser turns into citable leaves.

    .venv/bin/python scripts/outline_audit.py FOLDER [FOLDER …]            # totals per folder, documents with findings
    .venv/bin/python scripts/outline_audit.py --all FOLDER                   # every document
    .venv/bin/python scripts/outline_audit.py --json OUT.json FOLDER …       # also save per-document figures
    .venv/bin/python scripts/outline_audit.py --compare BEFORE.json FOLDER … # totals before → after

Every txt/html/docx/pdf file of a folder is read and parsed with the project's `parse_file`. The
reference is the raw text read by a LOOSE pattern, independent of `assistant/corpus/markers.py`: an
outline marker standing at the start of a line, any whitespace (full-width, nbsp) inside it and
half- or full-width brackets (一、 / 二 、 / 一． / 一,、 / （一） / ( 一 ) / （ 十一 ） / 1. / 1 . / 1、 / １． /
（1） / 第X条 / 第 1 9 条 / 第十条之一). Lines of a table (tab-separated cells) are annex rows and are
not counted. Per document it reports:

* lost: line-start markers (other than the （一） / 1. paragraphs inside an article) with no leaf carrying that label (counted per level and number: three
  line-start （一） need three distinct leaves labelled （一）);
* held: leaves whose text still holds a line-start marker after their first line (a unit not cut);
* jumps / repeats: leaves whose numbering skips ahead or goes back within their parent
  (a 第三条 after 第一条, a second 2 under the same （一）), and duplicate ids (a label given twice);
* title: a title that looks wrong (the file stem, a sentence, a numbering marker, over 80 chars).

The figures are heuristics (a cross-reference list 附件：1. … 2. … counts as lost markers), meant to
be compared before and after a parser change, not read as exact errors.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf")
_WS = r"[^\S\n]"  # any whitespace but a line break: space, tab, \u3000, nbsp
_CN = "一二三四五六七八九十"
_NUMS = f"{_CN}百千零〇两0-9０-９"
_DIG = "0-9０-９"
_LOOSE = re.compile(
    rf"^{_WS}*(?:"
    rf"(?P<article>第{_WS}*(?P<article_n>[{_NUMS}](?:{_WS}*[{_NUMS}])*){_WS}*条(?:之(?P<article_sub>[{_CN}]+))?)"
    rf"(?![的、，,和与及或至中所第款项规之])"
    rf"|(?P<chapter>(?P<chapter_n>[{_CN}]+){_WS}*(?:[,，]{_WS}*)?[、．，])"
    rf"|(?P<clause>[（(]{_WS}*(?P<clause_n>[{_CN}]+){_WS}*[）)])"
    rf"|(?P<item>(?P<item_n>[{_DIG}](?:{_WS}*[{_DIG}])?){_WS}*(?:[、．]|\.(?![0-9])))"
    rf"|(?P<sub>[（(]{_WS}*(?P<sub_n>[{_DIG}](?:{_WS}*[{_DIG}])?){_WS}*[）)])"
    rf")",
    re.MULTILINE,
)
LEVELS = ("article", "chapter", "clause", "item", "sub")
_TYPE_WORDS = re.compile(
    r"意见|通知|办法|规定|方案|条例|细则|决定|措施|政策|规划|纲要|公告|通告|批复|函|规则|标准|目录|指南|指引|"
    r"计划|要点|法|解释|答复|公示|清单|制度|若干|说明|报告|决议|章程|令|准则|意见稿"
)


def to_int(text: str) -> int:
    from assistant.corpus.numerals import cn_to_int

    return cn_to_int(re.sub(r"\s", "", text))


def line_markers(text: str) -> list[tuple[str, int, int]]:
    """(level, number, sub) of each line-start marker in `text`, outside table lines."""
    found = []
    for m in _LOOSE.finditer(text):
        line_end = text.find("\n", m.start())
        line = text[m.start(): line_end if line_end >= 0 else len(text)]
        if "\t" in line or "|" in line:
            continue
        level = next(lv for lv in LEVELS if m.group(lv))
        try:
            n = to_int(m.group(f"{level}_n"))
        except (KeyError, ValueError):
            continue
        sub = to_int(m.group("article_sub")) if level == "article" and m.group("article_sub") else 0
        found.append((level, n, sub))
    return found


_LABEL_IN_CHAPTER = re.compile(rf"(?:^|\s)(?:(?P<chapter>[{_CN}]+)、|（(?P<clause>[{_CN}]+)）)")


def leaf_labels(doc) -> Counter:
    """(level, number, sub) → how many distinct units the parse gives that label."""
    from assistant.corpus.markers import candidates

    seen: dict[tuple[str, int, int], set] = {}

    def note(key: tuple[str, int, int], unit: tuple) -> None:
        seen.setdefault(key, set()).add(unit)

    for leaf in doc.clauses:
        if leaf.kind == "annex_row":  # a table's group heading (一、…) heads its rows
            for m in _LABEL_IN_CHAPTER.finditer(leaf.annex_group or ""):
                level = "chapter" if m.group("chapter") else "clause"
                note((level, to_int(m.group(level)), 0), ("annex", leaf.annex_group[: m.end()]))
            continue
        prefix = (leaf.path or "").split("第")[0] if (leaf.path or "").startswith("附件") else ""
        chapter = leaf.chapter or ""
        for m in _LABEL_IN_CHAPTER.finditer(chapter):
            level = "chapter" if m.group("chapter") else "clause"
            note((level, to_int(m.group(level)), 0), (prefix, chapter[: m.end()]))
        if leaf.kind == "article" and leaf.clause:
            found = [c for c in candidates(leaf.clause) if c.level == "article"]
            if found:
                note(("article", found[0].number, found[0].sub), (prefix, leaf.id.split("-")[0]))
            continue
        if leaf.clause and leaf.clause.startswith("（"):
            note(("clause", to_int(leaf.clause.strip("（）")), 0), (prefix, chapter, leaf.clause))
        if leaf.item and leaf.item.isdigit():
            note(("item", int(leaf.item), 0), (prefix, chapter, leaf.clause, leaf.item))
        if leaf.subitem:
            note(("sub", int(leaf.subitem.strip("（）")), 0), (prefix, chapter, leaf.clause, leaf.item, leaf.subitem))
    return Counter({key: len(units) for key, units in seen.items()})


def _held(doc) -> list[str]:
    """Leaves holding a line-start marker below their first line (closing lists of 附件 left out)."""
    out = []
    for leaf in doc.clauses:
        if leaf.kind in ("annex_row", "closing"):
            continue
        rest = leaf.text.split("\n", 1)[1] if "\n" in leaf.text else ""
        found = line_markers(rest) if rest else []
        if leaf.kind == "article":  # （一） / 1. inside an article are its own paragraphs
            found = [m for m in found if m[0] == "article"]
        if found:
            out.append(leaf.path or leaf.id)
    return out


def _sequence(doc) -> tuple[list[str], list[str]]:
    """Leaves whose number skips ahead (jumps) or does not advance (repeats) within their parent."""
    jumps, repeats = [], []
    last: dict[tuple, int] = {}
    for leaf in doc.clauses:
        if leaf.kind == "article" and leaf.clause:
            from assistant.corpus.markers import candidates

            found = [c for c in candidates(leaf.clause) if c.level == "article"]
            if not found or found[0].sub:
                continue
            parent, n = ("article", (leaf.path or "").split("第")[0]), found[0].number
        elif leaf.kind == "subitem" and leaf.subitem:
            parent, n = ("sub", leaf.chapter, leaf.clause, leaf.item), int(leaf.subitem.strip("（）"))
        elif leaf.kind == "item" and leaf.item and leaf.item.isdigit():
            parent, n = ("item", leaf.chapter, leaf.clause), int(leaf.item)
        else:
            continue
        prev = last.get(parent)
        if prev is not None and n <= prev:
            repeats.append(leaf.path or leaf.id)
        elif prev is not None and n > prev + 1:
            jumps.append(leaf.path or leaf.id)
        last[parent] = n
    return jumps, repeats


def title_problem(doc) -> str | None:
    title = doc.title.strip()
    if title == doc.doc_id and not _TYPE_WORDS.search(title):  # a law file is often named by its title
        return "stem"
    if len(title) > 80:
        return "long"
    if re.search(r"[。；;！？]", title):
        return "sentence"
    if line_markers(title):
        return "marker"
    if not _TYPE_WORDS.search(title):
        return "no-type-word"
    return None


def audit(path: str) -> dict:
    from assistant.corpus import CorpusLimits, parse_file
    from assistant.corpus.loader import read_text

    p = Path(path)
    result = {"file": p.name, "folder": p.parent.name}
    limits = CorpusLimits.from_settings(None)
    try:
        text = read_text(p, limits)
        doc = parse_file(p, limits)
    except Exception as exc:  # noqa: BLE001 - a file that fails to parse is a finding
        result.update(error=f"{type(exc).__name__}: {exc}", markers=0, lost=0, held=0, jumps=0, repeats=0,
                      dup_ids=0, leaves=0, title=None, title_problem="error", lost_by_level={})
        return result
    from assistant.lexicon.regions import is_traditional, to_simplified

    if is_traditional(text):
        text = to_simplified(text)
    want = Counter(line_markers(text))
    # （一） / 1. standing inside an article are the article's paragraphs, not units of their own.
    for leaf in doc.clauses:
        if leaf.kind == "article":
            want.subtract(Counter(m for m in line_markers(leaf.text) if m[0] != "article"))
    want = +want
    got = leaf_labels(doc)
    lost_keys = {key: want[key] - got.get(key, 0) for key in want if want[key] > got.get(key, 0)}
    by_level = Counter()
    for (level, _n, _s), k in lost_keys.items():
        by_level[level] += k
    held = _held(doc)
    jumps, repeats = _sequence(doc)
    dup = sum(bool(re.search(r"-\d+$", c.id)) for c in doc.clauses)
    result.update(
        markers=sum(want.values()), leaves=len(doc.clauses), lost=sum(lost_keys.values()),
        lost_by_level=dict(by_level), lost_examples=[f"{lv}{n}" + (f"之{s}" if s else "") for (lv, n, s) in
                                                     sorted(lost_keys)][:8],
        held=len(held), held_examples=held[:5], jumps=len(jumps), jump_examples=jumps[:5],
        repeats=len(repeats), repeat_examples=repeats[:5], dup_ids=dup, title=doc.title,
        title_problem=title_problem(doc),
    )
    return result


def files_of(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())


TOTAL_KEYS = ("documents", "errors", "markers", "lost", "docs_losing", "held", "jumps", "repeats", "dup_ids",
              "titles_flagged")


def totals(rows: list[dict]) -> dict[str, int]:
    return {
        "documents": len(rows),
        "errors": sum("error" in r for r in rows),
        "markers": sum(r["markers"] for r in rows),
        "lost": sum(r["lost"] for r in rows),
        "docs_losing": sum(r["lost"] > 0 for r in rows),
        "held": sum(r["held"] for r in rows),
        "jumps": sum(r["jumps"] for r in rows),
        "repeats": sum(r["repeats"] for r in rows),
        "dup_ids": sum(r["dup_ids"] for r in rows),
        "titles_flagged": sum(r["title_problem"] is not None for r in rows),
    }


def show(r: dict) -> str:
    parts = [r["file"]]
    if "error" in r:
        return f"  {r['file']}: ERROR {r['error']}"
    parts.append(f"markers={r['markers']} leaves={r['leaves']}")
    if r["lost"]:
        parts.append(f"lost={r['lost']} {r['lost_by_level']} e.g. {' '.join(r['lost_examples'])}")
    for key, where, examples in (("held", "in", "held_examples"), ("jumps", "at", "jump_examples"),
                                 ("repeats", "at", "repeat_examples")):
        if r[key]:
            parts.append(f"{key}={r[key]} {where} {' '.join(r[examples])}")
    if r["dup_ids"]:
        parts.append(f"dup_ids={r['dup_ids']}")
    if r["title_problem"]:
        parts.append(f"title[{r['title_problem']}]={r['title']!r}")
    return "  " + " | ".join(parts)


def has_findings(r: dict) -> bool:
    return bool("error" in r or r["lost"] or r["held"] or r["jumps"] or r["repeats"] or r["dup_ids"]
                or r["title_problem"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--all", action="store_true", help="print every document, not only those with findings")
    parser.add_argument("--quiet", action="store_true", help="totals only")
    parser.add_argument("--json", type=Path, help="save per-document results here")
    parser.add_argument("--compare", type=Path, help="a --json file of an earlier run: print totals before → after")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    before = json.loads(args.compare.read_text("utf-8")) if args.compare else None
    saved = {}
    for folder in args.folders:
        files = files_of(folder)
        with ProcessPoolExecutor(args.workers) as pool:
            rows = list(pool.map(audit, files, chunksize=8))
        saved[str(folder)] = rows
        print(f"\n== {folder} ({len(rows)} documents)")
        if not args.quiet:
            for r in rows:
                if args.all or has_findings(r):
                    print(show(r))
        now = totals(rows)
        if before and str(folder) in before:
            then = totals(before[str(folder)])
            print("  totals (before → after): " + ", ".join(
                f"{k} {then[k]}→{now[k]}" if then[k] != now[k] else f"{k} {now[k]}" for k in TOTAL_KEYS))
            old = {r["file"]: r for r in before[str(folder)]}
            for r in rows:
                o = old.get(r["file"])
                if o and (o["lost"], o["held"], o["jumps"], o["repeats"], o["dup_ids"], o["title_problem"]) != (
                        r["lost"], r["held"], r["jumps"], r["repeats"], r["dup_ids"], r["title_problem"]):
                    print(f"    changed {r['file']}: lost {o['lost']}→{r['lost']} held {o['held']}→{r['held']} "
                          f"jumps {o['jumps']}→{r['jumps']} repeats {o['repeats']}→{r['repeats']} "
                          f"dup {o['dup_ids']}→{r['dup_ids']} title {o['title_problem']}→{r['title_problem']}")
        else:
            print("  totals: " + ", ".join(f"{k} {now[k]}" for k in TOTAL_KEYS))
    if args.json:
        args.json.write_text(json.dumps(saved, ensure_ascii=False, indent=0), "utf-8")


if __name__ == "__main__":
    main()
