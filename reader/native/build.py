"""Compiling ``reader._native`` from the C files beside this one.

Used by the wheel's build hook (``hatch_build.py``) and by the tests, which import
reader from the source tree (``python -m pytest`` puts it first on ``sys.path``) and so
build the module there when it is missing or older than its sources. Plain Python with
no build-system import, and not shipped in the wheel.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sysconfig
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = ("module.c", "align.c", "diff.c", "words.c", "cleanup.c", "ids.c", "surface.c", "names.c", "quotes.c")


def target_name() -> str:
    return "_native" + (sysconfig.get_config_var("EXT_SUFFIX") or ".so")


def compile_native(out_dir: Path) -> Path:
    """Compile the extension into ``out_dir`` with ``$CC`` or the compiler the running
    Python was built with (as setuptools would); returns the shared object's path.
    Raises RuntimeError with the compiler's message when it cannot."""
    cc = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc")
    if not cc or not shutil.which(cc[0]):
        raise RuntimeError(f"no C compiler ({cc[0] if cc else 'none'})")
    target = Path(out_dir) / target_name()
    command = [
        *cc, "-shared", "-fPIC", "-O2", "-std=c99", "-Wall", "-fvisibility=hidden",
        f"-I{sysconfig.get_paths()['include']}", f"-I{HERE}",
        *(str(HERE / name) for name in SOURCES), "-o", str(target),
    ]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"{' '.join(command)}\n{done.stderr.strip()}")
    return target


def stale(target: Path) -> bool:
    """Whether ``target`` is missing or older than a C source or header here."""
    try:
        built = target.stat().st_mtime
    except OSError:
        return True
    return any(p.stat().st_mtime > built for p in HERE.iterdir() if p.suffix in (".c", ".h"))
