"""The longest value each field of a request may carry (docs/wire-protocol.md "Limits"); longer is refused
`400 malformed_request` (`malformed_document` for a document) before anything reads it."""

# No `from __future__ import annotations`: FastAPI reads these Annotated aliases at run time.
from typing import Annotated

from fastapi import Path
from pydantic import Field

from refbank.limits import (
    ATTACHMENT_INDEX_MAX,
    CHALLENGE_MAX_LENGTH,
    ID_MAX_LENGTH,
    PEM_MAX_LENGTH,
    SERIAL_MAX_LENGTH,
    SIGNATURE_MAX_LENGTH,
    SIGNATURES_MAX,
    STATES_MAX_IDS,
)

Id = Annotated[str, Path(min_length=1, max_length=ID_MAX_LENGTH)]
AttachmentIndex = Annotated[int, Path(ge=0, le=ATTACHMENT_INDEX_MAX)]
Signature = Annotated[str, Field(max_length=SIGNATURE_MAX_LENGTH)]
Pem = Annotated[str, Field(max_length=PEM_MAX_LENGTH)]
Serial = Annotated[str, Field(max_length=SERIAL_MAX_LENGTH)]
Challenge = Annotated[str, Field(max_length=CHALLENGE_MAX_LENGTH)]
DocumentIds = Annotated[list[Annotated[str, Field(max_length=ID_MAX_LENGTH)]], Field(max_length=STATES_MAX_IDS)]
Signatures = Annotated[list[Signature], Field(max_length=SIGNATURES_MAX)]
