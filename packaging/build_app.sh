#!/usr/bin/env bash
# Build the one-folder desktop app (dist/qda-app/) with PyInstaller and smoke-test it headless.
#
#   packaging/build_app.sh            build, then smoke-test
#   SKIP_BUILD=1 packaging/build_app.sh   smoke-test an existing dist/qda-app
#
# Needs the program's dependencies installed in this Python (pip install -e .); installs
# PyInstaller when it is missing. Qt runs offscreen, so this works on a machine without a display.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
APP="dist/qda-app/qda-app"

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
    if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
        "$PYTHON" -m pip install "pyinstaller>=6.0"
    fi
    "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath dist --workpath build/pyinstaller packaging/qda_app.spec
fi

echo "== bundle: $(du -sh dist/qda-app | cut -f1) in $(find dist/qda-app -type f | wc -l) files"

export QT_QPA_PLATFORM=offscreen
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# The program's settings (coder, recent projects) go to a throw-away folder, not the user's.
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache"
mkdir -p "$XDG_CONFIG_HOME/qda_app"
printf '[General]\ncoder=Smoke test\n' > "$XDG_CONFIG_HOME/qda_app/qda_app.conf"
PROJECT="$WORK/x.qdaproj"

fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }

echo "== $APP --version"
version="$("$APP" --version)" || fail "--version"
echo "$version"
expected="qda_app $("$PYTHON" -c 'import qda_app; print(qda_app.__version__)')"
[[ "$version" == "$expected" ]] || fail "version '$version', expected '$expected'"

echo "== $APP demo $PROJECT --no-gui"
"$APP" demo "$PROJECT" --no-gui || fail "demo"

echo "== $APP codes $PROJECT --json"
"$APP" codes "$PROJECT" --json > "$WORK/codes.json" || fail "codes"
"$PYTHON" - "$WORK/codes.json" <<'PY' || fail "codes output"
import json, sys
codes = json.load(open(sys.argv[1], encoding="utf-8"))
rows = codes if isinstance(codes, list) else codes.get("codes", codes)
print(f"{len(rows)} codes")
assert len(rows) == 37, len(rows)
PY

echo "== $APP report $WORK/report.xlsx (pandas + openpyxl inside the bundle)"
"$APP" report "$PROJECT" -o "$WORK/report.xlsx" || fail "report"
echo "== $APP figure $WORK/network.png (matplotlib inside the bundle)"
"$APP" figure "$PROJECT" -o "$WORK/network.png" || fail "figure"
echo "== $APP export-qdpx $WORK/x.qdpx"
"$APP" export-qdpx "$PROJECT" -o "$WORK/x.qdpx" || fail "export-qdpx"

# The program itself: QDA_APP_SMOKE_TEST=1 asks it to close its main window as soon as the
# project is shown. A build of the program that does not know the variable keeps running;
# then staying up for the whole timeout without a crash counts as started.
echo "== $APP open $PROJECT (offscreen, QDA_APP_SMOKE_TEST=1)"
set +e
QDA_APP_SMOKE_TEST=1 timeout 40 "$APP" open "$PROJECT" > "$WORK/gui.out" 2> "$WORK/gui.err"
status=$?
set -e
cat "$WORK/gui.err" >&2
if grep -q -E "Traceback|Error|could not load the Qt platform plugin" "$WORK/gui.err"; then
    fail "the program wrote errors while starting"
fi
if grep -q QDA_APP_SMOKE_TEST qda_app/gui/app.py; then
    # The program was built from a checkout that knows the variable: it must have closed itself.
    [[ $status == 0 ]] || fail "program exited with status $status (124: did not close within 40 s)"
    echo "program opened the project in its main window and closed it"
else
    case $status in
        0) echo "program started and closed" ;;
        124) echo "program still running after 40 s without errors (qda_app/gui/app.py has no QDA_APP_SMOKE_TEST support yet): stopped" ;;
        *) fail "program exited with status $status" ;;
    esac
fi
echo "== smoke tests passed"
