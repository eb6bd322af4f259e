"""YAML for configuration files, bounded: an alias bomb fails fast instead of filling memory.

PyYAML's SafeLoader shares aliased nodes while parsing, so a "billion laughs" document parses in
microseconds; the blow-up comes later, when the tree is walked and copied (variable expansion,
validation). `BoundedSafeLoader` counts the nodes of the document as it will be walked, aliases
expanded, before anything is built, and refuses more than `MAX_NODES` (a pipeline file has hundreds)
or a recursive alias. Bottom layer: depends on PyYAML only.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, SequenceNode

from pii_pipeline.errors import PiiPipelineError

MAX_NODES = 100_000


class YamlTooLargeError(PiiPipelineError, yaml.YAMLError):
    """The document expands (aliases included) beyond MAX_NODES nodes, or an alias refers to itself."""

    def __init__(self, problem: str, mark: yaml.Mark | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


class BoundedSafeLoader(yaml.SafeLoader):
    """SafeLoader that refuses documents whose expanded size is beyond a bound."""

    max_nodes = MAX_NODES

    def construct_document(self, node: Node) -> Any:
        expanded_size(node, self.max_nodes)
        return super().construct_document(node)


def expanded_size(root: Node, limit: int) -> int:
    """Nodes of the tree under `root` with every alias expanded; YamlTooLargeError beyond `limit`.

    Each distinct node is sized once (memoized), so this takes time linear in the document's text
    however far its aliases would expand.
    """
    sizes: dict[int, int] = {}
    in_progress: set[int] = set()

    def size(node: Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in in_progress:
            raise YamlTooLargeError("an alias refers to a node that contains it", node.start_mark)
        in_progress.add(key)
        total = 1
        if isinstance(node, SequenceNode):
            children: list[Node] = list(node.value)
        elif isinstance(node, MappingNode):
            children = [part for pair in node.value for part in pair]
        else:
            children = []
        for child in children:
            total += size(child)
            if total > limit:
                raise YamlTooLargeError(
                    f"the document expands to more than {limit} nodes (aliases included)", node.start_mark
                )
        in_progress.discard(key)
        sizes[key] = total
        return total

    return size(root)


def safe_load(text: str) -> Any:
    """`yaml.safe_load`, bounded."""
    return yaml.load(text, Loader=BoundedSafeLoader)  # noqa: S506 - a SafeLoader subclass
