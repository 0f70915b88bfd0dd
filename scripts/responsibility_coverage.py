"""How much of a folder's responsibility wording the parser turns into facts, and how clean the units are.

For every document of the given folders (or files), parsed as the library parses it, reads each leaf's
sentences (split at 。；; and line ends, in simplified script) and counts:

- cue sentences: sentences holding a responsibility cue (负责, 牵头, 责任单位, 配合, 会同, 承担, 组织实施…);
- unread: cue sentences that yield no responsibility fact: the sentence alone extracts nothing, and
  none of its leaf's units (which may come from a heading) is named in it either;
- leaves with units, and units that look wrong: a stored unit string that is not a unit name
  (a verb or a label inside it, 单位：, punctuation, digits, longer than 30 characters).

Documents are split into halves by sorted file stem (even positions half A, odd half B), as the eval
rules split them. `--rows` prints every unread sentence and every wrong-looking unit.

Usage: .venv/bin/python scripts/responsibility_coverage.py eval/real/docs/dev [--glob 'h22r-*'] [--skip h22] [--rows]
"""

from __future__ import annotations

import argparse
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.corpus import responsibility
from assistant.corpus.loader import read_text
from assistant.corpus.parser import parse_text
from assistant.lexicon.regions import to_simplified
from assistant.lexicon.units import is_unit_name

SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf")
#: Words by which a sentence says someone is responsible for something.
CUE = re.compile(r"负责(?!人|同志)|牵头|责任单位|责任部门|配合单位|配合部门|协同责任|协办单位|主办单位|主管部门|"
                 r"配合|会同|承担|组织实施|归口")
#: Inside a stored unit, words or marks no unit name holds.
_WRONG = re.compile(r"[：:，,。；;！？!?“”\"]|\d|单位：|负责|牵头(?!单位|部门)|配合(?!单位|部门)|会同|承担|组织实施|落实|推进|加快|开展|确保|"
                    r"^(?:由|按|对|在|将|要|应)|^(?:单位|部门|机构)$")


@dataclass
class Counts:
    docs: int = 0
    leaves: int = 0
    leaves_with_units: int = 0
    cue_sentences: int = 0
    unread: list[str] = field(default_factory=list)
    units: int = 0
    wrong: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        read = self.cue_sentences - len(self.unread)
        share = f"{read / self.cue_sentences:.2f}" if self.cue_sentences else "  - "
        return (f"| {name} | {self.docs} | {self.leaves} | {self.leaves_with_units} | {self.cue_sentences} "
                f"| {len(self.unread)} | {share} | {self.units} | {len(self.wrong)} |")


def looks_wrong(unit: str) -> bool:
    """A stored unit string that is no unit: a verb or label inside, punctuation, digits, or very long."""
    return bool(_WRONG.search(unit)) or len(unit) > 30 or (not is_unit_name(unit) and len(unit) < 2)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[。；;\n])", text) if s.strip()]


def measure(path: Path, counts: Counts) -> None:
    """Add one document's figures to `counts` (its rows carry the file stem)."""
    data = path.read_bytes()
    doc = parse_text(read_text(path), path.stem, str(path), hashlib.sha256(data).hexdigest())
    counts.docs += 1
    for leaf in doc.clauses:
        counts.leaves += 1
        counts.leaves_with_units += bool(leaf.units)
        for unit in leaf.units:
            counts.units += 1
            if looks_wrong(unit):
                counts.wrong.append(f"{path.stem} {leaf.path}: {unit}")
        for sentence in sentences(to_simplified(leaf.text)):
            if not CUE.search(sentence):
                continue
            counts.cue_sentences += 1
            if responsibility.extract(sentence, doc.region):
                continue
            if any(u in sentence for u in leaf.units):
                continue
            counts.unread.append(f"{path.stem} {leaf.path}: {sentence[:120]}")


def documents(paths: list[str], pattern: str, skip: tuple[str, ...] = ()) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += [f for f in p.glob(pattern) if f.suffix.lower() in SUFFIXES]
        elif p.suffix.lower() in SUFFIXES:
            out.append(p)
    return sorted((f for f in set(out) if not f.stem.startswith(skip)), key=lambda f: f.stem)


def report(files: list[Path], show_rows: bool = False) -> str:
    halves = {"A": Counts(), "B": Counts()}
    for i, path in enumerate(files):
        measure(path, halves["A" if i % 2 == 0 else "B"])
    total = Counts(
        docs=halves["A"].docs + halves["B"].docs, leaves=halves["A"].leaves + halves["B"].leaves,
        leaves_with_units=halves["A"].leaves_with_units + halves["B"].leaves_with_units,
        cue_sentences=halves["A"].cue_sentences + halves["B"].cue_sentences,
        unread=halves["A"].unread + halves["B"].unread, units=halves["A"].units + halves["B"].units,
        wrong=halves["A"].wrong + halves["B"].wrong)
    lines = ["| group | docs | leaves | leaves with units | cue sentences | unread | read share | units | units look wrong |",
             "|---|---|---|---|---|---|---|---|---|",
             halves["A"].line("half A"), halves["B"].line("half B"), total.line("all")]
    if show_rows:
        for half, counts in halves.items():
            lines += [f"UNREAD {half} {row}" for row in counts.unread]
            lines += [f"WRONG  {half} {row}" for row in counts.wrong]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="folders or files")
    parser.add_argument("--glob", default="*", help="file name pattern inside folders (default *)")
    parser.add_argument("--skip", action="append", default=[], help="leave out files whose stem starts so (repeatable)")
    parser.add_argument("--rows", action="store_true", help="print every unread sentence and wrong-looking unit")
    args = parser.parse_args()
    print(report(documents(args.paths, args.glob, tuple(args.skip)), args.rows))


if __name__ == "__main__":
    main()
