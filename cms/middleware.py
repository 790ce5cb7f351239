"""Request hygiene for the whole site: NUL characters refused, and the public CSP."""

from django.http import HttpResponseBadRequest, JsonResponse
from django.middleware.csp import ContentSecurityPolicyMiddleware

ADMIN_PREFIXES = ("/admin/",)


class PublicContentSecurityPolicyMiddleware(ContentSecurityPolicyMiddleware):
    """Django's CSP middleware, skipped for the Wagtail admin.

    The public pages carry no JavaScript, so they can have a strict policy.
    Wagtail's admin relies on inline scripts that such a policy would block;
    it keeps Wagtail's defaults (X-Frame-Options, nosniff) instead.
    """

    def process_response(self, request, response):
        if request.path.startswith(ADMIN_PREFIXES):
            return response
        return super().process_response(request, response)


NULL_REFUSED_HTML = (
    '<!doctype html><html lang="id"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    "<title>Permintaan tidak valid</title></head><body>"
    "<h1>Permintaan tidak valid</h1>"
    "<p>Alamat yang diminta berisi karakter yang tidak diizinkan. Periksa kembali "
    "kata kunci atau tautan Anda, lalu coba lagi.</p>"
    '<p><a href="/">Kembali ke beranda</a></p>'
    "</body></html>"
)


class NullCharacterMiddleware:
    """Answer 400 to a query string holding a NUL character, before any view runs.

    No parameter of this site can contain one, and a NUL that reaches a
    query is refused by the database layer itself (psycopg2's ``ValueError``,
    SQLite's FTS5 syntax error): a 500, or on SQLite a false "database down"
    503. Refusing it here covers every parameter of every view, present and
    future. Under ``/api/`` the answer is the API's ``{"message": …}``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            if request.path.startswith("/api/"):
                return JsonResponse(
                    {"message": "query string: null characters are not allowed."}, status=400
                )
            return HttpResponseBadRequest(NULL_REFUSED_HTML)
        return self.get_response(request)
