"""``/api/v2/preview/?token=``: a draft for a partner's preview page (integrations.preview), in the
shape of ``/api/v2/pages/<id>/``. Only with a valid token; never cached."""

from django.utils import translation
from rest_framework.response import Response
from wagtail.models import Page, Revision

from api.endpoints.pages import SitePagesAPIViewSet
from api.errors import ParameterError
from api.router import api_router

from .preview import revision_of

KNOWN = {"token"}


class DraftPagesAPIViewSet(SitePagesAPIViewSet):
    def draft_view(self, request):
        request.wagtailapi_router = api_router
        unknown = sorted(set(request.GET) - KNOWN)
        if unknown:
            raise ParameterError(unknown[0], f"{unknown[0]}: not a parameter of this endpoint (token)")
        if "token" not in request.GET:
            raise ParameterError("token", "token: give the token the preview page was opened with")
        try:
            revision_id = revision_of(request.GET["token"])
        except ValueError as error:
            raise ParameterError("token", str(error)) from error
        revision = Revision.page_revisions.filter(pk=revision_id).select_related("content_type").first()
        page = revision.as_object() if revision else None
        if not isinstance(page, Page):
            return self.not_kept()
        self._specific_object = page
        with translation.override(page.locale.language_code):
            data = self.get_serializer(page).data
        data["meta"]["revision"] = {"id": revision.pk, "created_at": revision.created_at.isoformat()}
        return self.never_kept(Response(data))

    def not_kept(self):
        return self.never_kept(Response({"message": "token: the draft is no longer there"}, status=404))

    @staticmethod
    def never_kept(response):
        response["Cache-Control"] = "private, no-store"
        return response


preview_view = DraftPagesAPIViewSet.as_view({"get": "draft_view"})
