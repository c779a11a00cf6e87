"""Convert the real Olist "classified public dataset" (3,584 Brazilian marketplace orders with their reviews) into a DATA.md folder.

    python generate.py OUTDIR

Source (see README.md): `olist_classified_public_dataset.csv` from the first public release of the "Brazilian
E-Commerce Public Dataset by Olist" (Kaggle, 2018, CC BY-NC-SA 4.0): 3,584 orders purchased 2017-02-22 .. 2018-04-11,
each with its customer's review (1-5 stars and a Portuguese comment) and the votes of three Olist analysts who
classified every comment (delivered early, late, partial delivery, other delivery problem, low quality, not as
advertised, return, other order problem, satisfied). Category names are translated with
`product_category_name_translation.csv` from Olist's own repository. Raw files are read from
$OLIST_RAW (default /work/data/olist_classified) if present, else from the local git mirrors at the pinned commits
($HELDOUT_MIRRORS, default /work/.mirror); MD5s are checked. The raw data is NOT committed here.

Conversion (faithful, no invented rows, no sampling; every raw column kept):
- one order = one customer (this release has no customer identifier beyond the order): customers C<id>,
  orders O<id>, feedback R<id>, where <id> is the release's `id` (1..3584) zero-padded.
- orders: ts = order_purchase_timestamp; amount = order_products_value + order_freight_value (BRL);
  status = cancelled for `canceled`, else paid (every order has a payment approval time); raw order_status kept.
- events: tp_order at order_purchase_timestamp; tp_payment_approved at order_aproved_at; tp_delivered at
  order_delivered_customer_date (when present: 117 orders were never delivered); tp_survey_sent at
  review_creation_date (the day the satisfaction survey e-mail was sent); tp_review at review_answer_timestamp.
  Timestamps are naive local (Brazil) except review_answer_timestamp, published with `+00:00`: the offset is
  dropped and the clock time kept as published (so all timestamps are naive).
- feedback: text = review_comment_message (review_comment_title is empty in every row), rating = review_score,
  ts = review answer time, touchpoint tp_review (where the comment was given), channel survey; analyst labels kept
  (raw Portuguese) with English labels added (topic_en, topic_group_en).
- journey order_to_review: tp_order -> tp_payment_approved -> tp_delivered -> tp_review, window 60 days;
  journey order_to_delivery: tp_order -> tp_payment_approved -> tp_delivered, window 30 days.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

RAW = Path(os.environ.get("OLIST_RAW", "/work/data/olist_classified"))
MIRRORS = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror"))
SOURCES = {
    # file: (repo, commit, path in repo, md5)
    "olist_classified_public_dataset.csv": ("xandaVitorio/intro_cd", "01b9e1ead5581a4ae29ad80d50eae2fe9e3698a2",
                                            "olist_classified_public_dataset.csv", "47999cb0842ae6a47003d5df63c72c92"),
    "product_category_name_translation.csv": ("olist/work-at-olist-data", "d9e49802f3e92d09ee94ab9ccc5e457f207a8959",
                                              "datasets/product_category_name_translation.csv",
                                              "4196d142e8f2b9697521fc50c97f626b"),
}

TOUCHPOINTS = [
    # id, name_en, name_zh, stage, channel, kind, owner, aliases
    ("tp_order", "Order placed", "下单", "purchase", "other", "digital", "marketplace",
     "order|purchase|checkout|orders placed|place order|下单|购买|订单|下订单|买"),
    ("tp_payment_approved", "Payment approved", "支付审核通过", "purchase", "other", "digital", "payments",
     "payment approval|approval|approved|payment confirmed|支付审核|付款审核|付款确认|审核通过|支付成功"),
    ("tp_delivered", "Delivered to customer", "签收送达", "service", "other", "physical", "logistics",
     "delivery|delivered|arrival|received the parcel|shipping|送达|签收|配送|收货|到货|物流"),
    ("tp_survey_sent", "Satisfaction survey sent", "满意度调查发送", "loyalty", "email", "digital", "customer_experience",
     "survey sent|review request|review invitation|survey e-mail|评价邀请|调查邮件|发送问卷|邀评"),
    ("tp_review", "Review submitted", "提交评价", "loyalty", "email", "digital", "customer_experience",
     "review|rating|survey answer|feedback|评价|评论|打分|回评|提交评价|问卷回复"),
]

SUBCLASS_EN = {
    "satisfeito": "satisfied", "antes_prazo": "delivered before the estimated date", "atrasado": "late delivery",
    "entrega_parcial": "partial delivery (items missing)", "outro_entrega": "other delivery problem",
    "baixa_qualidade": "low quality", "diferente_do_anunciado": "not as advertised", "devolucao": "return / refund",
    "outro_pedido": "other order problem",
}
CLASS_EN = {"satisfeito_com_pedido": "satisfied with the order", "problemas_de_entrega": "delivery problems",
            "problemas_de_qualidade": "quality problems"}
VOTES = ["votes_antes_prazo", "votes_atrasado", "votes_baixa_qualidade", "votes_devolucao",
         "votes_diferente_do_anunciado", "votes_entrega_parcial", "votes_outro_entrega", "votes_outro_pedido",
         "votes_satisfeito"]


def raw(name: str) -> str:
    repo, commit, path, md5 = SOURCES[name]
    local = RAW / name
    if local.exists():
        blob = local.read_bytes()
    else:
        git_dir = MIRRORS / repo.replace("/", "+") / "repo"
        if not git_dir.exists():
            sys.exit(f"{name} not found: put it in {RAW} or fetch github:{repo} into {git_dir} (commit {commit})")
        blob = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                              check=True, capture_output=True).stdout
    digest = hashlib.md5(blob).hexdigest()
    if digest != md5:
        sys.exit(f"{name} has MD5 {digest}, expected {md5}: not the pinned copy")
    return blob.decode("utf-8")


def ts(v: str) -> str:
    """'2017-08-30 11:55:08.970352' / '2017-09-10 03:27:54+00:00' -> '2017-08-30T11:55:08' ('' stays '')."""
    if not v:
        return ""
    v = v.replace("+00:00", "")
    return v[:19].replace(" ", "T")


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    rows = list(csv.DictReader(io.StringIO(raw("olist_classified_public_dataset.csv"))))
    cat_en = {r["product_category_name"]: r["product_category_name_english"]
              for r in csv.DictReader(io.StringIO(raw("product_category_name_translation.csv").lstrip("\ufeff")))}
    customers, orders, events, feedback = [], [], [], []
    for r in rows:
        n = f"{int(r['id']):04d}"
        cid, oid = f"C{n}", f"O{n}"
        cat = r["product_category_name"]
        amount = round(float(r["order_products_value"]) + float(r["order_freight_value"]), 2)
        status = "cancelled" if r["order_status"] == "canceled" else "paid"
        customers.append([cid, r["customer_state"], r["customer_city"], r["customer_state"],
                          r["customer_zip_code_prefix"]])
        orders.append([oid, cid, ts(r["order_purchase_timestamp"]), f"{amount:.2f}", status, r["order_status"],
                       r["order_products_value"], r["order_freight_value"], r["order_items_qty"],
                       r["order_sellers_qty"], cat, cat_en[cat], ts(r["order_aproved_at"]),
                       ts(r["order_estimated_delivery_date"]), ts(r["order_delivered_customer_date"]),
                       r["customer_state"], r["customer_city"], r["product_name_lenght"],
                       r["product_description_lenght"], r["product_photos_qty"], r["review_score"]])
        extra = [oid, r["customer_state"], cat_en[cat], r["order_status"]]

        def event(suffix: str, when: str, tp: str, action: str) -> None:
            if when:
                events.append([f"{oid}-{suffix}", cid, ts(when), tp, action] + extra)

        event("order", r["order_purchase_timestamp"], "tp_order", "submit")
        event("approved", r["order_aproved_at"], "tp_payment_approved", "success")
        event("delivered", r["order_delivered_customer_date"], "tp_delivered", "success")
        event("survey", r["review_creation_date"], "tp_survey_sent", "sent")
        event("review", r["review_answer_timestamp"], "tp_review", "submit")
        sub, cls = r["most_voted_subclass"], r["most_voted_class"]
        feedback.append([f"R{n}", r["review_comment_message"], ts(r["review_answer_timestamp"]), cid, "tp_review",
                         "survey", r["review_score"], oid, ts(r["review_creation_date"]), sub, cls,
                         SUBCLASS_EN.get(sub, ""), CLASS_EN.get(cls, ""), r["customer_state"], cat_en[cat],
                         r["order_status"]] + [r[v] for v in VOTES])
    events.sort(key=lambda e: (e[2], e[0]))

    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
          [[t[0], t[1], t[2], t[1], t[3], t[4], t[5], t[6], t[7]] for t in TOUCHPOINTS])
    journeys = [("order_to_review", "Order to review", "下单到评价", 60,
                 ["tp_order", "tp_payment_approved", "tp_delivered", "tp_review"]),
                ("order_to_delivery", "Order to delivery", "下单到送达", 30,
                 ["tp_order", "tp_payment_approved", "tp_delivered"])]
    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
          [[j, en, zh, en, i + 1, tp, w] for j, en, zh, w, tps in journeys for i, tp in enumerate(tps)])
    write(out / "customers.csv", ["customer_id", "region", "customer_city", "customer_state", "customer_zip_code_prefix"],
          customers)
    write(out / "orders.csv",
          ["order_id", "customer_id", "ts", "amount", "status", "order_status", "products_value", "freight_value",
           "items_qty", "sellers_qty", "product_category", "product_category_en", "approved_at",
           "estimated_delivery_date", "delivered_at", "customer_state", "customer_city", "product_name_length",
           "product_description_length", "product_photos_qty", "review_score"], orders)
    write(out / "events.csv",
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "order_id", "customer_state",
           "product_category_en", "order_status"], events)
    write(out / "feedback.csv",
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "order_id",
           "survey_sent_at", "analyst_subclass", "analyst_class", "topic_en", "topic_group_en", "customer_state",
           "product_category_en", "order_status"] + VOTES, feedback)
    print(f"wrote {out}: {len(orders)} orders/customers, {len(events)} events, {len(feedback)} feedback")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(sys.argv[1])
