"""Every path of the minimal project answers with its one view."""

from django.urls import path

from bench.hello.views import hello

urlpatterns = [path("", hello)]
