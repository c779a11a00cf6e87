"""Convert the real Tmall store order report of February 2020 (28,010 orders) into a DATA.md folder.

    python generate.py OUTDIR [--raw PATH_TO/tmall_order_report.csv]

Source (see README.md): `Tmall_1111/tmall_order_report.csv` of the public GitHub repository
makisekurisuDDL/Data_analysis (pinned commit below): one row per order of one Tmall shop, 2020-02-01 .. 2020-02-29,
columns 订单编号 (order number 1..28010), 总金额 (order value, yuan), 买家实际支付金额 (what the buyer finally paid,
= order value - refund for paid orders, 0 for unpaid ones), 收货地址 (delivery province), 订单创建时间 (order created),
订单付款时间 (paid at, empty when never paid), 退款金额 (refund amount). Two header names carry a trailing blank
("收货地址 ", "订单付款时间 "), stripped here. We read the file from, in this order: `--raw PATH`, `$TMALL_RAW`,
`/work/raw/tmall_feb2020/`, `raw/` beside this file, or the local git mirror of the repository at the pinned commit
(`$HELDOUT_MIRRORS`, default /work/.mirror). The file is checked by MD5. The raw data is NOT committed here.
Every row is kept; nothing is sampled or cleaned; deterministic (no randomness); < 2 s.

Conversion (faithful; the report has NO buyer id, NO product / category, NO device or channel, NO refund time,
NO reviews):
- orders: one row per order. order_id = the raw 订单编号 ('1'..'28010'); customer_id = 'u' + the order number
  zero-padded to 5 digits ('u00001') - the report has no buyer id, so EACH ORDER IS ITS OWN CUSTOMER;
  ts = 订单创建时间 (as published, naive China local time); amount = 总金额 (order value, yuan);
  status = 'cancelled' when never paid (no 订单付款时间: 未付款, the order closed unpaid), 'refunded' when paid and
  refunded in full (退款金额 = 总金额, 实付 0), 'partially_refunded' when paid and refunded in part (0 < 退款金额 < 总金额),
  else 'paid'. Extra columns: province (收货地址 verbatim, e.g. '广东省', '上海', '广西壮族自治区'), paid_at
  (订单付款时间, empty when unpaid), paid_amount (买家实际支付金额), refund_amount (退款金额).
- customers: one per order (customer_id as above), region = the delivery province verbatim; extra order_id.
- touchpoints (3, derived from the order lifecycle): tp_order_created 提交订单 / Order placed (purchase),
  tp_payment 付款 / Payment (purchase), tp_refund 退款 / Refund (service).
- events: for every order an event at tp_order_created (ts = created, action 'submit'); for every paid order one at
  tp_payment (ts = paid_at, action 'success'); for every order with 退款金额 > 0 one at tp_refund (action 'refund').
  THE REPORT HAS NO REFUND TIME: the refund event carries the payment time (the earliest moment a refund can exist),
  so it counts refunds by order but does not time them. Extra columns: order_id, province, amount (order value),
  refund_amount (refund events only). event_id = order_id + '-created' / '-paid' / '-refund'.
- journeys: order_to_payment 下单支付转化 / Order-to-payment: 1 tp_order_created -> 2 tp_payment, window 1 day
  (the slowest payment came 23.9 h after its order, so the funnel equals the plain paid / created counts).
No feedback, no experiments.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = "makisekurisuDDL/Data_analysis"
COMMIT = "79bdca8acdeed7296b6d21a39feea4afbb23ce99"
PATH = "Tmall_1111/tmall_order_report.csv"
FILE = "tmall_order_report.csv"
MD5 = "29f01b2056f9079c84a097791145af22"  # 28,011 lines (header + 28,010 orders), CRLF, UTF-8
N_ORDERS = 28010
HEADER = ["订单编号", "总金额", "买家实际支付金额", "收货地址", "订单创建时间", "订单付款时间", "退款金额"]

TOUCHPOINTS = [
    # id, name, name_zh, name_en, stage, kind, owner, aliases
    ("tp_order_created", "提交订单", "提交订单", "Order placed", "purchase", "digital", "店铺运营 / store ops",
     "下单|拍下|创建订单|提交订单|生成订单|order created|order placed|place order|checkout|new order"),
    ("tp_payment", "付款", "付款", "Payment", "purchase", "digital", "店铺运营 / store ops",
     "支付|付款成功|已付款|成交|买家付款|pay|payment|paid|payment completed"),
    ("tp_refund", "退款", "退款", "Refund", "service", "digital", "客服售后 / after-sales",
     "售后|退款成功|退货退款|仅退款|after-sales|refund|refunded|money back"),
]


def raw_text(cli: str | None) -> bytes:
    """The raw file (from the first place that has it), checked against its MD5."""
    for cand in [cli, os.environ.get("TMALL_RAW"), f"/work/raw/tmall_feb2020/{FILE}", str(HERE / "raw" / FILE)]:
        if cand and Path(cand).is_dir():
            cand = str(Path(cand) / FILE)
        if cand and Path(cand).exists():
            blob = Path(cand).read_bytes()
            break
    else:
        mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
        if not mirror.exists():
            sys.exit(f"raw file {FILE} not found: pass --raw, set $TMALL_RAW, put it in /work/raw/tmall_feb2020/, or "
                     f"fetch github:{REPO} into {mirror} (commit {COMMIT}, path {PATH})")
        blob = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:{PATH}"],
                              check=True, capture_output=True).stdout
    digest = hashlib.md5(blob).hexdigest()
    if digest != MD5:
        sys.exit(f"{FILE} has MD5 {digest}, expected {MD5}: not the pinned copy of the Tmall order report")
    return blob


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def money(x: str) -> float:
    return round(float(x), 2)


def fmt(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--raw", help="path to tmall_order_report.csv (or its folder)")
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    reader = csv.reader(io.StringIO(raw_text(args.raw).decode("utf-8")))
    header = [h.strip() for h in next(reader)]
    if header != HEADER:
        sys.exit(f"unexpected header {header!r}")

    orders, customers, events = [], [], []
    for row in reader:
        oid, total, paid, prov, created, paid_at, refund = [c.strip() for c in row]
        total, paid, refund = money(total), money(paid), money(refund)
        cid = f"u{int(oid):05d}"
        if not paid_at:
            if paid or refund:
                sys.exit(f"order {oid}: unpaid but paid/refund amount given")
            status = "cancelled"
        else:
            if abs(paid + refund - total) > 0.005:
                sys.exit(f"order {oid}: paid + refund != total")
            if paid_at < created:
                sys.exit(f"order {oid}: paid before created")
            status = "paid" if refund == 0 else ("refunded" if paid == 0 else "partially_refunded")
        orders.append([oid, cid, created, fmt(total), status, prov, paid_at, fmt(paid), fmt(refund)])
        customers.append([cid, prov, oid])
        events.append([f"{oid}-created", cid, created, "tp_order_created", "submit", oid, prov, fmt(total), ""])
        if paid_at:
            events.append([f"{oid}-paid", cid, paid_at, "tp_payment", "success", oid, prov, fmt(total), ""])
        if refund > 0:
            events.append([f"{oid}-refund", cid, paid_at, "tp_refund", "refund", oid, prov, fmt(total), fmt(refund)])
    if len(orders) != N_ORDERS or len({o[0] for o in orders}) != N_ORDERS:
        sys.exit(f"expected {N_ORDERS} distinct orders, got {len(orders)}")
    orders.sort(key=lambda r: (r[2], int(r[0])))
    customers.sort(key=lambda r: r[0])
    events.sort(key=lambda r: (r[2], int(r[5]), r[0]))

    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "kind", "owner", "aliases"],
          [list(t) for t in TOUCHPOINTS])
    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
          [["order_to_payment", "下单支付转化", "下单支付转化", "Order-to-payment", 1, "tp_order_created", 1],
           ["order_to_payment", "下单支付转化", "下单支付转化", "Order-to-payment", 2, "tp_payment", 1]])
    write(out / "customers.csv", ["customer_id", "region", "order_id"], customers)
    write(out / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "province", "paid_at",
                               "paid_amount", "refund_amount"], orders)
    write(out / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "order_id", "province",
                               "amount", "refund_amount"], events)
    print(f"wrote {out}: {len(orders)} orders (= customers), {len(events)} events, {len(TOUCHPOINTS)} touchpoints, "
          f"1 journey")


if __name__ == "__main__":
    main()
