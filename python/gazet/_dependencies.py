"""The optional dependencies, imported only by the functions that need them."""

from __future__ import annotations

import importlib
from types import ModuleType

from .errors import MissingDependencyError


def need(module: str, extra: str, user: str = "this") -> ModuleType:
    """`module` imported, or MissingDependencyError (an ImportError) saying that `user`
    needs it and which extra of gazet installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        top = module.partition(".")[0]
        raise MissingDependencyError(f"{user} needs {top}: pip install 'gazet[{extra}]'") from e


def has(module: str) -> bool:
    """Whether `module` can be imported."""
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True
