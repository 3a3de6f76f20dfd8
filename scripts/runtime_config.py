"""Render what the Rasa server reads at run time (endpoints, credentials) from the repository's files and the
environment: the one step every way of running the assistant goes through.

`make run`, `make cluster`, the systemd units (scripts/serve.py), the tests, the benchmark and the blind
evaluation all call `render`; none of them edits a copy of endpoints.yml or credentials.yml itself. The domain
needs no rendered file: the importer in config.yml (addons/importer.py) puts the clinic's values from
clinic.yml into every model, so plain `rasa train` / `rasa shell` show them too.

render(out_dir, env, template=None) -> Rendered(endpoints, credentials, channels_off)
  endpoints    out_dir/endpoints.yml: `template`, else endpoints.postgres.yml when TRACKER_DB_HOST is set,
               else endpoints.yml; its action server is ACTION_SERVER_URL, else
               http://127.0.0.1:<ACTION_PORT, 5055>/webhook, waited for ACTION_TIMEOUT seconds (the template's
               `timeout`, else 5: addons/remote_actions.py); with the SQLite store, TRACKER_DB_PATH (a file) replaces
               var/rasa.db. Other ${VARIABLES} (database passwords) stay for Rasa to expand, never written out.
  credentials  out_dir/credentials.yml: credentials.yml without the channels whose ${VARIABLES} are unset
  channels_off ["addons.channels.FacebookInput (set FACEBOOK_... to enable)", ...]
Raises FileNotFoundError for a missing template.

Command line: `python scripts/runtime_config.py [--out var/runtime]` (`make render`) prints the files written.
"""
from __future__ import annotations

import argparse
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Mapping, Optional

import yaml

ROOT = Path(__file__).resolve().parent.parent
ENV_VAR = re.compile(r"\$\{([^}]+)\}")
DEFAULT_OUT = ROOT / "var" / "runtime"


@dataclass
class Rendered:
    endpoints: Path
    credentials: Path
    channels_off: List[str]


def action_url(env: Mapping[str, str]) -> str:
    """Where Rasa calls the action server: ACTION_SERVER_URL, else the local one on ACTION_PORT (5055)."""
    return env.get("ACTION_SERVER_URL") or f"http://127.0.0.1:{env.get('ACTION_PORT') or 5055}/webhook"


def endpoints_template(env: Mapping[str, str]) -> Path:
    return ROOT / ("endpoints.postgres.yml" if env.get("TRACKER_DB_HOST") else "endpoints.yml")


def render(out_dir: Path, env: Optional[Mapping[str, str]] = None, template: Optional[Path] = None,
           tracker_store: Optional[Mapping[str, object]] = None) -> Rendered:
    """Writes out_dir/endpoints.yml and out_dir/credentials.yml (see the module docstring). `tracker_store`:
    keys replacing the store's (None removes one; the benchmark's Rasa-default run uses Rasa's own SQL store)."""
    env = dict(os.environ if env is None else env)
    source = Path(template) if template else endpoints_template(env)
    endpoints = yaml.safe_load(source.read_text()) or {}
    endpoints["action_endpoint"] = {**(endpoints.get("action_endpoint") or {}), "url": action_url(env)}
    if env.get("ACTION_TIMEOUT"):
        endpoints["action_endpoint"]["timeout"] = float(env["ACTION_TIMEOUT"])
    store = endpoints.get("tracker_store") or {}
    if env.get("TRACKER_DB_PATH") and store.get("dialect") == "sqlite":
        store["db"] = env["TRACKER_DB_PATH"]
    if tracker_store:
        endpoints["tracker_store"] = {k: v for k, v in {**store, **tracker_store}.items() if v is not None}
    out_dir.mkdir(parents=True, exist_ok=True)
    endpoints_file = out_dir / "endpoints.yml"
    endpoints_file.write_text(f"# rendered by scripts/runtime_config.py from {source.name}: edit that file, not this\n"
                              + yaml.safe_dump(endpoints, sort_keys=False))
    channels = yaml.safe_load((ROOT / "credentials.yml").read_text()) or {}
    kept: Dict[str, object] = {}
    off: List[str] = []
    for name, settings in channels.items():
        missing = sorted({v for v in ENV_VAR.findall(yaml.safe_dump(settings or {})) if not env.get(v)})
        if missing:
            off.append(f"{name} (set {', '.join(missing)} to enable)")
        else:
            kept[name] = settings
    credentials_file = out_dir / "credentials.yml"
    credentials_file.write_text("# rendered by scripts/runtime_config.py from credentials.yml: channels whose "
                                "variables are set\n" + yaml.safe_dump(kept, sort_keys=False))
    return Rendered(endpoints_file, credentials_file, off)


def render_local(out_dir: Path, action_port: int, db_path: Path,
                 tracker_store: Optional[Mapping[str, object]] = None) -> Rendered:
    """A throwaway local set-up (tests, benchmark, blind evaluation): the SQLite store at `db_path` and the action
    server on `action_port`, whatever TRACKER_DB_* or ACTION_SERVER_URL the caller's environment holds.
    `tracker_store`: keys replacing the store's (the benchmark's Rasa-default run uses Rasa's own SQL store)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_DB_") and k != "ACTION_SERVER_URL"}
    return render(out_dir, {**env, "ACTION_PORT": str(action_port), "TRACKER_DB_PATH": str(db_path)},
                  tracker_store=tracker_store)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--endpoints", type=Path, help="the endpoints template (default: see the module docstring)")
    args = parser.parse_args()
    rendered = render(args.out, template=args.endpoints)
    print(rendered.endpoints.relative_to(ROOT) if rendered.endpoints.is_relative_to(ROOT) else rendered.endpoints)
    print(rendered.credentials.relative_to(ROOT) if rendered.credentials.is_relative_to(ROOT) else rendered.credentials)
    for channel in rendered.channels_off:
        print(f"channel off: {channel}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
