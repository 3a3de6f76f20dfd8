"""The cluster's outside pieces: Debian packages on first use, PostgreSQL's binaries, and the nginx
configuration (the patients' entry point and the action servers' upstream) rendered from
deploy/nginx/assistant.conf.template. Used by scripts/cluster.py and tests/cluster/.

render_nginx(...) -> str: the site configuration; unavailable_messages(clinic) -> the REST answer nginx
gives (HTTP 503 body, a JSON list of messages with the clinic's phone and 911) when no replica answers.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx" / "assistant.conf.template"


def ensure_debian_package(binary: str, package: str) -> str:
    """The path of `binary`, installing Debian's `package` first if it is missing."""
    found = shutil.which(binary) or next((p for p in (f"/usr/sbin/{binary}", f"/usr/bin/{binary}")
                                          if os.access(p, os.X_OK)), None)
    if found:
        return found
    print(f"{binary}: installing Debian's {package} package", file=sys.stderr)
    subprocess.run(["bash", "-c", f'source "{ROOT}/scripts/apt.sh" && apt_install {package}'], check=True)
    found = shutil.which(binary) or f"/usr/sbin/{binary}"
    if not os.access(found, os.X_OK):
        raise SystemExit(f"{package} installed but {binary} not found")
    return found


def postgres_bin() -> Path:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                        key=lambda p: [int(x) for x in re.findall(r"\d+", p.parent.name)])
    if not candidates:
        raise SystemExit("PostgreSQL is not installed (scripts/test_postgres.sh installs it)")
    return candidates[-1]


# ----------------------------------------------------------------------------------------------- nginx


def unavailable_messages(clinic_details=None) -> List[Dict]:
    """What a patient reads when no replica could answer: bot messages, as the REST channel sends them."""
    if clinic_details is None:
        from botox_clinic import clinic
        clinic_details = clinic.load()
    c = clinic_details
    return [
        {"recipient_id": None, "text": f"Sorry, the assistant can't answer right now. Please send your message again "
                                       f"in a minute, or call {c.name} at {c.phone}. "
                                       f"In an emergency, call {c.emergency_number} now."},
        {"recipient_id": None, "text": f"Lo sentimos, el asistente no puede responder ahora. Vuelva a enviar su "
                                       f"mensaje en un minuto o llame a {c.name} al {c.phone}. "
                                       f"En caso de emergencia, llame al {c.emergency_number} ahora."},
    ]


def render_nginx(*, mode: str, rasa: Sequence[str], actions: Sequence[str], actions_listen: str,
                 local_listen: str = "", server_name: str = "_", tls_certificate: str = "",
                 tls_certificate_key: str = "",
                 access_log: str = "/var/log/nginx/assistant.access.log", template: Path = TEMPLATE,
                 clinic_details=None) -> str:
    """deploy/nginx/assistant.conf.template with its placeholders filled, for `mode` production or local."""
    if mode not in ("production", "local"):
        raise ValueError(mode)
    lines = template.read_text().splitlines()
    while lines and lines[0].startswith("#"):  # the template's own header: how to render it
        lines.pop(0)
    kept: List[str] = [f"# Rendered ({mode}) from deploy/nginx/assistant.conf.template by scripts/cluster.py:",
                       "# edit the template and render again rather than this file."]
    section: Optional[str] = None
    for line in lines:
        marker = line.strip()
        if marker in ("#@ production", "#@ local"):
            section = marker[3:]
            continue
        if marker == "#@ end":
            section = None
            continue
        if section is None or section == mode:
            kept.append(line)
    body = json.dumps(unavailable_messages(clinic_details), ensure_ascii=False)
    values = {
        "rasa_servers": "\n".join(f"    server {a} max_fails=1 fail_timeout=5s;" for a in rasa),
        "action_servers": "\n".join(f"    server {a} max_fails=1 fail_timeout=5s;" for a in actions),
        "actions_listen": actions_listen, "local_listen": local_listen, "server_name": server_name,
        "tls_certificate": tls_certificate, "tls_certificate_key": tls_certificate_key, "access_log": access_log,
        # inside an nginx single-quoted string: escape backslashes and quotes
        "unavailable_json": body.replace("\\", "\\\\").replace("'", "\\'"),
    }
    text = "\n".join(kept) + "\n"
    missing = set(re.findall(r"\{\{(\w+)\}\}", text)) - set(values)
    if missing:
        raise ValueError(f"template placeholders without a value: {sorted(missing)}")
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], text)


def nginx_main_conf(workdir: Path, site: Path) -> str:
    """A whole nginx.conf for a local nginx run in the foreground by this script (not as a service)."""
    tmp = workdir / "nginx"
    return f"""# generated by scripts/cluster.py
worker_processes 1;
daemon off;
pid {tmp / 'nginx.pid'};
error_log {workdir / 'log' / 'nginx-error.log'} warn;
events {{ worker_connections 1024; }}
http {{
    # workers may not reach this directory (they run as nobody under root): keep bodies in memory
    proxy_max_temp_file_size 0;
    client_body_temp_path {tmp / 'body'};
    proxy_temp_path {tmp / 'proxy'};
    fastcgi_temp_path {tmp / 'fastcgi'};
    uwsgi_temp_path {tmp / 'uwsgi'};
    scgi_temp_path {tmp / 'scgi'};
    include {site};
}}
"""
