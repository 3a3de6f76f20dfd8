"""credentials.yml: the channels `make run` starts, with their standard URLs."""
from __future__ import annotations

from pathlib import Path

from addons.channels import RestInput, SocketIOInput, TelegramInput
from addons.channels.twilio_sms import TwilioSMSInput

ROOT = Path(__file__).resolve().parents[2]


def test_credentials_yml_loads_the_patched_channels(tmp_path, monkeypatch):
    from runtime_config import render
    from rasa.core.run import configure_app, create_http_input_channels

    env = {"TWILIO_ACCOUNT_SID": "AC" + "0" * 32, "TWILIO_AUTH_TOKEN": "token", "TWILIO_NUMBER": "+15550001111"}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("ALLOWED_ORIGINS", "http://127.0.0.1:5005")
    rendered = render(tmp_path, env)
    runtime, skipped = rendered.credentials, rendered.channels_off
    assert sorted(s.split()[0] for s in skipped) == ["addons.channels.FacebookInput", "addons.channels.TelegramInput"]

    channels = create_http_input_channels(None, str(runtime))
    by_name = {c.name(): c for c in channels}
    assert type(by_name["rest"]) is RestInput and type(by_name["socketio"]) is SocketIOInput
    assert type(by_name["twilio"]) is TwilioSMSInput and by_name["twilio"].twilio_number == "+15550001111"
    assert by_name["socketio"].session_persistence is True

    app = configure_app(channels, cors=["http://127.0.0.1:5005"], enable_api=False, port=0)
    paths = {route.path for route in app.router.routes}
    assert {"webhooks/rest/webhook", "webhooks/twilio/webhook", "socket.io"} <= paths
    assert by_name["socketio"].sio.eio.cors_allowed_origins == ["http://127.0.0.1:5005"]


def test_rasa_expands_every_channel_secret(monkeypatch):
    """Read as Rasa itself reads it (`rasa run --credentials`): ${...} must be unquoted to be expanded."""
    from rasa.shared.utils.io import read_config_file

    names = ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_NUMBER", "TELEGRAM_ACCESS_TOKEN", "TELEGRAM_VERIFY",
             "TELEGRAM_WEBHOOK_URL", "TELEGRAM_SECRET_TOKEN", "FACEBOOK_VERIFY", "FACEBOOK_SECRET",
             "FACEBOOK_PAGE_ACCESS_TOKEN"]
    for name in names:
        monkeypatch.setenv(name, f"value-of-{name.lower()}")
    channels = read_config_file(str(ROOT / "credentials.yml"))
    values = [v for settings in channels.values() for v in (settings or {}).values() if isinstance(v, str)]
    assert not [v for v in values if "${" in v]
    assert "value-of-twilio_auth_token" in values and "value-of-facebook_secret" in values
    assert "value-of-telegram_secret_token" in values


def test_telegram_from_credentials_yml_gets_its_secret_token(tmp_path, monkeypatch):
    """As `make run` loads it: the secret reaches the channel; no Telegram call before the server starts."""
    from runtime_config import render
    from rasa.core.run import configure_app, create_http_input_channels

    env = {"TELEGRAM_ACCESS_TOKEN": "123:abc", "TELEGRAM_VERIFY": "clinic_bot",
           "TELEGRAM_WEBHOOK_URL": "https://bot.clinic.example/webhooks/telegram/webhook",
           "TELEGRAM_SECRET_TOKEN": "a-Secret_42"}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    rendered = render(tmp_path, env)
    runtime, skipped = rendered.credentials, rendered.channels_off
    assert "addons.channels.TelegramInput" not in [s.split()[0] for s in skipped]
    [telegram] = [c for c in create_http_input_channels(None, str(runtime)) if c.name() == "telegram"]
    assert type(telegram) is TelegramInput and telegram.secret_token == "a-Secret_42"
    app = configure_app([telegram], enable_api=False, port=0)  # would fail on a network call
    assert "webhooks/telegram/webhook" in {route.path for route in app.router.routes}
