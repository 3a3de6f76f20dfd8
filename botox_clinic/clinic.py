"""The clinic's details: loading and validating `clinic.yml`, and opening hours.

`clinic.yml` is the one place the clinic's name, phones, hours, timezone, emergency
number and booking link live. This module owns reading it (with an error that names the
bad key), answering "is the clinic open now?", and rendering the values as Rasa slots so
that static responses (which must work with the action server down) carry them.

    python -m botox_clinic.clinic check            # validate clinic.yml
    python -m botox_clinic.clinic render-domain build/domain
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import Dict, List, Optional, Tuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = PROJECT_ROOT / "clinic.yml"
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAYS_ES = dict(zip(DAYS, ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")))
REQUIRED = ("name", "phone", "after_hours_phone", "emergency_number", "timezone", "booking_url", "hours")
_PHONE = re.compile(r"^\+?\(?[0-9][0-9 ()./-]{1,24}$")
_HOURS = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$")


class ClinicConfigError(ValueError):
    """clinic.yml is missing, unreadable, or has a bad value; the message names the key."""


@dataclass(frozen=True)
class Clinic:
    name: str
    phone: str
    after_hours_phone: str
    emergency_number: str
    timezone: str
    booking_url: str
    hours: Dict[str, Optional[Tuple[time, time]]]

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def is_open(self, now: Optional[datetime] = None) -> bool:
        """True when `now` (default: this moment) falls inside today's opening hours."""
        local = (now or datetime.now(self.tz)).astimezone(self.tz)
        span = self.hours[DAYS[local.weekday()]]
        return span is not None and span[0] <= local.time() < span[1]

    def hours_text(self, language: str = "en") -> str:
        """Opening hours in one short line, consecutive days with equal hours grouped.

        language: "en" ("Mon-Wed 8:30am-5pm, Sun closed") or "es" ("lun-mié 8:30-17:00, dom cerrado").
        """
        spanish = language == "es"
        groups: List[Tuple[str, str, str]] = []
        for day in DAYS:
            span = self.hours[day]
            if span is None:
                label = "cerrado" if spanish else "closed"
            else:
                label = f"{_clock24(span[0])}-{_clock24(span[1])}" if spanish else f"{_clock(span[0])}-{_clock(span[1])}"
            if groups and groups[-1][2] == label:
                groups[-1] = (groups[-1][0], day, label)
            else:
                groups.append((day, day, label))
        parts = []
        names = DAYS_ES if spanish else {d: d[:3].title() for d in DAYS}
        for first, last, label in groups:
            days = names[first] if first == last else f"{names[first]}-{names[last]}"
            parts.append(f"{days} {label}")
        return ", ".join(parts)

    def slot_values(self) -> Dict[str, str]:
        """The values responses use as {clinic_name}, {clinic_phone}, ..."""
        return {
            "clinic_name": self.name,
            "clinic_phone": self.phone,
            "clinic_after_hours_phone": self.after_hours_phone,
            "emergency_number": self.emergency_number,
            "booking_url": self.booking_url,
            "clinic_hours": self.hours_text(),
            "clinic_hours_es": self.hours_text("es"),
        }


def _clock24(value: time) -> str:
    return f"{value.hour}:{value.minute:02d}"


def _clock(value: time) -> str:
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{hour}{suffix}" if value.minute == 0 else f"{hour}:{value.minute:02d}{suffix}"


def _text(raw: dict, key: str) -> str:
    value = raw.get(key)
    if not isinstance(value, (str, int)) or not str(value).strip():
        raise ClinicConfigError(f"clinic.yml: '{key}' must be a non-empty text value")
    return str(value).strip()


def _phone(raw: dict, key: str) -> str:
    value = _text(raw, key)
    if not _PHONE.match(value):
        raise ClinicConfigError(f"clinic.yml: '{key}' is not a phone number: {value!r}")
    return value


def _hours(raw: dict) -> Dict[str, Optional[Tuple[time, time]]]:
    table = raw.get("hours")
    if not isinstance(table, dict):
        raise ClinicConfigError("clinic.yml: 'hours' must map each weekday to 'HH:MM-HH:MM' or 'closed'")
    unknown = set(table) - set(DAYS)
    if unknown:
        raise ClinicConfigError(f"clinic.yml: 'hours.{sorted(unknown)[0]}' is not a weekday")
    result: Dict[str, Optional[Tuple[time, time]]] = {}
    for day in DAYS:
        value = table.get(day)
        if value is None or str(value).strip().lower() == "closed":
            result[day] = None
            continue
        match = _HOURS.match(str(value).strip())
        if not match:
            raise ClinicConfigError(f"clinic.yml: 'hours.{day}' must be 'HH:MM-HH:MM' or 'closed', not {value!r}")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        opens, closes = time(h1, m1), time(h2, m2)
        if closes <= opens:
            raise ClinicConfigError(f"clinic.yml: 'hours.{day}' closes before it opens: {value!r}")
        result[day] = (opens, closes)
    return result


def parse(raw: object) -> Clinic:
    """Validate the parsed YAML of clinic.yml and build a Clinic."""
    if not isinstance(raw, dict):
        raise ClinicConfigError("clinic.yml: expected a mapping of keys to values")
    unknown = set(raw) - set(REQUIRED)
    if unknown:
        raise ClinicConfigError(f"clinic.yml: unknown key '{sorted(unknown)[0]}'")
    for key in REQUIRED:
        if key not in raw:
            raise ClinicConfigError(f"clinic.yml: missing key '{key}'")
    timezone = _text(raw, "timezone")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ClinicConfigError(f"clinic.yml: 'timezone' is not a known time zone: {timezone!r}") from None
    booking_url = _text(raw, "booking_url")
    if not re.match(r"^https?://\S+$", booking_url):
        raise ClinicConfigError(f"clinic.yml: 'booking_url' must start with http:// or https://: {booking_url!r}")
    return Clinic(
        name=_text(raw, "name"),
        phone=_phone(raw, "phone"),
        after_hours_phone=_phone(raw, "after_hours_phone"),
        emergency_number=_phone(raw, "emergency_number"),
        timezone=timezone,
        booking_url=booking_url,
        hours=_hours(raw),
    )


def load(path: Optional[os.PathLike] = None) -> Clinic:
    """Load clinic.yml from `path`, $CLINIC_CONFIG, or the project root."""
    target = Path(path or os.environ.get("CLINIC_CONFIG") or DEFAULT_PATH)
    try:
        raw = yaml.safe_load(target.read_text(encoding="utf-8"))
    except OSError as error:
        raise ClinicConfigError(f"clinic.yml: cannot read {target}: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise ClinicConfigError(f"clinic.yml: not valid YAML ({target}): {error}") from None
    return parse(raw)


def render_domain(clinic: Clinic, target_dir: Path) -> Path:
    """Write the training domain: domain.yml and content/*.yml (linked) plus slots holding the clinic's values."""
    target_dir.mkdir(parents=True, exist_ok=True)
    sources = {"domain.yml": PROJECT_ROOT / "domain.yml"}
    sources.update({f"content_{path.name}": path for path in content_files()})
    for stale in target_dir.glob("content_*.yml"):
        if stale.name not in sources:
            stale.unlink()
    for name, source in sources.items():
        link = target_dir / name
        if not link.is_symlink():
            if link.exists():
                link.unlink()
            link.symlink_to(os.path.relpath(source, target_dir))
    out = target_dir / "clinic_slots.yml"
    header = "# Generated from clinic.yml by `python -m botox_clinic.clinic render-domain`; do not edit.\n"
    out.write_text(header + yaml.safe_dump(clinic_slots(clinic), sort_keys=True), encoding="utf-8")
    return out


def clinic_slots(clinic: Clinic) -> Dict:
    """The domain part that holds the clinic's values: {"version": "3.1", "slots": {clinic_phone: {...}, ...}},
    text slots with the values as initial values, not influencing the conversation."""
    slots = {
        name: {
            "type": "text",
            "initial_value": value,
            "influence_conversation": False,
            "mappings": [{"type": "custom"}],
        }
        for name, value in clinic.slot_values().items()
    }
    return {"version": "3.1", "slots": slots}


def content_files() -> List[Path]:
    """Every answer file (content/*.yml): the responses of the domain."""
    return sorted((PROJECT_ROOT / "content").glob("*.yml"))


def main(argv: List[str]) -> int:
    command = argv[0] if argv else "check"
    try:
        clinic = load()
    except ClinicConfigError as error:
        print(error, file=sys.stderr)
        return 2
    if command == "render-domain":
        print(f"wrote {render_domain(clinic, Path(argv[1] if len(argv) > 1 else 'build/domain'))}")
    else:
        print(f"clinic.yml is valid: {clinic.name}, {clinic.phone}, {clinic.hours_text()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
