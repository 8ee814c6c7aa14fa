"""Speaker labels in transcripts ("Alcalde:", "Entrevistador:", "P1:") and their words.

A transcript repeats who speaks at the start of every turn; those labels are not speech, and
left in they top every word list (in the demo's first interview "alcalde" 75 times of 89 and
"entrevistador" 74 of 74 are labels). A label is a short name (at most four words, ending in a
colon) that starts at least two lines of the texts counted together; in a transcript that has
one, every such line start is a label (its single "Entrevistador:" turn, its "Fecha:" header).
A text without turns keeps its words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

LABEL = re.compile(r"^[ \t]*([^\W\d_][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,3})[ \t]*:", re.MULTILINE)
MINIMUM_TURNS = 2


def line_labels(text: str) -> Counter:
    """Every candidate label -> number of lines of ``text`` it starts."""
    return Counter(match.group(1) for match in LABEL.finditer(text))


def speaker_labels(text: str) -> Counter:
    """Label -> number of lines it starts, for the labels that start at least two lines."""
    return corpus_labels([line_labels(text)])[0]


def corpus_labels(per_text: list[Counter]) -> list[Counter]:
    """Each text's labels: the names that start at least two lines of all texts together, and in
    a text that has such a label (a transcript in turns) every name that starts a line, such as
    its one "Entrevistador:" turn or its "Fecha:" header."""
    total: Counter = Counter()
    for found in per_text:
        total.update(found)
    labels = {name for name, count in total.items() if count >= MINIMUM_TURNS}
    return [Counter(found) if labels & found.keys() else Counter() for found in per_text]


def label_word_counts(labels: Counter) -> Counter:
    """The words that speaker labels (label -> turns, see ``speaker_labels``) add to a text's
    word counts, to subtract them."""
    from qda_app.services.reports.words import count_words  # words imports this module

    counts: Counter = Counter()
    for name, turns in labels.items():
        for word, number in count_words(name).items():
            counts[word] += number * turns
    return counts


def without_labels(text: str, labels: Iterable[str]) -> str:
    """``text`` with the given speaker labels removed from the starts of its lines."""
    names = sorted(set(labels), key=len, reverse=True)
    if not names:
        return text
    pattern = re.compile(r"^[ \t]*(?:" + "|".join(map(re.escape, names)) + r")[ \t]*:", re.MULTILINE)
    return pattern.sub("", text)
