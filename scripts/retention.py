"""Delete conversations and side-effect reports older than the retention period.

    python scripts/retention.py [--days N] [--dry-run]

N is --days, else the environment variable RETENTION_DAYS, else 90. A conversation is deleted
(every event of it, from the tracker store) when its last event is older than N days; a report
(from the report store, botox_clinic/records.py) when it was recorded more than N days ago and its
conversation is no longer in the tracker store. A report of a conversation still active stays
until the conversation goes: `make reconcile` would otherwise copy it back from the tracker
store as a new report. Prints what it deleted (with --dry-run: what it would delete).

The stores are the ones the servers use (see README, "Production deployment"): the tracker
store from TRACKER_DB_* (PostgreSQL) or var/rasa.db, the reports from REPORTS_DATABASE_URL or
var/reports.db; --tracker-url / --reports-url (SQLAlchemy URLs) override them. Safe to run
while the servers run; deploy/systemd/ has a daily timer.
"""
from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Dict, List, Optional, Set

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from botox_clinic import records  # noqa: E402

DEFAULT_DAYS = 90
BATCH = 200  # conversations per transaction: Rasa keeps writing meanwhile, so no long lock


def retention_days(value: Optional[str]) -> float:
    raw = value if value is not None else os.environ.get("RETENTION_DAYS") or str(DEFAULT_DAYS)
    try:
        days = float(raw)
    except ValueError:
        raise SystemExit(f"retention: days must be a number, not {raw!r}") from None
    if not days >= 1:
        raise SystemExit(f"retention: days must be at least 1, not {raw!r}")
    return days


def _shown(url: str) -> str:
    return sa.engine.make_url(url).render_as_string(hide_password=True)


def _missing_sqlite(url: str) -> bool:
    return url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).exists()


def expire_conversations(cutoff: datetime, url: str, dry_run: bool = False) -> Dict:
    """Delete the events of every conversation whose last event is older than `cutoff`.

    Returns {"conversations": n, "events": m, "active": the conversations kept}."""
    if _missing_sqlite(url):
        return {"conversations": 0, "events": 0, "active": set()}
    engine = sa.create_engine(url, future=True)
    try:
        if not sa.inspect(engine).has_table("events"):
            return {"conversations": 0, "events": 0, "active": set()}
        events = sa.Table("events", sa.MetaData(), autoload_with=engine)
        limit = cutoff.timestamp()  # Rasa's event timestamps are Unix times
        last = sa.func.max(events.c.timestamp)
        with engine.connect() as connection:
            stale: List[str] = list(connection.execute(
                sa.select(events.c.sender_id).group_by(events.c.sender_id).having(last < limit)).scalars())
            active: Set[str] = set(connection.execute(
                sa.select(events.c.sender_id).group_by(events.c.sender_id).having(last >= limit)).scalars())
        removed = 0
        for start in range(0, len(stale), BATCH):
            chunk = stale[start:start + BATCH]
            # events from before the cutoff only: a message arriving meanwhile stays
            where = sa.and_(events.c.sender_id.in_(chunk), events.c.timestamp < limit)
            if dry_run:
                with engine.connect() as connection:
                    removed += connection.execute(sa.select(sa.func.count()).select_from(events).where(where)).scalar()
                continue
            with engine.begin() as connection:
                if engine.dialect.name == "sqlite":
                    connection.exec_driver_sql("PRAGMA secure_delete = ON")  # overwrite, not just unlink
                removed += connection.execute(events.delete().where(where)).rowcount
        if removed and not dry_run and engine.dialect.name == "sqlite":
            # copy the zeroed pages into the file and empty the write-ahead log, if Rasa lets us within
            # 0.1 s (a checkpoint holds back writers while it waits); else SQLite does it later
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA busy_timeout = 100")
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return {"conversations": len(stale), "events": removed, "active": active}
    finally:
        engine.dispose()


def run(days: float, tracker_url: str, reports_url: str, dry_run: bool = False,
        now: Optional[datetime] = None) -> Dict[str, int]:
    cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=days)
    verb = "would delete" if dry_run else "deleted"
    print(f"retention: {days:g} days: conversations whose last message, and reports recorded, before "
          f"{cutoff:%Y-%m-%d %H:%M} UTC{' (dry run: nothing is deleted)' if dry_run else ''}")
    conversations = expire_conversations(cutoff, tracker_url, dry_run=dry_run)
    print(f"conversations: {verb} {conversations['conversations']} ({conversations['events']} events) "
          f"from {_shown(tracker_url)}; {len(conversations['active'])} active kept")
    reports = records.expire(cutoff, keep_conversations=conversations["active"], url=reports_url, dry_run=dry_run)
    kept = f"; kept {reports['kept']} older report(s) of conversations still active" if reports["kept"] else ""
    print(f"reports: {verb} {reports['deleted']} from {_shown(reports_url)}{kept}")
    return {"conversations": conversations["conversations"], "events": conversations["events"],
            "reports": reports["deleted"], "reports_kept": reports["kept"]}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", help=f"retention period in days (default: $RETENTION_DAYS, else {DEFAULT_DAYS})")
    parser.add_argument("--dry-run", action="store_true", help="count what would be deleted, delete nothing")
    parser.add_argument("--tracker-url", help="tracker store (default: as the Rasa server's endpoints)")
    parser.add_argument("--reports-url", help="report store (default: REPORTS_DATABASE_URL or var/reports.db)")
    args = parser.parse_args(argv)
    run(retention_days(args.days), args.tracker_url or records.tracker_url(), args.reports_url or records.reports_url(),
        dry_run=args.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
