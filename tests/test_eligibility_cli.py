"""`policy-qa eligible` end to end on an uploaded development document, in a temporary cache folder.

The document is added with the real CLI in its own process (on the fake embedding model); the
eligibility run is another process that must answer without importing torch: matching reads the
parsed documents only.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from assistant.config import REPO_ROOT

DOC = REPO_ROOT / "eval" / "real" / "docs" / "dev" / "dongguan-2021-employment-trad-part.txt"
RUN_ELIGIBLE = """
import sys
from typer.testing import CliRunner
from assistant.cli import app
out = CliRunner().invoke(app, sys.argv[1:])
assert out.exit_code == 0, out.output
loaded = [m for m in ("torch", "sentence_transformers", "faiss") if m in sys.modules]
assert not loaded, loaded
print(out.output)
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(POLICY_QA_CACHE_DIR=str(tmp_path / "cache"), POLICY_QA_UPLOAD_DIR=str(tmp_path / "uploads"))
    return env


def test_eligible_json_on_an_uploaded_document_loads_no_model(tmp_path):
    upload = tmp_path / "东莞稳就业.txt"
    shutil.copy(DOC, upload)
    added = subprocess.run([sys.executable, "tests/fakes.py", "add", str(upload)], cwd=REPO_ROOT, env=_env(tmp_path), check=False,
                           capture_output=True, text=True, timeout=600)
    assert added.returncode == 0, added.stderr[-2000:]

    exports = tmp_path / "exports"
    exports.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", RUN_ELIGIBLE, "eligible", "东莞的一家小微企业，员工20人", "--json", "--export", str(exports)],
        cwd=REPO_ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    data = json.loads(done.stdout)
    assert data["profile"]["city"] == "东莞" and data["profile"]["employees"] == 20
    matches = [m for group in data["groups"].values() for m in group]
    # （一）2 在职职工总数30人(含)以下的企业暂免征收残疾人保障金…(市残联、市财政局、市税务局负责)
    exemption = next(m for m in matches if m["label"].endswith("（一）2"))
    assert exemption["lead_units"] == ["市残联"] and any("30人(含)以下" in r for r in exemption["reasons"])
    # the dated export files are named after the profile
    names = sorted(Path(p).name for p in data["exported"])
    assert [n.rsplit("_", 1)[0] for n in names] == ["政策匹配_东莞_小微", "政策匹配_东莞_小微"]
    assert {n.rsplit(".", 1)[1] for n in names} == {"csv", "md"}
    assert "（一）2" in (exports / names[1]).read_text(encoding="utf-8")
