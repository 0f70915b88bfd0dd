"""All 3,422 real laws, regulations and judicial interpretations parse with every article kept.

The corpus is ../shared/corpora/laws.tar.xz (relative to the repository root); it is
unpacked into a temporary folder. Missing, it is a failure, not a skip.

For every document:

* it parses;
* its article leaves are exactly its distinct 第X条 markers that start a paragraph (a line,
  or after a sentence end and a space): none lost, none invented. The reference is
  `expected_articles` in scripts/laws_structure_report.py. Amendments and decisions that
  quote another law's articles (将第十条修改为：“第十条 …”) follow the same rule: a quoted
  article does not start a paragraph, so it stays text of the amendment's own item, while
  an amendment numbering its own articles (宪法修正案 第三十二条 …) gets those as leaves;
* its title is its first line (spaces removed);
* no history line (`2016年8月18日 …通过`) is left at the head of its body;
* its kind (法律, 行政法规, 地方性法规, 司法解释 …) read from its title, history lines and issuer
  agrees with the national database's own classification (laws-manifest.tsv) for at least 95 %
  of documents (measured when the rules were written: 96.9 % on half the laws, 96.6 % on the
  other half, which was not looked at).

Parsing runs in a pool of two processes (about 25 s on two cores).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TARBALL = REPO.parent / "shared" / "corpora" / "laws.tar.xz"


def _report():
    spec = importlib.util.spec_from_file_location("laws_structure_report", REPO / "scripts" / "laws_structure_report.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # the process pool pickles its functions by module name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory) -> Path:
    assert TARBALL.is_file(), f"the laws corpus is missing: expected {TARBALL} (see ../shared/corpora/README.md)"
    return _report().unpack(tmp_path_factory.mktemp("corpora"))


@pytest.fixture(scope="module")
def results(unpacked):
    return _report().run(unpacked, workers=2)


def test_every_law_is_read(results):
    assert len(results) == 3422


def test_every_law_parses(results):
    failed = [(r["file"], r["error"]) for r in results if not r["parsed"]]
    assert not failed


def test_no_article_lost_or_invented(results):
    wrong = [(r["file"], r["expected"], r["lost"], r["invented"]) for r in results if r["lost"] or r["invented"]]
    assert not wrong
    assert sum(r["expected"] for r in results) > 140_000


def test_title_is_the_first_line(results):
    wrong = [(r["file"], r["title"]) for r in results if not r["title_ok"]]
    assert not wrong


def test_history_lines_stay_out_of_the_body(results):
    assert not [r["file"] for r in results if r.get("history_in_body")]


def test_document_kind_agrees_with_the_database(results, unpacked):
    rows = (unpacked.parent / "laws-manifest.tsv").read_text("utf-8").splitlines()
    header = next(i for i, line in enumerate(rows) if line.startswith("file\t"))
    kind = {line.split("\t")[0]: line.split("\t")[3] for line in rows[header + 1:] if line.strip()}
    compared = [(r["file"], kind[r["file"]], r["doc_type"]) for r in results if r["file"] in kind]
    agree = sum(truth == got for _, truth, got in compared)
    assert len(compared) == 3422
    assert agree / len(compared) >= 0.95, [c for c in compared if c[1] != c[2]][:20]
    assert {"法律", "行政法规", "地方性法规", "司法解释", "部门规章", "宪法"} <= {got for _, _, got in compared}
