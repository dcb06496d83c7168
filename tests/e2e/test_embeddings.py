"""Embeddings through the gateway to the fake upstream."""

from __future__ import annotations

from fake_upstream import EMBEDDING_VALUES, EXPECTED_API_KEY, decode_base64_embedding
from gai_helpers import assert_uuid7

EMB = "/v1/embeddings"


def test_embeddings_float(client, upstream):
    r = client.embeddings.create(model="text-embedding-3-small", input="hello world", encoding_format="float")
    assert r.object == "list"
    assert len(r.data) == 1
    assert r.data[0].index == 0
    assert r.data[0].embedding == EMBEDDING_VALUES
    assert r.usage.prompt_tokens > 0 and r.usage.total_tokens > 0
    assert_uuid7(r._request_id)
    rec = upstream.last_request(EMB)
    assert rec is not None
    assert rec.json["model"] == "fake-embed"
    assert rec.json["input"] == "hello world"
    assert rec.json["encoding_format"] == "float"
    assert rec.headers.get("authorization") == f"Bearer {EXPECTED_API_KEY}"


def test_embeddings_default_encoding(client, upstream):
    """The SDK asks for base64 by default and decodes it; values must round-trip exactly."""
    r = client.embeddings.create(model="text-embedding-3-small", input="hello world")
    assert len(r.data) == 1
    assert list(r.data[0].embedding) == EMBEDDING_VALUES


def test_embeddings_list_input(client, upstream):
    r = client.embeddings.create(model="text-embedding-3-small", input=["one", "two", "three"], encoding_format="float")
    assert [d.index for d in r.data] == [0, 1, 2]
    assert all(d.embedding == EMBEDDING_VALUES for d in r.data)
    assert upstream.last_request(EMB).json["input"] == ["one", "two", "three"]


def test_embeddings_base64_raw(http, upstream):
    r = http.post(EMB, json={"model": "text-embedding-3-small", "input": "x", "encoding_format": "base64"})
    assert r.status_code == 200, r.text
    emb = r.json()["data"][0]["embedding"]
    assert isinstance(emb, str)
    assert decode_base64_embedding(emb) == EMBEDDING_VALUES
