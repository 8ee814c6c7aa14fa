"""Quotation texts for a report that reads them out of document order, without holding them all.

The quotations-by-code report lists a quotation once under its code and again under every
category above it, each section in document order: read in report order, every section would
read every transcript again (100 sections x 2,000 transcripts on a large project), and held in
memory the texts of 200,000 quotations cost 100 MB and more. ``SpilledTexts`` reads each
transcript once, the first time a text is asked for, and writes the in-scope quotations' texts
to an anonymous temporary file (no name on disk, readable by its owner only, gone when closed
or when the process ends); a run of rows then reads just its own texts back. The file goes in
``folder`` when given (the output's folder: where /tmp is a RAM disk, as on several Linux
systems, a file there would cost the very memory it saves).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from qda_app.services.project import Project
from qda_app.store import report_queries


class SpilledTexts:
    """The texts of ``spans``' rows (columns document_id, start, end: code points), by row position."""

    def __init__(self, project: Project, spans: pd.DataFrame, *, folder: Path | None = None) -> None:
        self._db = project.database
        self._folder = folder
        self._rows = spans.groupby("document_id", sort=False).indices if len(spans) else {}
        self._starts = spans["start"].to_numpy(dtype=np.int64)
        self._ends = spans["end"].to_numpy(dtype=np.int64)
        self._file: tempfile._TemporaryFileWrapper | None = None  # type: ignore[name-defined]
        self._offsets = np.zeros(len(spans), dtype=np.int64)
        self._lengths = np.zeros(len(spans), dtype=np.int64)

    def __len__(self) -> int:
        return len(self._starts)

    def texts(self, positions: Sequence[int] | np.ndarray) -> list[str]:
        """The texts of the rows at ``positions`` (in that order)."""
        if self._file is None:
            self._spill()
        spill, offsets, lengths = self._file, self._offsets, self._lengths
        texts = []
        for row in np.asarray(positions, dtype=np.int64).tolist():
            # seek and read, not os.pread: Windows has no pread, and one thread reads this file
            spill.seek(int(offsets[row]))
            texts.append(spill.read(int(lengths[row])).decode("utf-8", "surrogatepass"))
        return texts

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def _spill(self) -> None:
        spill = tempfile.TemporaryFile(prefix="qda-texts-", dir=self._folder)
        written = 0
        try:
            for document in report_queries.document_texts(self._db, document_ids=sorted(map(int, self._rows))):
                rows = self._rows[document.id]
                text = document.text
                pieces = [text[start:end].encode("utf-8", "surrogatepass")
                          for start, end in zip(self._starts[rows].tolist(), self._ends[rows].tolist())]
                lengths = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
                self._lengths[rows] = lengths
                self._offsets[rows] = written + np.cumsum(lengths) - lengths
                spill.write(b"".join(pieces))
                written += int(lengths.sum())
            spill.flush()
        except BaseException:
            spill.close()
            raise
        self._file = spill
