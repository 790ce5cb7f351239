"""``/api/docs/``: the API explained for people, rendered on the server.

Built from the same OpenAPI schema as ``/api/schema/``, so it cannot drift
from it. No JavaScript and no third-party assets: it works on an install
with no internet, under the public site's strict Content-Security-Policy.
"""

from django.views.generic import TemplateView

from api.schema import openapi_schema


def _describe_schema(schema: dict, components: dict) -> str:
    """A short type label for a parameter schema: "integer", "one of: a, b"."""
    if "$ref" in schema:
        schema = components.get(schema["$ref"].rsplit("/", 1)[-1], {})
    if "enum" in schema:
        return "one of: " + ", ".join(str(v) for v in schema["enum"] if v not in ("", None))
    return schema.get("type", "")


def endpoints() -> list[dict]:
    """Every operation of the schema, in path order, ready for the template."""
    schema = openapi_schema()
    components = schema.get("components", {}).get("schemas", {})
    result = []
    for url, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            parameters = [
                {
                    "name": parameter["name"],
                    "where": parameter["in"],
                    "required": parameter.get("required", False),
                    "type": _describe_schema(parameter.get("schema", {}), components),
                    "description": parameter.get("description", ""),
                }
                for parameter in operation.get("parameters", [])
            ]
            result.append(
                {
                    "method": method.upper(),
                    "path": url,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": parameters,
                    "responses": sorted(operation.get("responses", {}).keys()),
                }
            )
    return result


class ApiDocsView(TemplateView):
    """The human-readable API reference, with curl examples for this host."""

    template_name = "api/docs.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        schema = openapi_schema()
        context.update(
            {
                "title": schema["info"]["title"],
                "description": schema["info"].get("description", ""),
                "endpoints": endpoints(),
                "base_url": self.request.build_absolute_uri("/").rstrip("/"),
            }
        )
        return context
