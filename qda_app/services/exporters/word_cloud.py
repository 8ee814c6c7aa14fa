"""A word cloud of word frequencies (PNG or SVG), drawn by the ``wordcloud`` library."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from qda_app.core.errors import ExportFailed
from qda_app.services.atomic_files import atomic_path
from qda_app.services.reports.labels import label

FORMATS = ("png", "svg")


def frequencies_of(frame: pd.DataFrame, language: str) -> dict[str, int]:
    """Word -> count from a ``word_frequencies`` frame (all its scopes added together)."""
    words, counts = frame[label("word", language)], frame[label("count", language)]
    found: dict[str, int] = {}
    for word, count in zip(words, counts):
        found[str(word)] = found.get(str(word), 0) + int(count)
    return found


def draw_word_cloud(frequencies: dict[str, int], *, width: int = 1600, height: int = 900, seed: int = 7):
    """A ``wordcloud.WordCloud`` laid out for ``frequencies`` (the same layout every time)."""
    from wordcloud import WordCloud  # imported here: it loads PIL and numpy's random state

    cloud = WordCloud(width=width, height=height, background_color="white", colormap="viridis",
                      prefer_horizontal=0.9, random_state=seed, max_words=max(len(frequencies), 1),
                      collocations=False, margin=4)
    return cloud.generate_from_frequencies(frequencies)


def write_word_cloud(frequencies: dict[str, int], path: str | Path, *, width: int = 1600, height: int = 900) -> Path:
    target = Path(path)
    kind = target.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ExportFailed(file=str(target), problem="use_suffix", suffixes=(".png", ".svg"))
    if not frequencies:
        raise ExportFailed(file=str(target), problem="no_words")
    cloud = draw_word_cloud(frequencies, width=width, height=height)
    with atomic_path(target) as temporary:
        if kind == "png":
            cloud.to_image().save(temporary, format="PNG")
        else:
            Path(temporary).write_text(cloud.to_svg(embed_font=False), encoding="utf-8")
    return target
