"""Wagtail's database search backend, with the search text made safe for the database first.

``WAGTAILSEARCH_BACKENDS`` points here. It builds the backend Wagtail would
(PostgreSQL's or SQLite's FTS5, picked by the database in use) and cleans
every query string before it reaches SQL, for every caller at once: the
public search, the service finder, the API and the admin. Without this, a
typed ``"`` ends the FTS5 string Wagtail quotes each term in on SQLite
(``fts5: syntax error``), and a NUL is refused by both SQLite's FTS5 and
psycopg2 (``ValueError``): a visitor's typo became a 500, or a false
"database down" 503.
"""

import copy
import functools
import re
import unicodedata

from modelsearch.backends import database
from modelsearch.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

# Longer queries are cut: nobody types more, and on SQLite each term is a node
# of the MATCH expression, whose depth is limited.
MAX_QUERY_LENGTH = 255
_SPACES = re.compile(r"\s+")


def clean_search_text(text: str) -> str:
    """``text`` without double quotes or control characters, spaces collapsed, cut to length.

    Double quotes and every character of Unicode category C (control,
    format, surrogate, private use, unassigned; NUL among them) become
    spaces: none of them helps a search, and some break the SQL.
    """
    kept = "".join(
        " " if char == '"' or unicodedata.category(char)[0] == "C" else char for char in text
    )
    return _SPACES.sub(" ", kept).strip()[:MAX_QUERY_LENGTH].strip()


def clean_query(query):
    """A copy of a search query (a string or a query object) with its texts cleaned."""
    if isinstance(query, str):
        return clean_search_text(query)
    if isinstance(query, PlainText | Phrase | Fuzzy):
        query = copy.copy(query)
        query.query_string = clean_search_text(query.query_string)
    elif isinstance(query, And | Or):
        query = copy.copy(query)
        query.subqueries = [clean_query(subquery) for subquery in query.subqueries]
    elif isinstance(query, Not | Boost):
        query = copy.copy(query)
        query.subquery = clean_query(query.subquery)
    return query


class CleanQueryMixin:
    """Cleans the query of ``search()`` and ``autocomplete()`` before the backend sees it."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        return super()._search(
            query_compiler_class, clean_query(query), model_or_queryset, **kwargs
        )


@functools.cache
def _cleaning(backend_class):
    return type(backend_class.__name__, (CleanQueryMixin, backend_class), {"__module__": __name__})


def SearchBackend(params):  # noqa: N802  (the name Wagtail looks up in a backend module)
    """The database backend Wagtail would choose, as a subclass that cleans queries."""
    backend_class = type(database.SearchBackend(params))
    return _cleaning(backend_class)(params)
