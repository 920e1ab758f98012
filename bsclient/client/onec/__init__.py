"""The 1C "ClientBankExchange" text format: a reader written from the format's description, and
the import of payment orders from it."""

from bsclient.client.onec.parser import (
    MAX_FILE_SIZE,
    ExchangeFile,
    ExchangeFormatError,
    ExchangeReadError,
    Section,
    parse_exchange_file,
    read_exchange_file,
    unquote,
)

__all__ = ["MAX_FILE_SIZE", "ExchangeFile", "ExchangeFormatError", "ExchangeReadError", "Section",
           "parse_exchange_file", "read_exchange_file", "unquote"]
