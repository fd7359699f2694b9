"""Models that hold secrets (encryption key and IV, presigned URL) never print them."""

from __future__ import annotations

from spapi_services_generated.models import ServiceDocumentUploadDestination

KEY = "S2V5S2V5S2V5S2V5S2V5S2V5S2V5S2V5S2V5S2V5S2U="
IV = "SVZJVklWSVZJVklWSVZJVg=="
URL = "https://bucket.s3.amazonaws.com/doc-1?X-Amz-Signature=deadbeefcafe&X-Amz-Expires=300"


def test_upload_destination_repr_masks_key_iv_and_url() -> None:
    destination = ServiceDocumentUploadDestination.from_dict(
        {
            "uploadDestinationId": "doc-1",
            "url": URL,
            "encryptionDetails": {"standard": "AES", "initializationVector": IV, "key": KEY},
            "headers": {"Content-Type": "image/png"},
        }
    )
    text = repr(destination) + str(destination) + repr(destination.encryption_details)
    assert "doc-1" in text and "AES" in text  # the rest stays readable
    for secret in (KEY, IV, "deadbeefcafe", URL):
        assert secret not in text
    assert destination.to_dict()["encryptionDetails"]["key"] == KEY  # the data is intact
