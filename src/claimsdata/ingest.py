"""Reading raw articles: Markdown/text files that start with a YAML front matter block."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .errors import FrontMatterError
from .models import Article

__all__ = ["read_article", "read_articles", "REQUIRED_FRONT_MATTER"]

#: Keys every article's front matter must have (``url`` and ``title`` may be null but must be present).
REQUIRED_FRONT_MATTER: tuple[str, ...] = (
    "article_id", "outlet", "url", "published", "title", "language", "obtained", "licence",
)
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_FENCE = "---\n"


def _key_line(block: str, key: str) -> int:
    """1-based line (in the file) where ``key:`` stands in the front matter, or 1 if absent."""
    for i, line in enumerate(block.splitlines(), start=2):
        if line.startswith(f"{key}:"):
            return i
    return 1


def read_article(path: str | Path) -> Article:
    """Read one article file (front matter + body) into an :class:`Article`.

    The body is kept byte for byte (offsets of extracted claims index into it).
    Raises :class:`FrontMatterError` naming the file, line and field when the front matter is wrong.
    """
    path = Path(path)
    try:
        raw = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FrontMatterError(f"not UTF-8 (byte {exc.start})", path=path, line=None) from exc
    if not raw.startswith(_FENCE):
        raise FrontMatterError("file must start with a '---' front matter line", path=path, line=1)
    end = raw.find("\n" + _FENCE, len(_FENCE) - 1)
    if end < 0:
        raise FrontMatterError("front matter is not closed by a '---' line", path=path, line=1)
    block = raw[len(_FENCE) : end + 1]
    body = raw[end + 1 + len(_FENCE) :]
    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        raise FrontMatterError(f"front matter is not valid YAML: {exc}", path=path, line=line) from exc
    if not isinstance(meta, dict):
        raise FrontMatterError("front matter must be a mapping of keys to values", path=path, line=2)
    for key in REQUIRED_FRONT_MATTER:
        if key not in meta:
            raise FrontMatterError("required front matter key is missing", path=path, line=1, field=key)
    unknown = sorted(set(meta) - set(Article.model_fields) - {"text"})
    if unknown:
        raise FrontMatterError(
            f"unknown front matter key (allowed: {', '.join(REQUIRED_FRONT_MATTER)})",
            path=path, line=_key_line(block, unknown[0]), field=unknown[0],
        )
    if "text" in meta:
        raise FrontMatterError("the text is the body after the front matter, not a key", path=path,
                               line=_key_line(block, "text"), field="text")
    article_id = meta["article_id"]
    if not isinstance(article_id, str) or not _ID_RE.match(article_id):
        raise FrontMatterError(
            f"article_id {article_id!r} must be letters, digits, '.', '_' or '-'",
            path=path, line=_key_line(block, "article_id"), field="article_id",
        )
    published = meta["published"]
    if published is not None and not isinstance(published, date):
        raise FrontMatterError(
            f"published {published!r} is not an ISO date (YYYY-MM-DD)",
            path=path, line=_key_line(block, "published"), field="published",
        )
    if not body.strip():
        raise FrontMatterError("the article has no text after its front matter", path=path, line=None, field="text")
    fields: dict[str, Any] = {k: meta[k] for k in Article.model_fields if k in meta}
    try:
        return Article(**fields, text=body)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = str(err["loc"][0]) if err["loc"] else None
        raise FrontMatterError(err["msg"], path=path, line=_key_line(block, field or ""), field=field) from exc


def read_articles(directory: str | Path) -> list[Article]:
    """Read every ``*.md`` / ``*.txt`` article under ``directory``, sorted by file name; ids must be unique."""
    directory = Path(directory)
    paths = sorted(p for p in directory.iterdir() if p.suffix in {".md", ".txt"} and p.is_file())
    articles: list[Article] = []
    seen: dict[str, Path] = {}
    for p in paths:
        art = read_article(p)
        if art.article_id in seen:
            raise FrontMatterError(
                f"article_id {art.article_id!r} is already used by {seen[art.article_id]}",
                path=p, line=2, field="article_id",
            )
        seen[art.article_id] = p
        articles.append(art)
    return articles
