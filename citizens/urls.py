"""Public URLs of citizens' services, under ``/warga/`` on every site."""

from django.urls import path

from citizens import views

app_name = "citizens"
urlpatterns = [
    path("pengaduan/", views.complaint_form, name="complaint"),
    path("permohonan/<int:service_id>/", views.request_form, name="request"),
    path("lacak/", views.lookup, name="lookup"),
    path("lacak/<str:code>/", views.status, name="status"),
    path("lacak/<str:code>/json/", views.status_json, name="status_json"),
    path("lacak/<str:code>/nilai/", views.rate, name="rate"),
    path("lacak/<str:code>/perbaikan/", views.resubmit, name="resubmit"),
    path("lacak/<str:code>/hasil/", views.result_document, name="result"),
]
