#!/usr/bin/env python3
"""The bench's peer: writes the rows of an observation CSV into an xlsx with xlsxwriter in
constant-memory mode, as OutsideIn's export writes its Observations sheet (a bold header, numbers
as numbers, the date as a date, the rest as text), and prints the rows written per second.

Usage: peer_xlsxwriter.py OBSERVATIONS.csv OUT.xlsx

The CSV is read into memory first; only the writing (from creating the workbook to closing it)
is timed. Prints one line: rowsPerSec=<number> rows=<number> seconds=<number>.
"""
import csv
import datetime
import sys
import time

import xlsxwriter

NUMBER_COLUMNS = {"id", "sentiment"}
DATE_COLUMNS = {"interview_date"}


def main(source, target):
    with open(source, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    numbers = {i for i, name in enumerate(header) if name in NUMBER_COLUMNS}
    dates = {i for i, name in enumerate(header) if name in DATE_COLUMNS}

    started = time.perf_counter()
    workbook = xlsxwriter.Workbook(target, {"constant_memory": True})
    sheet = workbook.add_worksheet("Observations")
    bold = workbook.add_format({"bold": True})
    date = workbook.add_format({"num_format": "yyyy-mm-dd"})
    for column, name in enumerate(header):
        sheet.write_string(0, column, name, bold)
    for r, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            if value == "":
                continue
            if column in numbers:
                sheet.write_number(r, column, int(value))
            elif column in dates:
                sheet.write_datetime(r, column, datetime.datetime.fromisoformat(value), date)
            else:
                sheet.write_string(r, column, value)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(rows), len(header) - 1)
    workbook.close()
    seconds = time.perf_counter() - started
    print(f"rowsPerSec={len(rows) / seconds:.1f} rows={len(rows)} seconds={seconds:.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
