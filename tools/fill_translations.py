"""Fill unfinished entries of a Qt Linguist catalogue from a JSON object {source: translation}.

After pyside6-lupdate has added new source texts:

    python3 tools/fill_translations.py resources/i18n/qda_app_es.ts new-es.json

Only entries marked unfinished are touched, the rest of the file is left byte for byte; the
sources it could not find are printed, and the exit status is 1 when an unfinished entry remains.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

MESSAGE = re.compile(r"(<source>)((?:(?!</source>).)*)(</source>\s*(?:<comment>.*?</comment>\s*)?)"
                     r'<translation type="unfinished">(.*?)</translation>', re.S)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;") \
        .replace('"', "&quot;")


def fill(catalogue: Path, translations: dict[str, str]) -> tuple[int, list[str]]:
    text = catalogue.read_text(encoding="utf-8")
    used, left = set(), []

    def replace(match: re.Match) -> str:
        source = html.unescape(match.group(2))
        if source not in translations:
            left.append(source)
            return match.group(0)
        used.add(source)
        return f"{match.group(1)}{match.group(2)}{match.group(3)}<translation>{_escape(translations[source])}</translation>"

    text = MESSAGE.sub(replace, text)
    catalogue.write_text(text, encoding="utf-8")
    return len(used), left


if __name__ == "__main__":
    filled, remaining = fill(Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
    print(f"{sys.argv[1]}: {filled} filled, {len(remaining)} unfinished")
    for source in remaining:
        print(f"  {source}")
    sys.exit(1 if remaining else 0)
