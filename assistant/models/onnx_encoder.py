"""The embedding model run by onnxruntime, its weights quantised to int8: the fast backend.

Why: on a 2-core CPU, embedding is most of an ingest (the laws library is ~2e5 passages).
The same model, exported once from its torch weights to ONNX and dynamically quantised
(int8 weights per output channel, activations quantised at run time), embeds several times
more passages per second, and its vectors keep a cosine ≥ 0.99 with torch's
(tests/test_embed_backend.py). Activations are quantised per batch, so a vector moves slightly
(cosine > 0.99) with the texts batched beside it. sentence-transformers' own ONNX backend needs `optimum`,
whose releases pin an older transformers, so the export is done here with torch's exporter
and onnxruntime's quantiser. The export is cached under the models folder, keyed by the
source model's id (which changes with its weights) and the export recipe; serving then needs
neither torch nor the float weights.

`OnnxEncoder` answers the two calls `PolicyEmbeddings` makes of a SentenceTransformer
(`encode`, `get_embedding_dimension`): texts are deduplicated, sorted by length and batched,
so a batch pads little; mean pooling and L2 normalisation follow the model's own pooling config.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.errors import ModelUnavailableError
from assistant.models.built_once import build_once
from assistant.models.vectors import unit_rows

if TYPE_CHECKING:
    import onnxruntime
    from sentence_transformers import SentenceTransformer

#: bump when the export or quantisation recipe changes, so cached exports are redone
RECIPE = "onnx-opset17-int8-per-channel-v1"
MODEL_FILE = "model-int8.onnx"


def export_dir(models_dir: Path, model_id: str) -> Path:
    key = hashlib.sha256(f"{model_id}|{RECIPE}".encode()).hexdigest()[:16]
    return Path(models_dir) / "onnx" / key


def ensure_export(models_dir: Path, model_id: str, load_torch: Callable[[], SentenceTransformer]) -> Path:
    """The folder holding the quantised export of `model_id`, exporting it first if needed (once)."""

    def build(staging: Path) -> None:
        _export(load_torch(), staging)
        (staging / "export.json").write_text(json.dumps({"model_id": model_id, "recipe": RECIPE}), "utf-8")

    return build_once(export_dir(models_dir, model_id), MODEL_FILE, build)


def _export(model: SentenceTransformer, folder: Path) -> None:
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    transformer = model[0]
    encoder = transformer.auto_model.eval()

    class _Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            return self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    sample = model.tokenizer(["passage: 样例"], return_tensors="pt")
    float_model = folder / "model-float.onnx"
    axes = {0: "batch", 1: "tokens"}
    with torch.no_grad():
        torch.onnx.export(
            _Hidden(),
            (sample["input_ids"], sample["attention_mask"]),
            str(float_model),
            dynamo=False,  # the TorchScript exporter: no onnxscript needed, dynamic axes as declared
            input_names=["input_ids", "attention_mask"],
            output_names=["hidden"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "hidden": axes},
            opset_version=17,
        )
    quantize_dynamic(str(float_model), str(folder / MODEL_FILE), weight_type=QuantType.QInt8, per_channel=True)
    float_model.unlink()
    model.tokenizer.backend_tokenizer.save(str(folder / "tokenizer.json"))
    config = {
        "max_seq_length": int(model.max_seq_length),
        "dimension": int(model.get_embedding_dimension()),
        "pooling": model[1].get_config_dict(),
        "normalize": any(type(m).__name__ == "Normalize" for m in model),
    }
    (folder / "encoder.json").write_text(json.dumps(config), "utf-8")


class OnnxEncoder:
    """A SentenceTransformer stand-in for the quantised export (mean pooling only)."""

    def __init__(self, folder: Path, threads: int | None = None) -> None:
        from tokenizers import Tokenizer

        config = json.loads((folder / "encoder.json").read_text("utf-8"))
        if config["pooling"].get("pooling_mode") not in ("mean", None) and not config["pooling"].get(
            "pooling_mode_mean_tokens"
        ):
            raise ModelUnavailableError(
                "该嵌入模型不是平均池化，onnx-int8 后端不支持；请设置 POLICY_QA_EMBED_BACKEND=torch。"
            )
        self._dimension = int(config["dimension"])
        self._normalize = bool(config["normalize"])
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.enable_truncation(int(config["max_seq_length"]))
        self._tokenizer.enable_padding(pad_id=self._tokenizer.token_to_id("<pad>") or 0)
        self._path = str(folder / MODEL_FILE)
        self._batch_threads = threads or os.cpu_count() or 1
        self._sessions: dict[int, onnxruntime.InferenceSession] = {}
        self._lock = threading.Lock()

    def _session(self, threads: int) -> onnxruntime.InferenceSession:
        """A session of `threads` intra-op threads: one for a single text (a question: splitting it
        costs more than it saves on a busy CPU) and for each of the batches run side by side, every
        core for a lone batch; threads sleep when idle instead of spinning, so a waiting session
        takes no CPU from the rest of the process. A session is made on first use (under a lock:
        batches run side by side ask for it at once)."""
        import onnxruntime

        with self._lock:
            if threads not in self._sessions:
                options = onnxruntime.SessionOptions()
                options.intra_op_num_threads = threads
                options.inter_op_num_threads = 1
                options.add_session_config_entry("session.intra_op.allow_spinning", "0")
                self._sessions[threads] = onnxruntime.InferenceSession(
                    self._path, options, providers=["CPUExecutionProvider"]
                )
            return self._sessions[threads]

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
        """(n, dimension) float32; each distinct text is embedded once, in batches of similar length."""
        unique = list(dict.fromkeys(sentences))
        position = {text: i for i, text in enumerate(unique)}
        vectors = np.zeros((len(unique), self._dimension), dtype="float32")
        order = sorted(range(len(unique)), key=lambda i: -len(unique[i]))
        batches = [order[start:start + batch_size] for start in range(0, len(order), batch_size)]
        if self._batch_threads > 1 and len(batches) > 1:
            # every core runs its own batch on a one-thread session (onnxruntime's run is thread-safe and
            # releases the GIL): no intra-op handoffs, ~7 % more texts per CPU-second than one batch split
            # over the cores; the same batches, so the same vectors
            pool = ThreadPoolExecutor(self._batch_threads)
            results = pool.map(lambda b: self._embed([unique[i] for i in b], threads=1), batches)
        else:
            pool, results = None, (self._embed([unique[i] for i in b]) for b in batches)
        if show_progress_bar:
            from tqdm import tqdm

            results = tqdm(results, total=len(batches), desc="嵌入", unit="batch")
        try:
            for batch, embedded in zip(batches, results):
                vectors[batch] = embedded
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        if normalize_embeddings or self._normalize:
            vectors = unit_rows(vectors)
        return vectors[[position[t] for t in sentences]]

    def _embed(self, texts: list[str], threads: int | None = None) -> np.ndarray:
        encoded = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype="int64")
        mask = np.array([e.attention_mask for e in encoded], dtype="int64")
        session = self._session(1 if threads == 1 or len(texts) == 1 else self._batch_threads)
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        weights = mask[..., None].astype("float32")
        return (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
