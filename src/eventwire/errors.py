"""eventwire's one exception tree, and the reason codes of rejected inputs.

Every error carries a code (``E0xx``) and a hint that tells the user what to do,
in the manner of spaCy's errors: the code makes a message searchable, the hint
makes it actionable.

    EventwireError
    ├── InputError            bad input given to a reader
    │   └── RejectedInput     one input (or record) was refused; ``.reason`` is a Reason
    ├── StoreError            the DuckDB store cannot be opened or written
    │   ├── SchemaVersionError
    │   └── StoreBusyError    another process is writing the store
    ├── UsageError            a call or option that makes no sense
    │   └── NotFoundError     no such document, actor or event
    ├── ModelNotFoundError    the spaCy model is not installed
    ├── OutputError           an export or report cannot be written
    │   └── OutputExistsError the output is there already (use --force)
    └── WorkerError           a worker process of ``analyze --workers`` stopped

Operating-system errors (a full disk, a missing folder, permissions) are mapped
into this tree by :func:`from_os_error`, so that a user never sees a traceback
or an "internal error" for something that is not a bug.
"""

from __future__ import annotations

import errno
from enum import Enum


class Reason(str, Enum):
    """Why an input or a record inside it was rejected (stored in ``rejects.reason``)."""

    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    TOO_LARGE = "too_large"
    NO_TEXT = "no_text"
    UNSUPPORTED_MEDIA = "unsupported_media"
    PARSE_ERROR = "parse_error"
    BAD_RECORD = "bad_record"
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    ROBOTS_DISALLOWED = "robots_disallowed"
    FETCH_FAILED = "fetch_failed"
    TOO_DEEP = "too_deep"
    DECOMPRESSION_BOMB = "decompression_bomb"
    TIMEOUT = "timeout"


# What to tell the user for each reason: what happened is in the message, what
# to do is here.
HINTS: dict[Reason, str] = {
    Reason.EMPTY: "The input has no content; check that the file was saved completely.",
    Reason.BINARY: "This looks like a binary file (image, PDF, archive); give eventwire "
    "HTML, plain text, a feed, JSON Lines or a WARC file.",
    Reason.UNDECODABLE: "The text encoding could not be recognised; re-save the file as UTF-8.",
    Reason.TOO_LARGE: "The input is larger than the size limit; split it, or raise the "
    "limit with --max-bytes.",
    Reason.NO_TEXT: "No readable text was found; if this is a page that needs JavaScript, "
    "save it after it has loaded (or use the site's feed).",
    Reason.UNSUPPORTED_MEDIA: "Only text records (HTML, plain text, feeds) are read; this "
    "record was kept aside.",
    Reason.PARSE_ERROR: "The input could not be parsed; check that it is a complete file "
    "of the kind its content suggests.",
    Reason.BAD_RECORD: "A record in this file is malformed; fix or remove the line named "
    "in the message.",
    Reason.NOT_FOUND: "No such file, directory or glob match; check the path.",
    Reason.UNREADABLE: "The file could not be read; check its permissions.",
    Reason.ROBOTS_DISALLOWED: "The site's robots.txt asks robots not to fetch this page; save it from a "
    "browser and give eventwire the file, if you may.",
    Reason.FETCH_FAILED: "The page could not be fetched (see the status or error in the message); "
    "check the URL, or try again later.",
    Reason.TOO_DEEP: "The record nests deeper than eventwire reads (a sign of a generated or "
    "damaged file); flatten it, or remove the line named in the message.",
    Reason.DECOMPRESSION_BOMB: "The compressed data expands far beyond the size limit; "
    "decompress and split it yourself if it is genuine, or raise --max-bytes.",
    Reason.TIMEOUT: "Reading this input took longer than the time limit; split it into "
    "smaller files, or check that it is what it claims to be.",
}


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text}\n  hint: {self.hint}" if self.hint else text


class InputError(EventwireError):
    code = "E010"


class RejectedInput(InputError):
    """One input (or one record inside a container) was refused, with a reason."""

    code = "E011"

    def __init__(self, reason: Reason, message: str, *, input_name: str = "") -> None:
        super().__init__(message, hint=HINTS[reason])
        self.reason = reason
        self.input_name = input_name


class StoreError(EventwireError):
    code = "E020"


class SchemaVersionError(StoreError):
    code = "E021"


class UsageError(EventwireError):
    code = "E030"


class NotFoundError(UsageError):
    code = "E031"


class StoreBusyError(StoreError):
    code = "E022"


class ModelNotFoundError(EventwireError):
    code = "E040"


class OutputError(EventwireError):
    code = "E050"


class OutputExistsError(OutputError):
    code = "E051"


class WorkerError(EventwireError):
    """A worker process of ``analyze --workers`` stopped before it returned its documents (killed, out of memory)."""

    code = "E070"


class EngineError(EventwireError):
    """The Spark engine cannot start or finish: pyspark or Java missing, a cluster that refuses the job."""

    code = "E060"


def from_os_error(exc: OSError, *, action: str, path: str | None = None, kind: type[EventwireError] = OutputError) -> EventwireError:
    """An OSError as one of eventwire's errors, with a hint that fits its cause."""
    where = path or exc.filename or ""
    reason = exc.strerror or str(exc)
    hints = {  # what to do, by the OS's error name
        "ENOSPC": "The disk is full; free some space or write somewhere else.",
        "EACCES": "You may not write there; check the folder's permissions or choose another path.",
        "EPERM": "You may not write there; check the folder's permissions or choose another path.",
        "ENOENT": "A folder on the path does not exist; create it first or check the path.",
        "EROFS": "The file system is read-only; write somewhere else.",
        "EISDIR": "The path is a folder; give a file name.",
        "ENOTDIR": "A part of the path is a file, not a folder; check the path.",
    }
    name = errno.errorcode.get(exc.errno or 0, "")
    return kind(f"cannot {action} {where}: {reason}".replace("  ", " ").strip(), hint=hints.get(name))
