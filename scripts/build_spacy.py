"""Build the project's spaCy pipeline: blank English plus the lookup lemmatizer.

No pretrained spaCy model can be downloaded where this runs, so the pipeline is made
from `spacy.blank("en")` and the lemma tables of `spacy-lookups-data`, then saved to a
folder that Rasa's SpacyNLP component and the triage module load by path.

    python scripts/build_spacy.py build/spacy/en_clinic
"""
import sys
from pathlib import Path

import spacy


def build(target: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the lemma lookup table from spacy-lookups-data
    nlp.meta["name"] = "clinic"
    nlp.meta["description"] = "Blank English tokenizer + lookup lemmatizer (built locally)"
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    # sanity check: the saved pipeline lemmatizes without spacy-lookups-data at load time
    check = spacy.load(target)
    lemmas = [t.lemma_ for t in check("my eyelids were drooping")]
    if lemmas[1] != "eyelid" or lemmas[3] != "droop":
        raise SystemExit(f"lemmatizer check failed: {lemmas}")
    print(f"spaCy pipeline written to {target} ({check.pipe_names})")


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "build/spacy/en_clinic"))
