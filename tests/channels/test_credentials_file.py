"""credentials.yml as Rasa itself reads it: channel secrets come from the environment."""
from pathlib import Path

import rasa.shared.utils.io

CREDENTIALS = Path(__file__).resolve().parents[2] / "credentials.yml"


def test_rasa_expands_every_channel_secret(monkeypatch):
    names = ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_NUMBER", "TELEGRAM_ACCESS_TOKEN", "TELEGRAM_VERIFY",
             "TELEGRAM_WEBHOOK_URL", "FACEBOOK_VERIFY", "FACEBOOK_SECRET", "FACEBOOK_PAGE_ACCESS_TOKEN"]
    for name in names:
        monkeypatch.setenv(name, f"value-of-{name.lower()}")
    channels = rasa.shared.utils.io.read_config_file(str(CREDENTIALS))
    values = [v for settings in channels.values() for v in (settings or {}).values() if isinstance(v, str)]
    assert not [v for v in values if "${" in v]
    assert "value-of-twilio_auth_token" in values and "value-of-facebook_secret" in values
