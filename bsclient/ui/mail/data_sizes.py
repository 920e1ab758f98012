"""Sizes of files and of the bank's limits as the clerk reads them (1.5 MB, 5 MB), in the clerk's locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def data_size_text(size: int, precision: int = 1) -> str:
    return QLocale().formattedDataSize(size, precision, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def limit_text(size: int) -> str:
    """A limit without a needless ".0" (5 MB), yet 1.5 kB stays 1.5 kB."""
    precise = data_size_text(size, 1)
    return data_size_text(size, 0) if QLocale().decimalPoint() + "0 " in precise else precise
