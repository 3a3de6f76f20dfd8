"""The evaluation sets measure phrasings the model never saw: a message of a blind set
(tests/eval/blind_*.yml) or of the held-out NLU file (tests/nlu/heldout.yml) that is also a training
example in data/nlu/ (compared after lower-casing and dropping accents, punctuation and extra spaces)
must be one of tests/eval/accepted_overlaps.yml: the commonest phrasings, which the training data held
before the evaluation set was written. A new one fails: reword the training example."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Dict, Iterator, Set

import yaml

ROOT = Path(__file__).resolve().parent.parent


def normalised(text: str) -> str:
    """'¿Desde cuándo existe el Botox?' -> 'desde cuando existe el botox'"""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def training_examples() -> Dict[str, str]:
    """normalised example -> the data file that holds it"""
    found: Dict[str, str] = {}
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for item in (yaml.safe_load(path.read_text()) or {}).get("nlu") or []:
            for line in str(item.get("examples") or "").splitlines():
                line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line.strip().lstrip("- "))  # [text](entity)
                if line:
                    found.setdefault(normalised(line), path.name)
    return found


def evaluation_messages() -> Iterator[tuple]:
    for path in sorted((ROOT / "tests" / "eval").glob("blind_*.yml")):
        for case in yaml.safe_load(path.read_text())["cases"]:
            for text in case.get("turns") or [case["text"]]:
                yield path.name, text
    heldout = yaml.safe_load((ROOT / "tests" / "nlu" / "heldout.yml").read_text())
    for item in heldout["nlu"]:
        for line in str(item["examples"]).splitlines():
            if line.strip():
                yield "heldout.yml", line.strip().lstrip("- ")


def test_normalised_drops_case_accents_and_punctuation():
    assert normalised("¿Desde cuándo existe el Botox?") == normalised("desde cuando existe el botox") \
        == "desde cuando existe el botox"
    assert normalised("does it hurt??") != normalised("does it hurt much")


def unaccepted_overlaps(examples: Dict[str, str]) -> Set[str]:
    """'<evaluation file>: <message> is in data/nlu/<file>' for each overlap not in accepted_overlaps.yml"""
    accepted = set(yaml.safe_load((ROOT / "tests" / "eval" / "accepted_overlaps.yml").read_text())["accepted"])
    return {f"{name}: {text!r} is in data/nlu/{examples[normalised(text)]}"
            for name, text in evaluation_messages()
            if normalised(text) in examples and normalised(text) not in accepted}


def test_no_evaluation_message_is_a_training_example_beyond_the_accepted_commonest_phrasings():
    examples = training_examples()
    assert len(examples) > 1000  # the data was read
    overlaps = unaccepted_overlaps(examples)
    assert not overlaps, "\n".join(sorted(overlaps))


def test_a_copied_evaluation_message_is_found():
    copied = "el folleto dice que el botox se puede extender y causar problemas para tragar o respirar"
    assert unaccepted_overlaps({**training_examples(), normalised(copied + "..."): "es_faq.yml"}) == set()  # not whole
    whole = next(text for name, text in evaluation_messages() if text.startswith("el folleto dice"))
    assert unaccepted_overlaps({**training_examples(), normalised(whole): "es_faq.yml"}) == {
        f"blind_round36_es.yml: {whole!r} is in data/nlu/es_faq.yml"}
