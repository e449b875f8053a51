"""numpy's bundled OpenBLAS held to one thread, so the models can multiply with it."""

from __future__ import annotations

import ctypes
import functools
import glob
import os

# How numpy's wheels name OpenBLAS's thread setter: the 64-bit-integer builds of numpy 2
# (scipy-openblas) and of numpy 1.x, then a plain build.
_SETTERS = (
    "scipy_openblas_set_num_threads64_",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)


@functools.cache
def one_thread() -> bool:
    """Hold numpy's OpenBLAS to one thread; False when numpy bundles none we can reach."""
    nolo = getattr(os, "RTLD_NOLOAD", None)
    if nolo is None:
        return False
    import numpy

    # Linux wheels ship their libraries beside the package. RTLD_NOLOAD only hands back the
    # copy numpy has already loaded (never a second one), so the setting reaches numpy itself.
    libs = os.path.join(os.path.dirname(os.path.dirname(numpy.__file__)), "numpy.libs")
    for path in sorted(glob.glob(os.path.join(libs, "*openblas*"))):
        try:
            lib = ctypes.CDLL(path, mode=nolo)
        except OSError:
            continue
        for name in _SETTERS:
            setter = getattr(lib, name, None)
            if setter is not None:
                setter(1)
                return True
    return False
