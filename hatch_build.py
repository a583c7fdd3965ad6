"""Build hook: compiles reader's native aligner (``reader/native/*.c``) into
``reader._native`` when a wheel is built.

The aligner exists twice: in Python (:mod:`reader.align`, the reference, always
shipped) and in C (the same steps, for speed: a whole-process ``reader compare`` of
two 50,000-word articles is dominated by per-word Python loops). When no C compiler
is found, or ``READER_NO_NATIVE=1`` is set, or compiling fails, the wheel is built
without it, with a warning, and reader runs on the Python aligner with identical
results, only slower.

The compiler is ``$CC`` or the one the running interpreter was built with
(``sysconfig``), as setuptools would take it; there is nothing else to configure.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCES = ("module.c", "align.c", "diff.c", "words.c", "cleanup.c", "ids.c", "surface.c")


def compile_native(root: Path, out_dir: Path) -> Path:
    """Compile the extension into ``out_dir``; returns the shared object's path."""
    src = root / "reader" / "native"
    cc = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc")
    if not shutil.which(cc[0]):
        raise RuntimeError(f"no C compiler ({cc[0]})")
    target = out_dir / ("_native" + (sysconfig.get_config_var("EXT_SUFFIX") or ".so"))
    command = [
        *cc, "-shared", "-fPIC", "-O2", "-std=c99", "-Wall", "-fvisibility=hidden",
        f"-I{sysconfig.get_paths()['include']}", f"-I{src}",
        *(str(src / name) for name in SOURCES), "-o", str(target),
    ]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"{' '.join(command)}\n{done.stderr.strip()}")
    return target


class NativeBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or os.environ.get("READER_NO_NATIVE") == "1":
            return
        root = Path(self.root)
        # An editable install imports from the source tree: build the module there.
        out_dir = root / "reader" if version == "editable" else Path(tempfile.mkdtemp(prefix="reader-native-"))
        try:
            target = compile_native(root, out_dir)
        except (OSError, RuntimeError) as error:
            print(f"reader: building without the native aligner (the Python one is used): {error}",
                  file=sys.stderr)
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        if version != "editable":
            build_data["force_include"][str(target)] = f"reader/{target.name}"
