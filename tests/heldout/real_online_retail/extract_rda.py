"""One-off extraction: the UCI "Online Retail" table as vendored in an R package's .rda -> plain CSV.

    python extract_rda.py RDA_PATH OUT_CSV

RDA_PATH is `data/transaction_data_all.rda` of GitHub maxleungtszchun/customerAnalytics @ 30ec77c1199254a3b38fa7d292172d3e87bd64cb
(bzip2-compressed R serialisation, format 2: one tibble of 541,909 rows x 8 columns). No R and no extra Python package is
needed: this is a minimal reader of R's XDR serialisation for the object types the file holds (pairlists, symbols,
character / double / integer / list vectors with attributes). It writes the eight columns with their original names;
InvoiceDate (POSIXct seconds, tzone "UTC", i.e. the naive UK local time of the UCI file) as `YYYY-MM-DD HH:MM:SS`;
CustomerID as a 5-digit string (empty when missing); Quantity as an integer; UnitPrice as R printed it (repr of the double).
"""
import bz2
import csv
import datetime as dt
import hashlib
import struct
import sys

import numpy as np

RDA_MD5 = "28070b2dfe6351c56bbe2b7869c94a6a"


class _Reader:
    def __init__(self, b):
        if b[:7] != b"RDX2\nX\n":
            raise ValueError("not an XDR RDA (version 2) file")
        self.b, self.p, self.refs = b, 7 + 12, []

    def _int(self):
        v = struct.unpack_from(">i", self.b, self.p)[0]
        self.p += 4
        return v

    def item(self):
        f = self._int()
        t, has_attr, has_tag = f & 0xFF, f & (1 << 9), f & (1 << 10)
        if t == 254:                       # NILVALUE
            return None
        if t == 255:                       # REFSXP
            return self.refs[(f >> 8) - 1]
        if t in (253, 242, 241, 251, 247):  # global/empty/base env, missing arg, base namespace
            return ("special", t)
        if t == 1:                         # SYMSXP
            sym = ("sym", self.item())
            self.refs.append(sym)
            return sym
        if t == 9:                         # CHARSXP
            n = self._int()
            if n == -1:
                return None
            v = self.b[self.p:self.p + n].decode("latin-1" if f & (1 << 14) else "utf-8")  # LATIN1_MASK else UTF-8/ASCII
            self.p += n
            return v
        if t == 2:                         # LISTSXP (pairlist)
            if has_attr:
                self.item()
            tag = self.item() if has_tag else None
            car = self.item()
            cdr = self.item()
            out = [(tag[1] if tag else None, car)]
            if isinstance(cdr, list):
                out += cdr
            return out
        if t in (16, 19, 14, 13, 10):      # STRSXP, VECSXP, REALSXP, INTSXP, LGLSXP
            n = self._int()
            if t in (16, 19):
                v = [self.item() for _ in range(n)]
            elif t == 14:
                v = np.frombuffer(self.b, ">f8", n, self.p).astype("f8")
                self.p += 8 * n
            else:
                v = np.frombuffer(self.b, ">i4", n, self.p).astype("i4")
                self.p += 4 * n
            attr = dict(self.item()) if has_attr else {}
            return ("vec", t, v, attr)
        raise ValueError(f"unsupported R type {t} at byte {self.p}")


def read_rda(path):
    raw = open(path, "rb").read()
    md5 = hashlib.md5(raw).hexdigest()
    if md5 != RDA_MD5:
        raise SystemExit(f"{path}: MD5 {md5}, expected {RDA_MD5} (not the pinned file)")
    r = _Reader(bz2.decompress(raw))
    (name, obj), = r.item()
    if r.p != len(r.b):
        raise SystemExit("trailing bytes after the object: not the expected file")
    _, _, cols, attr = obj
    names = attr["names"][2]
    return name, dict(zip(names, (c[2] for c in cols)))


def main(rda, out):
    name, cols = read_rda(rda)
    assert name == "transaction_data_all", name
    n = len(cols["InvoiceNo"])
    assert n == 541909, n
    epoch = dt.datetime(1970, 1, 1)
    ts = [(epoch + dt.timedelta(seconds=float(s))).strftime("%Y-%m-%d %H:%M:%S") for s in cols["InvoiceDate"]]
    cid = ["" if np.isnan(c) else "%d" % c for c in cols["CustomerID"]]
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"])
        for k in range(n):
            d = cols["Description"][k]
            w.writerow([cols["InvoiceNo"][k], cols["StockCode"][k], "" if d is None else d, "%d" % cols["Quantity"][k],
                        ts[k], repr(float(cols["UnitPrice"][k])), cid[k], cols["Country"][k]])
    print(f"wrote {n} rows to {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
