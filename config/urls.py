from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from api import changes as api_changes
from api import views as api_views
from api.router import api_router
from core import routing
from core import views as core_views
from core.languages import LANGUAGE_CODES
from directory import admin_views
from editorial import translation
from home import views as home_views
from home.sitemaps import SiteSitemap
from integrations import api as integrations_api

urlpatterns = [
    path("", core_views.root_redirect, name="root"),
    path("healthz", core_views.healthz, name="healthz"),
    # In front of the admin's own views of the same address: narrowed to the editor's organisation.
    path(
        "admin/reports/site-history/",
        require_admin_access(admin_views.OwnSiteHistoryView.as_view()),
        name="own_site_history",
    ),
    path(
        "admin/reports/site-history/results/",
        require_admin_access(admin_views.OwnSiteHistoryView.as_view(results_only=True)),
        name="own_site_history_results",
    ),
    path(
        "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/",
        require_admin_access(admin_views.OwnSnippetsAPI.as_view({"get": "list"})),
        name="own_snippets_api_listing",
    ),
    path(
        "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
        require_admin_access(admin_views.OwnSnippetsAPI.as_view({"get": "retrieve"})),
        name="own_snippets_api_detail",
    ),
    path(
        "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/",
        require_admin_access(admin_views.owned_bulk_action),
        name="own_bulk_action",
    ),
    path(
        "admin/localize/submit/page/<int:page_id>/",
        require_admin_access(translation.SubmitPageTranslationView.as_view()),
        name="own_submit_page_translation",
    ),
    path(
        "admin/localize/update/<int:translation_source_id>/",
        require_admin_access(translation.UpdateTranslationsView.as_view()),
        name="own_update_translations",
    ),
    path(
        "admin/localize/translate/<int:translation_id>/machine_translate/",
        require_admin_access(translation.machine_translate),
        name="own_machine_translate",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("api/v2/schema/", api_views.schema_view, name="api_schema"),
    path("api/v2/changes/", api_changes.changes_view, name="api_changes"),
    path("api/v2/preview/", integrations_api.preview_view, name="api_preview"),
    path("api/docs/", api_views.docs_view, name="api_docs"),
    path("api/v2/", api_router.urls),
    re_path(r"^api/(?P<rest>.*)$", api_views.api_not_found),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": SiteSitemap}}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
    re_path(rf"^sprak/(?P<language>{'|'.join(LANGUAGE_CODES)})/$", core_views.choose_language, name="choose_language"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("sok/", home_views.search, name="search"),
    path("om/", TemplateView.as_view(template_name="about.html"), name="about"),
    path("tilgjengelighet/", core_views.accessibility_statement, name="accessibility"),
    path("meld-interesse/", include("interest.urls")),
    # Wagtail's own URLs, but pages are found by core.routing (a fixed number of queries).
    *[pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", None) != "wagtail_serve"],
    re_path(serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
