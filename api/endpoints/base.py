"""What every endpoint of the content API shares."""

import functools

from django.db.models import QuerySet
from django.http import Http404
from django.utils import translation
from rest_framework.response import Response
from wagtail.api.v2.views import BaseAPIViewSet

from pagecache.fragments import fragment, fragment_key, fragments
from pagecache.tags import depends_on, instance_tag

from ..errors import LARGEST_NUMBER, NUMBER_PARAMETERS, ParameterError, is_number


class PublicEndpointMixin:
    """Read-only and public: strict parameters (400 naming the parameter), tags for the page cache, and
    a detail in the written form it belongs to."""

    # The API is public and read-only: it takes no credentials, so it cannot be used to try passwords
    # (nor lock an editor out through the login lockout).
    authentication_classes = ()

    def get_renderer_context(self):
        """Compact JSON. Wagtail indents by 4 spaces, which Python's json can only do in its pure-Python
        encoder: that was most of an API answer's time, and a third of its size. A person reading it
        asks with ``Accept: application/json; indent=2``."""
        context = super().get_renderer_context()
        context.pop("indent", None)
        return context

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        for name in NUMBER_PARAMETERS & set(self.request.GET):
            value = self.request.GET[name]
            if is_number(value) and int(value) > LARGEST_NUMBER:
                raise ParameterError(name, f"{name}: the number is too large")
        if self.request.GET.get("limit", "1").strip() in {"0", "-0", "+0"}:
            raise ParameterError("limit", "limit: give a number from 1 to 100")

    # Besides the endpoint's model, the models whose changes can change which objects a list holds (an
    # organisation's topics, a contact person's organisation).
    list_depends_on = ()

    def listing_view(self, request):
        """Wagtail's listing from fragments: which ids a query gives (and how many in all) is kept per
        query, and each item per object, so a list asks the database only for what changed; the items
        not in the cache are fetched and serialised together. Search results are not kept."""
        depends_on(self.model)
        # Built once, and only when the ids or an item are not kept.
        filtered_queryset = functools.cache(lambda: self.filter_queryset(self.checked_queryset()))

        def find_ids():
            queryset = filtered_queryset()
            if not isinstance(queryset, QuerySet):  # search results, in the search backend's order
                return None
            ids = queryset.prefetch_related(None).values_list("pk", flat=True)
            return list(self.paginator.paginate_queryset(ids, request, view=self)), self.paginator.total_count

        # A query that is not valid raises its 400 while it is built, and is never kept.
        query = [item for item in sorted(request.GET.lists()) if item[0] != "fields"]
        found = fragment(
            fragment_key("api-ids", type(self).__name__, query, request=request),
            find_ids,
            depends_on=(self.model, *self.list_depends_on),
            # Which meetings a list holds changes as time passes: worked out for every request.
            keep=lambda value: value is not None and not self.leaves_by_itself,
        )
        if found is None:
            page = self.paginate_queryset(filtered_queryset())
            return self.get_paginated_response(self.get_serializer(page, many=True).data)
        ids, self.paginator.total_count = found
        self.shown_until(request, ids)
        if not ids:
            self.get_serializer([], many=True)  # an unknown ?fields= is a 400, also for an empty list
        shape = self.item_shape()
        keys = {pk: fragment_key("api", shape, pk) for pk in ids}

        def serialise(missing):
            objects = self.prepare_items(list(filtered_queryset().filter(pk__in=missing)))
            return dict(zip((item.pk for item in objects), self.get_serializer(objects, many=True).data, strict=True))

        items = fragments(keys, serialise)
        return self.get_paginated_response([items[pk] for pk in ids if pk in items])

    # Objects that leave the endpoint by themselves as time passes (meetings that are over).
    leaves_by_itself = False

    def shown_until(self, request, ids):
        """Keep an answer showing these objects in the response cache only until one leaves by itself."""

    def item_shape(self):
        """What an item's JSON depends on besides the object and the written form: the endpoint, the
        scheme and host of its links and the fields asked for."""
        request = self.request
        # (Not self.name: DRF sets it to None on every viewset class.)
        parts = [type(self).__name__, request.build_absolute_uri("/")]
        return "|".join([*parts, request.GET.get("type", ""), request.GET.get("fields", "")])

    def checked_queryset(self):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        return queryset

    def prepare_items(self, objects):
        """What a list's items need beyond their queryset, loaded for them all at once."""
        return objects

    # Lists of every published X that a detail shows (an organisation's contact persons).
    detail_depends_on = ()

    def detail_view(self, request, pk):
        """Wagtail's detail from fragments: which object an id shows (found among the public ones, a
        404 otherwise, never kept) is kept until the endpoint's objects change, and what it shows until
        the object or what it lists changes."""
        if int(pk) > LARGEST_NUMBER:
            raise Http404("not found")  # answered as JSON; the database could not even compare it
        found_pk, tag, form = fragment(
            fragment_key("api-visible", type(self).__name__, pk, request=request),
            self.visible,
            depends_on=(self.model, *self.list_depends_on),
            keep=lambda _value: not self.leaves_by_itself,
        )
        self.shown_until(request, [found_pk])
        with translation.override(form):
            data = fragment(
                fragment_key("api-detail", self.item_shape(), found_pk),
                lambda: self.get_serializer(self.get_object()).data,
                depends_on=self.detail_depends_on,
                tags=[tag],
            )
        return Response(data)

    def visible(self):
        """(the object's id, its tag, the written form its detail is given in)."""
        shown = self.visible_object()
        return shown.pk, instance_tag(shown), self.detail_form()

    def visible_object(self):
        """The object asked for, among those the endpoint shows (Http404 otherwise), without what
        only its fields need."""
        return BaseAPIViewSet.get_object(self)

    def detail_form(self):
        """The written form a detail answer is given in (texts written twice, cards in a body)."""
        return translation.get_language()

    def handle_exception(self, exc):
        if isinstance(exc, ParameterError):
            return Response({"message": str(exc), "parameter": exc.parameter}, status=400)
        return super().handle_exception(exc)
