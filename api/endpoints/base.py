"""What every endpoint of the content API shares."""

import hashlib

from django.db.models import QuerySet
from django.http import Http404
from django.utils import translation
from rest_framework.response import Response

from pagecache.fragments import fragments
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
        """Wagtail's listing, with each item kept as a fragment: the list's own query asks only for the
        ids of the page asked for; the items not in the cache are fetched and serialised together."""
        depends_on(self.model)
        queryset = self.filter_queryset(self.checked_queryset())
        if not isinstance(queryset, QuerySet):  # search results, in the search backend's order
            page = self.paginate_queryset(queryset)
            return self.get_paginated_response(self.get_serializer(page, many=True).data)
        ids = list(
            self.paginator.paginate_queryset(
                queryset.prefetch_related(None).values_list("pk", flat=True), request, view=self
            )
        )
        signature = "|".join(
            [
                request.build_absolute_uri("/"),
                translation.get_language() or "",
                request.GET.get("type", ""),
                request.GET.get("fields", ""),
            ]
        )
        digest = hashlib.sha256(signature.encode()).hexdigest()[:32]
        # (Not self.name: DRF sets it to None on every viewset class.)
        keys = {pk: f"api:{type(self).__name__}:{pk}:{digest}" for pk in ids}

        def serialise(missing):
            objects = self.prepare_items(list(queryset.filter(pk__in=missing)))
            return dict(zip((item.pk for item in objects), self.get_serializer(objects, many=True).data, strict=True))

        items = fragments(keys, serialise)
        return self.get_paginated_response([items[pk] for pk in ids if pk in items])

    def checked_queryset(self):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        return queryset

    def prepare_items(self, objects):
        """What a list's items need beyond their queryset, loaded for them all at once."""
        return objects

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
