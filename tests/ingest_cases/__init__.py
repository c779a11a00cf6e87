"""Dataset folders for the ingestion tests: a small good company and helpers to break it."""
from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

GOOD: dict[str, str] = {
    "touchpoints.csv": (
        "touchpoint_id,name,name_en,stage,channel,owner_team\n"
        "tp_pay,支付,Payment,购买,app,payments\n"
        "tp_home,首页,Home,认知,web,growth\n"
        "tp_sms,短信验证,SMS code,consideration,app,identity\n"
        "tp_help,客服,Help desk,,phone,service\n"
        "tp_reg,注册,Register,consideration,app,identity\n"
    ),
    "journeys.csv": (
        "journey_id,journey_name,step,touchpoint_id,window_days\n"
        "register,注册流程,1,tp_home,7\n"
        "register,注册流程,2,tp_sms,7\n"
        "register,注册流程,3,tp_reg,7\n"
        "buy,购买流程,1,tp_reg,\n"
        "buy,购买流程,2,tp_pay,\n"
    ),
    "customers.csv": (
        "customer_id,signup_at,segment,region\n"
        "c1,2026-09-01T10:00:00,new,华东\n"
        "c2,2026-09-02 11:30:00,vip,north\n"
    ),
    "events.csv": (
        "event_id,customer_id,ts,touchpoint_id,action,device,campaign\n"
        "e1,c1,2026-10-03T21:14:05,tp_home,view,ios,autumn\n"
        "e2,c1,2026-10-03T21:15:05+08:00,tp_sms,view,ios,\n"
        "e3,c2,2026-10-03T21:16:05Z,tp_reg,submit,pc,=cmd|' /C calc'!A0\n"
        "e4,c2,2026-10-04 08:00:00,tp_pay,success,pc,autumn\n"
    ),
    "orders.csv": (
        "order_id,customer_id,ts,amount,status\n"
        "o1,c2,2026-10-04T08:01:00,129.5,paid\n"
        "o2,c1,2026-10-05T09:00:00,-20,refunded\n"
    ),
    "feedback.csv": (
        "feedback_id,text,ts,customer_id,touchpoint_id,channel,rating,nps\n"
        "f1,验证码一直收不到,2026-10-03T21:20:00,c1,tp_sms,app_review,1,2\n"
        "f2,\"Fast checkout, great\",2026-10-04T08:05:00,c2,tp_pay,survey,5,10\n"
        "f3,\"多行\n评论\",2026-10-04T09:00:00,,,ticket,,\n"
    ),
    "experiments.csv": (
        "experiment_id,variant,customer_id,assigned_at\n"
        "exp_sms,A,c1,2026-10-01\n"
        "exp_sms,B,c2,2026-10-01\n"
    ),
}


def write_folder(folder: Path, files: dict[str, str | bytes | None]) -> Path:
    """Write files (str as UTF-8, bytes as is); a None value means: leave that file out."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        if content is None:
            continue
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


def variant(folder: Path, **changes: str | bytes | None) -> Path:
    """The good dataset with some files replaced (keyword: file name with '.' as '__')."""
    files: dict[str, str | bytes | None] = dict(GOOD)
    for key, value in changes.items():
        files[key.replace("__", ".")] = value
    return write_folder(folder, files)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_rows(db: Path, table: str, order: str = "1") -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
    finally:
        con.close()


def to_parquet(csv_folder: Path, out: Path) -> Path:
    """Convert every CSV of a folder into Parquet (all columns as text, like a typical export)."""
    out.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    try:
        for f in csv_folder.glob("*.csv"):
            con.execute(f"COPY (SELECT * FROM read_csv('{f}', all_varchar=true, header=true)) "
                        f"TO '{out / (f.stem + '.parquet')}' (FORMAT parquet)")
    finally:
        con.close()
    return out
