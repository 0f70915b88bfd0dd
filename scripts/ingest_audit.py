"""Was each document of a folder READ as its text? Signals that a page, pdf text or repost was not.

    .venv/bin/python scripts/ingest_audit.py                                  # dev docs and the shipped corpus
    .venv/bin/python scripts/ingest_audit.py /tmp/corpora/laws --limit 300    # any folder, the first N files
    .venv/bin/python scripts/ingest_audit.py --all FOLDER                     # every document, not only flagged ones
    .venv/bin/python scripts/ingest_audit.py --json OUT.json FOLDER           # also save the per-document rows
    .venv/bin/python scripts/ingest_audit.py --quiet FOLDER                   # the summary only

Every file is read and parsed with the project's own `parse_file` (the same reader a user's upload goes
through). Per document:

* title and where it came from: `stem` (nothing better was found), `first-line` (the text's first line),
  `text` (a header, page table, signature or sentence of the text gave it); the display name citations use
  (`Document.cite_name`), 文号, issuer and government;
* units, the share of the text in the preface (序言) unit, the longest unit;
* numbering markers left inside unit text: line-start ones below a unit's first line and inline ones after
  a sentence end (一、 / （一） / 1. / 第X条) that did not become units (an article's own （一）/1. paragraphs
  are its content and are not counted);
* noise left in unit text: pinyin glosses in brackets (业(yè)), page furniture words (分享到, 打印此页,
  关闭窗口, 当前位置, 浏览量, 字号, 扫一扫, 杂志分类, 免费制作), page-number lines in the raw text;
* the share of the raw text's lines holding no Chinese character.

A document is flagged when a signal passes its threshold (`THRESHOLDS`); flagged documents are printed
first, with the reasons. The figures are heuristics meant for before/after comparison of the reader.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from outline_audit import SUFFIXES, line_markers, title_problem  # noqa: E402  (marker counting and title checks, shared)

DEFAULT_FOLDERS = (REPO / "eval/real/docs/dev", REPO / "index/corpus")

#: What a site's page furniture prints, which no policy text says (字号 alone is a shop's trade name in a law:
#: only the font switch 字号: counts).
FURNITURE = re.compile(r"分享到|打印此页|打印本页|关闭窗口|当前位置\s*[:：]|浏览量|浏览次数|字号\s*[:：]|扫一扫|杂志分类|"
                       r"免费制作|更多内容|上一篇\s*[:：]|下一篇\s*[:：]|返回顶部")

#: A line that is only a decorated page number: - 12 - / — 3 — / ·12· / 第 3 页 (共 9 页) / 3/12. A bare number
#: on a line is left out: a flattened table puts its row numbers on lines of their own.
_PAGE_NUMBER = re.compile(r"^[^\S\n]*(?:[-—–·][^\S\n]*\d{1,4}[^\S\n]*[-—–·]|第[^\S\n]*\d{1,4}[^\S\n]*页"
                          r"(?:[^\S\n]*[,，/]?[^\S\n]*共[^\S\n]*\d+[^\S\n]*页)?|\d{1,4}[^\S\n]*/[^\S\n]*\d{1,4})[^\S\n]*$",
                          re.MULTILINE)
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: An outline or article marker inside running text, right after a sentence end.
_INLINE = re.compile(r"(?<=[。；;！？])\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]"
                     r"|\d{1,2}[.．、](?![0-9０-９])|第[一二三四五六七八九十百]{1,4}条(?![的、，,和与及或至中所第款项规之]))")

THRESHOLDS = {
    "preface_share": 0.5,       # over half the text in the 序言 unit (with more than `preface_min_chars`)
    "preface_min_chars": 800,
    "largest_unit": 3000,       # a unit this long holds what should be several
    "markers_left": 3,          # numbering markers left inside unit text
    "ruby": 1,                  # pinyin glosses left
    "furniture": 1,             # furniture words left in unit text or the title
    "page_numbers": 3,          # page-number lines in the raw text
    "non_cjk_lines": 0.3,       # share of lines without a Chinese character
}


def title_source(doc, text: str) -> str:
    from assistant.corpus.metadata import clean_heading

    if doc.title == doc.doc_id:
        return "stem"
    first = next((line for line in text.splitlines() if line.strip()), "")
    return "first-line" if clean_heading(first) == doc.title else "text"


def markers_left(doc) -> tuple[int, list[str]]:
    """Markers inside units' text that did not become units, and where (up to 5 unit labels)."""
    total, where = 0, []
    for leaf in doc.clauses:
        if leaf.kind in ("annex_row", "closing"):
            continue
        rest = leaf.text.split("\n", 1)[1] if "\n" in leaf.text else ""
        found = [m[0] for m in line_markers(rest)] if rest else []
        body = leaf.text
        inline = _INLINE.findall(body)
        found += ["article" if "条" in m else "outline" for m in inline]
        if leaf.kind == "article":  # （一） / 1. inside an article are its own paragraphs
            found = [lv for lv in found if lv == "article"]
        if found:
            total += len(found)
            if len(where) < 5:
                where.append(leaf.path or leaf.id)
    return total, where


def noise(doc, raw: str) -> dict:
    from assistant.corpus.cleaning import _RUBY

    texts = [doc.title, *(leaf.text for leaf in doc.clauses), *(leaf.chapter or "" for leaf in doc.clauses)]
    joined = "\n".join(texts)
    return {
        "ruby": len(_RUBY.findall(joined)),
        "ruby_examples": _RUBY.findall(joined)[:4],
        "furniture": len(FURNITURE.findall(joined)),
        "furniture_examples": sorted(set(FURNITURE.findall(joined)))[:4],
        "page_numbers": len(_PAGE_NUMBER.findall(raw)),
    }


def audit(path: str) -> dict:
    from assistant.corpus import CorpusLimits, parse_file
    from assistant.corpus.loader import read_text

    p = Path(path)
    row: dict = {"file": p.name, "folder": p.parent.name}
    limits = CorpusLimits.from_settings(None)
    try:
        raw = read_text(p, limits)
        doc = parse_file(p, limits)
    except Exception as exc:  # noqa: BLE001 - a file that fails to read is a finding
        row.update(error=f"{type(exc).__name__}: {exc}", flags=["error"])
        return row
    lengths = [len(leaf.text) for leaf in doc.clauses]
    chars = sum(lengths) or 1
    preface = sum(len(leaf.text) for leaf in doc.clauses if leaf.kind == "preamble")
    lines = [line for line in raw.splitlines() if line.strip()]
    left, where = markers_left(doc)
    row.update(
        title=doc.title, title_source=title_source(doc, raw), title_problem=title_problem(doc), cite_name=doc.cite_name, number=doc.number,
        issuer=doc.issuer, government=doc.government, units=len(doc.clauses), chars=chars,
        preface_share=round(preface / chars, 2), largest_unit=max(lengths, default=0),
        markers_left=left, markers_where=where,
        non_cjk_lines=round(sum(not _CJK.search(line) for line in lines) / max(len(lines), 1), 2),
        **noise(doc, raw),
    )
    row["flags"] = flags(row)
    return row


def flags(row: dict) -> list[str]:
    t = THRESHOLDS
    out = []
    if row["title_source"] == "stem":
        out.append("title=stem")
    elif row["title_problem"]:
        out.append(f"title {row['title_problem']}")
    if row["units"] <= 1:
        out.append("one unit")
    if row["preface_share"] > t["preface_share"] and row["chars"] * row["preface_share"] > t["preface_min_chars"]:
        out.append(f"preface {row['preface_share']:.0%}")
    if row["largest_unit"] > t["largest_unit"]:
        out.append(f"unit of {row['largest_unit']} chars")
    if row["markers_left"] >= t["markers_left"]:
        out.append(f"{row['markers_left']} markers left")
    for key in ("ruby", "furniture", "page_numbers"):
        if row[key] >= t[key]:
            out.append(f"{key} {row[key]}")
    if row["non_cjk_lines"] > t["non_cjk_lines"]:
        out.append(f"non-CJK lines {row['non_cjk_lines']:.0%}")
    return out


def show(row: dict) -> str:
    if "error" in row:
        return f"  {row['file']}: ERROR {row['error']}"
    head = f"  {row['file']}"
    if row["flags"]:
        head += "  FLAGGED: " + "; ".join(row["flags"])
    extra = []
    if row["markers_left"]:
        extra.append(f"markers in {' '.join(row['markers_where'])}")
    if row["ruby_examples"] or row["furniture_examples"]:
        extra.append(f"noise {' '.join(row['ruby_examples'] + row['furniture_examples'])}")
    return "\n".join([
        head,
        f"      title[{row['title_source']}]={row['title']!r} cite={row['cite_name']!r} 文号={row['number']} "
        f"issuer={row['issuer']} government={row['government']}",
        f"      units={row['units']} preface={row['preface_share']:.0%} largest={row['largest_unit']} "
        f"markers_left={row['markers_left']} ruby={row['ruby']} furniture={row['furniture']} "
        f"page_numbers={row['page_numbers']} non_cjk_lines={row['non_cjk_lines']:.0%}"
        + (f"  ({'; '.join(extra)})" if extra else ""),
    ])


def files_of(folder: Path, limit: int | None = None) -> list[str]:
    files = sorted(str(p) for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
    return files[:limit] if limit else files


def summary(rows: list[dict]) -> str:
    ok = [r for r in rows if "error" not in r]
    counts: dict[str, int] = {}
    for r in rows:
        for f in r["flags"]:
            key = re.sub(r"\s*[\d.%]+\s*", " ", f).strip()
            counts[key] = counts.get(key, 0) + 1
    sources = {s: sum(r.get("title_source") == s for r in ok) for s in ("text", "first-line", "stem")}
    return (f"  flagged {sum(bool(r['flags']) for r in rows)} of {len(rows)}; errors {len(rows) - len(ok)}; "
            f"titles from {sources}; without 文号 {sum(not r['number'] for r in ok)}; without issuer "
            f"{sum(not r['issuer'] for r in ok)}\n  by signal: "
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=list(DEFAULT_FOLDERS))
    parser.add_argument("--limit", type=int, help="only the first N files of each folder (sorted by name)")
    parser.add_argument("--all", action="store_true", help="print every document, not only the flagged ones")
    parser.add_argument("--quiet", action="store_true", help="the summary only")
    parser.add_argument("--json", type=Path, help="save the per-document rows here")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    saved = {}
    for folder in args.folders:
        files = files_of(folder, args.limit)
        with ProcessPoolExecutor(args.workers) as pool:
            rows = list(pool.map(audit, files, chunksize=8))
        saved[str(folder)] = rows
        print(f"\n== {folder} ({len(rows)} documents)")
        if not args.quiet:
            for r in sorted(rows, key=lambda r: (not r["flags"], r["file"])):
                if r["flags"] or args.all:
                    print(show(r))
        print(summary(rows))
    if args.json:
        args.json.write_text(json.dumps(saved, ensure_ascii=False, indent=0), "utf-8")


if __name__ == "__main__":
    main()
