"""Cross-lingual themes: parallel zh/en pairs share a theme, names in both languages, no hijacking."""
from __future__ import annotations

import random
import re

import numpy as np
import pytest

from feedback_parallel import PAIRS, PARALLEL_PAIRS
from knowledge.feedback.cluster import join_mutual_neighbours, neighbour_smooth
from knowledge.feedback.embedder import make_embedder
from knowledge.feedback.neutral import LanguageCentring
from knowledge.feedback.theme_labels import Catalogue
from knowledge.feedback.themes import discover_themes

ZH = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def embedder():
    return make_embedder()


@pytest.fixture(scope="module")
def catalogue(embedder):
    return Catalogue(embedder)


def _pair_rows(order_seed: int | None = None) -> list[dict]:
    rows = []
    for i, (_, zh, en) in enumerate(PAIRS):
        rows.append({"feedback_id": f"z{i}", "text": zh, "customer_id": f"cz{i}", "language": "zh"})
        rows.append({"feedback_id": f"e{i}", "text": en, "customer_id": f"ce{i}", "language": "en"})
    if order_seed is not None:
        random.Random(order_seed).shuffle(rows)
    return rows


def _theme_of(ts) -> dict[str, str]:
    return {ts.rows[i]["feedback_id"]: t.key for t in ts.themes for i in t.members}


def test_parallel_pairs_land_in_one_theme(embedder, catalogue) -> None:
    assert len(PAIRS) >= 40
    for seed in (None, 1):
        ts = discover_themes(_pair_rows(seed), embedder=embedder, catalogue=catalogue)
        theme = _theme_of(ts)
        same = sum(theme[f"z{i}"] == theme[f"e{i}"] for i in range(len(PAIRS)))
        assert same / len(PAIRS) >= 0.9, (seed, same)
        # and different pain points do not all collapse into a few themes
        assert len(ts.themes) >= 7


def test_themes_are_named_in_both_languages_with_counts_by_language(embedder, catalogue) -> None:
    ts = discover_themes(_pair_rows(), embedder=embedder, catalogue=catalogue)
    for t in ts.themes:
        assert ZH.search(t.name.zh) and not re.search(r"[A-Za-z]", t.name.zh), t.name
        assert re.fullmatch(r"[A-Za-z' -]+", t.name.en), t.name
        assert sum(t.by_language.values()) == t.comments
        assert min(t.name.support.values()) >= 2
    names = {t.name.en for t in ts.themes} | {t.name.zh for t in ts.themes}
    assert any("code" in n for n in names) and any("验证码" in n for n in names)
    assert any("refund" in n for n in names)


def test_theme_ids_are_stable_across_reindexing(embedder, catalogue) -> None:
    a = discover_themes(_pair_rows(), embedder=embedder, catalogue=catalogue)
    b = discover_themes(_pair_rows(2), embedder=embedder, catalogue=catalogue)
    big_a = {t.key: t.name for t in a.themes if t.comments >= 8}
    keys_b = {t.key for t in b.themes}
    # the same pain points come out under the same ids whatever order the comments were read in
    assert len(set(big_a) & keys_b) >= 0.7 * len(big_a)


def test_two_customers_cannot_rename_a_theme(embedder, catalogue) -> None:
    base = [{"feedback_id": f"s{i}", "text": t, "customer_id": f"c{i}", "language": "zh" if ZH.search(t) else "en"}
            for i, (zh, en) in enumerate(PARALLEL_PAIRS["sms_code"] * 4) for t in (zh, en)]
    before = discover_themes(base, embedder=embedder, catalogue=catalogue, k=1).themes[0].name
    spam = [{"feedback_id": f"x{i}", "text": "verification code call run events call run events 验证码 call run",
             "customer_id": f"spammer{i % 2}", "language": "en"} for i in range(6)]
    after = discover_themes(base + spam, embedder=embedder, catalogue=catalogue, k=1).themes[0].name
    assert "call run" not in after.en and "events" not in after.en
    assert (after.zh, after.en) == (before.zh, before.en)


def test_language_centring_hand_computed() -> None:
    x = np.array([[1.0, 0.0]] * 5 + [[0.0, 1.0]] * 5 + [[0.6, 0.8]] * 2, dtype=np.float32)
    langs = ["zh"] * 5 + ["en"] * 5 + ["mixed"] * 2
    c = LanguageCentring.fit(x, langs)
    assert np.allclose(c.means["zh"], [1, 0]) and np.allclose(c.means["en"], [0, 1])
    assert np.allclose(c.means["mixed"], [0.5, 0.5])
    out = c.transform(x[10:], ["mixed", "mixed"])
    assert np.allclose(out[0], np.array([0.1, 0.3]) / np.linalg.norm([0.1, 0.3]), atol=1e-5)
    # one language only: centred on the slice mean; a tiny slice is left alone
    one = LanguageCentring.fit(x[:10], ["en"] * 10)
    assert np.allclose(one.means["en"], [0.5, 0.5])
    assert LanguageCentring.fit(x[:3], ["zh"] * 3).means == {}


def test_neighbour_smooth_moves_twins_together() -> None:
    x = np.array([[1, 0, 0], [0.9, 0.1, 0], [0, 1, 0], [0.1, 0.9, 0], [0, 0, 1], [0, 0.1, 0.9]], dtype=np.float32)
    out = neighbour_smooth(x, 1)
    # each point is averaged with its one nearest neighbour (its twin), so twins coincide
    assert np.allclose(out[0], out[1], atol=1e-6) and np.allclose(out[2], out[3], atol=1e-6)
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0)


def test_mutual_nearest_neighbours_share_a_cluster() -> None:
    # two groups along axes 0 and 1; points 2 and 3 are each other's nearest neighbour but were put on
    # either side of the boundary; point 5 has no close mutual neighbour and stays where it was
    x = np.array([[1, 0, 0], [0.95, 0.05, 0], [0.6, 0.4, 0.05], [0.58, 0.42, 0.04],
                  [0, 1, 0], [0.05, 0.95, 0], [0, 0, 1]], dtype=np.float32)
    labels = np.array([0, 0, 0, 1, 1, 1, 1])
    out = join_mutual_neighbours(x, labels)
    assert out[2] == out[3] == 0          # their mean is nearer group 0's centre
    assert list(out[[0, 1, 4, 5, 6]]) == [0, 0, 1, 1, 1]
    # below the similarity floor a mutual pair is left alone
    far = np.array([[1, 0], [0, 1], [0.9, 0.1], [0.1, 0.9]], dtype=np.float32)
    split = np.array([0, 1, 1, 0])         # 0 and 2 (0.99 alike) split, as are 1 and 3
    assert list(join_mutual_neighbours(far, split, min_sim=0.999)) == [0, 1, 1, 0]
    joined = join_mutual_neighbours(far, split)
    assert joined[0] == joined[2] and joined[1] == joined[3]


def test_keywords_pull_same_topic_together_across_tone() -> None:
    """Vectors that differ only in tone end up closer once the comments share their content words."""
    from knowledge.feedback.themes import with_keywords
    rng = np.random.default_rng(0)
    x = rng.standard_normal((40, 16)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    docs = [["luggage", "lost", "bag"] if i % 2 else ["delay", "hours", "late"] for i in range(40)]
    z = with_keywords(x, docs, weight=1.0)
    assert z.shape == (40, 16 + min(64, 5))
    assert np.allclose(np.linalg.norm(z, axis=1), 1.0, atol=1e-5)
    same = [float(z[i] @ z[i + 2]) for i in range(0, 38, 2)]
    other = [float(z[i] @ z[i + 1]) for i in range(0, 38, 2)]
    assert min(same) > max(other)
    # no usable words: the vectors are left as they were
    assert with_keywords(x, [[] for _ in range(40)]) is x


def test_keyword_docs_come_from_the_memo_when_present() -> None:
    from knowledge.feedback.keywords import Tokenizer
    from knowledge.feedback.themes import keyword_docs
    memo: dict = {"Lost my bag": ["remembered"]}
    out = keyword_docs(["Lost my bag", "Flight delayed again"], Tokenizer(), memo)
    assert out[0] == ["remembered"]
    assert "delayed" in out[1] and memo["Flight delayed again"] == out[1]


def test_clustering_runs_blas_on_one_thread() -> None:
    from threadpoolctl import threadpool_info

    from knowledge.feedback.cluster import one_blas_thread
    with one_blas_thread():
        blas = [p for p in threadpool_info() if p["user_api"] == "blas"]
        assert blas and all(p["num_threads"] == 1 for p in blas)


def test_zh_and_en_names_of_a_theme_never_say_different_things(catalogue) -> None:
    from knowledge.feedback.theme_labels import name_themes
    texts, customers, labels = [], [], []
    groups = [(["真的不推荐", "不推荐，不推荐"], ["the agent was polite", "agent was polite and kind"]),
              (["物流太慢了", "物流太慢，等了一周"], ["shipping was so slow", "shipping was slow again"])]
    for k, (zh, en) in enumerate(groups):
        for i in range(4):
            texts.append(zh[i % 2]); customers.append(f"z{k}{i}"); labels.append(k)
        for i in range(6):
            texts.append(en[i % 2]); customers.append(f"e{k}{i}"); labels.append(k)
    names = name_themes(texts, customers, np.array(labels), catalogue=catalogue)
    polite = names[0]
    assert "polite" in polite.en and "推荐" not in polite.zh, polite
    assert polite.source["zh"] in ("catalogue", "other_language")
    # phrases that agree are both kept
    assert "物流" in names[1].zh and "shipping" in names[1].en, names[1]


def test_complaint_themes_are_named_from_the_complaining_clauses() -> None:
    from knowledge.feedback.themes import tone_texts
    memo: dict = {}
    got = tone_texts(["The agent was polite but nothing was fixed", "骑手很准时，但是菜都凉了", "Great app, love it"],
                     "negative", memo)
    assert "polite" not in got[0] and "fixed" in got[0]
    assert "准时" not in got[1] and "凉" in got[1]
    assert got[2] == "Great app, love it"            # nothing complains: the comment stays whole
    assert memo["Great app, love it"] == got[2]
    # a clause before "but" that a lexicon reads as neutral does not name a complaint either
    mixed = tone_texts(["Mixed feelings. Agent was polite, but payment keeps failing"], "negative")[0]
    assert "polite" not in mixed and "payment keeps failing" in mixed
    praise = tone_texts(["骑手很准时，但是菜都凉了"], "positive")
    assert "准时" in praise[0] and "凉" not in praise[0]


def test_small_lsa_is_the_same_every_time() -> None:
    """Nearly full-rank truncated SVDs (ARPACK) differ from call to call; themes must not."""
    from knowledge.feedback.lsa import lsa_vectors
    rng = random.Random(4)
    words = [f"w{i}" for i in range(30)]
    docs = [rng.sample(words, 4) for _ in range(45)]
    first = lsa_vectors(docs, dims=64)
    assert first.shape == (45, 29)
    for _ in range(5):
        assert np.array_equal(lsa_vectors(docs, dims=64), first)


def _one_theme_names(texts_by_customer: list[str], catalogue, embedder, lang: str = "en"):
    from knowledge.feedback.theme_labels import name_themes
    customers = [f"c{i}" for i in range(len(texts_by_customer))]
    # a second, unrelated theme so that phrases have to be distinctive
    other = ["The app crashes when I open the map", "App keeps crashing on start",
             "Crashes every time I upload a photo", "The app crashed twice today"]
    texts = list(texts_by_customer) + other
    customers += [f"o{i}" for i in range(len(other))]
    labels = np.array([0] * len(texts_by_customer) + [1] * len(other))
    langs = [lang] * len(texts)
    return name_themes(texts, customers, labels, catalogue=catalogue,
                       vectors=embedder.embed_documents(texts), languages=langs)[0]


def test_a_theme_is_named_by_a_phrase_that_says_what_happened(embedder, catalogue) -> None:
    """Not by the most frequent single word ("hours", "flight"): by a multi-word phrase customers used."""
    texts = ["My flight was delayed for 5 hours with no explanation", "Flight was delayed again, 3 hours at the gate",
             "Sat for hours because the flight was delayed", "The flight was delayed and nobody told us why",
             "Hours of waiting at the gate, what a joke", "Four hours late, flight delayed, missed my meeting"]
    name = _one_theme_names(texts, catalogue, embedder)
    assert " " in name.en and "delayed" in name.en, name
    assert name.source["en"] in ("comments", "catalogue") and name.support["en"] >= 3, name
    # the English-only theme's Chinese name is the catalogue's translation, never a made-up one
    assert name.zh == "航班延误" and name.source["zh"] == "catalogue", name


def test_a_catalogue_entry_that_adds_a_claim_is_no_translation(embedder, catalogue) -> None:
    """"cabin crew" is not "great cabin crew", "flight" not "overbooked flight": no loose translation."""
    from knowledge.feedback.keywords import Tokenizer
    got = catalogue.translate(["flight", "cabin crew", "flight was delayed", "customer service"], "en", Tokenizer())
    assert got[0] != "超售" and got[1] not in ("空乘服务好", "空乘态度差")
    assert got[2] == "航班延误"
    assert got[3] not in ("客服很耐心", "客服态度差", "客服回复慢")


def test_an_english_only_theme_without_a_catalogue_match_says_so(embedder, catalogue) -> None:
    """No entry says the same thing: the zh name is the English phrase, marked as such, not a guess."""
    texts = ["They would not allow my small dog in the cabin", "Not allowed to bring my dog in the cabin",
             "Why is no dog in the cabin allowed on this route", "Wanted my dog in the cabin, refused at the gate",
             "Service dog in the cabin was questioned rudely"]
    name = _one_theme_names(texts, catalogue, embedder)
    assert "dog" in name.en and name.support["en"] >= 3, name
    assert name.zh == name.en and name.source["zh"] == "other_language", name


def test_a_phrase_that_says_what_happened_beats_a_close_topic_word() -> None:
    """"flight was delayed" over "hours", unless the word fits the theme clearly better or few use the phrase."""
    from knowledge.feedback.theme_labels import _by_meaning
    cands = [("hours", 40), ("flight was delayed", 12), ("gate", 30)]
    got = _by_meaning(cands, "en", np.array([0.40, 0.38, 0.20]), customers=100)
    assert got[0][0] == "flight was delayed"
    # a word that fits far better keeps the name; so does one when the phrase is a lone customer's
    assert _by_meaning(cands, "en", np.array([0.70, 0.38, 0.20]), customers=100)[0][0] == "hours"
    assert _by_meaning([("hours", 40), ("flight was delayed", 1)], "en", np.array([0.40, 0.38]), 100)[0][0] == "hours"
    zh = _by_meaning([("延误", 30), ("航班延误", 9)], "zh", np.array([0.40, 0.38]), customers=60)
    assert zh[0][0] == "航班延误"


def test_a_catalogue_name_needs_a_consensus_of_the_themes_customers(embedder, catalogue) -> None:
    """An entry closest on average is not enough: most of a mixed theme's customers must say it."""
    from knowledge.feedback.theme_labels import _consensus
    tight = ["Comcast data cap is unfair", "Data caps on my internet plan", "Complaint about the data usage cap",
             "Comcast imposed a 300GB data cap", "New data cap overage charges"]
    mixed = ["The modem light keeps blinking", "Technician was rude", "Bill went up again", "My remote does not work",
             "Channels missing from my package", "Online chat kept disconnecting", "Comcast data cap is unfair"]
    texts = tight + mixed
    labels = np.array([0] * len(tight) + [1] * len(mixed))
    got = _consensus(catalogue, embedder.embed_documents(texts), ["en"] * len(texts),
                     [f"c{i}" for i in range(len(texts))], labels, [0, 1], 3)
    assert 0 in got and got[0][0].en == "data cap" and got[0][1] >= 3
    assert 1 not in got


def test_a_retweeted_meme_cannot_name_a_theme() -> None:
    """Six customers retweeting "fleets on fleek" are one text: the name comes from what several people wrote."""
    from knowledge.feedback.theme_labels import name_themes
    meme = [f"RT @jokes: Fleets on fleek{'!' * i}" for i in range(6)]
    seats = ["The seat was broken and would not recline", "Broken seat for the whole flight to Denver",
             "My seat was broken again on this plane", "Seat broken, tray table too"]
    crashes = ["The app crashes when I open the map", "App keeps crashing on start",
               "Crashes every time I upload a photo", "The app crashed twice today"]
    texts = meme + seats + crashes
    labels = np.array([0] * (len(meme) + len(seats)) + [1] * len(crashes))
    name = name_themes(texts, [f"c{i}" for i in range(len(texts))], labels)[0]
    assert "fleek" not in name.en and "fleets" not in name.en, name
    assert "seat" in name.en or "broken" in name.en, name


def test_a_negated_catalogue_entry_is_no_translation(catalogue) -> None:
    """"没有回电" (no call back) says the opposite of "call back"; a negation must be in both or neither."""
    from knowledge.feedback.keywords import Tokenizer
    from knowledge.feedback.theme_labels import negated
    tok = Tokenizer()
    assert catalogue.translate(["call back"], "en", tok) != ["没有回电"]
    assert catalogue.translate(["no call back"], "en", tok) == ["没有回电"]
    assert catalogue.translate(["回电"], "zh", tok) != ["no call back"]
    assert negated("验证码收不到", "zh") and negated("can't log in", "en") and negated("never arrived", "en")
    assert not negated("call back", "en") and not negated("回电", "zh")


def test_no_two_themes_share_a_name() -> None:
    """Two clusters whose best phrase is the same: the better-backed keeps it, the other says what else it is."""
    from knowledge.feedback.theme_labels import name_themes
    a = ["Payment failed at checkout", "Payment failed twice at checkout", "Payment failed, checkout froze",
         "Checkout says payment failed", "Payment failed again at checkout"]
    b = ["Payment failed and the card was declined", "Card declined, payment failed", "Payment failed, card declined",
         "My card was declined"]
    c = ["The app crashes when I open the map", "App keeps crashing on start", "Crashes every time I upload a photo",
         "The app crashed twice today", "App crashed during login", "Crashing all the time", "App crash on map",
         "It crashes", "Crashes on start", "Map crashes the app"]
    texts = a + b + c
    labels = np.array([0] * len(a) + [1] * len(b) + [2] * len(c))
    names = name_themes(texts, [f"c{i}" for i in range(len(texts))], labels)
    ens = [n.en for n in names.values()]
    assert len(set(ens)) == len(ens), ens
    assert "payment failed" in names[0].en and ("card" in names[1].en or "declined" in names[1].en), ens


def test_clusters_named_alike_in_one_language_merge_and_a_fixed_k_numbers_them() -> None:
    """Left alike in zh or en (both "other"): one theme when k is free; numbered when k was asked for."""
    from knowledge.feedback.theme_labels import ThemeName
    from knowledge.feedback.themes import Theme, _dedupe_names, merge_same_names
    src, sup = {"zh": "none", "en": "none"}, {"zh": 0, "en": 0}
    names = {0: ThemeName("支付失败", "payment failed", src, sup), 1: ThemeName("其他", "other", src, sup),
             2: ThemeName("其他", "crashes", src, sup), 3: ThemeName("闪退", "Crashes ", src, sup)}
    assert list(merge_same_names(np.array([0, 1, 2, 3]), names)) == [0, 1, 1, 1]
    themes = [Theme(n.key, n, np.arange(5 - c), np.zeros(2), 1) for c, n in names.items()]
    _dedupe_names(themes)
    assert len({t.name.zh for t in themes}) == 4 and len({t.name.en.lower().strip() for t in themes}) == 4
    assert len({t.key for t in themes}) == 4 and themes[2].name.zh == "其他（2）"


def test_a_single_word_yields_to_a_phrase_that_contains_it() -> None:
    """"plane" names nothing when "plane was filthy" is a candidate (every candidate has the support a name needs)."""
    from knowledge.feedback.theme_labels import _words_yield
    ranked = [("plane", 30, 0.50), ("seats", 12, 0.40), ("plane was filthy", 6, 0.30), ("old plane", 4, 0.20)]
    got = _words_yield(ranked, "en")
    assert got[0] == ("plane was filthy", 6, 0.50) and [r[0] for r in got[1:]] == ["seats", "old plane"]
    assert _words_yield([("座位", 9, 0.5), ("座位很脏", 4, 0.2)], "zh")[0][0] == "座位很脏"
    assert _words_yield([("hours", 9, 0.5), ("flight was delayed", 4, 0.2)], "en")[0][0] == "hours"
