from django.urls import path

from . import views

app_name = "interest"

urlpatterns = [
    path("", views.register, name="register"),
    path("personvern/", views.privacy, name="privacy"),
    path("<str:token>/", views.mine, name="mine"),
    path("<str:token>/trekk-tilbake/", views.withdraw, name="withdraw"),
]
