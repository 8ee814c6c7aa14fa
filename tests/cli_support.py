from __future__ import annotations

import json
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


def run_cli(*args: str) -> CliResult:
    completed = subprocess.run(
        [sys.executable, "-m", "qda_app", *map(str, args)], capture_output=True, timeout=120
    )
    return CliResult(completed)

