"""Memo text typed just before the program is killed comes back at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from qda_app.services import memos
from qda_app.services.project import Project

TYPED = "dictado antes del corte"

SCRIPT = textwrap.dedent("""
    import os, signal, sys, time
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit
    from qda_app.gui.app import open_main_window
    from qda_app.gui.drafts import drafts_folder

    window = open_main_window(sys.argv[1])
    editor = window.findChild(QPlainTextEdit, "memoEditor")
    window.memo_pane.select_memo(int(sys.argv[2]))
    editor.setFocus()
    QTest.keyClicks(editor, sys.argv[3])
    deadline = time.monotonic() + 0.4  # the draft is written at once; the save waits for a pause
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    assert list(drafts_folder(sys.argv[1]).glob("memo-*.json")), "no draft"
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_memo_typed_before_a_kill_is_recovered_on_the_next_start(qtbot, sample_path: Path, tmp_path: Path):
    with Project.open(sample_path) as project:
        memo = memos.list_memos(project)[0]
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).parents[2]))
    completed = subprocess.run([sys.executable, "-c", SCRIPT, str(sample_path), str(memo.id), TYPED],
                               env=environment, capture_output=True, text=True, timeout=120)
    assert completed.returncode == -9, completed.stderr
    with Project.open(sample_path, read_only=True) as project:
        assert TYPED not in memos.get_memo(project, memo.id).text  # killed before the save
    from qda_app.gui.app import open_main_window

    window = open_main_window(sample_path)
    qtbot.addWidget(window)
    assert TYPED in memos.get_memo(window.project, memo.id).text
    assert "Recovered" in window.statusBar().currentMessage()
    window.close()
