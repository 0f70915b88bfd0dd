"""A fake embedding model for library tests, in-process and in subprocesses.

In-process: `use_fake_model(monkeypatch)`. Subprocess: `python tests/fakes.py <policy-qa args>`
runs the real CLI with the fake model, so concurrency tests exercise real processes,
real locks and real files without loading torch.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from langchain_core.embeddings import DeterministicFakeEmbedding

MODEL_ID = "fake-16"


class FakeModel(DeterministicFakeEmbedding):
    model_id: str = MODEL_ID

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        # FAKE_EMBED_DELAY_S holds a subprocess inside its build, so a test can kill it there
        time.sleep(float(os.environ.get("FAKE_EMBED_DELAY_S", "0")))
        return super().embed_documents(texts)


def _resolve(settings):
    return Path("."), MODEL_ID


def _load_embeddings(settings, **_):
    return FakeModel(size=16)


def patch(target) -> None:
    """Point `assistant.models.embeddings` (or a monkeypatch of it) at the fake model."""
    target("assistant.models.embeddings._resolve", _resolve)
    target("assistant.models.embeddings.load_embeddings", _load_embeddings)


def policy_text(n: int, region: str = "杭州市") -> str:
    """A small, valid policy document whose clauses are unique to `n`."""
    return (
        f"{region}人民政府关于推进第{n}号数据工程建设的实施意见\n"
        "一、总体要求\n"
        f"（一）发展目标。到2026年，第{n}号数据工程交易规模达到{n + 10}亿元，服务企业{n * 7 + 3}家。\n"
        "二、重点任务\n"
        f"（二）建设第{n}号数据平台。1.建设第{n}号数据交易所，开展数据资产登记服务。（责任单位：市数据资源局、市财政局）\n"
        f"{region}人民政府\n2024年3月{n % 28 + 1}日\n"
    )


if __name__ == "__main__":
    import assistant.models.embeddings as embeddings

    patch(lambda name, value: setattr(embeddings, name.rsplit(".", 1)[1], value))
    from assistant.cli import app

    sys.argv[0] = "policy-qa"
    app()
