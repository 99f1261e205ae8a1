"""Values kept between builds as data, never code: a value of a named type in, a checked JSON file out, and back.

A cache file is two lines of UTF-8: a JSON header ``{"format": "explainer-cache", "format_version": 1,
"version": <the code's version>, "sha256": <hash of the second line>}`` and the value as JSON. Reading takes
the type the caller expects (`kind`) and builds nothing else: strings, numbers, booleans, None, lists, tuples,
dicts, bytes (base64), dates and the project's dataclasses, walked by their fields, so a field added to a
dataclass needs no change here. A file that is damaged, of another format or not of that type is a miss with
a reason (`read` never raises); a file written by other code (`version`) is a silent miss.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import itertools
import json
import os
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .gcpause import collector_paused

FORMAT = "explainer-cache"
FORMAT_VERSION = 1  # raise when the layout of the file or of a type's JSON changes
SUFFIX = ".json"
_MAX_HEADER = 1024


class CacheFileError(ValueError):
    """A cache file's text is not a value of the expected type."""


def dumps(value: Any, kind: Any, version: str) -> bytes:
    """The file's bytes for `value` of type `kind`, written by code `version`."""
    body = json.dumps(_codec(kind)[0](value), ensure_ascii=True, separators=(",", ":")).encode("ascii")
    header = {"format": FORMAT, "format_version": FORMAT_VERSION, "version": version,
              "sha256": hashlib.sha256(body).hexdigest()}
    return json.dumps(header, separators=(",", ":")).encode("ascii") + b"\n" + body


def loads(data: bytes, kind: Any, version: str) -> tuple[Any, str | None]:
    """(value, None) from a file's bytes; (None, None) when other code wrote it; (None, problem) when it is
    damaged or not a `kind`. Never raises."""
    header_line, newline, body = data.partition(b"\n")
    try:
        if not newline or len(header_line) > _MAX_HEADER:
            raise CacheFileError("no header")
        header = json.loads(header_line)
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise CacheFileError("not an explainer cache file")
        if header.get("format_version") != FORMAT_VERSION or header.get("version") != version:
            return None, None
        if header.get("sha256") != hashlib.sha256(body).hexdigest():
            raise CacheFileError("damaged: its hash does not match")
        with collector_paused():  # a large file's objects would set off collections walking the whole process
            return _codec(kind)[1](json.loads(body)), None
    except (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError, UnicodeError) as error:
        return None, _reason(error)


def write(path: Path, value: Any, kind: Any, version: str) -> str | None:
    """Write `value` to `path` atomically (a temporary file renamed into place); a problem (a full disk, a
    folder that cannot be made) is returned, not raised: the value is then simply not kept."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(dumps(value, kind, version))
        temporary.replace(path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        return f"{path.name}: cannot be written ({error.strerror or error}); not kept"
    return None


def read(path: Path, kind: Any, version: str) -> tuple[Any, str | None]:
    """(value, None) from the file at `path`; (None, None) when it is absent or other code wrote it; (None,
    problem) when it cannot be read or is damaged — a miss, named so the log can say so."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None, None
    except OSError as error:
        return None, f"{path.name}: cannot be read ({error.strerror or error}); computed again"
    value, problem = loads(data, kind, version)
    return value, (f"{path.name}: {problem}; computed again" if problem else None)


def _reason(error: Exception) -> str:
    if isinstance(error, CacheFileError):
        return str(error)
    return f"not readable as a cache file ({type(error).__name__})"


# ---------------------------------------------------------------------------------------------
# Encoders and decoders per type, made once per type
# ---------------------------------------------------------------------------------------------

Codec = tuple[Callable[[Any], Any], Callable[[Any], Any]]


def _identity(value: Any) -> Any:
    return value


def _checked(*allowed: type) -> Callable[[Any], Any]:
    def decode(value: Any) -> Any:
        if type(value) not in allowed:
            raise CacheFileError(f"expected {allowed[0].__name__}, found {type(value).__name__}")
        return value
    return decode


def _float(value: Any) -> float:
    if type(value) not in (float, int):
        raise CacheFileError(f"expected float, found {type(value).__name__}")
    return float(value)


_SCALARS: dict[Any, Codec] = {
    str: (_identity, _checked(str)),
    int: (_identity, _checked(int)),
    bool: (_identity, _checked(bool)),
    float: (_identity, _float),
    type(None): (_identity, _checked(type(None))),
}


@functools.cache
def _codec(kind: Any) -> Codec:
    """(encode, decode) for values of type `kind`; a type the cache cannot hold is a programming error."""
    if kind in _SCALARS:
        return _SCALARS[kind]
    if kind is bytes:
        return _encode_bytes, _decode_bytes
    if kind is dt.datetime or kind is dt.date:
        return _dates(kind)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return _dataclass(kind)
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (types.UnionType, typing.Union):
        return _optional(kind, args)
    if origin is typing.Literal:
        return _literal(args)
    if origin is list and len(args) == 1:
        return _sequence(list, args[0])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _sequence(tuple, args[0])
    if origin in (set, frozenset) and len(args) == 1:
        return _set(origin, args[0])
    if origin is tuple and args:
        return _fixed_tuple([_codec(arg) for arg in args])
    if origin is dict and len(args) == 2:
        return _mapping(args[0], _codec(args[0]), _codec(args[1]))
    raise TypeError(f"the cache cannot hold values of type {kind!r}")


def _encode_bytes(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _decode_bytes(value: Any) -> bytes:
    return base64.b64decode(_checked(str)(value), validate=True)


def _dates(kind: type) -> Codec:
    def decode(value: Any) -> Any:
        parsed = kind.fromisoformat(_checked(str)(value))
        if type(parsed) is not kind:
            raise CacheFileError(f"expected {kind.__name__}")
        return parsed
    return (lambda value: value.isoformat()), decode


def _optional(kind: Any, args: tuple) -> Codec:
    others = [arg for arg in args if arg is not type(None)]
    if len(others) != 1 or len(args) != 2:
        raise TypeError(f"the cache holds only unions with None, not {kind!r}")
    encode_one, decode_one = _codec(others[0])
    return ((lambda value: None if value is None else encode_one(value)),
            (lambda value: None if value is None else decode_one(value)))


def _sequence(container: type, item_kind: Any) -> Codec:
    encode_item, decode_item = _codec(item_kind)
    if _plain(item_kind):  # strings, numbers: checked all at once, nothing to convert
        allowed = _json_types(item_kind)

        def decode_plain(value: Any) -> Any:
            if not set(map(type, _checked(list)(value))) <= allowed:
                raise CacheFileError(f"expected items of {item_kind!r}")
            return value if container is list else container(value)
        return (lambda value: list(value)), decode_plain

    def encode(value: Any) -> list:
        return [encode_item(element) for element in value]

    def decode(value: Any) -> Any:
        return container(decode_item(element) for element in _checked(list)(value))
    return encode, decode


def _set(container: type, item_kind: Any) -> Codec:
    """A set as a sorted list (the same file in every process)."""
    encode_list, decode_list = _sequence(list, item_kind)
    return (lambda value: sorted(encode_list(value), key=repr)), (lambda value: container(decode_list(value)))


def _literal(args: tuple) -> Codec:
    def decode(value: Any) -> Any:
        if value not in args or type(value) not in {type(arg) for arg in args}:
            raise CacheFileError(f"expected one of {args!r}")
        return value
    return _identity, decode


def _fixed_tuple(items: list[Codec]) -> Codec:
    def encode(value: Any) -> list:
        return [encode_item(element) for (encode_item, _), element in zip(items, value, strict=True)]

    def decode(value: Any) -> tuple:
        if len(_checked(list)(value)) != len(items):
            raise CacheFileError(f"expected {len(items)} items, found {len(value)}")
        return tuple(decode_item(element) for (_, decode_item), element in zip(items, value))
    return encode, decode


def _mapping(key_kind: Any, key: Codec, item: Codec) -> Codec:
    """A dict with text keys as a JSON object; with other keys as a list of [key, value] pairs."""
    encode_key, decode_key = key
    encode_item, decode_item = item
    if key_kind is str:
        return (lambda value: {name: encode_item(element) for name, element in value.items()},
                lambda value: {decode_key(name): decode_item(element)
                               for name, element in _checked(dict)(value).items()})
    return (lambda value: [[encode_key(name), encode_item(element)] for name, element in value.items()],
            lambda value: {decode_key(pair[0]): decode_item(pair[1]) for pair in _pairs(value)})


def _pairs(value: Any) -> list:
    if any(type(pair) is not list or len(pair) != 2 for pair in _checked(list)(value)):
        raise CacheFileError("expected [key, value] pairs")
    return value


def _dataclass(cls: type) -> Codec:
    """A dataclass as a JSON array of the fields its constructor takes, in their order, each by its declared type.

    Decoding checks the JSON types of all fields at once (one signature lookup) and decodes only the fields that
    need it (containers, dataclasses, bytes, dates, floats), so reading stays near the speed of `json.loads`."""
    fields = [field for field in dataclasses.fields(cls) if field.init]
    names = [field.name for field in fields]
    keywords = any(field.kw_only for field in fields)
    # A plain dataclass (no __post_init__, no slots, every field set by __init__) is filled in directly.
    direct = (not hasattr(cls, "__post_init__") and "__slots__" not in cls.__dict__
              and len(fields) == len(dataclasses.fields(cls)))
    made: dict[str, Any] = {}

    def prepare() -> dict[str, Any]:  # on first use, as a dataclass may hold itself
        if not made:
            hints = typing.get_type_hints(cls)
            kinds = [hints[name] for name in names]
            made["encoders"] = [_codec(kind)[0] for kind in kinds]
            made["signatures"] = _signatures([_json_types(kind) for kind in kinds])
            made["decode"] = [(index, _codec(kind)[1]) for index, kind in enumerate(kinds)
                              if made["signatures"] is None or not _plain(kind)]
        return made

    def encode(value: Any) -> list:
        return [encode_field(getattr(value, name)) for encode_field, name in zip(prepare()["encoders"], names)]

    def decode(value: Any) -> Any:
        codecs = prepare()
        if type(value) is not list or len(value) != len(names):
            raise CacheFileError(f"not a {cls.__name__}")
        signatures = codecs["signatures"]
        if signatures is not None and tuple(map(type, value)) not in signatures:
            raise CacheFileError(f"not a {cls.__name__}")
        for index, decode_field in codecs["decode"]:
            value[index] = decode_field(value[index])
        if direct:  # what the generated __init__ would do, without its per-field calls (frozen ones are slow)
            made_value = cls.__new__(cls)
            made_value.__dict__.update(zip(names, value))
            return made_value
        return cls(**dict(zip(names, value))) if keywords else cls(*value)
    return encode, decode


_PLAIN = (str, int, bool, type(None))


def _plain(kind: Any) -> bool:
    """A type whose JSON value is the value itself (checked by the signature alone)."""
    if kind in _PLAIN:
        return True
    if typing.get_origin(kind) in (types.UnionType, typing.Union):
        return all(arg in _PLAIN for arg in typing.get_args(kind))
    return False


def _json_types(kind: Any) -> frozenset[type]:
    """The JSON types (as json.loads makes them) a value of `kind` may be written as."""
    if kind in _PLAIN:
        return frozenset({kind})
    if kind is float:
        return frozenset({float, int})
    if kind in (bytes, dt.date, dt.datetime):
        return frozenset({str})
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        return frozenset().union(*(_json_types(arg) for arg in typing.get_args(kind)))
    if origin is typing.Literal:
        return frozenset(type(arg) for arg in typing.get_args(kind))
    if origin is dict and typing.get_args(kind)[0] is str:
        return frozenset({dict})
    return frozenset({list})  # lists, tuples, dicts of other keys (pairs), dataclasses


_MAX_SIGNATURES = 4096


def _signatures(per_field: list[frozenset[type]]) -> frozenset[tuple[type, ...]] | None:
    """Every tuple of JSON types the fields may have; None when there are too many to list (each field's
    decoder checks it then)."""
    count = 1
    for allowed in per_field:
        count *= len(allowed)
    if count > _MAX_SIGNATURES:
        return None
    return frozenset(itertools.product(*[sorted(allowed, key=lambda kind: kind.__name__) for allowed in per_field]))
