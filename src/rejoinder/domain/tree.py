"""Build the nested reply tree of a thread page from flat rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rejoinder.domain.model import Comment, CommentStatus


@dataclass(slots=True)
class Node:
    comment: Comment
    replies: list[Node] = field(default_factory=list)
    replies_cursor: str | None = None

    @property
    def reply_count(self) -> int:
        return len(self.replies)


def build_forest(roots: Sequence[Comment], descendants: Iterable[Comment]) -> list[Node]:
    """Nest descendants (in chronological order) under the roots, dropping empty placeholders.

    A deleted comment stays as a placeholder only while it still has visible replies, so a
    conversation keeps its shape without showing removed text.
    """
    nodes = {c.id: Node(c) for c in roots}
    for comment in descendants:
        parent = nodes.get(comment.parent_id) if comment.parent_id is not None else None
        if parent is None:  # its parent is beyond this page or hidden: nothing to attach to
            continue
        node = Node(comment)
        parent.replies.append(node)
        nodes[comment.id] = node
    forest = [nodes[c.id] for c in roots]
    return [node for node in forest if _prune(node)]


def _prune(node: Node) -> bool:
    """Remove deleted leaves bottom-up; return whether `node` itself stays."""
    node.replies = [child for child in node.replies if _prune(child)]
    return node.comment.status != CommentStatus.DELETED or bool(node.replies)
