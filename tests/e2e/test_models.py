"""GET /v1/models lists the configured model names."""

from __future__ import annotations

from gai_helpers import CONFIGURED_MODELS


def test_models_list_sdk(client):
    page = client.models.list()
    ids = [m.id for m in page.data]
    missing = set(CONFIGURED_MODELS) - set(ids)
    assert not missing, f"models missing from /v1/models: {sorted(missing)} (got {ids})"
    assert len(ids) == len(set(ids)), f"duplicate ids: {ids}"


def test_models_list_raw_shape(http):
    r = http.get("/v1/models")
    assert r.status_code == 200, r.text
    assert r.headers.get("content-type", "").startswith("application/json")
    body = r.json()
    assert body["object"] == "list"
    assert isinstance(body["data"], list)
    for m in body["data"]:
        assert isinstance(m["id"], str) and m["id"]
        assert m["object"] == "model"
        assert isinstance(m["created"], int)
        assert isinstance(m["owned_by"], str)
    assert set(CONFIGURED_MODELS) <= {m["id"] for m in body["data"]}
