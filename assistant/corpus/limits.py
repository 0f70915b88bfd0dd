"""What a user's document may cost, checked before the work each limit bounds.

A hostile or accidental file (a decompression-bomb docx, a PDF whose page tree declares
100 000 pages, a 20 MB text dump) must be refused from what is cheap to read — the file
size, the zip directory, the PDF page tree — before anything is inflated, extracted or
parsed. What can only be known later (characters after decoding, clauses after parsing)
is checked as soon as it is known. The worker process (sandbox.py) bounds whatever slips
through with a time and memory limit.

Every refusal is a CorpusError naming the file, the figure and the limit, in Chinese.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from assistant.config import Settings, get_settings
from assistant.errors import CorpusError

_MB = 1 << 20
#: Members smaller than this are never a bomb whatever their ratio (a 40 KB styles.xml of
#: repeated markup can compress 100:1), so the ratio is only checked above it.
_RATIO_FLOOR_BYTES = _MB


@dataclass(frozen=True)
class CorpusLimits:
    """The limits of `Settings` that reading and parsing one file obey; picklable for the worker."""

    max_file_mb: tuple[tuple[str, float], ...]  # (suffix, MB) pairs, e.g. (".txt", 5.0)
    max_unzipped_mb: float
    max_zip_ratio: float
    max_pdf_pages: int
    max_chars: int
    max_clauses: int
    timeout_s: float
    memory_mb: int

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> "CorpusLimits":
        s = settings or get_settings()
        return cls(
            max_file_mb=(
                (".txt", s.max_txt_mb), (".html", s.max_html_mb), (".htm", s.max_html_mb),
                (".docx", s.max_docx_mb), (".pdf", s.max_pdf_mb),
            ),
            max_unzipped_mb=s.max_docx_unzipped_mb,
            max_zip_ratio=s.max_zip_ratio,
            max_pdf_pages=s.max_pdf_pages,
            max_chars=s.max_document_chars,
            max_clauses=s.max_document_clauses,
            timeout_s=s.parse_timeout_s,
            memory_mb=s.parse_memory_mb,
        )

    def check_file_size(self, path: Path) -> None:
        """Refuse a file bigger than its type allows, from its size on disk alone."""
        suffix = path.suffix.lower()
        limit = dict(self.max_file_mb).get(suffix)
        size = path.stat().st_size
        if limit is not None and size > limit * _MB:
            setting = "POLICY_QA_MAX_" + ("HTML" if suffix == ".htm" else suffix[1:].upper()) + "_MB"
            raise CorpusError(
                f"{path.name}：文件大小 {size / _MB:.1f} MB，超过 {suffix[1:]} 文件的上限 {limit:g} MB"
                f"（管理员可用 {setting} 调整）。"
            )

    def check_zip(self, path: Path) -> None:
        """Refuse a zip-based file (docx) whose directory promises too much, before any member is inflated.

        The declared sizes are what zipfile will inflate at most (it stops at a member's declared
        size and fails its CRC), so checking them bounds the work of reading the file.
        """
        try:
            with zipfile.ZipFile(path) as archive:
                members = archive.infolist()
        except (zipfile.BadZipFile, OSError) as exc:
            raise CorpusError(f"{path.name}：无法作为 {path.suffix.lower()[1:]} 读取（不是有效的压缩包：{exc}）。") from exc
        total = sum(m.file_size for m in members)
        if total > self.max_unzipped_mb * _MB:
            raise CorpusError(
                f"{path.name}：解压后共 {total / _MB:,.0f} MB，超过上限 {self.max_unzipped_mb:g} MB"
                "（可能是压缩炸弹），已拒绝。"
            )
        for member in members:
            ratio = member.file_size / max(member.compress_size, 1)
            if member.file_size > _RATIO_FLOOR_BYTES and ratio > self.max_zip_ratio:
                raise CorpusError(
                    f"{path.name}：其中 {member.filename} 的压缩比为 {ratio:,.0f}:1，超过上限 {self.max_zip_ratio:g}:1"
                    "（可能是压缩炸弹），已拒绝。"
                )

    def check_pdf_pages(self, name: str, pages: int) -> None:
        if pages > self.max_pdf_pages:
            raise CorpusError(f"{name}：PDF 共 {pages:,} 页，超过上限 {self.max_pdf_pages:,} 页。")

    def check_chars(self, name: str, chars: int) -> None:
        if chars > self.max_chars:
            raise CorpusError(f"{name}：文字超过 {self.max_chars:,} 字的上限（不像是单个政策文件），已拒绝。")

    def check_clauses(self, name: str, clauses: int) -> None:
        if clauses > self.max_clauses:
            raise CorpusError(f"{name}：解析出 {clauses:,} 个条款，超过上限 {self.max_clauses:,} 个。")
