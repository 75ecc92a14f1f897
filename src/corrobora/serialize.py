"""Turn model records into JSON-ready values and back, generically.

One encoder and one decoder serve every record of :mod:`corrobora.model`: they walk
``dataclasses.fields`` and the resolved type hints of each class (cached per class),
so a new record or field needs no new code here. The JSON shape is:

- a record is an object with one key per field, in declaration order;
- a ``Span`` is a two-item list ``[start, end]`` (spans are everywhere, so they stay small);
- a tuple is a list; an enum is its value; ``None`` is ``null``;
- a ``datetime`` is ISO 8601 text with its UTC offset (``2024-05-01T09:30:00+02:00``),
  a ``date`` is ``YYYY-MM-DD``.

Decoding is strict: a missing required field, an unknown field or a value of the wrong
type raises :class:`ValueError` naming where it is (``AnalyzedArticle.claims[2].span``).
Non-finite floats are refused when encoding, because JSON cannot carry them.
"""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from corrobora.model import Span

T = TypeVar("T")

Decoder = Callable[[Any], Any]

__all__ = ["dumps", "from_jsonable", "loads", "to_jsonable"]


class _PathError(ValueError):
    """A conversion failure that collects where it happened while it propagates up."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path: list[str] = []


def to_jsonable(obj: Any) -> Any:
    """Return ``obj`` as plain JSON values (dict, list, str, int, float, bool, None).

    Args:
        obj: A model record, or any value a record field may hold.

    Raises:
        ValueError: A value cannot be written as JSON (a NaN, an unsupported type); the
            message names the field path.
    """
    try:
        return _encode(obj)
    except _PathError as error:
        where = type(obj).__name__ + "".join(error.path)
        raise ValueError(f"cannot serialize {where}: {error.reason}") from None


def from_jsonable(cls: type[T], data: Any) -> T:
    """Rebuild a value of type ``cls`` from the JSON values :func:`to_jsonable` made.

    Args:
        cls: The expected type, usually a model record class such as ``Article``.
        data: Plain JSON values (as returned by ``json.loads``).

    Raises:
        ValueError: ``data`` does not match ``cls``; the message names the field path.
    """
    try:
        return typing.cast(T, _decoder(cls)(data))
    except _PathError as error:
        where = getattr(cls, "__name__", str(cls)) + "".join(error.path)
        raise ValueError(f"cannot read {where}: {error.reason}") from None


def dumps(obj: Any) -> str:
    """Return ``obj`` as compact JSON text (UTF-8 characters kept as they are)."""
    return json.dumps(to_jsonable(obj), ensure_ascii=False, separators=(",", ":"))


def loads(cls: type[T], text: str | bytes) -> T:
    """Parse JSON text made by :func:`dumps` back into a value of type ``cls``.

    Raises:
        ValueError: The text is not JSON or does not match ``cls``.
    """
    return from_jsonable(cls, json.loads(text))


# --------------------------------------------------------------------------- encoding


def _encode(obj: Any) -> Any:
    if obj is None or isinstance(obj, bool):
        return obj
    if isinstance(obj, Enum):
        return _encode(obj.value)
    if isinstance(obj, int | str):
        return obj
    if isinstance(obj, float):
        if not math.isfinite(obj):
            raise _PathError(f"{obj!r} is not a finite number and JSON cannot hold it")
        return obj
    if isinstance(obj, Span):
        return [obj.start, obj.end]
    if isinstance(obj, date):  # datetime is a date too
        return obj.isoformat()
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        result: dict[str, Any] = {}
        for name in _field_names(type(obj)):
            try:
                result[name] = _encode(getattr(obj, name))
            except _PathError as error:
                error.path.insert(0, f".{name}")
                raise
        return result
    if isinstance(obj, tuple | list):
        items = []
        for index, item in enumerate(obj):
            try:
                items.append(_encode(item))
            except _PathError as error:
                error.path.insert(0, f"[{index}]")
                raise
        return items
    if isinstance(obj, dict):
        mapping: dict[str, Any] = {}
        for key, value in obj.items():
            if not isinstance(key, str):
                raise _PathError(f"mapping key {key!r} is not a string")
            try:
                mapping[key] = _encode(value)
            except _PathError as error:
                error.path.insert(0, f"[{key!r}]")
                raise
        return mapping
    raise _PathError(f"values of type {type(obj).__name__} cannot be serialized")


_FIELD_NAMES: dict[type[Any], tuple[str, ...]] = {}


def _field_names(cls: type[Any]) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(field.name for field in dataclasses.fields(cls))
    return names


# --------------------------------------------------------------------------- decoding


def _describe(value: Any) -> str:
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{text} ({type(value).__name__})"


_DECODERS: dict[Any, Decoder] = {}


def _decoder(tp: Any) -> Decoder:
    """Return a function decoding JSON values into type ``tp`` (cached per type form)."""
    decoder = _DECODERS.get(tp)
    if decoder is None:
        decoder = _DECODERS[tp] = _make_decoder(tp)
    return decoder


def _make_decoder(tp: Any) -> Decoder:
    if tp is Any:
        return _identity
    if tp is type(None) or tp is None:
        return _decode_none
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        return _union_decoder(typing.get_args(tp))
    if origin is tuple:
        return _tuple_decoder(typing.get_args(tp))
    if origin is list:
        (item_type,) = typing.get_args(tp)
        return _sequence_decoder(_decoder(item_type), list)
    if origin is dict:
        _key_type, value_type = typing.get_args(tp)
        return _dict_decoder(_decoder(value_type))
    if not isinstance(tp, type):
        raise TypeError(f"cannot decode values of type form {tp!r}")
    if tp is Span:
        return _decode_span
    if dataclasses.is_dataclass(tp):
        return _record_decoder(tp)
    if issubclass(tp, Enum):
        return _enum_decoder(tp)
    if issubclass(tp, datetime):
        return _decode_datetime
    if issubclass(tp, date):
        return _decode_date
    if tp is bool:
        return _decode_bool
    if tp is int:
        return _decode_int
    if tp is float:
        return _decode_float
    if tp is str:
        return _decode_str
    raise TypeError(f"cannot decode values of type {tp.__name__}")


def _identity(data: Any) -> Any:
    return data


def _decode_none(data: Any) -> None:
    if data is not None:
        raise _PathError(f"expected null, got {_describe(data)}")


def _decode_bool(data: Any) -> bool:
    if not isinstance(data, bool):
        raise _PathError(f"expected true or false, got {_describe(data)}")
    return data


def _decode_int(data: Any) -> int:
    if isinstance(data, bool) or not isinstance(data, int):
        raise _PathError(f"expected an integer, got {_describe(data)}")
    return data


def _decode_float(data: Any) -> float:
    if isinstance(data, bool) or not isinstance(data, int | float):
        raise _PathError(f"expected a number, got {_describe(data)}")
    return float(data)


def _decode_str(data: Any) -> str:
    if not isinstance(data, str):
        raise _PathError(f"expected a string, got {_describe(data)}")
    return data


def _decode_datetime(data: Any) -> datetime:
    if not isinstance(data, str):
        raise _PathError(f"expected an ISO 8601 date-time string, got {_describe(data)}")
    try:
        return datetime.fromisoformat(data)
    except ValueError:
        raise _PathError(f"{data!r} is not an ISO 8601 date-time") from None


def _decode_date(data: Any) -> date:
    if not isinstance(data, str):
        raise _PathError(f"expected a YYYY-MM-DD date string, got {_describe(data)}")
    try:
        return date.fromisoformat(data)
    except ValueError:
        raise _PathError(f"{data!r} is not a YYYY-MM-DD date") from None


def _decode_span(data: Any) -> Span:
    if (
        not isinstance(data, list)
        or len(data) != 2
        or any(isinstance(x, bool) or not isinstance(x, int) for x in data)
    ):
        raise _PathError(f"expected a [start, end] list of two integers, got {_describe(data)}")
    try:
        return Span(data[0], data[1])
    except ValueError as error:
        raise _PathError(str(error)) from None


def _enum_decoder(cls: type[Enum]) -> Decoder:
    def decode(data: Any) -> Enum:
        try:
            return cls(data)
        except ValueError:
            allowed = ", ".join(repr(member.value) for member in cls)
            raise _PathError(f"{data!r} is not a {cls.__name__} (one of {allowed})") from None

    return decode


def _union_decoder(args: tuple[Any, ...]) -> Decoder:
    nullable = type(None) in args
    arms = tuple(_decoder(arg) for arg in args if arg is not type(None))

    def decode(data: Any) -> Any:
        if data is None and nullable:
            return None
        failure: _PathError | None = None
        for arm in arms:
            try:
                return arm(data)
            except _PathError as error:
                failure = error
        if failure is None:  # only None was allowed
            raise _PathError(f"expected null, got {_describe(data)}")
        raise failure

    return decode


def _tuple_decoder(args: tuple[Any, ...]) -> Decoder:
    if len(args) == 2 and args[1] is Ellipsis:
        return _sequence_decoder(_decoder(args[0]), tuple)
    items = tuple(_decoder(arg) for arg in args)

    def decode(data: Any) -> tuple[Any, ...]:
        if not isinstance(data, list) or len(data) != len(items):
            raise _PathError(f"expected a list of {len(items)} items, got {_describe(data)}")
        return tuple(
            _at_index(item, index, value)
            for index, (item, value) in enumerate(zip(items, data, strict=True))
        )

    return decode


def _at_index(decode: Decoder, index: int, value: Any) -> Any:
    try:
        return decode(value)
    except _PathError as error:
        error.path.insert(0, f"[{index}]")
        raise


def _sequence_decoder(item: Decoder, container: Callable[[list[Any]], Any]) -> Decoder:
    def decode(data: Any) -> Any:
        if not isinstance(data, list):
            raise _PathError(f"expected a list, got {_describe(data)}")
        return container([_at_index(item, index, value) for index, value in enumerate(data)])

    return decode


def _dict_decoder(value: Decoder) -> Decoder:
    def decode(data: Any) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise _PathError(f"expected an object, got {_describe(data)}")
        result: dict[str, Any] = {}
        for key, item in data.items():
            try:
                result[key] = value(item)
            except _PathError as error:
                error.path.insert(0, f"[{key!r}]")
                raise
        return result

    return decode


@dataclasses.dataclass(frozen=True, slots=True)
class _FieldPlan:
    name: str
    decode: Decoder
    required: bool


def _plan(cls: type[Any]) -> tuple[_FieldPlan, ...]:
    """Return how to decode each field of record ``cls`` (its type hints resolved here)."""
    hints = typing.get_type_hints(cls)
    return tuple(
        _FieldPlan(
            name=field.name,
            decode=_decoder(hints[field.name]),
            required=field.default is dataclasses.MISSING
            and field.default_factory is dataclasses.MISSING,
        )
        for field in dataclasses.fields(cls)
        if field.init
    )


def _record_decoder(cls: type[Any]) -> Decoder:
    # The plan is built on first use, not here, so that records may refer to each other.
    plans: list[tuple[_FieldPlan, ...]] = []

    def decode(data: Any) -> Any:
        if not isinstance(data, dict):
            raise _PathError(f"expected a JSON object for {cls.__name__}, got {_describe(data)}")
        if not plans:
            plans.append(_plan(cls))
        plan = plans[0]
        values: dict[str, Any] = {}
        for field in plan:
            if field.name not in data:
                if field.required:
                    raise _PathError(f"{cls.__name__} field {field.name!r} is missing")
                continue
            try:
                values[field.name] = field.decode(data[field.name])
            except _PathError as error:
                error.path.insert(0, f".{field.name}")
                raise
        if len(values) < len(data):
            known = {field.name for field in plan}
            unknown = sorted(str(key) for key in data if key not in known)
            if unknown:
                raise _PathError(f"unknown {cls.__name__} field(s): {', '.join(unknown)}")
        try:
            return cls(**values)
        except (TypeError, ValueError) as error:
            raise _PathError(f"invalid {cls.__name__}: {error}") from None

    return decode
