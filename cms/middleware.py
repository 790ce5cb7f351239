"""Content-Security-Policy for the public site only."""

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
