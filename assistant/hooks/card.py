"""The answer card every chat app shows: the answer text, key table rows, a chart link and a full-answer link."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

KEY_ROWS = 5  # rows of the first table shown in the chat; the full answer has them all
KEY_COLUMNS = 4
CELL_CHARS = 40

# the words of the card, one place per language
WORDS = {
    "en": {"full": "Open the full answer", "chart": "Chart", "rows": "Top rows", "more": "{n} more rows in the full answer",
           "failed": "Sorry, I could not answer that: {why}"},
    "zh": {"full": "查看完整答案", "chart": "图表", "rows": "主要数据", "more": "完整答案中还有 {n} 行",
           "failed": "抱歉，这个问题没能回答：{why}"},
}


def word(lang: str, key: str, **kw: Any) -> str:
    return WORDS.get(lang, WORDS["en"])[key].format(**kw)


@dataclass(frozen=True)
class AnswerCard:
    """A chat-app-neutral answer: what each platform renders in its own card format."""

    lang: str
    title: str
    text: str
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    more_rows: int = 0
    full_url: str | None = None
    chart_url: str | None = None

    def table_lines(self) -> list[str]:
        """The key rows as 'a · b · c' lines (chat apps have no common table element)."""
        if not self.rows:
            return []
        lines = [" · ".join(self.columns)] + [" · ".join(r) for r in self.rows]
        if self.more_rows:
            lines.append(word(self.lang, "more", n=self.more_rows))
        return lines

    def markdown(self, *, bold: str = "**") -> str:
        """Text, key rows and links as Markdown (DingTalk, WeCom, Feishu lark_md; Slack uses bold='*')."""
        parts = [self.text]
        lines = self.table_lines()
        if lines:
            parts.append(f"{bold}{word(self.lang, 'rows')}{bold}\n" + "\n".join(lines))
        links = []
        if self.chart_url:
            links.append(f"[{word(self.lang, 'chart')}]({self.chart_url})")
        if self.full_url:
            links.append(f"[{word(self.lang, 'full')}]({self.full_url})")
        if links:
            parts.append(" · ".join(links))
        return "\n\n".join(parts)


def _cell(v: Any) -> str:
    if isinstance(v, float):
        text = f"{v:.1%}" if 0 <= v <= 1 else f"{v:,.2f}"
    elif isinstance(v, int) and not isinstance(v, bool):
        text = f"{v:,}"
    else:
        text = "" if v is None else str(v)
    return text if len(text) <= CELL_CHARS else text[:CELL_CHARS - 1] + "…"


def _key_columns(columns: list[str]) -> list[int]:
    # ids are for machines; a chat reader wants the names and the numbers
    keep = [i for i, c in enumerate(columns) if not c.endswith("_id")]
    return (keep or list(range(len(columns))))[:KEY_COLUMNS]


def answer_card(answer: dict[str, Any], *, base_url: str | None) -> AnswerCard:
    """The card of an answer JSON; links only when the server's public address is known."""
    lang = answer.get("language") or "en"
    text = answer.get("answer") or ""
    if answer.get("status") == "error":
        text = word(lang, "failed", why=text)
    columns: list[str] = []
    rows: list[list[str]] = []
    more = 0
    tables = answer.get("tables") or []
    if tables and tables[0].get("rows"):
        t = tables[0]
        idx = _key_columns(list(t["columns"]))
        columns = [t["columns"][i] for i in idx]
        rows = [[_cell(r[i]) for i in idx] for r in t["rows"][:KEY_ROWS]]
        more = max(0, len(t["rows"]) - KEY_ROWS)
    full = chart = None
    if base_url:
        full = base_url.rstrip("/") + "/?q=" + quote(answer.get("question") or "")
        chart = full + "#chart" if answer.get("chart") else None
    return AnswerCard(lang=lang, title=(answer.get("question") or "")[:100], text=text, columns=columns, rows=rows,
                      more_rows=more, full_url=full, chart_url=chart)
