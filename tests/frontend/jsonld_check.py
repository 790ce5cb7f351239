"""Check JSON-LD with an independent processor (pyld), offline.

The pages' blocks say ``"@context": "https://schema.org"``. A JSON-LD
processor fetches that context from the web; tests run without network, so
the loader below answers it with the part of schema.org's context that
matters for checking: its vocabulary. pyld then expands each block as the
JSON-LD 1.1 algorithms say, and raises on anything that is not valid JSON-LD
(a bad keyword, a malformed ``@type``, a non-IRI ``@id``…).
"""

from pyld import jsonld

SCHEMA_CONTEXTS = {"https://schema.org", "https://schema.org/", "http://schema.org"}
SCHEMA_VOCAB = "https://schema.org/"


def _offline_loader(url, options=None):
    if url in SCHEMA_CONTEXTS:
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": url,
            "document": {"@context": {"@vocab": SCHEMA_VOCAB}},
        }
    raise jsonld.JsonLdError(f"no network in tests: {url}", "loading document failed")


def expand(block: dict) -> list:
    """``block`` expanded by pyld (raises ``JsonLdError`` if it is not valid JSON-LD)."""
    return jsonld.expand(block, {"documentLoader": _offline_loader})


def types_in(expanded) -> set[str]:
    """Every schema.org type named anywhere in an expanded document, as local names."""
    found = set()
    stack = list(expanded) if isinstance(expanded, list) else [expanded]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for type_iri in node.get("@type", []):
                found.add(type_iri.removeprefix(SCHEMA_VOCAB))
            stack.extend(v for k, v in node.items() if k != "@type")
        elif isinstance(node, list):
            stack.extend(node)
    return found
