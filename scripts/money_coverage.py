"""How much of the money a corpus states becomes money facts (assistant.corpus.money).

For every sentence of every leaf of the documents in a folder (traditional script read in simplified,
as `corpus.facts.annotate` does) that holds 万元/亿元/元 or a %, count whether `extract_money` reads at
least one fact from it; a sentence that also holds a support word (给予, 奖励, 补贴 …) and yields none is
money the answer cannot find. Documents are split in halves by file stem (even positions A, odd B) so
a rule tuned on one half can be checked on the other.

A finer reading: every figure (an amount or a %) standing in a sentence part with a verb of giving or a
cap word (给予, 奖励, 最高, 上限 …), or opening with a share of a basis (按…的10%), should be read as some fact's value, cap, range end or tier; `figures`
counts those, `figures_missed` those no fact holds (按不超过设备投入10%的比例，择优给予最高200万元奖补
read as the cap only misses 10%).

    python scripts/money_coverage.py [FOLDER] [--show]   (--show lists the sentences without a fact; S: with a support word)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from assistant.config import get_settings
from assistant.corpus import CorpusLimits, parse_file
from assistant.corpus.money import SUPPORT_WORDS, _sentences, extract_money
from assistant.lexicon.regions import to_simplified

_MONEYISH = re.compile(r"\d\s*(?:万|亿|千)?元|\d\s*[%％]")
_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:万亿元|亿元|千万元|万元|千元|元|[%％])")
#: a part that gives: a verb of giving or a cap word, or a share of a basis (按不超过设备投入10%的比例)
_GIVING_PART = re.compile(r"给予|予以|奖励|奖补|补助|补贴|资助|贴息|最高|上限|封顶|^\s*按(?:照)?[^，,]*\d\s*[%％]")


def _read_values(facts) -> set[float]:
    values: set[float] = set()
    for f in facts:
        values.update(v for v in (f.value, f.high, f.cap) if v is not None)
        values.update(f.tiers)
    return values


def _missed(sentence: str, facts) -> tuple[int, int]:
    """(figures in giving parts, those no fact reads)."""
    read = _read_values(facts)
    figures = missed = 0
    for part in re.split(r"[，,]", sentence):
        if not _GIVING_PART.search(part):
            continue
        for m in _FIGURE.finditer(part):
            figures += 1
            missed += float(m.group(1)) not in read
    return figures, missed


def coverage(folder: Path, show: bool = False) -> dict[str, dict[str, int]]:
    limits = CorpusLimits.from_settings(get_settings())
    files = sorted((p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")), key=lambda p: p.stem)
    counts = {h: {"docs": 0, "money": 0, "money_none": 0, "support": 0, "support_none": 0, "figures": 0,
                  "figures_missed": 0} for h in "AB"}
    for i, path in enumerate(files):
        half = "AB"[i % 2]
        doc = parse_file(path, limits)
        counts[half]["docs"] += 1
        for clause in doc.clauses:
            text = to_simplified(clause.text)
            for sentence in _sentences(text):
                if not _MONEYISH.search(sentence):
                    continue
                facts = extract_money(sentence)
                none = not facts
                figures, missed = _missed(sentence, facts)
                counts[half]["figures"] += figures
                counts[half]["figures_missed"] += missed
                support = bool(SUPPORT_WORDS.search(sentence))
                counts[half]["money"] += 1
                counts[half]["money_none"] += none
                counts[half]["support"] += support
                counts[half]["support_none"] += none and support
                if show and missed and not none:
                    plain = re.sub(r"\s+", "", sentence)
                    print(f"{half} F {path.stem} {clause.path}: {plain[:160]}")
                if show and none:
                    plain = re.sub(r"\s+", "", sentence)
                    print(f"{half} {'S' if support else '-'} {path.stem} {clause.path}: {plain[:160]}")
    return counts


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0]) if args else Path("eval/real/docs/dev")
    for half, c in coverage(folder, "--show" in sys.argv).items():
        print(f"half {half}: {c['docs']} docs, {c['money']} money sentences, {c['money_none']} without a fact; "
              f"{c['support']} with a support word, {c['support_none']} of them without a fact; "
              f"{c['figures']} figures in giving parts, {c['figures_missed']} of them read by no fact")
