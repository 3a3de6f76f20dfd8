"""End-to-end evaluation on the blind sets: what the patient is told, through the REST channel.

    python scripts/evaluate_blind.py                      # serve models/current.tar.gz, run every blind set
    python scripts/evaluate_blind.py --url http://127.0.0.1:5005 tests/eval/blind_es.yml
    python scripts/evaluate_blind.py --check              # exit 1 if a safety target is missed (make test)

Each case of a blind file (tests/eval/blind_*.yml, written without reading the training data,
the rules or the code) is sent as a new conversation, one turn after the other, to
`POST /webhooks/rest/webhook`; the answers to the last turn are read back from the
conversation's tracker (`GET /conversations/<id>/tracker`, the `utter_action` of each bot
message), so the score is about the answer the patient got, not about an intent.

How an answer is scored, by the case's `expect`:
- emergency: right only if the 911 answer (`utter_triage_emergency`) was given.
- urgent: right if the urgent answer, the "call the clinic" answer for an unclear report, or the
  911 answer was given (the right level or higher).
- routine: right if reassured (`utter_triage_routine`) with no 911 answer; 911 answers are counted.
- info / faq: right if the answer is `utter_faq/<topic>` of the case's topic; a 911 or urgent
  answer to a question is counted as over-escalation.
- basics: right if the answer is the response of the case's intent.
Spanish cases are also checked for the answer's language (lingua on the answer text).
An empty answer (no bot message after the last turn) is always counted.
Writes reports/blind_eval.md and .json.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import urllib.request
import uuid
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILES = sorted((ROOT / "tests" / "eval").glob("blind_*.yml"))
BASICS = {"greet": "utter_greet", "goodbye": "utter_goodbye", "thank": "utter_you_are_welcome",
          "bot_challenge": "utter_iamabot", "contact_clinic": "utter_contact_clinic",
          "book_appointment": "utter_book_appointment", "out_of_scope": "utter_out_of_scope"}
EMERGENCY, URGENT, ROUTINE, UNCLEAR = ("utter_triage_emergency", "utter_triage_urgent", "utter_triage_routine",
                                       "utter_triage_unclear")
# an FAQ about a serious side effect is on topic if it is answered with that topic or with the general
# side-effect answer only when the case names it
# `--check` (make test): every emergency and urgent case of every blind set at the right level or higher
TARGETS = {"emergency": 1.0, "urgent": 1.0}


def post(url: str, payload: Dict, timeout: float = 30) -> object:
    request = urllib.request.Request(url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read() or b"null")


def get(url: str, timeout: float = 30) -> Dict:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read())


def converse(base: str, turns: List[str]) -> Tuple[List[str], List[str]]:
    """Send the turns as one new conversation; the utter_actions and texts answering the last turn."""
    sender = f"eval-{uuid.uuid4().hex[:12]}"
    for turn in turns:
        post(f"{base}/webhooks/rest/webhook", {"sender": sender, "message": turn})
    events = get(f"{base}/conversations/{sender}/tracker?include_events=AFTER_RESTART")["events"]
    last_user = max(i for i, e in enumerate(events) if e.get("event") == "user")
    actions, texts = [], []
    for event in events[last_user + 1:]:
        if event.get("event") == "bot":
            actions.append((event.get("metadata") or {}).get("utter_action") or "custom")
            texts.append(event.get("text") or "")
    return actions, texts


class Language:
    """The language of an answer text (lingua, English or Spanish only)."""

    def __init__(self) -> None:
        from lingua import Language as L, LanguageDetectorBuilder
        self.es = L.SPANISH
        self.detector = LanguageDetectorBuilder.from_languages(L.ENGLISH, L.SPANISH).build()

    def spanish(self, text: str) -> bool:
        return self.detector.detect_language_of(text) == self.es


def judge(case: Dict, actions: List[str]) -> Tuple[bool, str]:
    """(right, what the answer was) for one case."""
    expect = case["expect"]
    said = set(actions)
    got = ("emergency" if EMERGENCY in said else "urgent" if URGENT in said else "unclear" if UNCLEAR in said
           else "routine" if ROUTINE in said else next((a for a in actions if a.startswith("utter_faq/")), "")
           or (actions[-1] if actions else "silence"))
    if expect == "emergency":
        return got == "emergency", got
    if expect == "urgent":
        return got in ("emergency", "urgent", "unclear"), got
    if expect == "routine":
        return got == "routine", got
    if expect in ("info", "faq"):
        return f"utter_faq/{case['topic'].split('/')[-1]}" in said, got
    if expect == "basics":
        return BASICS.get(case.get("intent", "")) in said, got
    raise ValueError(f"unknown expect {expect!r}")


def evaluate(base: str, path: Path, language: Language) -> Dict:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    groups: Dict[str, Counter] = defaultdict(Counter)
    misses = []
    for case in cases:
        turns = case.get("turns") or [case["text"]]
        group = case["expect"] + ("_multi_turn" if len(turns) > 1 else "") + \
            ("_es" if case.get("lang") == "es" and not path.name.endswith("_es.yml") else "")
        try:
            actions, texts = converse(base, turns)
        except Exception as error:  # a server error is an answer the patient did not get
            actions, texts = [], [f"error: {error}"]
        right, got = judge(case, actions)
        stats = groups[group]
        stats["cases"] += 1
        stats["right"] += right
        stats["silence"] += not actions
        is_question = case["expect"] in ("info", "faq", "basics")
        stats["told_911"] += got == "emergency" and case["expect"] != "emergency"
        stats["told_urgent"] += is_question and got in ("urgent", "unclear")
        spanish_case = case.get("lang") == "es" or (path.name.endswith("_es.yml") and case.get("lang") != "en")
        if spanish_case and case["expect"] in ("info", "faq", "basics", "routine") and texts:
            stats["spanish_cases"] += 1
            stats["answered_in_spanish"] += all(language.spanish(t) for t in texts if t)
        if not right:
            misses.append({"turns": turns, "expect": case["expect"], "topic": case.get("topic") or case.get("intent"),
                           "got": got, "answer": " | ".join(texts)[:300]})
    return {"file": path.name, "groups": {k: dict(v) for k, v in sorted(groups.items())}, "misses": misses}


def targets_missed(results: List[Dict]) -> List[str]:
    missed = []
    for result in results:
        for group, stats in result["groups"].items():
            level = group.replace("_multi_turn", "").replace("_es", "")
            if level in TARGETS and stats["right"] / stats["cases"] < TARGETS[level]:
                missed.append(f"{result['file']} {group}: {stats['right']}/{stats['cases']}")
            if stats.get("silence"):
                missed.append(f"{result['file']} {group}: {stats['silence']} answered with silence")
            if level not in TARGETS and stats.get("told_911"):  # a 911 answer needs evidence of an emergency
                missed.append(f"{result['file']} {group}: {stats['told_911']} told to call 911")
    return missed


# Each blind set's one honest measurement: its first run, before anything was fixed from its misses.
# blind_en/blind_es were run on main before this work; round 2 after the first round of fixes.
FIRST_RUNS = sorted((ROOT / "reports").glob("blind_eval*_first_run.json"))


def first_runs() -> Dict[Tuple[str, str], str]:
    found = {}
    for path in FIRST_RUNS:
        if path.exists():
            for result in json.loads(path.read_text()):
                for group, s in result["groups"].items():
                    found[(result["file"], group)] = f"{s['right']}/{s['cases']} ({100 * s['right'] / s['cases']:.0f}%)"
    return found


def markdown(results: List[Dict], label: str) -> str:
    lines = [f"# Blind evaluation, end to end ({label})", "",
             "Written by `scripts/evaluate_blind.py`: every case of the blind sets in `tests/eval/` sent through",
             "the REST channel as a new conversation; the answer to the last turn is scored (see the script).",
             "'first run' is each set's one honest measurement, taken before anything was fixed from its",
             "misses (blind_en/blind_es on main before this work, round 2 after the first round of fixes);",
             "after that a set is a regression gate, and its later numbers are not an estimate for new phrasings.",
             ""]
    first = first_runs()
    for result in results:
        lines += [f"## {result['file']}", "",
                  "| group | cases | right | % | first run | told 911 | told urgent | silence | in Spanish |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for group, s in result["groups"].items():
            spanish = s.get("answered_in_spanish", "")
            lines.append(f"| {group} | {s['cases']} | {s['right']} | {100 * s['right'] / s['cases']:.1f}% | "
                         f"{first.get((result['file'], group), '-')} | "
                         f"{s.get('told_911', 0)} | {s.get('told_urgent', 0)} | {s.get('silence', 0)} | {spanish} |")
        lines += ["", f"Misses ({len(result['misses'])}):", ""]
        for miss in result["misses"]:
            lines.append(f"- [{miss['expect']} {miss['topic'] or ''} -> {miss['got']}] {' / '.join(miss['turns'])}")
        lines.append("")
    return "\n".join(lines)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now (the OS picks it)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve(model: str, workdir: Path):
    """(servers, base URL): the model and the action server on free ports, with their own endpoints file,
    conversation store and report store in `workdir`: the evaluation talks to its own servers (not to another
    evaluation's on the same machine, such as CI's beside a developer's) and never writes to var/."""
    from scripts.runtime_config import render_local
    from scripts.serve import Servers

    rasa_port, actions_port = free_port(), free_port()
    env = {"REPORTS_DATABASE_URL": f"sqlite:///{workdir / 'reports.db'}", "STAFF_WEBHOOK_URL": ""}
    servers = Servers(model, "127.0.0.1", rasa_port, actions_port,
                      render_local(workdir / "runtime", actions_port, workdir / "rasa.db"),
                      log_dir=workdir / "log", extra_env=env).start()
    return servers, f"http://127.0.0.1:{rasa_port}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=FILES)
    parser.add_argument("--url", help="a running assistant; default: serve the model on two free ports")
    parser.add_argument("--model", default="models/current.tar.gz")
    parser.add_argument("--label", default="current model")
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "blind_eval")
    parser.add_argument("--check", action="store_true", help="exit 1 if a safety target is missed")
    args = parser.parse_args()
    servers = None
    base = args.url
    if base is None:
        servers, base = serve(args.model, Path(tempfile.mkdtemp(prefix="blind_eval_")))
    try:
        language = Language()
        started = time.monotonic()
        results = [evaluate(base.rstrip("/"), path, language) for path in args.files]
        print(f"{sum(r['groups'][g]['cases'] for r in results for g in r['groups'])} cases in "
              f"{time.monotonic() - started:.0f} s")
    finally:
        if servers:
            servers.stop()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(results, indent=1, ensure_ascii=False))
    args.out.with_suffix(".md").write_text(markdown(results, args.label))
    for result in results:
        for group, s in result["groups"].items():
            print(f"{result['file']:16} {group:24} {s['right']:3}/{s['cases']:<3} told_911={s.get('told_911', 0)} "
                  f"silence={s.get('silence', 0)} es={s.get('answered_in_spanish', '-')}")
    missed = targets_missed(results)
    for line in missed:
        print(f"TARGET MISSED: {line}")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
