"""The durable record of side-effect reports, for the clinic's staff.

Every triaged report (conversation id, channel, time, level, symptoms, the patient's
words) is written to one SQL table before the triage action replies. The store is an
SQLite file by default and any SQLAlchemy URL (PostgreSQL) through REPORTS_DATABASE_URL.
If the action server or this database was down, `reconcile` recovers the missed reports
from Rasa's tracker store, whose events keep every message and the intent it got.

    python -m botox_clinic.records list [--days 7] [--level urgent]
    python -m botox_clinic.records reconcile

Reports past the retention period are deleted by `expire` (scripts/retention.py).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Collection, Dict, Iterable, List, Optional

import re

import sqlalchemy as sa

PROJECT_ROOT = Path(__file__).resolve().parent.parent
REPORT_INTENTS = {"report_emergency": "emergency", "report_urgent": "urgent", "report_routine": "routine"}

metadata = sa.MetaData()
reports = sa.Table(
    "symptom_reports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("conversation_id", sa.String(255), nullable=False),
    sa.Column("channel", sa.String(64)),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("message_ts", sa.Float, nullable=False),  # the patient's message, as in the tracker
    sa.Column("level", sa.String(16), nullable=False),
    sa.Column("symptoms", sa.Text),
    sa.Column("time_since_treatment", sa.String(64)),
    sa.Column("patient_text", sa.Text),
    sa.Column("source", sa.String(16), nullable=False, default="action"),
    sa.Column("language", sa.String(8)),  # the patient's language: en, es, or both when unclear
    sa.UniqueConstraint("conversation_id", "message_ts", name="uq_report_message"),
)

_WS = re.compile(r"\s+")


def clean(text: str) -> str:
    """The patient's words as stored for staff: whitespace folded, at most 2,000 characters."""
    return _WS.sub(" ", text or "").strip()[:2000]


def _sqlite_url(relative: str) -> str:
    return f"sqlite:///{PROJECT_ROOT / relative}"


def reports_url() -> str:
    return os.environ.get("REPORTS_DATABASE_URL") or _sqlite_url("var/reports.db")


def tracker_url() -> str:
    """The tracker store's database, as endpoints.yml / endpoints.postgres.yml configure it."""
    if os.environ.get("TRACKER_DATABASE_URL"):
        return os.environ["TRACKER_DATABASE_URL"]
    if os.environ.get("TRACKER_DB_HOST"):
        env = os.environ
        return str(sa.engine.URL.create(
            "postgresql", username=env.get("TRACKER_DB_USER"), password=env.get("TRACKER_DB_PASSWORD"),
            host=env["TRACKER_DB_HOST"], port=int(env.get("TRACKER_DB_PORT") or 5432), database=env.get("TRACKER_DB_NAME"),
        ))
    return _sqlite_url("var/rasa.db")


@lru_cache(maxsize=8)
def engine(url: str) -> sa.engine.Engine:
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
    created = sa.create_engine(url, future=True, pool_pre_ping=True)
    metadata.create_all(created)
    _add_missing_columns(created)
    return created


def _add_missing_columns(created: sa.engine.Engine) -> None:
    """Bring a table made by an earlier version up to date (columns are only ever added, nullable)."""
    existing = {c["name"] for c in sa.inspect(created).get_columns(reports.name)}
    with created.begin() as connection:
        for column in reports.columns:
            if column.name not in existing:
                kind = column.type.compile(dialect=created.dialect)
                connection.execute(sa.text(f"ALTER TABLE {reports.name} ADD COLUMN {column.name} {kind}"))


def record(
    *, conversation_id: str, channel: Optional[str], level: str, symptoms: Iterable[str], patient_text: str,
    message_ts: float, time_since_treatment: Optional[str] = None, source: str = "action",
    url: Optional[str] = None, language: Optional[str] = None,
) -> int:
    """Write one report and return its id; the same message recorded twice keeps one row."""
    row = dict(
        conversation_id=conversation_id, channel=channel or "unknown", level=level,
        symptoms=", ".join(symptoms), patient_text=patient_text, message_ts=float(message_ts),
        time_since_treatment=time_since_treatment, source=source, created_at=datetime.now(timezone.utc),
        language=language,
    )
    with engine(url or reports_url()).begin() as connection:
        existing = connection.execute(
            sa.select(reports.c.id).where(
                reports.c.conversation_id == conversation_id, reports.c.message_ts == float(message_ts)
            )
        ).scalar()
        if existing is not None:
            return int(existing)
        return int(connection.execute(reports.insert().values(**row)).inserted_primary_key[0])


def recent(days: float = 7, level: Optional[str] = None, url: Optional[str] = None) -> List[Dict]:
    since = datetime.now(timezone.utc) - timedelta(days=days)
    query = sa.select(reports).where(reports.c.created_at >= since).order_by(reports.c.created_at.desc())
    if level:
        query = query.where(reports.c.level == level)
    with engine(url or reports_url()).connect() as connection:
        return [dict(r._mapping) for r in connection.execute(query)]


def reconcile(tracker: Optional[str] = None, url: Optional[str] = None) -> int:
    """Copy reports that reached the tracker store but not this table; return how many."""
    source = sa.create_engine(tracker or tracker_url(), future=True)
    events = sa.Table("events", sa.MetaData(), autoload_with=source)
    query = sa.select(events.c.sender_id, events.c.timestamp, events.c.intent_name, events.c.data).where(
        events.c.type_name == "user", events.c.intent_name.in_(sorted(REPORT_INTENTS))
    )
    added = 0
    target = engine(url or reports_url())
    with source.connect() as connection:
        rows = connection.execute(query).all()
    with target.connect() as connection:
        known = {(r.conversation_id, round(r.message_ts, 6)) for r in connection.execute(
            sa.select(reports.c.conversation_id, reports.c.message_ts))}
    for sender_id, timestamp, intent_name, data in rows:
        if (sender_id, round(float(timestamp), 6)) in known:
            continue
        event = json.loads(data or "{}")
        entities = (event.get("parse_data") or {}).get("entities") or []
        record(
            conversation_id=sender_id, channel=event.get("input_channel"), level=REPORT_INTENTS[intent_name],
            symptoms=[e["value"] for e in entities if e.get("entity") == "symptom"],
            time_since_treatment=next((e["value"] for e in entities if e.get("entity") == "time_since_treatment"), None),
            patient_text=event.get("text") or "", message_ts=float(timestamp), source="reconciled", url=url,
        )
        added += 1
    return added


def expire(cutoff: datetime, keep_conversations: Collection[str] = (), url: Optional[str] = None,
           dry_run: bool = False, batch: int = 500) -> Dict[str, int]:
    """Delete the reports recorded before `cutoff`, except those of `keep_conversations`.

    `keep_conversations` are the conversations the tracker store still holds (active within the
    retention period): `reconcile` would copy their reports back from it, as new. A report goes
    with its conversation. Returns {"deleted": n, "kept": m}, m the reports older than `cutoff`
    kept that way; a dry run deletes nothing and returns what it would delete. In SQLite the
    deleted rows are overwritten with zeros (secure_delete), not just unlinked.
    """
    url = url or reports_url()
    cutoff = cutoff.astimezone(timezone.utc) if cutoff.tzinfo else cutoff.replace(tzinfo=timezone.utc)
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists():
        return {"deleted": 0, "kept": 0}
    keep = set(keep_conversations)
    created = engine(url)
    with created.connect() as connection:
        old = connection.execute(sa.select(reports.c.id, reports.c.conversation_id)
                                 .where(reports.c.created_at < cutoff)).all()
    doomed = [row.id for row in old if row.conversation_id not in keep]
    if not dry_run:
        for start in range(0, len(doomed), batch):  # short transactions: the action server keeps writing
            with created.begin() as connection:
                if created.dialect.name == "sqlite":
                    connection.exec_driver_sql("PRAGMA secure_delete = ON")
                connection.execute(reports.delete().where(reports.c.id.in_(doomed[start:start + batch])))
    return {"deleted": len(doomed), "kept": len(old) - len(doomed)}


def _format(row: Dict) -> str:
    when = row["created_at"]
    when = when.strftime("%Y-%m-%d %H:%M") if hasattr(when, "strftime") else str(when)
    text = (row["patient_text"] or "").replace("\n", " ")
    return (f"#{row['id']:<5} {when}  {row['level'].upper():9} {row['channel']:<10} {row.get('language') or '-':4} "
            f"{row['conversation_id'][:20]:<20} "
            f"{row['symptoms'] or '-'} | {row['time_since_treatment'] or '-'} | \"{text[:120]}\"")


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m botox_clinic.records", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    listing = sub.add_parser("list", help="recent reports, newest first")
    listing.add_argument("--days", type=float, default=7)
    listing.add_argument("--level", choices=["emergency", "urgent", "routine"])
    sub.add_parser("reconcile", help="recover reports from the tracker store")
    args = parser.parse_args(argv)
    if args.command == "reconcile":
        print(f"reconciled {reconcile()} report(s) from the tracker store into {reports_url()}")
        return 0
    rows = recent(days=args.days, level=args.level)
    print(f"{len(rows)} report(s) in the last {args.days:g} day(s) ({reports_url()}):")
    for row in rows:
        print(_format(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
