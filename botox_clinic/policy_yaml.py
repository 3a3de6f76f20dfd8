"""YAML for the clinical policy files: PyYAML's safe loader, except that a key written twice in one mapping is an
error (PyYAML keeps the last one silently, so a word listed twice with two meanings, or a rule entry repeated, would
hide one of them). `load(text)` returns what `yaml.safe_load` returns; raises yaml.YAMLError naming the line."""
from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import ConstructorError


class _UniqueKeyLoader(yaml.SafeLoader):
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Any:  # type: ignore[override]
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
            if key in seen:
                raise ConstructorError(None, None, f"the key {key!r} is written twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def load(text: str) -> Any:
    """The YAML document in `text`, as `yaml.safe_load` reads it; yaml.YAMLError for a key written twice."""
    return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 (a SafeLoader subclass)
