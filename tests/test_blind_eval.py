"""The scoring of the blind end-to-end evaluation (scripts/evaluate_blind.py): what counts as right for each kind
of case, and which results fail `make test` (`--check`). No server."""
from __future__ import annotations

from evaluate_blind import EMERGENCY, ROUTINE, URGENT, judge, targets_missed


def test_an_urgent_report_is_right_when_told_to_call_the_clinic_or_911_and_an_emergency_only_with_911():
    urgent, emergency = {"expect": "urgent"}, {"expect": "emergency"}
    assert judge(urgent, [URGENT]) == (True, "urgent")
    assert judge(urgent, [EMERGENCY]) == (True, "emergency")
    assert judge(emergency, [URGENT]) == (False, "urgent")
    assert judge({"expect": "routine"}, [ROUTINE]) == (True, "routine")
    assert judge({"expect": "faq", "topic": "faq/cost"}, ["utter_faq/cost"]) == (True, "utter_faq/cost")


def result(group: str, **stats: int) -> dict:
    return {"file": "blind_x.yml", "groups": {group: {"cases": 10, "right": 10, **stats}}}


def test_the_check_fails_on_a_missed_red_flag_silence_or_911_told_to_anything_but_an_emergency():
    assert targets_missed([result("emergency")]) == []
    assert targets_missed([result("urgent", told_911=3)]) == []  # the safe side of urgent: counted right
    assert targets_missed([result("emergency_multi_turn", right=9)]) == ["blind_x.yml emergency_multi_turn: 9/10"]
    assert targets_missed([result("faq", silence=1)]) == ["blind_x.yml faq: 1 answered with silence"]
    assert targets_missed([result("info", right=9, told_911=1)]) == ["blind_x.yml info: 1 told to call 911"]
    assert targets_missed([result("routine_es", told_911=2)]) == ["blind_x.yml routine_es: 2 told to call 911"]
