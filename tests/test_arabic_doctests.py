"""The Arabic examples in marsad.arabic's docstrings stay true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "marsad.arabic.dates",
    "marsad.arabic.lexicon",
    "marsad.arabic.normalize",
    "marsad.arabic.numbers",
    "marsad.arabic.sentences",
    "marsad.arabic.tokens",
]


@pytest.mark.parametrize("name", MODULES)
def test_arabic_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
