"""The layout's boundaries (docs/architecture.md): a core without Rasa, two adapters that never import each other."""
import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(package: str):
    for path in sorted((ROOT / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                yield path.name, [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                yield path.name, [node.module]


def test_the_core_has_no_rasa_imports():
    found = [(f, m) for f, mods in imported_modules("botox_clinic") for m in mods if m.split(".")[0] in {"rasa", "rasa_sdk"}]
    assert found == []


def test_the_two_adapters_never_import_each_other():
    assert [(f, m) for f, mods in imported_modules("addons") for m in mods if m.split(".")[0] == "actions"] == []
    assert [(f, m) for f, mods in imported_modules("actions") for m in mods if m.split(".")[0] == "addons"] == []


def test_the_action_server_does_not_load_spacy():
    # what `python -m rasa_sdk --actions actions` imports: the actions package and its modules
    code = "import sys, actions.actions; print('spacy' in sys.modules, 'botox_clinic.triage' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.stdout.split() == ["False", "False"]


def test_no_production_module_is_over_about_400_lines():
    long = {str(p.relative_to(ROOT)): n for d in ("botox_clinic", "actions", "addons")
            for p in (ROOT / d).rglob("*.py") if (n := len(p.read_text().splitlines())) > 420}
    assert long == {}
