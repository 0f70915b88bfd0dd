"""How much of the money a corpus states becomes money facts (assistant.corpus.money).

For every sentence of every leaf of the documents in a folder (traditional script read in simplified,
as `corpus.facts.annotate` does) that holds 万元/亿元/元 or a %, count whether `extract_money` reads at
least one fact from it; a sentence that also holds a support word (给予, 奖励, 补贴 …) and yields none is
money the answer cannot find. Documents are split in halves by file stem (even positions A, odd B) so
a rule tuned on one half can be checked on the other.

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


def coverage(folder: Path, show: bool = False) -> dict[str, dict[str, int]]:
    limits = CorpusLimits.from_settings(get_settings())
    files = sorted((p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")), key=lambda p: p.stem)
    counts = {h: {"docs": 0, "money": 0, "money_none": 0, "support": 0, "support_none": 0} for h in "AB"}
    for i, path in enumerate(files):
        half = "AB"[i % 2]
        doc = parse_file(path, limits)
        counts[half]["docs"] += 1
        for clause in doc.clauses:
            text = to_simplified(clause.text)
            for sentence in _sentences(text):
                if not _MONEYISH.search(sentence):
                    continue
                none = not extract_money(sentence)
                support = bool(SUPPORT_WORDS.search(sentence))
                counts[half]["money"] += 1
                counts[half]["money_none"] += none
                counts[half]["support"] += support
                counts[half]["support_none"] += none and support
                if show and none:
                    plain = re.sub(r"\s+", "", sentence)
                    print(f"{half} {'S' if support else '-'} {path.stem} {clause.path}: {plain[:160]}")
    return counts


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0]) if args else Path("eval/real/docs/dev")
    for half, c in coverage(folder, "--show" in sys.argv).items():
        print(f"half {half}: {c['docs']} docs, {c['money']} money sentences, {c['money_none']} without a fact; "
              f"{c['support']} with a support word, {c['support_none']} of them without a fact")
