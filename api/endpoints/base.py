"""What every endpoint of the content API shares."""

from django.http import Http404
from django.utils import translation
from rest_framework.response import Response

from pagecache.tags import depends_on

from ..errors import LARGEST_NUMBER, NUMBER_PARAMETERS, ParameterError


class PublicEndpointMixin:
    """Read-only and public: strict parameters (400 naming the parameter), tags for the page cache, and
    a detail in the written form it belongs to."""

    # The API is public and read-only: it takes no credentials, so it cannot be used to try passwords
    # (nor lock an editor out through the login lockout).
    authentication_classes = ()

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        for name in NUMBER_PARAMETERS & set(self.request.GET):
            value = self.request.GET[name]
            if value.isdigit() and int(value) > LARGEST_NUMBER:
                raise ParameterError(name, f"{name}: the number is too large")
        if self.request.GET.get("limit", "1").strip() in {"0", "-0", "+0"}:
            raise ParameterError("limit", "limit: give a number from 1 to 100")

    def listing_view(self, request):
        depends_on(self.model)
        return super().listing_view(request)

    def detail_view(self, request, pk):
        if int(pk) > LARGEST_NUMBER:
            raise Http404("not found")  # answered as JSON; the database could not even compare it
        with translation.override(self.detail_form()):
            return super().detail_view(request, pk)

    def detail_form(self):
        """The written form a detail answer is given in (texts written twice, cards in a body)."""
        return translation.get_language()

    def handle_exception(self, exc):
        if isinstance(exc, ParameterError):
            return Response({"message": str(exc), "parameter": exc.parameter}, status=400)
        return super().handle_exception(exc)
