"""File → plain text, one reader per format, within the limits of `CorpusLimits`.

Everything downstream works on text, so format quirks end here: docx tables come out
as tab-separated rows (the annex parser reads them as columns), html loses its markup,
and a text file's encoding (UTF-8 with or without BOM, UTF-16 LE/BE with or without BOM
as Windows tools export it, GB18030/GBK, Big5) is detected by charset-normalizer.
"""

from __future__ import annotations

import re
from pathlib import Path

from charset_normalizer import from_bytes

from assistant.errors import CorpusError

from .limits import CorpusLimits

SUPPORTED_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")


def decode_text(data: bytes, name: str) -> str:
    """Bytes of a text file → str, the encoding detected rather than guessed from a fixed list.

    Binary data gets no match (or one full of control characters, which `read_text` refuses).
    """
    match = from_bytes(data).best()
    if match is None:
        raise CorpusError(f"{name}：是二进制数据，不是文本文件（无法识别其文字编码）。")
    return str(match).lstrip("\ufeff")


def _read_txt(path: Path, limits: CorpusLimits) -> str:
    return decode_text(path.read_bytes(), path.name)


def _read_docx(path: Path, limits: CorpusLimits) -> str:
    """Paragraphs and tables in document order; a table row is its cells joined by tabs."""
    from docx import Document as DocxDocument
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    limits.check_zip(path)
    doc = DocxDocument(str(path))
    lines: list[str] = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            for row in Table(child, doc).rows:
                cells, seen = [], set()
                for cell in row.cells:  # merged cells repeat; keep each once
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append(re.sub(r"\s*\n\s*", "", cell.text).strip())
                lines.append("\t".join(cells))
    return "\n".join(lines)


def _read_pdf(path: Path, limits: CorpusLimits) -> str:
    """Page by page, stopping as soon as the text is over the character limit.

    The page count the page tree declares (/Count) is checked before the tree is walked:
    a tree that reuses one page object can declare 100 000 pages in a few kilobytes.
    """
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    limits.check_pdf_pages(path.name, int(reader.root_object["/Pages"].get_object().get("/Count", 0)))
    limits.check_pdf_pages(path.name, len(reader.pages))
    parts, chars = [], 0
    for page in reader.pages:
        parts.append(page.extract_text() or "")
        chars += len(parts[-1])
        limits.check_chars(path.name, chars)
    return "\n".join(parts)


def _read_html(path: Path, limits: CorpusLimits) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_read_txt(path, limits), "html.parser")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    return soup.get_text("\n")


READERS = {".txt": _read_txt, ".docx": _read_docx, ".pdf": _read_pdf, ".html": _read_html, ".htm": _read_html}


def read_text(path: Path, limits: CorpusLimits | None = None) -> str:
    """The document's text, or CorpusError naming the file and what is wrong with it.

    Limits (default: from the current Settings) are checked before each step they bound.
    """
    limits = limits or CorpusLimits.from_settings()
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise CorpusError(f"{path.name}：不支持的文件类型 '{suffix}'（支持：{', '.join(SUPPORTED_SUFFIXES)}）。")
    if not path.is_file():
        raise CorpusError(f"{path}：文件不存在。")
    limits.check_file_size(path)
    try:
        text = READERS[suffix](path, limits)
    except CorpusError:
        raise
    except Exception as exc:  # a corrupt docx/pdf raises whatever its library raises
        raise CorpusError(f"{path.name}：无法作为 {suffix[1:]} 读取（{type(exc).__name__}: {exc}）。") from exc
    if not text.strip():
        raise CorpusError(f"{path.name}：文件为空。")
    limits.check_chars(path.name, len(text))
    controls = len(re.findall(r"[\x00-\x08\x0e-\x1f\ufffd]", text))
    if controls > max(3, len(text) // 100):
        raise CorpusError(f"{path.name}：看起来是二进制数据，不是文本（{controls} 个控制字符）。")
    if len(re.findall(r"[\u4e00-\u9fff]", text)) < 10:
        raise CorpusError(f"{path.name}：没有中文内容，不是政策文件。")
    return text
