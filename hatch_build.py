"""Build hook: compiles reader's native engine (``reader/native/*.c``) into
``reader._native`` when a wheel is built.

The engine's per-word steps exist twice: in Python (the reference, always shipped) and
in C (the same steps, for speed: a whole-process ``reader compare`` of two 50,000-word
articles was dominated by per-word Python loops; see :mod:`reader.text.speedups`). When no C
compiler is found, or ``READER_NO_NATIVE=1`` is set, or compiling fails, the wheel is
built without it, with a warning, and reader runs on the Python code with identical
results, only slower.

How it is compiled is in ``reader/native/build.py`` (shared with the tests, which
build the module into the source tree they import).
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _native_build(root: Path):
    """reader/native/build.py, loaded by path (the package is not importable here)."""
    spec = importlib.util.spec_from_file_location("reader_native_build", root / "reader" / "native" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class NativeBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or os.environ.get("READER_NO_NATIVE") == "1":
            return
        root = Path(self.root)
        # An editable install imports from the source tree: build the module there.
        out_dir = root / "reader" if version == "editable" else Path(tempfile.mkdtemp(prefix="reader-native-"))
        try:
            target = _native_build(root).compile_native(out_dir)
        except (OSError, RuntimeError) as error:
            print(f"reader: building without the native aligner (the Python one is used): {error}",
                  file=sys.stderr)
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        if version != "editable":
            build_data["force_include"][str(target)] = f"reader/{target.name}"
