"""gazet: find people, places and dates in news text from gazetteers.

>>> import gazet
>>> gz = gazet.Gazetteer()
>>> gz.add("PERSON", "person:khawaja_asif", ["Khawaja Asif", "Khawaja Muhammad Asif"])
>>> m = gazet.Matcher(gz, dates=False)
>>> m.find("Defence Minister Khawaja Asif said")
[Match(start=17, end=29, text='Khawaja Asif', label='PERSON', entity_id='person:khawaja_asif', value=None)]
"""

from ._core import Match
from .display import highlight, render
from .errors import (
    ArgumentError,
    ArgumentTypeError,
    ColumnNotFoundError,
    CorpusError,
    DateError,
    DocumentError,
    Failure,
    GazetError,
    GazetteerError,
    InternalError,
    MissingDependencyError,
    OptionError,
    ReadOnlyError,
    SavedFileError,
    SkippedRowsWarning,
    TextError,
)
from .gazetteer import Entity, Gazetteer
from .matcher import ManyMatches, Matcher, Matches
from .places import common_words, demonyms, orgs, places
from .stream import ParquetResult

__all__ = [
    "ArgumentError",
    "ArgumentTypeError",
    "ColumnNotFoundError",
    "CorpusError",
    "DateError",
    "DocumentError",
    "Entity",
    "Failure",
    "GazetError",
    "Gazetteer",
    "GazetteerError",
    "InternalError",
    "ManyMatches",
    "Match",
    "Matcher",
    "Matches",
    "MissingDependencyError",
    "OptionError",
    "ParquetResult",
    "ReadOnlyError",
    "SavedFileError",
    "SkippedRowsWarning",
    "TextError",
    "common_words",
    "demonyms",
    "highlight",
    "orgs",
    "places",
    "render",
]
__version__ = "0.1.0"
