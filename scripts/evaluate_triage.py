"""Triage evaluation on the red-team files: recall per level and over-escalation.

    python scripts/evaluate_triage.py            # deterministic triage + the served model's NLU
    python scripts/evaluate_triage.py --no-model # deterministic triage only (fast)

Each file is scored on its own: tests/triage/redteam.yml (ours),
tests/triage/redteam_independent.yml (written by someone who never read the matcher) and
tests/triage/redteam_heldout.yml (written blind after the matcher was tuned; measured once
before its misses were fixed).
Writes reports/triage_eval.md and .json. Targets: 100% recall on emergency and urgent
(a message answered at a lower level is a miss), over-escalation (routine or non-report
messages answered as emergency or urgent) at most 10%.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Callable, Dict, List

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

from botox_clinic import triage  # noqa: E402

LEVELS = ["emergency", "urgent", "routine", "none"]
INTENT_LEVEL = {"report_emergency": "emergency", "report_urgent": "urgent", "report_routine": "routine"}
FILES = {
    "redteam.yml": "the red-team file",
    "redteam_independent.yml": "the independent red-team file (written without reading the matcher)",
    "redteam_heldout.yml": "the held-out red-team file (written blind after the matcher was tuned)",
}
# what each file scored the first time it was run, before its misses were fixed (shown under its table)
FIRST_RUN = {
    "redteam_independent.yml": "First run: deterministic 80.3% / 83.5%, 6.8%; whole pipeline 93.4% / 92.4%, 20.5%.",
    "redteam_heldout.yml": "Measured once before fixing: deterministic 89.6% emergency / 90.4% urgent recall, 3.4% "
                           "over-escalation; whole pipeline 95.8% / 96.2%, 13.8%. Its misses were then fixed by "
                           "concept (jargon, size words, lay descriptions, resolution phrasings).",
}


def score(cases: List[Dict], predict: Callable[[str], str]) -> Dict:
    confusion: Dict[str, Counter] = {level: Counter() for level in LEVELS}
    misses = []
    for case in cases:
        got = predict(case["text"])
        confusion[case["level"]][got] += 1
        if got != case["level"]:
            misses.append({"text": case["text"], "expected": case["level"], "got": got})
    recall = {}
    for level in LEVELS:
        total = sum(confusion[level].values())
        if level in ("emergency", "urgent"):  # at least as high counts: a higher answer is not a miss
            hit = sum(n for got, n in confusion[level].items() if triage.RANK[got] >= triage.RANK[level])
        else:
            hit = confusion[level][level]
        recall[level] = hit / total if total else None
    calm = [c for c in cases if c["level"] in ("routine", "none")]
    escalated = sum(confusion[lvl][hi] for lvl in ("routine", "none") for hi in ("emergency", "urgent"))
    return {"recall": recall, "over_escalation": escalated / len(calm) if calm else 0.0,
            "confusion": {k: dict(v) for k, v in confusion.items()}, "misses": misses, "cases": len(cases)}


def model_predictor() -> Callable[[str], str]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(ROOT / "models" / "current.tar.gz"))
    loop = asyncio.new_event_loop()

    def predict(text: str) -> str:
        parsed = loop.run_until_complete(agent.parse_message(text))
        return INTENT_LEVEL.get(parsed["intent"]["name"], "none")

    return predict


def table(name: str, result: Dict) -> List[str]:
    r = result["recall"]
    pct = lambda v: "n/a" if v is None else f"{100 * v:.1f}%"  # noqa: E731
    return [f"| {name} | {pct(r['emergency'])} | {pct(r['urgent'])} | {pct(r['routine'])} | {pct(r['none'])} | "
            f"{pct(result['over_escalation'])} |"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-model", action="store_true")
    args = parser.parse_args()
    predictors = {"deterministic triage (botox_clinic/triage.py)": lambda t: triage.assess(t).level}
    if not args.no_model:
        predictors["served model, whole NLU pipeline"] = model_predictor()
    results: Dict[str, Dict[str, Dict]] = {}
    lines: List[str] = []
    for number, (filename, description) in enumerate(FILES.items()):
        cases = yaml.safe_load((ROOT / "tests" / "triage" / filename).read_text())["cases"]
        results[filename] = {name: score(cases, predict) for name, predict in predictors.items()}
        counts = Counter(c["level"] for c in cases)
        if number:
            lines += [""]
        lines += [f"# Side-effect triage on {description}", "",
                  f"`make eval` on {len(cases)} messages in `tests/triage/{filename}` "
                  f"({', '.join(f'{counts[lvl]} {lvl}' for lvl in LEVELS)}). "
                  "Emergency and urgent recall count an answer at",
                  "the same or a higher level; over-escalation is the share of routine and non-report messages",
                  "answered as emergency or urgent. "
                  "Targets: 100% emergency and urgent recall, over-escalation <= 10%.", "",
                  "| layer | emergency recall | urgent recall | routine exact | none exact | over-escalation |",
                  "|---|---|---|---|---|---|"]
        for name, result in results[filename].items():
            lines += table(name, result)
        if filename in FIRST_RUN:
            lines += ["", FIRST_RUN[filename]]
        for name, result in results[filename].items():
            lines += ["", f"Disagreements, {name}:", ""]
            lines += [f"- {m['text']!r}: labelled {m['expected']}, answered {m['got']}" for m in result["misses"]] \
                or ["- none"]
    (ROOT / "reports").mkdir(exist_ok=True)
    (ROOT / "reports" / "triage_eval.md").write_text("\n".join(lines) + "\n")
    (ROOT / "reports" / "triage_eval.json").write_text(json.dumps(results, indent=2))
    print("\n".join(lines))
    every = [r for by_layer in results.values() for r in by_layer.values()]
    worst = min(min(r["recall"]["emergency"], r["recall"]["urgent"]) for r in every)
    return 0 if worst == 1.0 and all(r["over_escalation"] <= 0.10 for r in every) else 1


if __name__ == "__main__":
    sys.exit(main())
