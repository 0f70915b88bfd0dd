"""How well the structure parser keeps the articles and titles of the real laws corpus.

    .venv/bin/python scripts/laws_structure_report.py                 # current working tree
    .venv/bin/python scripts/laws_structure_report.py --ref e1eb693   # and the parser at that commit
    .venv/bin/python scripts/laws_structure_report.py --show dev      # list the dev-split failures

The corpus (../shared/corpora/laws.tar.xz) is split 50/50 by the sha1 of each file name:
recognisers are developed looking at `dev` failures only; `held-out` is reported, not tuned on.

Per split it prints documents parsed, documents losing articles, articles lost (and
invented), and titles that differ from the first line. The reference for a document's
articles is the set of distinct 第X条 markers standing at the start of a line (see
`expected_articles`); a parsed article is a leaf of kind `article`.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARBALL = REPO.parent / "shared" / "corpora" / "laws.tar.xz"

_NUM = "零〇一二三四五六七八九十百千两0-9０-９"
#: An article marker starting a paragraph: at a line start, or after a sentence end, with or without
#: a space (texts that run several articles into one line: …制定。第四十二条本条例自…): 第十五条 / 第15条 / 第 1 9 条 / 第十条之一, then
#: the article's text (whitespace, or a character that does not continue a cross-reference like
#: 第十条的规定 / 第十条第二款).
MARKER_RE = re.compile(
    rf"(?:^[ \t\u3000\xa0]*|(?<=[。；！？”][ \u3000])|(?<=[。；！？]))第[ \u3000]*([{_NUM}][{_NUM} \u3000]*?)[ \u3000]*条(?:之([一二三四五六七八九十]+))?"
    rf"(?=[ \t\u3000\xa0]|$|[^的、，,和与及或至中所第款项规之\s])",
    re.MULTILINE,
)
_DIGITS = dict(zip("零〇一二两三四五六七八九", [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9]))
_UNITS = {"十": 10, "百": 100, "千": 1000}


def _to_int(text: str) -> int:
    text = re.sub(r"\s", "", text).translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if text.isdigit():
        return int(text)
    total, digit = 0, 0
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        else:
            total += (digit or 1) * _UNITS[char]
            digit = 0
    return total + digit


def article_key(label: str) -> tuple[int, int] | None:
    """第十五条 / 第15条 / 第十条之一 → (15, 0) / (15, 0) / (10, 1); None for anything else."""
    m = re.fullmatch(rf"第\s*([{_NUM}][{_NUM}\s]*)\s*条(?:之([一二三四五六七八九十]+))?", label.strip())
    if not m:
        return None
    return _to_int(m.group(1)), _to_int(m.group(2)) if m.group(2) else 0


def expected_articles(text: str) -> set[tuple[int, int]]:
    """Distinct 第X条 markers that start a paragraph: the articles a parse must keep."""
    return {(_to_int(m.group(1)), _to_int(m.group(2)) if m.group(2) else 0) for m in MARKER_RE.finditer(text)}


def first_line(text: str) -> str:
    line = next(line for line in text.lstrip("\ufeff").splitlines() if line.strip())
    return normalise_title(line)


def normalise_title(title: str) -> str:
    return re.sub(r"[\s\u3000\xa0]+", "", title)


def split_of(name: str) -> str:
    return "dev" if hashlib.sha1(name.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def check(path: str) -> dict:
    """One document: parse it and compare its article leaves and title with the text."""
    from assistant.corpus import load_document

    text = Path(path).read_text("utf-8")
    result = {"file": Path(path).name, "split": split_of(Path(path).name), "expected": len(expected_articles(text))}
    try:
        doc = load_document(Path(path), trusted=True)
    except Exception as exc:  # noqa: BLE001 - a failure to parse is what we count
        result.update(parsed=False, error=f"{type(exc).__name__}: {exc}", lost=result["expected"], invented=0,
                      title_ok=False, title="")
        return result
    got = {article_key(c.clause or "") for c in doc.clauses if c.kind == "article"} - {None}
    want = expected_articles(text)
    result.update(parsed=True, lost=len(want - got), invented=len(got - want),
                  title_ok=normalise_title(doc.title) == first_line(text), title=doc.title,
                  history_in_body=_history_in_body(doc), doc_type=doc.doc_type)
    return result


def _history_in_body(doc) -> bool:
    """Whether a leaf starts with a history line (`2016年8月18日 …通过`): those belong to the header."""
    try:
        from assistant.corpus.metadata import is_history
    except ImportError:  # a parser from before history lines were read
        return False
    return any(is_history(c.text.split("\n", 1)[0]) for c in doc.clauses if c.kind == "preamble")


def unpack(target: Path) -> Path:
    if not TARBALL.is_file():
        raise SystemExit(f"laws corpus not found at {TARBALL}")
    with tarfile.open(TARBALL) as tar:
        tar.extractall(target, filter="data")
    return target / "laws"


def run(laws: Path, workers: int) -> list[dict]:
    files = sorted(str(p) for p in laws.glob("*.txt"))
    with ProcessPoolExecutor(workers) as pool:
        return list(pool.map(check, files, chunksize=16))


def summary(results: list[dict]) -> dict[str, dict[str, int]]:
    table = {}
    for split in ("dev", "held-out"):
        rows = [r for r in results if r["split"] == split]
        table[split] = {
            "documents": len(rows),
            "parsed": sum(r["parsed"] for r in rows),
            "losing articles": sum(r["lost"] > 0 for r in rows),
            "articles expected": sum(r["expected"] for r in rows),
            "articles lost": sum(r["lost"] for r in rows),
            "articles invented": sum(r["invented"] for r in rows),
            "titles wrong": sum(not r["title_ok"] for r in rows),
        }
    return table


def print_table(name: str, table: dict[str, dict[str, int]]) -> None:
    print(f"\n{name}")
    keys = list(next(iter(table.values())))
    print(f"  {'':20}" + "".join(f"{split:>12}" for split in table))
    for key in keys:
        print(f"  {key:20}" + "".join(f"{table[split][key]:>12}" for split in table))


def at_ref(ref: str, laws: Path, workers: int) -> dict:
    """The same measurement with the parser from a git commit (exported to a temp dir)."""
    import json

    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", ref, "assistant"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        env = dict(os.environ, PYTHONPATH=tmp)
        out = subprocess.run([sys.executable, __file__, "--laws", str(laws), "--json", "--workers", str(workers)],
                             env=env, cwd=tmp, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ref", help="also measure the parser at this git commit (the 'before')")
    parser.add_argument("--laws", type=Path, help="an unpacked laws folder (default: unpack the tarball)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--show", choices=("dev", "held-out"), help="list this split's failing documents")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        laws = args.laws or unpack(Path(tmp))
        results = run(laws, args.workers)
        if args.json:
            import json

            print(json.dumps(summary(results)))
            return
        if args.ref:
            print_table(f"before ({args.ref})", at_ref(args.ref, laws, args.workers))
        print_table("after (working tree)" if args.ref else "working tree", summary(results))
        if args.show:
            for r in results:
                if r["split"] == args.show and (r["lost"] or r["invented"] or not r["title_ok"] or not r["parsed"]):
                    print(f"{r['file']}\tlost={r['lost']}\tinvented={r['invented']}\texpected={r['expected']}\t"
                          f"title={'ok' if r['title_ok'] else repr(r['title'])}\t{r.get('error', '')}")


if __name__ == "__main__":
    main()
