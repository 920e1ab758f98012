"""Reads a 1C "ClientBankExchange" text file into its header, account sections and document sections.

Written from the format's published description, not from any writer of ours: every
field keeps the line it came from, so that whatever is wrong later can be shown at its line. A
file that is not such a file, or is cut off or damaged, is refused whole with one ExchangeFormatError
that names the line.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from bsclient.interpreter_tuning import making_many_objects
from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message

# Payment orders of a year fit in a few MB; past this the file is not what the clerk meant to pick,
# and it is refused before it is decoded.
MAX_FILE_SIZE = 50 * 1024 * 1024

FIRST_LINE = "1CClientBankExchange"
FILE_END = "КонецФайла"
ACCOUNT_START, ACCOUNT_END = "СекцияРасчСчет", "КонецРасчСчет"
DOCUMENT_START, DOCUMENT_END = "СекцияДокумент", "КонецДокумента"
ACCOUNT_KIND = "РасчСчет"  # the kind of every account section
ENCODING_KEY = "Кодировка"
VERSION_KEY = "ВерсияФормата"
REQUIRED_HEADER = (VERSION_KEY, ENCODING_KEY)
REQUIRED_ACCOUNT = ("РасчСчет",)
# The header lists each account and each kind of document on a line of its own.
REPEATABLE_HEADER = frozenset({"РасчСчет", "Документ"})
# Lines that open or close a part of the file: never a field's name.
_MARKERS = frozenset({ACCOUNT_START, ACCOUNT_END, DOCUMENT_END, FILE_END, FIRST_LINE})

# The header's word for the encoding → the codec (Windows = cp1251, DOS = cp866).
_CODECS = {"windows": "cp1251", "dos": "cp866", "utf-8": "utf-8", "utf8": "utf-8"}
_CODEC_NAMES = {"cp1251": "Windows-1251", "kz1048": "Windows-1251 (Kazakh, KZ-1048)", "cp866": "DOS (CP866)",
                "utf-8": "UTF-8"}
# Windows-1251 has no Kazakh letters but І і. Kazakhstan's standard variant of it (STRK 1048-2002,
# Python's kz1048) puts them where Windows-1251 has 16 Serbian and Ukrainian letters, which Kazakh
# payments do not use: a "Windows" file holding those letters is read as KZ-1048.
_KZ1048_LETTERS = re.compile("[ЌЋќћЎўЈҐЄЇґєј"
                             "Ѕѕї]")
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

_BREAK = re.compile(r"\r\n|\r|\n")
_BYTE_BREAK = re.compile(rb"\r\n|\r|\n")
_KEY = re.compile(r"\w+")
# Control characters have no place in a text file; DOS's end-of-file mark is dropped at the very end.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
# What Kazakh payment text holds beyond ASCII: Cyrillic, Kazakh letters, Latin letters with marks,
# the usual typographic signs. A single-byte file read in the wrong code page turns into something
# else (box drawing, Serbian letters, odd signs), and that is how a wrong header is noticed.
_SUSPICIOUS = re.compile(
    "[^\x00-\x7f\u0410-\u044f\u0401\u0451\u04d8\u04d9\u0492\u0493\u049a\u049b\u04a2\u04a3\u04e8\u04e9"
    "\u04b0\u04b1\u04ae\u04af\u04ba\u04bb\u0406\u0456\u00c0-\u024f\u00a0\u00ab\u00bb\u00b0\u00b1\u00b7"
    "\u00d7\u00a7\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2026\u2022\u2116\u20ac]")
_GARBLED_MINIMUM = 3  # suspicious characters on one line before it counts as garbled


class ExchangeFormatError(ClerkError):
    """The file is not a readable 1C exchange file; `line` is where that shows (also in the params)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.line: int = int(message.params.get("line", 0))


class ExchangeReadError(ClerkError):
    """The file cannot be read from the disk at all."""


@dataclass
class Section:
    """One section: `kind` is the document's kind ("Платежное поручение", "Выписка") or "РасчСчет"
    for an account section; `first_line` is the line that opens it; each field's line is kept."""

    kind: str
    fields: dict[str, str] = field(default_factory=dict)
    first_line: int = 0
    field_lines: dict[str, int] = field(default_factory=dict)
    last_line: int = 0
    _folded: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def line_of(self, key: str) -> int:
        """The line of field `key`, or the section's first line when the field is missing."""
        return self.field_lines.get(key, self.first_line)

    def folded_names(self) -> dict[str, str]:
        """Each field's name case-folded → the name as the file writes it (names match without regard
        to case); made once, as every check of an order asks for it."""
        if len(self._folded) != len(self.fields):
            self._folded = _folded_names(tuple(self.fields))
        return self._folded


@functools.lru_cache(maxsize=64)  # the sections of a file give the same names: one dict for them all, read only
def _folded_names(names: tuple[str, ...]) -> dict[str, str]:
    return {name.casefold(): name for name in names}


@dataclass
class ExchangeFile:
    """The header's fields, the account sections and the document sections, in file order.

    `header` keeps the first value of a key the header may repeat (РасчСчет, Документ);
    `header_lists` keeps all of them.
    """

    header: dict[str, str]
    accounts: list[Section]
    documents: list[Section]
    header_lines: dict[str, int] = field(default_factory=dict)
    header_lists: dict[str, list[str]] = field(default_factory=dict)
    encoding: str = ""
    end_line: int = 0  # the line of КонецФайла (0 when the file lacks it but every section closed)
    warnings: list[Message] = field(default_factory=list)  # read all the same, but the clerk should know


def _error(source: str, **params: object) -> ExchangeFormatError:
    return ExchangeFormatError(Message("Exchange", source, params))


def read_exchange_file(path: Path) -> bytes:
    """The file's bytes, never more than MAX_FILE_SIZE + 1 of them (parsing refuses those)."""
    try:
        with open(path, "rb") as file:
            return file.read(MAX_FILE_SIZE + 1)
    except OSError as exc:
        raise ExchangeReadError(Message("Exchange", QT_TRANSLATE_NOOP(
            "Exchange", "The file {path} cannot be read ({reason}). Check that it exists and that you may open it."),
            {"path": str(path), "reason": exc.strerror or exc.__class__.__name__})) from exc


@making_many_objects()
def parse_exchange_file(data: bytes) -> ExchangeFile:
    """The sections of a 1C exchange file; ExchangeFormatError (with the line) when it cannot be read."""
    if len(data) > MAX_FILE_SIZE:
        raise _error(QT_TRANSLATE_NOOP(
            "Exchange", "The file is larger than {limit} MB (it passes that size at line {line}); a 1C exchange file "
            "is far smaller. Check that you chose the right file."),
            limit=MAX_FILE_SIZE // (1024 * 1024), line=data.count(b"\n", 0, MAX_FILE_SIZE) + 1)
    has_bom = data.startswith(_UTF8_BOM)
    if data.startswith(_UTF16_BOMS):
        raise _error(QT_TRANSLATE_NOOP(
            "Exchange", "Line {line}: the file is saved in UTF-16, which 1C exchange files do not use. Save it again "
            "from the accounting program in Windows-1251 or UTF-8."), line=1)
    body = data[len(_UTF8_BOM):] if has_bom else data
    first = _BYTE_BREAK.split(body[:200], maxsplit=1)[0].strip(b" \t")
    if first != FIRST_LINE.encode("ascii"):
        raise _error(QT_TRANSLATE_NOOP(
            "Exchange", "Line {line} does not start a 1C exchange file (the first line must be {first}): this is "
            "not a file exported for the bank from 1C. Check that you chose the right file."),
            line=1, first=FIRST_LINE)
    codec, claimed, claimed_line = _claimed_encoding(body)
    if has_bom and codec != "utf-8":
        raise _error(QT_TRANSLATE_NOOP(
            "Exchange", "Line {line} says the file is in {claimed}, but the file starts with the mark of UTF-8: it "
            "was saved in another encoding than it says. Export it again from the accounting program."),
            line=claimed_line, claimed=claimed)
    text = _decode(body, codec, claimed, claimed_line)
    if codec == "cp1251" and _matching_count(body, codec, _KZ1048_LETTERS):
        codec, text = "kz1048", body.decode("kz1048")  # the same bytes are defined in both
    if text.endswith("\x1a"):
        text, body = text.rstrip("\x1a"), body.rstrip(b"\x1a")
    control = _CONTROL.search(text) if codec == "utf-8" or _matching_count(body, codec, _CONTROL) else None
    if control is not None:
        raise _error(QT_TRANSLATE_NOOP(
            "Exchange", "Line {line} holds a control character (code {code}) that a text file cannot contain: the "
            "file is damaged or is not a 1C exchange file."),
            line=_line_at(text, control.start()), code=f"0x{ord(control.group()):02X}")
    if codec != "utf-8":
        _check_code_page(body, text, codec, claimed, claimed_line)
    parsed = _parse_lines(_split_lines(text))
    parsed.encoding = codec
    return parsed


def _split_lines(text: str) -> list[str]:
    """The file's lines, broken at CR LF, CR or LF (a text without control characters)."""
    if "\u2028" in text or "\u2029" in text:  # breaks for str.splitlines, not for the format
        return _BREAK.split(text)
    return text.splitlines()  # the same lines, found far faster (other breaks it knows are control characters)


@functools.cache
def _bytes_not_matching(codec: str, pattern: re.Pattern[str]) -> bytes:
    """Every byte whose character in the single-byte `codec` does not match `pattern` (or that the codec
    leaves undefined)."""
    left: list[int] = []
    for byte in range(256):
        try:
            char = bytes((byte,)).decode(codec)
        except UnicodeDecodeError:
            char = ""
        if not pattern.fullmatch(char):
            left.append(byte)
    return bytes(left)


def _matching_count(body: bytes, codec: str, pattern: re.Pattern[str]) -> int:
    """How many characters of `body` read in the single-byte `codec` match `pattern`, a class of single
    characters: counted on the bytes (bytes.translate), ten times faster than searching the text."""
    return len(body.translate(None, _bytes_not_matching(codec, pattern)))


def _claimed_encoding(body: bytes) -> tuple[str, str, int]:
    """(codec, the header's word, its line) from the header's Кодировка line, read before decoding."""
    keys = {ENCODING_KEY.encode(codec) for codec in ("utf-8", "cp1251", "cp866")}
    section_starts = tuple(word.encode(codec) for word in (ACCOUNT_START, DOCUMENT_START, FILE_END)
                           for codec in ("utf-8", "cp1251", "cp866"))
    header_end = 1
    lines = _BYTE_BREAK.split(body, maxsplit=2000)
    for number, raw in enumerate(lines[:2000], start=1):
        line = raw.strip(b" \t")
        header_end = number
        if line.startswith(section_starts):
            break
        key, sep, value = line.partition(b"=")
        if sep and key.strip(b" \t") in keys:
            claimed = value.strip(b" \t").decode("ascii", "replace")
            codec = _CODECS.get(claimed.casefold())
            if codec is None:
                raise _error(QT_TRANSLATE_NOOP(
                    "Exchange", "Line {line}: the encoding \"{claimed}\" is not one a 1C exchange file uses (Windows, "
                    "DOS or UTF-8). Export the file again from the accounting program."),
                    line=number, claimed=claimed[:40])
            return codec, claimed, number
    raise _error(QT_TRANSLATE_NOOP(
        "Exchange", "The file's header (lines 1 to {line}) does not say its encoding: the line {key}=Windows (or "
        "DOS, or UTF-8) is missing. Export the file again from the accounting program."),
        line=header_end, key=ENCODING_KEY)


def _line_at(text: str | bytes, position: int) -> int:
    if isinstance(text, bytes):
        return sum(1 for _ in _BYTE_BREAK.finditer(text, 0, position)) + 1
    return sum(1 for _ in _BREAK.finditer(text, 0, position)) + 1


def _decode(body: bytes, codec: str, claimed: str, claimed_line: int) -> str:
    if codec != "utf-8" and not body.isascii():
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:  # Cyrillic in a single-byte code page is practically never also valid UTF-8
            first = re.search(rb"[\x80-\xff]", body)
            raise _error(QT_TRANSLATE_NOOP(
                "Exchange", "Line {line} is written in UTF-8, but line {claimed_line} says the file is in {claimed}: "
                "the file was saved in another encoding than it says. Export it again from the accounting program."),
                line=_line_at(body, first.start() if first else 0), claimed_line=claimed_line, claimed=claimed)
    try:
        return body.decode(codec)
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            raise _cut_off(_line_at(body, exc.start)) from None
        raise _error(QT_TRANSLATE_NOOP(
            "Exchange", "Line {line} cannot be read as {encoding}, the encoding line {claimed_line} names: the file "
            "was saved in another encoding or is damaged. Export it again from the accounting program."),
            line=_line_at(body, exc.start), encoding=_CODEC_NAMES[codec], claimed_line=claimed_line) from None


def _cut_off(line: int) -> ExchangeFormatError:
    return _error(QT_TRANSLATE_NOOP(
        "Exchange", "The file ends at line {line} without {end}, the line that closes a 1C exchange file: it is "
        "cut off. Export it again from the accounting program."), line=line, end=FILE_END)


def _check_code_page(body: bytes, text: str, codec: str, claimed: str, claimed_line: int) -> None:
    """Refuses a single-byte file whose text reads far better in the other Cyrillic code page
    (Windows-1251 against DOS CP866), or that is mostly not letters at all."""
    if text.isascii():
        return
    wrong = _matching_count(body, codec, _SUSPICIOUS)
    if wrong < _GARBLED_MINIMUM:
        return
    other = "cp1251" if codec == "cp866" else "cp866"
    try:
        other_wrong: int | None = sum(1 for _ in _SUSPICIOUS.finditer(body.decode(other)))
    except UnicodeDecodeError:
        other_wrong = None
    looks_other = other_wrong is not None and other_wrong * 2 < wrong
    if not looks_other and wrong * 2 < sum(1 for _ in _NON_ASCII.finditer(text)):
        return  # mostly letters: a few unusual signs in a name are no reason to refuse the file
    first = _SUSPICIOUS.search(text)
    raise _error(QT_TRANSLATE_NOOP(
        "Exchange", "Line {line} does not read as {encoding} text, the encoding line {claimed_line} names: the file "
        "was saved in another encoding than it says. Export it again from the accounting program."),
        line=_line_at(text, first.start() if first else 0), encoding=_CODEC_NAMES[codec], claimed_line=claimed_line)


def _parse_lines(lines: list[str]) -> ExchangeFile:
    return _SectionReader(lines).read()


class _SectionReader:
    """Walks the lines after the first one into the header and the sections, refusing the file at the
    first line that breaks the format (the checks run in file order, so the first fault is the one named)."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._final_line = next((n for n in range(len(lines), 0, -1) if lines[n - 1].strip(" \t")), 1)
        self._header: dict[str, str] = {}
        self._header_lines: dict[str, int] = {}
        self._header_lists: dict[str, list[str]] = {}
        self._accounts: list[Section] = []
        self._documents: list[Section] = []
        self._current: Section | None = None
        self._in_account = False
        self._end_line = 0
        self._last_line = 1
        self._header_end = 0
        self._warnings: list[Message] = []

    def read(self) -> ExchangeFile:
        plain_names: set[str] = set()  # field names already found well formed
        fields: dict[str, str] | None = None  # the open section's, and the lines of them
        field_lines: dict[str, int] = {}
        last_field = 0
        for number, raw in enumerate(itertools.islice(self._lines, 1, None), start=2):
            line = raw.strip(" \t")
            if not line:
                continue
            # The usual line, a new field of an open section, read here; anything else by _read_line.
            if fields is not None:
                key, sep, value = line.partition("=")
                key = key.rstrip(" \t")
                if sep and key not in fields and (key in plain_names or self._plain_name(key, plain_names)):
                    fields[key] = unquote(value.lstrip(" \t")) if '"' in value else value.lstrip(" \t")
                    field_lines[key] = last_field = number
                    continue
            self._read_line(number, line)
            current = self._current
            fields, field_lines = (current.fields, current.field_lines) if current is not None else (None, {})
        self._last_line = max(self._last_line, last_field)
        self._check_complete()
        return ExchangeFile(header=self._header, accounts=self._accounts, documents=self._documents,
                            header_lines=self._header_lines, header_lists=self._header_lists, end_line=self._end_line,
                            warnings=self._warnings)

    @staticmethod
    def _plain_name(key: str, plain_names: set[str]) -> bool:
        """Whether `key` is a field name _read_field takes as it is (remembered in `plain_names` if so)."""
        if _KEY.fullmatch(key) is None or key in _MARKERS or key == DOCUMENT_START:
            return False
        plain_names.add(key)
        return True

    def _read_line(self, number: int, line: str) -> None:
        if self._end_line:
            raise _error(QT_TRANSLATE_NOOP(
                "Exchange", "Line {line} comes after {end} on line {end_line}, which closes the file: two files may "
                "have been joined. Export the file again from the accounting program."),
                line=number, end=FILE_END, end_line=self._end_line)
        self._last_line = number
        key, sep, value = line.partition("=")
        key, value = key.strip(" \t"), value.strip(" \t")
        if not sep:
            self._read_marker(number, key, line)
        elif key == DOCUMENT_START:
            self._open_document(number, value)
        else:
            self._read_field(number, key, value, line)

    def _read_marker(self, number: int, key: str, line: str) -> None:
        """A line without '=': opens or closes a section or the file, or is a fault."""
        if key in (ACCOUNT_START, FILE_END) and self._current is not None:
            raise self._unclosed(number)
        if key == FILE_END:
            self._end_line = number
            self._header_end = self._header_end or number
        elif key == ACCOUNT_START:
            self._current, self._in_account = Section(ACCOUNT_KIND, first_line=number), True
            self._header_end = self._header_end or number
        elif key in (ACCOUNT_END, DOCUMENT_END):
            self._close_section(number, key)
        else:
            raise self._not_a_marker(number, key, line)

    def _not_a_marker(self, number: int, key: str, line: str) -> ExchangeFormatError:
        if key == FIRST_LINE:
            return _error(QT_TRANSLATE_NOOP(
                "Exchange", "Line {line} starts another 1C exchange file inside this one: two files may have been "
                "joined. Export the file again from the accounting program."), line=number)
        if number == self._final_line:  # a file cut off in the middle of its last line
            return _cut_off(number)
        return _error(QT_TRANSLATE_NOOP(
            "Exchange", "Line {line} is not of the form Name=value: \"{text}\". A value may have been split "
            "over two lines; the file is damaged. Export it again from the accounting program."),
            line=number, text=_shorten(line))

    def _close_section(self, number: int, key: str) -> None:
        current = self._current
        if current is None or self._in_account != (key == ACCOUNT_END):
            raise _error(QT_TRANSLATE_NOOP(
                "Exchange", "Line {line} closes a section ({key}) that was not opened: the file is damaged. "
                "Export it again from the accounting program."), line=number, key=key)
        current.last_line = number
        (self._accounts if self._in_account else self._documents).append(current)
        self._current, self._in_account = None, False

    def _open_document(self, number: int, kind: str) -> None:
        if self._current is not None:
            raise self._unclosed(number)
        if not kind:
            raise _error(QT_TRANSLATE_NOOP(
                "Exchange", "Line {line} opens a document without saying its kind ({key}=Платежное поручение, "
                "for example). Export the file again from the accounting program."),
                line=number, key=DOCUMENT_START)
        self._current, self._in_account = Section(kind, first_line=number), False
        self._header_end = self._header_end or number

    def _read_field(self, number: int, key: str, value: str, line: str) -> None:
        if not _KEY.fullmatch(key) or key in _MARKERS:
            raise _error(QT_TRANSLATE_NOOP(
                "Exchange", "Line {line} does not start with a field name before '=': \"{text}\". The file is "
                "damaged; export it again from the accounting program."), line=number, text=_shorten(line))
        current = self._current
        fields, field_lines = (current.fields, current.field_lines) if current is not None else (
            self._header, self._header_lines)
        if current is None and key in REPEATABLE_HEADER:
            self._header_lists.setdefault(key, []).append(value)
            if key in self._header:
                return
        elif key in fields:
            raise _error(QT_TRANSLATE_NOOP(
                "Exchange", "Line {line} gives {key} a second time (the first is on line {first}); which one is meant "
                "cannot be told. Export the file again from the accounting program."),
                line=number, key=key, first=field_lines[key])
        fields[key] = unquote(value)
        field_lines[key] = number

    def _unclosed(self, line: int) -> ExchangeFormatError:
        assert self._current is not None
        return _error(QT_TRANSLATE_NOOP(
            "Exchange", "Line {line} starts a new part of the file, but the section that starts on line {start} was "
            "not closed with {end}: the file is damaged. Export it again from the accounting program."),
            line=line, start=self._current.first_line, end=ACCOUNT_END if self._in_account else DOCUMENT_END)

    def _check_complete(self) -> None:
        """After the last line: the file was closed, and the header and each account have their required lines."""
        if not self._end_line:
            if self._current is not None:
                raise _error(QT_TRANSLATE_NOOP(
                    "Exchange", "The file ends at line {line} inside the section that starts on line {start}: it is "
                    "cut off. Export it again from the accounting program."),
                    line=self._last_line, start=self._current.first_line)
            if not (self._documents or self._accounts):
                raise _cut_off(self._last_line)
            # Some programs omit the closing line; every section closed, so nothing is missing but that line.
            self._warnings.append(Message("Exchange", QT_TRANSLATE_NOOP(
                "Exchange", "The file has no {end} line after its last section (line {line}); every section is "
                "closed, so it was read. Check in the accounting program that every order was exported."),
                {"end": FILE_END, "line": self._last_line}))
        for key in REQUIRED_HEADER:
            if key not in self._header:
                raise _error(QT_TRANSLATE_NOOP(
                    "Exchange", "The file's header (lines 1 to {line}) has no {key} line, which every 1C exchange "
                    "file has. Export the file again from the accounting program."), line=self._header_end, key=key)
        for account in self._accounts:
            for key in REQUIRED_ACCOUNT:
                if key not in account.fields:
                    raise _error(QT_TRANSLATE_NOOP(
                        "Exchange", "The account section on line {line} has no {key} line naming the account. Export "
                        "the file again from the accounting program."), line=account.first_line, key=key)


def unquote(value: str) -> str:
    """The value with the format's doubled quotes undone: ТОО ""Ромашка"" → ТОО "Ромашка".

    Writers differ: some double every quote inside a value, some also wrap the value in quotes,
    some write quotes as they are (НАО "Корпорация "Мир""). Only a value whose every quote is
    doubled is undone; anything else is kept as written rather than guessed at.
    """
    if '"' not in value:
        return value
    if value == '""':  # an empty value written in quotes
        return ""
    inner = value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else None
    if inner is not None and '""' in inner and '"' not in inner.replace('""', ""):
        return inner.replace('""', '"')
    if '"' not in value.replace('""', ""):
        return value.replace('""', '"')
    return value


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
