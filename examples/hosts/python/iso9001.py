"""iso9001 from Python through the C library (ctypes, standard library only).

A portal team copies this file: it loads ``libiso9001.so`` (the path in
``ISO9001_LIB``, else the system's library search), passes text as UTF-8
pointer + length, turns every non-OK status into :class:`Iso9001Error`
with the library's stable code, and frees every string and handle the
library hands out.
"""

from __future__ import annotations

import ctypes
import json
import os
from typing import Any, Optional

LANG_VI = 0
LANG_EN = 1

_u8p = ctypes.POINTER(ctypes.c_uint8)


class Iso9001Error(Exception):
    """An error from the library: ``code`` is stable, ``message`` localised."""

    def __init__(self, code: str, message: str, field: Optional[str] = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


def _load() -> ctypes.CDLL:
    path = os.environ.get("ISO9001_LIB") or "libiso9001.so"
    lib = ctypes.CDLL(path)
    out = ctypes.POINTER(ctypes.c_void_p)  # char** as void** (freed by us)
    sig = {
        "iso9001_version": ([], ctypes.c_char_p),
        "iso9001_string_free": ([ctypes.c_void_p], None),
        "iso9001_last_error_json": ([], ctypes.c_void_p),
        "iso9001_clause": ([_u8p, ctypes.c_size_t, _u8p, ctypes.c_size_t, ctypes.c_uint32, out], ctypes.c_uint32),
        "iso9001_checker_new": ([_u8p, ctypes.c_size_t, ctypes.c_uint32, out], ctypes.c_uint32),
        "iso9001_checker_free": ([ctypes.c_void_p], None),
        "iso9001_check_document": (
            [ctypes.c_void_p, _u8p, ctypes.c_size_t, _u8p, ctypes.c_size_t, ctypes.c_uint32, out],
            ctypes.c_uint32,
        ),
        "iso9001_calendar_new": ([_u8p, ctypes.c_size_t, ctypes.c_uint32, out], ctypes.c_uint32),
        "iso9001_calendar_free": ([ctypes.c_void_p], None),
        "iso9001_calendar_query": (
            [ctypes.c_void_p, _u8p, ctypes.c_size_t, ctypes.c_uint32, out],
            ctypes.c_uint32,
        ),
    }
    for name, (args, res) in sig.items():
        f = getattr(lib, name)
        f.argtypes = args
        f.restype = res
    return lib


_lib = _load()


def _bytes(text: Optional[str]) -> tuple[Optional[ctypes.Array], int]:
    if text is None:
        return None, 0
    data = text.encode("utf-8")
    return (ctypes.c_uint8 * len(data)).from_buffer_copy(data), len(data)


def _take(ptr: Optional[int]) -> Optional[str]:
    """Copies a string the library returned, then frees it (exactly once)."""
    if not ptr:
        return None
    try:
        return ctypes.string_at(ptr).decode("utf-8")
    finally:
        _lib.iso9001_string_free(ptr)


def _check(status: int) -> None:
    if status != 0:
        info = json.loads(_take(_lib.iso9001_last_error_json()) or "{}")
        raise Iso9001Error(info.get("code", "unknown"), info.get("message", ""), info.get("field"))


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def version() -> str:
    """The library version."""
    return _lib.iso9001_version().decode("utf-8")


def clause(number: str, edition: Optional[str] = None, lang: int = LANG_VI) -> dict:
    """One clause of an edition (the national standard in force by default)."""
    ed, ed_len = _bytes(edition)
    num, num_len = _bytes(number)
    out = ctypes.c_void_p()
    _check(_lib.iso9001_clause(ed, ed_len, num, num_len, lang, ctypes.byref(out)))
    return json.loads(_take(out.value))


class Checker:
    """An agency's policy compiled once; use it in a ``with`` block (or call
    :meth:`close`) so the library's memory is freed."""

    def __init__(self, policy: Any = None, lang: int = LANG_VI):
        data, n = _bytes(None if policy is None else _text(policy))
        handle = ctypes.c_void_p()
        _check(_lib.iso9001_checker_new(data, n, lang, ctypes.byref(handle)))
        self._handle = handle

    def check_document(self, document: Any, as_of: str, lang: int = LANG_VI) -> dict:
        """The report of one procedure document as of a date (YYYY-MM-DD)."""
        doc, doc_len = _bytes(_text(document))
        day, day_len = _bytes(as_of)
        out = ctypes.c_void_p()
        _check(_lib.iso9001_check_document(self._handle, doc, doc_len, day, day_len, lang, ctypes.byref(out)))
        return json.loads(_take(out.value))

    def close(self) -> None:
        if self._handle:
            _lib.iso9001_checker_free(self._handle)
            self._handle = None

    def __enter__(self) -> "Checker":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Calendar:
    """A working calendar (holidays, office hours, the 15:00 cut-off)."""

    def __init__(self, config: Any = None, lang: int = LANG_VI):
        data, n = _bytes(None if config is None else _text(config))
        handle = ctypes.c_void_p()
        _check(_lib.iso9001_calendar_new(data, n, lang, ctypes.byref(handle)))
        self._handle = handle

    def query(self, query: Any, lang: int = LANG_VI) -> dict:
        """Answers a calendar query (``{"kind": "due", ...}`` and the others)."""
        q, q_len = _bytes(_text(query))
        out = ctypes.c_void_p()
        _check(_lib.iso9001_calendar_query(self._handle, q, q_len, lang, ctypes.byref(out)))
        return json.loads(_take(out.value))

    def close(self) -> None:
        if self._handle:
            _lib.iso9001_calendar_free(self._handle)
            self._handle = None

    def __enter__(self) -> "Calendar":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
