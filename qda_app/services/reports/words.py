"""Word counts and word frequencies, with Spanish, English and Portuguese stop-word lists."""

from __future__ import annotations

import re
import sys
import threading
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import pandas as pd

from qda_app.core.errors import InvalidArgument
from qda_app.resources_path import resource
from qda_app.services.project import Project
from qda_app.services.reports.data import (
    QuotationSlicer,
    ReportData,
    coded_with_ancestors,
    finish,
    load_report_data,
    quotation_slicer,
    quotation_texts,
)
from qda_app.services.reports.filters import ReportFilter
from qda_app.services.reports.labels import LANGUAGES, label
from qda_app.services.reports.word_count import count_words_many
from qda_app.services.reports.speakers import corpus_labels, label_word_counts, line_labels, without_labels
from qda_app.store import report_queries
from qda_app.store.database import ProjectDatabase

# Letters only (no digits or underscores), keeping inner apostrophes: "don't", "d'água".
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
SCOPES = ("all", "documents", "groups", "codes")
_SAMPLE_CHARACTERS = 200_000
_BATCH_CHARACTERS = 250_000


@lru_cache(maxsize=None)
def stop_words(language: str) -> frozenset[str]:
    """The shipped list (resources/stopwords/<language>.txt); '#' starts a comment."""
    if language not in LANGUAGES:
        raise InvalidArgument(name="stop_words", reason="use_one_of", choices=(*LANGUAGES, "auto", "none"))
    lines = resource("stopwords", f"{language}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(word.strip().casefold() for line in lines if (word := line.split("#")[0].strip()))


def words_of(text: str) -> list[str]:
    return [word.casefold() for word in WORD.findall(text)]


def count_words(text: str, known: dict[str, tuple[str, ...]] | None = None) -> Counter:
    """Casefolded word counts of ``text``, the same as counting ``words_of(text)``.

    Words never span whitespace, so the text is split and counted in C first and the regular
    expression only runs over the distinct tokens: five to ten times faster on transcripts.
    ``known`` remembers each token's words across calls (a corpus repeats most of its tokens);
    its words are interned so that the counters of many documents share their keys."""
    memo: dict[str, tuple[str, ...]] = {} if known is None else known
    result: Counter = Counter()
    for token, number in Counter(text.split()).items():
        words = memo.get(token)
        if words is None:
            words = memo[token] = tuple(sys.intern(word) for word in WORD.findall(token.casefold()))
        for word in words:
            result[word] += number
    return result


def document_word_counts(project: Project, data: ReportData) -> dict[int, int]:
    """Words per in-scope document (the texts are read once per report load)."""
    if "word_counts" not in data.cache:
        data.cache["word_counts"] = {
            document_id: counter.total() for document_id, counter in document_counters(project, data).items()
        }
    return data.cache["word_counts"]


def document_counters(project: Project, data: ReportData) -> dict[int, Counter]:
    """Document id -> its word counts, read once per report load and shared (do not modify)."""
    if "word_counters" not in data.cache:
        scan_documents(project, data)
    return data.cache["word_counters"]


def scan_documents(project: Project, data: ReportData, *, quotations: bool = False) -> None:
    """One read of the in-scope texts for every figure taken from them: each document's word
    counts, the language sample, and (``quotations=True``) the quotations' texts."""
    data.cache.update(scan_texts(project.database, data, quotations=quotations))


def scan_texts(
    db: ProjectDatabase, data: ReportData, *, quotations: bool = False, quotations_known: threading.Event | None = None
) -> dict[str, Any]:
    """What ``scan_documents`` adds to ``data.cache``, read through ``db`` and returned instead
    of stored: safe to run in a worker thread with its own connection (``data`` is only read).

    ``quotations_known``: ``data.quotations`` is set by another thread, which then sets this event;
    the texts are read and counted meanwhile, and those read before it are kept until they can be cut.
    Where ``data.quotations`` is still None when the event is set, the scan stops (``ScanCancelled``)."""
    want_words = "word_counters" not in data.cache
    want_quotes = quotations and "quotation_texts" not in data.cache
    if not (want_words or want_quotes):
        return {}
    slicer: QuotationSlicer | None = None
    uncut: list[tuple[int, str]] = []  # texts read before the quotations were known

    def cut(*, wait: bool) -> None:
        nonlocal slicer
        if slicer is None:
            if quotations_known is not None:
                if not (wait or quotations_known.is_set()):
                    return
                quotations_known.wait()
                if data.quotations is None:
                    raise ScanCancelled
            slicer = quotation_slicer(data)
        for document_id, text in uncut:
            slicer.take(document_id, text)
        uncut.clear()

    counters: dict[int, Counter] = {}
    labels: dict[int, Counter] = {}
    known: dict[str, tuple[str, ...]] = {}
    sample: list[str] = []
    ids = [doc.id for doc in data.documents]
    pending: list[tuple[int, str]] = []  # texts counted together, a few million characters at a time
    size = 0

    def count_pending() -> None:
        texts = [text for _, text in pending]
        for (document_id, text), counted in zip(pending, count_words_many(texts)):
            counters[document_id] = counted if counted is not None else count_words(text, known)
        pending.clear()

    for document in report_queries.document_texts(db, document_ids=ids):
        if want_quotes:
            uncut.append((document.id, document.text))
            cut(wait=False)
        if want_words:
            labels[document.id] = line_labels(document.text)
            pending.append((document.id, document.text))
            size += len(document.text)
            if size >= _BATCH_CHARACTERS:
                count_pending()
                size = 0
            if sum(map(len, sample)) < _SAMPLE_CHARACTERS:
                sample.append(document.text[:_SAMPLE_CHARACTERS])
    if pending:
        count_pending()
    found: dict[str, Any] = {}
    if want_words:
        found["word_counters"] = counters
        found["speaker_labels"] = labels
        found["language_sample"] = sample
    if want_quotes:
        cut(wait=True)
        assert slicer is not None
        found["quotation_texts"] = slicer.texts
    return found


class ScanCancelled(Exception):
    """The quotations a background ``scan_texts`` waited for will not come."""


def guess_language(texts: Iterable[str]) -> str:
    """The stop-word list that matches most words of a sample: the corpus' language."""
    sample: list[str] = []
    size = 0
    for text in texts:
        sample.append(text[: _SAMPLE_CHARACTERS - size])
        size += len(sample[-1])
        if size >= _SAMPLE_CHARACTERS:
            break
    tokens = count_words(" ".join(sample))
    hits = {language: sum(n for word, n in tokens.items() if word in stop_words(language)) for language in LANGUAGES}
    return max(LANGUAGES, key=lambda language: (hits[language], language == "en"))


def _scopes(
    project: Project, data: ReportData, by: str, speakers: bool
) -> Iterable[tuple[str, Iterable[Counter], Counter]]:
    """(scope name, the word counts of its texts, the speaker-label words to take off them) for
    each unit the frequencies are counted in. ``speakers``: keep the labels' words."""
    if by == "codes":
        texts = quotation_texts(project, data)
        labels = set() if speakers else {name for found in speaker_label_counts(project, data).values()
                                         for name in found}
        position = pd.Series(range(len(data.quotations)), index=data.quotations["id"])
        coded = coded_with_ancestors(data)
        by_code = coded.groupby("ancestor_id")["quotation_id"]
        known: dict[str, tuple[str, ...]] = {}
        for code in data.shown_codes:
            if code.id in by_code.groups:
                rows = position.loc[position.index.intersection(by_code.get_group(code.id))]
                yield (code.path.replace("::", " > "),
                       (count_words(without_labels(texts[i], labels), known) for i in rows), Counter())
        return
    counters = document_counters(project, data)
    found_labels = {} if speakers else speaker_label_counts(project, data)

    def label_words(documents: list) -> Counter:
        total: Counter = Counter()
        for doc in documents:
            if found_labels.get(doc.id):
                total.update(label_word_counts(found_labels[doc.id]))
        return total

    present = [doc for doc in data.documents if doc.id in counters]
    if by == "all":
        yield label("all", "en"), (counters[doc.id] for doc in present), label_words(present)
    elif by == "documents":
        for doc in present:
            yield f"{doc.number}: {doc.name}", [counters[doc.id]], label_words([doc])
    else:
        groups = sorted({g for doc in present for g in doc.groups}, key=str.casefold)
        for group in groups:
            members = [doc for doc in present if group in doc.groups]
            yield group, (counters[doc.id] for doc in members), label_words(members)


def speaker_label_counts(project: Project, data: ReportData) -> dict[int, Counter]:
    """Document id -> its speaker labels (label -> turns): the line-start names found in the same
    read as the counts, kept where they start two or more lines of the documents in scope."""
    if "speaker_labels_kept" not in data.cache:
        if "speaker_labels" not in data.cache:
            scan_documents(project, data)
        found = data.cache["speaker_labels"]
        data.cache["speaker_labels_kept"] = dict(zip(found, corpus_labels(list(found.values()))))
    return data.cache["speaker_labels_kept"]


def stop_words_for(project: Project, data: ReportData, stop_list: str) -> frozenset[str]:
    """The shipped list chosen (``auto``: the corpus' language), with the project's own changes."""
    from qda_app.services.reports.stop_lists import project_stop_words

    if stop_list == "none":
        return frozenset()
    if stop_list == "auto":
        document_counters(project, data)  # reads the texts once, keeping the language sample
        shipped = stop_words(guess_language(data.cache["language_sample"]))
    else:
        shipped = stop_words(stop_list)
    return project_stop_words(project, shipped)


def word_frequencies(
    project: Project,
    *,
    report_filter: ReportFilter | None = None,
    language: str = "en",
    by: str = "all",
    stop_list: str = "auto",
    top: int = 50,
    min_length: int = 2,
    speakers: bool = False,
    data: ReportData | None = None,
) -> pd.DataFrame:
    """Scope | Rank | Word | Count | % for the ``top`` words of the whole corpus, each document,
    document group or code's quotations. ``stop_list``: es, en, pt, auto (the corpus' language
    guessed from a sample) or none, with the project's own additions and exceptions. Speaker
    labels ("Alcalde:" at the start of turns) are not counted unless ``speakers``. % is of the
    scope's counted words (stop words and labels left out)."""
    if by not in SCOPES:
        raise InvalidArgument(name="by", reason="use_one_of", choices=SCOPES)
    if top < 1:
        raise InvalidArgument(name="top", reason="at_least_one", value=top)
    data = data or load_report_data(project, report_filter)
    excluded = stop_words_for(project, data, stop_list)
    columns: dict[str, list] = {"scope": [], "rank": [], "word": [], "count": [], "percent": []}
    decided: set[str] = set()  # every word seen, its test done once for the whole corpus
    dropped: set[str] = set()  # of those, the words left out (too short, or stop words)
    for scope, counts, labels in _scopes(project, data, by, speakers):
        counter: Counter = Counter()
        for counted_words in counts:
            counter.update(counted_words)  # the shared per-document counters are never modified
        if labels:
            counter.subtract(labels)
            counter = +counter  # drops what the labels alone made up
        # ``counter`` is this scope's own: delete the words left out (the same words in the same
        # order as filtering item by item), testing each distinct word of the corpus once.
        new_words = counter.keys() - decided
        decided |= new_words
        dropped.update(word for word in new_words if len(word) < min_length or word in excluded)
        kept = counter
        for word in counter.keys() & dropped:
            del kept[word]
        counted = kept.total()
        top_words = kept.most_common(top)
        columns["scope"] += [label("all", language) if by == "all" else scope] * len(top_words)
        columns["rank"] += range(1, len(top_words) + 1)
        columns["word"] += [word for word, _ in top_words]
        columns["count"] += [count for _, count in top_words]
        columns["percent"] += [round(100 * count / counted, 2) if counted else 0.0 for _, count in top_words]
    # No rows: the empty frame of old (object columns), not float columns made from empty lists.
    frame = pd.DataFrame(columns if columns["rank"] else [], columns=["scope", "rank", "word", "count", "percent"])
    notes = [] if speakers else [label("note_speakers", language)]
    return finish(
        frame, list(frame.columns), language, title=label("sheet_words", language),
        number_formats={"percent": "0.00"}, notes=notes,
    )
