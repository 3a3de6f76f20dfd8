"""The clinic's domain core, in plain Python with no Rasa imports.

- `levels`: the triage levels (emergency, urgent, routine), their order, the one map between the
  classifier's `report_*` intents and the levels, and policy/triage_levels.yml (each symptom's level);
- `clinic`: clinic.yml (name, phones, hours, emergency number), validated;
- `triage` (English rules, policy/red_flags_en.yml) and `triage_es` (Spanish rules,
  policy/red_flags_es.yml): what a patient's message reports and at which level;
- `records` (the report store) and `notify` (the staff webhook).

Both Rasa adapters import this package and never each other: `actions/` (the action server's
custom actions) and `addons/` (the Rasa server's NLU components, channels and stores).
See docs/architecture.md.
"""
