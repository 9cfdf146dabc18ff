"""Uploads go to S3-compatible object storage when S3_BUCKET is set (here moto's S3 server on
loopback), so several app servers share them; images and their renditions are read from there."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PillowImage

from tests.helpers import free_port

pytestmark = pytest.mark.django_db

BUCKET = "selvhjelp-test"


@pytest.fixture(scope="module")
def s3_endpoint():
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def object_storage(settings, s3_endpoint, monkeypatch):
    import boto3

    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "test")
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": s3_endpoint,
                "region_name": "us-east-1",
                "querystring_auth": False,
                "file_overwrite": False,
            },
        },
    }
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def png(width=64, height=48):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (40, 110, 90)).save(buffer, "PNG")
    return ImageFile(buffer, name="gruppe.png")


def stored_keys(client):
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def test_uploaded_image_and_its_renditions_live_in_the_bucket(object_storage, s3_endpoint):
    from wagtail.images import get_image_model

    image = get_image_model().objects.create(title="Gruppe i ring", file=png())
    assert image.file.name in stored_keys(object_storage)
    assert not image.file.storage.__class__.__name__.startswith("FileSystem")

    rendition = image.get_rendition("fill-32x32")
    assert rendition.file.name in stored_keys(object_storage)
    assert rendition.url.startswith(f"{s3_endpoint}/{BUCKET}/")


def test_article_shows_its_image_from_object_storage(client, object_storage, s3_endpoint):
    from wagtail.images import get_image_model

    from tests.helpers import article, publish

    page = article("sorg-etter-et-dodsfall")
    page.listing_image = get_image_model().objects.create(title="Samtale", file=png(1200, 800))
    publish(page)
    html = client.get("/nb/for-parorende/sorg-etter-et-dodsfall/").content.decode()
    assert f"{s3_endpoint}/{BUCKET}/" in html
