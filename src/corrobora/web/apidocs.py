"""The API's documentation page, built from the application's OpenAPI description.

A page of our own instead of a script-driven viewer: it needs no JavaScript and no
file from elsewhere, so it works under the site's Content-Security-Policy and offline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True, slots=True)
class Parameter:
    """One parameter of an operation."""

    name: str
    where: str
    required: bool
    type: str
    description: str


@dataclass(frozen=True, slots=True)
class Operation:
    """One method on one path, with its parameters and the statuses it answers."""

    method: str
    path: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    statuses: tuple[str, ...]


def _type(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return " | ".join(str(value) for value in schema["enum"])
    if "anyOf" in schema:
        return " or ".join(_type(option) for option in schema["anyOf"])
    if schema.get("type") == "array":
        return f"list of {_type(schema.get('items', {}))}"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    kind = str(schema.get("type", "any"))
    bounds = [f"≥ {schema['minimum']}"] if "minimum" in schema else []
    bounds += [f"≤ {schema['maximum']}"] if "maximum" in schema else []
    return f"{kind} ({', '.join(bounds)})" if bounds else kind


def _parameter(data: dict[str, Any], components: dict[str, Any]) -> Parameter:
    schema = data.get("schema", {})
    ref = schema.get("$ref")
    if ref:
        schema = components.get(str(ref).rsplit("/", 1)[-1], schema)
    return Parameter(
        name=str(data.get("name", "")),
        where=str(data.get("in", "")),
        required=bool(data.get("required", False)),
        type=_type(schema),
        description=str(data.get("description") or schema.get("description") or ""),
    )


def operations(openapi: dict[str, Any]) -> tuple[Operation, ...]:
    """Return the operations of an OpenAPI description, in path order."""
    components = openapi.get("components", {}).get("schemas", {})
    found = []
    for path, item in openapi.get("paths", {}).items():
        for method in _METHODS:
            data = item.get(method)
            if data is None:
                continue
            parameters = tuple(_parameter(p, components) for p in data.get("parameters", []))
            found.append(
                Operation(
                    method=method.upper(),
                    path=str(path),
                    summary=str(data.get("summary", "")),
                    description=str(data.get("description", "")),
                    parameters=parameters,
                    statuses=tuple(sorted(str(code) for code in data.get("responses", {}))),
                )
            )
    return tuple(found)
