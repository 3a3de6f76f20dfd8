"""clinic.yml: validation names the bad key; opening hours decide which phone the patient gets."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import yaml

from botox_clinic import clinic

ROOT_CONFIG = yaml.safe_load(clinic.DEFAULT_PATH.read_text())


def config(**changes):
    raw = {**ROOT_CONFIG, "hours": dict(ROOT_CONFIG["hours"])}
    for key, value in changes.items():
        if value is None:
            raw.pop(key)
        else:
            raw[key] = value
    return raw


def test_the_shipped_clinic_yml_is_valid():
    loaded = clinic.load()
    assert loaded.phone == ROOT_CONFIG["phone"] and loaded.emergency_number == "911"


@pytest.mark.parametrize("changes, key", [
    ({"phone": None}, "'phone'"),
    ({"phone": "call us"}, "'phone'"),
    ({"after_hours_phone": ""}, "'after_hours_phone'"),
    ({"timezone": "Mars/Olympus"}, "'timezone'"),
    ({"booking_url": "riverside.example"}, "'booking_url'"),
    ({"hours": {"monday": "9-5"}}, "'hours.monday'"),
    ({"hours": {"funday": "09:00-17:00"}}, "'hours.funday'"),
    ({"hours": {"monday": "17:00-09:00"}}, "'hours.monday'"),
    ({"emergncy_number": "911"}, "'emergncy_number'"),
])
def test_a_bad_value_is_reported_with_its_key(changes, key):
    with pytest.raises(clinic.ClinicConfigError, match=key):
        clinic.parse(config(**changes))


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(clinic.ClinicConfigError, match="cannot read"):
        clinic.load(tmp_path / "nope.yml")


def test_opening_hours_in_the_clinics_timezone():
    c = clinic.parse(config())
    ny = ZoneInfo("America/New_York")
    assert c.is_open(datetime(2026, 11, 23, 10, 0, tzinfo=ny))          # Monday 10:00
    assert not c.is_open(datetime(2026, 11, 23, 17, 0, tzinfo=ny))      # Monday 17:00, closing time
    assert not c.is_open(datetime(2026, 11, 29, 11, 0, tzinfo=ny))      # Sunday
    # 14:00 UTC on a Monday is 09:00 in New York: open
    assert c.is_open(datetime(2026, 11, 23, 14, 0, tzinfo=ZoneInfo("UTC")))
    assert not c.is_open(datetime(2026, 11, 23, 13, 0, tzinfo=ZoneInfo("UTC")))


def test_hours_text_groups_days():
    assert clinic.parse(config()).hours_text() == \
        "Mon-Wed 8:30am-5pm, Thu 8:30am-7pm, Fri 8:30am-4pm, Sat 9am-12pm, Sun closed"


def test_rendered_domain_carries_the_clinic_values(tmp_path):
    out = clinic.render_domain(clinic.parse(config()), tmp_path)
    slots = yaml.safe_load(out.read_text())["slots"]
    assert slots["clinic_phone"]["initial_value"] == ROOT_CONFIG["phone"]
    assert slots["emergency_number"]["initial_value"] == "911"
    assert (tmp_path / "domain.yml").resolve() == (clinic.PROJECT_ROOT / "domain.yml").resolve()
