"""Map ``METHOD /raw/path`` to an operation of the spec and its decoded path parameters.

Rules (those of Fastify's router, find-my-way):

* routes are looked up per method; an unknown method+path is a 404;
* a literal segment beats a parameter at the same position, left to right, so
  ``/api/v2/accounts/warmup/enable`` is never read as ``/api/v2/accounts/{email}/...`` and
  ``/api/v2/campaigns/analytics`` never as ``/api/v2/campaigns/{id}``;
* each segment of the raw (still percent-encoded) path is decoded on its own: ``a%40b.com`` and
  ``a@b.com`` are the same email, ``%2B`` is a plus and a raw ``+`` stays a plus (paths have no
  form encoding); an encoded ``/`` (``%2F``) stays inside its segment;
* a parameter never matches an empty segment.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

from ._spec import Operation


@dataclass(frozen=True)
class _Segment:
    literal: str | None
    param: str | None


@dataclass(frozen=True)
class Route:
    operation: Operation
    segments: tuple[_Segment, ...]

    @property
    def specificity(self) -> tuple[int, ...]:
        """Sorts literal-first: 0 for a literal segment, 1 for a parameter."""
        return tuple(0 if s.literal is not None else 1 for s in self.segments)


@dataclass(frozen=True)
class RouteMatch:
    operation: Operation
    params: dict[str, str]


def _split_template(path: str) -> tuple[_Segment, ...]:
    segments = []
    for part in path.split("/")[1:]:
        if part.startswith("{") and part.endswith("}"):
            segments.append(_Segment(literal=None, param=part[1:-1]))
        else:
            segments.append(_Segment(literal=part, param=None))
    return tuple(segments)


class Router:
    """Literal-first router over the operations of the spec."""

    def __init__(self, operations: tuple[Operation, ...]) -> None:
        self._routes: dict[str, list[Route]] = {}
        for operation in operations:
            route = Route(operation, _split_template(operation.path))
            self._routes.setdefault(operation.method, []).append(route)
        for routes in self._routes.values():
            routes.sort(key=lambda r: r.specificity)

    def match(self, method: str, raw_path: str) -> RouteMatch | None:
        """The operation for ``method`` and the raw request path, or ``None`` (a 404)."""
        if not raw_path.startswith("/"):
            return None
        try:
            parts = [unquote(part, errors="strict") for part in raw_path.split("/")[1:]]
        except UnicodeDecodeError:
            return None
        for route in self._routes.get(method.upper(), ()):
            params = self._match_route(route, parts)
            if params is not None:
                return RouteMatch(route.operation, params)
        return None

    @staticmethod
    def _match_route(route: Route, parts: list[str]) -> dict[str, str] | None:
        if len(parts) != len(route.segments):
            return None
        params: dict[str, str] = {}
        for segment, part in zip(route.segments, parts, strict=True):
            if segment.literal is not None:
                if segment.literal != part:
                    return None
            elif part == "" or segment.param is None:
                return None
            else:
                params[segment.param] = part
        return params
