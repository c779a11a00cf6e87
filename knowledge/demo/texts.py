"""Writing feedback comments that read like real ones from the zh / en phrase books."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from knowledge.demo.errors import DemoError

LANGS = ("zh", "en")
POLARITIES = ("neg", "mixed", "pos")
NO_TOUCHPOINT = "none"
SLOT = re.compile(r"\{(\w+)\}")
SHORT_ENDINGS = {"en": ("", "", "!", "!!", "..."), "zh": ("", "", "！", "！！", "。。。", "啊")}


@dataclass(frozen=True)
class Phrasebook:
    """One language's phrase book (phrases_<lang>.yaml)."""

    lang: str
    data: dict[str, Any]

    def themes(self, tp_key: str, polarity: str) -> list[str]:
        """Theme keys for a touchpoint ("none" for general comments) and polarity neg/pos."""
        return list(self.data["themes"].get(tp_key, {}).get(polarity, {}))

    def lines(self, tp_key: str, polarity: str, theme: str, length: str) -> list[str]:
        """The "short" or "long" phrases of one theme."""
        return self.data["themes"][tp_key][polarity][theme][length]


def load_phrasebooks() -> dict[str, Phrasebook]:
    """Read both phrase books shipped next to this module."""
    books = {}
    for lang in LANGS:
        path = Path(__file__).with_name(f"phrases_{lang}.yaml")
        try:
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser is 10x faster
            books[lang] = Phrasebook(lang, yaml.load(path.read_text(encoding="utf-8"), Loader=loader))
        except (OSError, yaml.YAMLError) as exc:
            raise DemoError(f"cannot read the demo phrase book {path.name}: {exc}",
                            hint="reinstall the package; the phrase books ship with knowledge.demo") from exc
    return books


class Composer:
    """Builds one comment at a time from a theme, a polarity, a language and a channel."""

    def __init__(self, books: dict[str, Phrasebook], rnd: random.Random) -> None:
        self.books = books
        self.rnd = rnd

    def compose(self, lang: str, tp_key: str, polarity: str, theme: str, channel: str, praise: str) -> str:
        """A comment about `theme` (the complaint for neg/mixed, the praise for pos)."""
        book, r = self.books[lang].data, self.rnd
        if polarity == "mixed":
            # Mostly praise for something else ("客服态度ok但是太慢"), sometimes for this touchpoint.
            goods = book["mixed_good"] if r.random() < 0.85 else self.books[lang].lines(tp_key, "pos", praise, "short")
            good = self._fill(lang, r.choice(goods))
            bad = self._fill(lang, r.choice(self.books[lang].lines(tp_key, "neg", theme, "short")))
            text = r.choice(book["openers"]["mixed"]) + good + r.choice(book["connectors"]) + _lower_first(lang, bad)
            if r.random() < 0.35:
                text = self._end(lang, text) + self._sep(lang) + self._fill(
                    lang, r.choice(self.books[lang].lines(tp_key, "neg", theme, "long")))
        else:
            text = self._body(lang, tp_key, polarity, theme)
        if r.random() < 0.12:
            text += (" " if lang == "en" else "") + r.choice(book["emoji"]["neg" if polarity != "pos" else "pos"])
        text = self._mix_language(lang, text)
        text = self._typo(lang, text)
        wrappers = book["wrappers"]["pos" if polarity == "pos" else "neg"].get(channel, ["{text}"])
        return r.choice(wrappers).replace("{text}", text)

    def _body(self, lang: str, tp_key: str, polarity: str, theme: str) -> str:
        book, r, pb = self.books[lang].data, self.rnd, self.books[lang]
        style = r.random()
        if style < 0.28:
            text = self._fill(lang, r.choice(pb.lines(tp_key, polarity, theme, "short")))
            return text + r.choice(SHORT_ENDINGS[lang])
        opener = r.choice(book["openers"][polarity])
        first = r.choice(pb.lines(tp_key, polarity, theme, "long"))
        text = opener + _lower_first(lang, self._fill(lang, first), after=opener)
        if style > 0.72:
            # A second sentence: either more on the same theme or another theme of the same touchpoint.
            other = r.choice(pb.themes(tp_key, polarity))
            if other.endswith("_android"):
                other = theme
            pool = [x for x in pb.lines(tp_key, polarity, other, "long") + pb.lines(tp_key, polarity, other, "short")
                    if x != first]
            extra = self._end(lang, self._fill(lang, r.choice(pool)))
            text = self._end(lang, text) + self._sep(lang) + extra
            closer = r.choice(book["closers"][polarity])
            if closer:
                text += self._sep(lang) + closer
        return text

    def _fill(self, lang: str, line: str) -> str:
        slots = self.books[lang].data["slots"]
        return SLOT.sub(lambda m: self.rnd.choice(slots[m.group(1)]), line)

    def _end(self, lang: str, text: str) -> str:
        if not text or text[-1] in ".!?。！？…~～":
            return text
        return text + ("." if lang == "en" else "。")

    @staticmethod
    def _sep(lang: str) -> str:
        return " " if lang == "en" else ""

    def _mix_language(self, lang: str, text: str) -> str:
        """Code-switching, e.g. "payment一直失败": swap one word for the other language's."""
        if self.rnd.random() >= (0.12 if lang == "zh" else 0.04):
            return text
        words = [w for w in self.books[lang].data["mix_words"] if w in text]
        if not words:
            return text
        w = self.rnd.choice(words)
        return text.replace(w, self.books[lang].data["mix_words"][w], 1)

    def _typo(self, lang: str, text: str) -> str:
        """Occasional misspellings and slips of the thumb."""
        r = self.rnd
        if r.random() >= (0.10 if lang == "en" else 0.06):
            return text
        typos = self.books[lang].data["typos"]
        found = [w for w in typos if w in text]
        if found:
            w = r.choice(found)
            return text.replace(w, typos[w], 1)
        if lang == "en":
            words = [m for m in re.finditer(r"[a-z]{5,}", text)]
            if words:
                m = r.choice(words)
                i = m.start() + r.randrange(len(m.group()) - 1)
                return text[:i] + text[i + 1] + text[i] + text[i + 2:]
        return text


def _lower_first(lang: str, text: str, after: str = ", ") -> str:
    """Lower-case an English sentence that continues an opener like "Honestly, "."""
    if lang != "en" or not text or not after.endswith((", ", " and ")):
        return text
    if text.startswith(("I ", "I'", "OTP", "SMS", "Android", "WeChat")):
        return text
    return text[0].lower() + text[1:]
