"""The training-data importer every Rasa command of this project uses (config.yml, `importers`).

Rasa's own `RasaFileImporter`, with the domain completed the way the assistant needs it: the
domain file given (by default `domain.yml`), plus every answer in content/*.yml, plus text slots
holding the clinic's values from clinic.yml (`clinic_phone`, `emergency_number`, ...). So plain
`rasa train`, `rasa shell`, `rasa run`, `rasa test` and `rasa data validate` from the repository
root behave like any Rasa project's, with the clinic's real values in every reply; a changed
clinic.yml changes the domain, so Rasa retrains. A domain that already has them (build/domain,
rendered by `make`) is merged with the same parts again, which changes nothing.
"""
from __future__ import annotations

from rasa.shared.core.domain import Domain
from rasa.shared.importers.rasa import RasaFileImporter
from rasa.shared.utils.common import cached_method

from botox_clinic import clinic


class ClinicImporter(RasaFileImporter):
    """`RasaFileImporter` whose domain also has content/*.yml and the clinic's slots (see the module)."""

    @cached_method
    def get_domain(self) -> Domain:
        """domain file + content/*.yml + clinic.yml's slots. Raises ClinicConfigError on a bad clinic.yml."""
        domain = super().get_domain()
        answers = Domain.load([str(path) for path in clinic.content_files()])
        slots = Domain.from_dict(clinic.clinic_slots(clinic.load()))
        return domain.merge(answers).merge(slots)
