"""Labelled complaint and intent sets for choosing the theme clustering (dev data, never eval data).

Each set is texts, their languages and a gold reason per text. The demo and parallel-pair sets are
built here; the real ones are read from public repositories in the local git mirror (the search
tool's fetch), pinned to the commit they were measured at, and skipped when the mirror lacks them:
- banking77 (PolyAI-LDN/task-specific-datasets @ 57ec275, CC BY 4.0): the 3,080 test queries
  (77 intents) and three samples of 10 train intents with skewed sizes (about 500 messages each);
- operator tweets (isobeldaley/categorising-tweets @ 03e38a9, labelled_data.xlsx, no licence
  stated): 4,387 tweets to four UK mobile operators (Dec 2019) hand-labelled by subject (network,
  customer service, contract, device, broadband, promotion, other) and sentiment; `tweets_neg` is
  the 1,792 the labellers marked negative (customer service 40 %, the closest we have to a slice
  of complaints), `tweets_all` all of them;
- SemEval-2016 ABSA sentences (davidsbatista/Aspect-Based-Sentiment-Analysis @ 1d9c8ec): restaurant
  review sentences (English, Dutch) and laptop review sentences (English) whose negative opinions
  all share one category and which praise nothing; gold = the category (restaurants: entity#attribute;
  laptops: the laptop by attribute, its parts by part). `rest_en+nl` mixes both languages, the Dutch
  marked as a second language for per-language centring (as zh is in the product).
Nothing here is copied into the repository: the files stay in the mirror.
"""
from __future__ import annotations

import csv
import io
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from feedback_parallel import PAIRS  # noqa: E402
from knowledge.demo.texts import Composer, load_phrasebooks  # noqa: E402

MIRROR = Path("/work/.mirror")
BANKING = ("PolyAI-LDN+task-specific-datasets", "57ec275")
TWEETS = ("isobeldaley+categorising-tweets", "03e38a9ce550ebffcb5c4f742182d1fc1b41862e")
ABSA = ("davidsbatista+Aspect-Based-Sentiment-Analysis", "1d9c8ec1131993d924e96676fa212db6b53cb870")
ABSA_DIR = "datasets/ABSA-SemEval2016/Training_Data/"


@dataclass(frozen=True)
class DevSet:
    """Texts with their languages ("zh"/"en") and gold reasons, in one order."""

    name: str
    texts: list[str]
    langs: list[str]
    gold: list[str]


def mirror_file(repo_commit: tuple[str, str], path: str) -> bytes | None:
    """A file of a mirrored repository at the pinned commit, None when the mirror lacks it."""
    repo, commit = repo_commit
    where = MIRROR / repo / "repo"
    if not where.exists():
        return None
    got = subprocess.run(["git", "-C", str(where), "show", f"{commit}:{path}"], capture_output=True)
    return got.stdout if got.returncode == 0 else None


def demo_complaints(n: int = 2400) -> list[tuple[str, str, str]]:
    """(text, gold theme, language) composed from the demo phrase books."""
    books = load_phrasebooks()
    r = random.Random(3)
    comp = Composer(books, r)
    tps = list(books["en"].data["themes"])
    out = []
    for _ in range(n):
        tp = r.choice(tps)
        themes = books["en"].themes(tp, "neg")
        if not themes:
            continue
        th = r.choice(themes)
        lang = "zh" if r.random() < 0.6 else "en"
        praise = books[lang].themes(tp, "pos") or ["x"]
        text = comp.compose(lang, tp, "neg" if r.random() < 0.85 else "mixed", th,
                            r.choice(["survey", "app_review", "social", "ticket", "call_note"]), r.choice(praise))
        out.append((text, f"{tp}/{th}", lang))
    return out


def banking_samples(train: list[dict[str, str]], draws: int = 3) -> list[list[dict[str, str]]]:
    """Per draw, 10 random intents; the intent ranked r keeps 1 / (1 + r/2) of its messages."""
    intents = sorted({b["category"] for b in train})
    out = []
    for seed in range(draws):
        r = random.Random(seed)
        rows: list[dict[str, str]] = []
        for rank, intent in enumerate(r.sample(intents, 10)):
            members = [b for b in train if b["category"] == intent]
            rows += r.sample(members, max(8, int(len(members) / (1 + 0.5 * rank))))
        out.append(rows)
    return out


def pairs_set() -> DevSet:
    """The parallel zh/en pairs: the i-th zh text and the (n+i)-th en text say the same thing."""
    n = len(PAIRS)
    return DevSet("pairs", [p[1] for p in PAIRS] + [p[2] for p in PAIRS], ["zh"] * n + ["en"] * n,
                  [p[0] for p in PAIRS] * 2)


def banking_sets(train_samples: bool = True) -> list[DevSet]:
    """banking77 test queries and, with train_samples, the three 10-intent train samples."""
    out = []
    test = mirror_file(BANKING, "banking_data/test.csv")
    if test is not None:
        rows = list(csv.DictReader(io.StringIO(test.decode("utf-8"))))
        out.append(DevSet("banking77", [r["text"] for r in rows], ["en"] * len(rows), [r["category"] for r in rows]))
    train = mirror_file(BANKING, "banking_data/train.csv") if train_samples else None
    if train is not None:
        rows = list(csv.DictReader(io.StringIO(train.decode("utf-8"))))
        for seed, sample in enumerate(banking_samples(rows)):
            out.append(DevSet(f"bank10.{seed}", [r["text"] for r in sample], ["en"] * len(sample),
                              [r["category"] for r in sample]))
    return out


_XL = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def xlsx_rows(data: bytes) -> list[dict[str, str]]:
    """The first sheet of an .xlsx as dicts keyed by its header row (cell text only; no openpyxl needed)."""
    z = zipfile.ZipFile(io.BytesIO(data))
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        shared = ["".join(t.text or "" for t in si.iter(f"{_XL}t"))
                  for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(f"{_XL}si")]
    rows = []
    for r in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter(f"{_XL}row"):
        row = {}
        for c in r.findall(f"{_XL}c"):
            v = c.find(f"{_XL}v")
            if c.get("t") == "s" and v is not None:
                val = shared[int(v.text or 0)]
            elif c.get("t") == "inlineStr":
                val = "".join(t.text or "" for t in c.iter(f"{_XL}t"))
            else:
                val = v.text or "" if v is not None else ""
            row[re.match(r"[A-Z]+", c.get("r", "A")).group()] = val
        rows.append(row)
    if not rows:
        return []
    head = rows[0]
    return [{head.get(col, col): val for col, val in r.items()} for r in rows[1:]]


def tweet_sets() -> list[DevSet]:
    """The operator tweets: the negative ones and all, gold = subject (lower-cased: a few are mistyped)."""
    data = mirror_file(TWEETS, "labelled_data.xlsx")
    if data is None:
        return []
    rows = [r for r in xlsx_rows(data) if r.get("Subject", "").strip()]
    out = []
    for name, keep in (("tweets_neg", [r for r in rows if r.get("Sentiment") == "0"]), ("tweets_all", rows)):
        out.append(DevSet(name, [r["Tweet Text"] for r in keep], ["en"] * len(keep),
                          [r["Subject"].strip().lower() for r in keep]))
    return out


def _laptop_reason(category: str) -> str:
    # the laptop itself by what about it (quality, performance, price...), its parts by part
    return category if category.startswith("LAPTOP#") else category.split("#")[0]


def absa_negatives(data: bytes, laptop: bool = False) -> list[tuple[str, str]]:
    """(sentence, reason) for sentences whose negative opinions share one category and that praise nothing."""
    out = []
    for s in ET.fromstring(data).iter("sentence"):
        text = (s.findtext("text") or "").strip()
        ops = s.findall(".//Opinion")
        neg = {(_laptop_reason(o.get("category", "")) if laptop else o.get("category", ""))
               for o in ops if o.get("polarity") == "negative"}
        if text and len(neg) == 1 and not any(o.get("polarity") == "positive" for o in ops):
            out.append((text, neg.pop()))
    return out


def absa_sets() -> list[DevSet]:
    """Negative restaurant sentences (en, en+nl) and laptop sentences (en)."""
    files = {k: mirror_file(ABSA, ABSA_DIR + f) for k, f in (
        ("rest", "ABSA16_Restaurants_Train_SB1_v2.xml"), ("laptop", "ABSA16_Laptops_Train_SB1_v2.xml"),
        ("nl", "restaurants_dutch_training.xml"))}
    if any(v is None for v in files.values()):
        return []
    rest, laptop = absa_negatives(files["rest"]), absa_negatives(files["laptop"], laptop=True)
    nl = absa_negatives(files["nl"])
    return [DevSet("rest_en", [t for t, _ in rest], ["en"] * len(rest), [g for _, g in rest]),
            DevSet("laptop_en", [t for t, _ in laptop], ["en"] * len(laptop), [g for _, g in laptop]),
            DevSet("rest_en+nl", [t for t, _ in rest + nl], ["en"] * len(rest) + ["zh"] * len(nl),
                   [g for _, g in rest + nl])]


def all_sets() -> list[DevSet]:
    """Every set available here: demo and pairs always, the mirrored ones when fetched."""
    demo = demo_complaints()
    return ([DevSet("demo", [t for t, _, _ in demo], [lg for _, _, lg in demo], [g for _, g, _ in demo]), pairs_set()]
            + banking_sets() + tweet_sets() + absa_sets())
