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
* no history line (`2016年8月18日 …通过`) is left at the head of its body.

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
def results(tmp_path_factory):
    assert TARBALL.is_file(), f"the laws corpus is missing: expected {TARBALL} (see ../shared/corpora/README.md)"
    report = _report()
    laws = report.unpack(tmp_path_factory.mktemp("corpora"))
    return report.run(laws, workers=2)


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
