"""File → plain text, one reader per format.

Everything downstream works on text, so format quirks end here: docx tables come out
as tab-separated rows (the annex parser reads them as columns), html loses its markup.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.errors import CorpusError

SUPPORTED_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")
TEXT_ENCODINGS = ("utf-8", "utf-8-sig", "gb18030")


def _read_txt(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise CorpusError(f"{path.name}：是二进制数据，不是文本文件。")
    for encoding in TEXT_ENCODINGS:
        try:
            return data.decode(encoding).lstrip("\ufeff")
        except UnicodeDecodeError:
            continue
    raise CorpusError(f"{path.name}：无法按 {', '.join(TEXT_ENCODINGS)} 解码。")


def _read_docx(path: Path) -> str:
    """Paragraphs and tables in document order; a table row is its cells joined by tabs."""
    from docx import Document as DocxDocument
    from docx.table import Table
    from docx.text.paragraph import Paragraph

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


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _read_html(path: Path) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_read_txt(path), "html.parser")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    return soup.get_text("\n")


READERS = {".txt": _read_txt, ".docx": _read_docx, ".pdf": _read_pdf, ".html": _read_html, ".htm": _read_html}


def read_text(path: Path) -> str:
    """The document's text, or CorpusError naming the file and what is wrong with it."""
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise CorpusError(f"{path.name}：不支持的文件类型 '{suffix}'（支持：{', '.join(SUPPORTED_SUFFIXES)}）。")
    if not path.is_file():
        raise CorpusError(f"{path}：文件不存在。")
    try:
        text = READERS[suffix](path)
    except CorpusError:
        raise
    except Exception as exc:  # a corrupt docx/pdf raises whatever its library raises
        raise CorpusError(f"{path.name}：无法作为 {suffix[1:]} 读取（{type(exc).__name__}: {exc}）。") from exc
    if not text.strip():
        raise CorpusError(f"{path.name}：文件为空。")
    controls = len(re.findall(r"[\x00-\x08\x0e-\x1f\ufffd]", text))
    if controls > max(3, len(text) // 100):
        raise CorpusError(f"{path.name}：看起来是二进制数据，不是文本（{controls} 个控制字符）。")
    if len(re.findall(r"[\u4e00-\u9fff]", text)) < 10:
        raise CorpusError(f"{path.name}：没有中文内容，不是政策文件。")
    return text
