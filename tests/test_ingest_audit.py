"""scripts/ingest_audit.py: the signals that a document was not read as its text, on real and made-up pages."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from ingest_audit import audit, flags  # noqa: E402

DEV = REPO / "eval" / "real" / "docs" / "dev"


def test_a_page_read_as_its_text_is_not_flagged():
    row = audit(str(DEV / "h23d-suzhou-sip-2025-service-revenue-award-qa-trad.txt"))
    assert [f for f in row["flags"] if not f.startswith("title")] == [], row  # 问答 is no type word: title flagged
    assert row["title"] == "苏州工业园区支持服务业企业营收增长相关问答" and row["title_source"] == "text"
    assert row["ruby"] == 0 and row["furniture"] == 0 and row["units"] == 5


def test_noise_a_reader_left_is_flagged(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("通知公告\n\n关于做好春耕生产的通知\n\n点击数: 12 | 上一篇: 关于做好秋收的通知\n\n"
                    "各乡镇人民政府:\n为做好春耕生产，现通知如下。一、加强领导。各乡镇要加强领导。二、落实责任。"
                    "各部门要落实责任。三、强化督查。县政府办公室负责督查服務(wù)落实。\n- 1 -\n- 2 -\n- 3 -\n", "utf-8")
    row = audit(str(page))
    assert any("page_numbers" in f for f in row["flags"]), row["flags"]
    assert row["furniture"] >= 1  # 上一篇: stays in the text as it does not stand alone


def test_thresholds_name_each_signal():
    row = dict(title_source="stem", title_problem=None, units=1, preface_share=0.9, chars=5000, largest_unit=4500,
               markers_left=4, ruby=2, furniture=1, page_numbers=5, non_cjk_lines=0.5)
    got = flags(row)
    assert got[0] == "title=stem" and "one unit" in got and any(f.startswith("preface") for f in got)
    assert {"ruby 2", "furniture 1", "page_numbers 5", "4 markers left"} <= set(got)
