"""The Python API every surface uses (CLI, Gradio, eval): load once, then ask.

`Assistant.load()` parses the corpus (shipped documents plus user uploads),
loads the persisted index or builds it when the corpus or model changed, and
wires the retrieval chain. Surfaces never reach into parsing or FAISS.
"""

from __future__ import annotations

import logging
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_core.runnables import Runnable

from assistant.answering.answer import Answer
from assistant.answering.chain import build_chain
from assistant.answering.composer import AnswerComposer
from assistant.answering.evidence import EvidenceSelector
from assistant.answering.llm import QuestionRewriter, build_rewriter, build_writer
from assistant.answering.question import Query
from assistant.config import Settings, get_settings
from assistant.conversation import Engine, Session
from assistant.corpus import load_corpus, load_document
from assistant.corpus.model import Document
from assistant.errors import CorpusError
from assistant.index.store import IndexStore, open_index
from assistant.models.embeddings import PolicyEmbeddings, load_embeddings
from assistant.retrieval.hybrid import HybridSearch

if TYPE_CHECKING:
    from assistant.eligibility import CompanyProfile, EligibilityResult

log = logging.getLogger(__name__)


@dataclass
class _Engine:
    """Everything derived from one corpus state; swapped whole when a document is added."""

    store: IndexStore
    search: HybridSearch
    chain: Runnable[dict, Answer]


class Assistant(Engine):
    def __init__(self, settings: Settings, embeddings: PolicyEmbeddings, engine: _Engine, index_status: str) -> None:
        self._settings = settings
        self.embeddings = embeddings
        self._engine = engine
        self.index_status = index_status
        self._rewriter = build_rewriter(settings)
        self._write_lock = threading.Lock()

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def rewriter(self) -> QuestionRewriter | None:
        return self._rewriter

    # ---- construction ----------------------------------------------------------------
    @classmethod
    def load(
        cls, settings: Settings | None = None, rebuild: bool = False, show_progress: bool = False
    ) -> "Assistant":
        settings = settings or get_settings()
        embeddings = load_embeddings(settings, show_progress=show_progress)
        documents = load_corpus(cls._corpus_dirs(settings))
        engine, status = cls._engine_for(settings, embeddings, documents, rebuild)
        log.info("index %s (%d clauses)", status, len(engine.store.catalog.clauses))
        return cls(settings, embeddings, engine, status)

    def with_settings(self, **overrides) -> "Assistant":
        """A variant with some settings changed (e.g. retrieval_mode), sharing this one's model and index."""
        settings = self.settings.model_copy(update=overrides)
        engine = self._wire(settings, self.embeddings, self._engine.store)
        return Assistant(settings, self.embeddings, engine, self.index_status)

    @staticmethod
    def _corpus_dirs(settings: Settings) -> list[Path]:
        return [p for p in (settings.corpus_dir, settings.upload_dir) if p.is_dir()]

    @staticmethod
    def _engine_for(
        settings: Settings,
        embeddings: PolicyEmbeddings,
        documents: list[Document],
        rebuild: bool = False,
    ) -> tuple[_Engine, str]:
        store, status = open_index(settings.index_dir, documents, embeddings, embeddings.model_id, rebuild=rebuild)
        return Assistant._wire(settings, embeddings, store), status

    @staticmethod
    def _wire(settings: Settings, embeddings: PolicyEmbeddings, store: IndexStore) -> _Engine:
        search = HybridSearch(store, embeddings, settings)
        documents_by_id = store.catalog.documents_by_id
        chain = build_chain(
            EvidenceSelector(search, settings),
            AnswerComposer(documents_by_id, search.tokenizer),
            writer=build_writer(settings, documents_by_id),  # None unless LLM settings are set
        )
        return _Engine(store, search, chain)

    # ---- reading ---------------------------------------------------------------------
    @property
    def documents(self) -> list[Document]:
        return self._engine.store.catalog.documents

    @property
    def search(self) -> HybridSearch:
        return self._engine.search

    def new_session(self) -> Session:
        return Session(self)

    def ask(self, question: str) -> Answer:
        """A one-off question, outside any conversation."""
        return self.new_session().ask(question)

    def answer_query(
        self, query: Query, exclude: frozenset[str] = frozenset(), focus: tuple[str, ...] = ()
    ) -> Answer:
        """Run the chain; `exclude` and `focus` carry what earlier turns cited (see Session)."""
        return self._engine.chain.invoke({"query": query, "exclude": exclude, "focus": focus})

    def eligible(self, text_or_profile: "str | CompanyProfile | dict") -> "EligibilityResult":
        """Support measures the described company can get, grouped by kind, each cited (rule-based, no model)."""
        from assistant.eligibility import eligible

        return eligible(self.documents, text_or_profile)

    # ---- adding documents --------------------------------------------------------------
    def add_document(self, path: Path) -> Document:
        """Parse, store and index a user's document; a bad file raises CorpusError and changes nothing.

        The file is parsed before anything is written; the copy goes to the upload
        folder (so it survives restarts) only once it parsed, and the index is
        rebuilt reusing every unchanged clause's vector.
        """
        document = load_document(Path(path))
        with self._write_lock:
            if document.doc_id in {d.doc_id for d in self.documents}:
                raise CorpusError(f"已存在同名文件：{document.doc_id}（请改名后再上传）。")
            self.settings.upload_dir.mkdir(parents=True, exist_ok=True)
            target = self.settings.upload_dir / Path(path).name
            shutil.copyfile(path, target)
            try:
                documents = load_corpus(self._corpus_dirs(self.settings))
                engine, status = self._engine_for(self.settings, self.embeddings, documents)
            except Exception:
                target.unlink(missing_ok=True)
                raise
            self._engine, self.index_status = engine, status
        return next(d for d in engine.store.catalog.documents if d.doc_id == document.doc_id)
