from __future__ import annotations

import json
import os
import subprocess
import sys


class CliResult:
    def __init__(self, completed: subprocess.CompletedProcess) -> None:
        self.code = completed.returncode
        self.stdout_bytes = completed.stdout
        self.stdout = completed.stdout.decode("utf-8")
        self.stderr = completed.stderr.decode("utf-8")

    def json(self):
        return json.loads(self.stdout)


def run_cli(*args: str, language: str = "C.UTF-8") -> CliResult:
    """``language``: the LANG the CLI runs under (English unless a test asks for another)."""
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    environment["LANG"] = language
    completed = subprocess.run(
        [sys.executable, "-m", "qda_app", *map(str, args)], capture_output=True, timeout=120,
        env=environment,
    )
    return CliResult(completed)

