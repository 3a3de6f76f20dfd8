"""Rasa's prediction graph run without dask's scheduler (Rasa 3.6.21).

Rasa runs its graph of components (the NLU pipeline once per message, the policies at every
prediction, about four runs per patient message) through `DaskGraphRunner.run`: each run derives the
minimal schema for its targets again, builds a dask graph and hands it to dask's synchronous
scheduler, which orders and bookkeeps every task. With nothing run in parallel, that was about a tenth
of the Rasa server's CPU per message (reports/bench.md).

`SequentialGraphRunner.run` does what dask did, directly: the nodes the targets need, parents before
children (the order is worked out once per set of targets), each called with its parents' outputs,
a name that no node and no input provides passed as it is (dask's behaviour, which `GraphNode`
warns about). The result is the same mapping of target to output (tests/test_graph_runner.py
compares both on the served model). Only the prediction graph uses it (addons/rasa_patches.py,
patch 6); training keeps Rasa's runner.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner


class SequentialGraphRunner(DaskGraphRunner):
    """DaskGraphRunner whose `run` calls the needed nodes one after another in dependency order."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # targets -> [(node name, the names it needs)], parents first: worked out once per set of targets
        self._orders: Dict[Tuple[Text, ...], List[Tuple[Text, Tuple[Text, ...]]]] = {}

    def run(self, inputs: Optional[Dict[Text, Any]] = None, targets: Optional[List[Text]] = None) -> Dict[Text, Any]:
        """Runs the graph (see `GraphRunner.run`): {target: output} for `targets` (all of the schema's by default).

        Raises GraphRunError when an input's value names a node (as Rasa's runner does) and lets a
        node's own error through (GraphComponentException)."""
        run_targets = list(targets) if targets else list(self._graph_schema.target_names)
        order = self._order(tuple(run_targets))
        results: Dict[Text, Any] = {}
        if inputs:
            self._add_inputs_to_graph(inputs, dict(order))  # the clash check of Rasa's runner
            results.update({name: (name, value) for name, value in inputs.items()})
        try:
            for name, needs in order:
                if name not in results:
                    results[name] = self._instantiated_nodes[name](*(results.get(need, need) for need in needs))
        except RuntimeError as e:
            raise GraphRunError("Error running runner.") from e
        return dict(results[target] for target in run_targets)

    def _order(self, targets: Tuple[Text, ...]) -> List[Tuple[Text, Tuple[Text, ...]]]:
        """[(node name, the names it needs)] for every node `targets` depend on, parents first; cached."""
        cache = self._orders
        if targets not in cache:
            nodes = self._graph_schema.nodes
            order: List[Tuple[Text, Tuple[Text, ...]]] = []
            placed: set = set()

            def place(name: Text, path: Tuple[Text, ...]) -> None:
                if name in placed or name not in nodes:
                    return  # placed already, or an input placeholder
                if name in path:
                    raise GraphRunError(f"The graph has a cycle through '{name}'.")
                needs = tuple(nodes[name].needs.values())
                for need in needs:
                    place(need, path + (name,))
                placed.add(name)
                order.append((name, needs))

            for target in targets:
                place(target, ())
            cache[targets] = order
        return cache[targets]
