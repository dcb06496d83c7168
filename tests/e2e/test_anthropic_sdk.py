"""The Anthropic Messages API surface (/v1/messages) driven by the official `anthropic` SDK.

The models are the same as for the OpenAI tests: the fake OpenAI-compatible upstream and the
mock, so every answer here went through the Anthropic → unified → Anthropic translation.
"""

from __future__ import annotations

import anthropic
import pytest

from fake_upstream import CHAT_USAGE, HELLO_TEXT, PARTIAL_PIECES, TOOL_CALL_ID

MESSAGES = "/v1/messages"
WEATHER_TOOL = {
    "name": "get_weather",
    "description": "Current weather for a city",
    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
}


@pytest.fixture(scope="module")
def claude(gai) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=gai.base_url, api_key="x", max_retries=0, timeout=20)


def _hi():
    return [{"role": "user", "content": "hi"}]


def test_text_from_openai_compatible_upstream(claude, upstream):
    message = claude.messages.create(model="gpt-4o-mini", max_tokens=64, system="Be brief.", messages=_hi())
    assert message.type == "message"
    assert message.role == "assistant"
    assert message.model == "gpt-4o-mini"
    assert message.id.startswith("msg_")
    assert [block.type for block in message.content] == ["text"]
    assert message.content[0].text == HELLO_TEXT
    assert message.stop_reason == "end_turn"
    assert message.usage.input_tokens == CHAT_USAGE["prompt_tokens"]
    assert message.usage.output_tokens == CHAT_USAGE["completion_tokens"]
    sent = upstream.last_request("/v1/chat/completions").json
    assert sent["max_tokens"] == 64
    assert [m["role"] for m in sent["messages"]] == ["system", "user"]


def test_text_from_mock(claude):
    message = claude.messages.create(
        model="mock-echo", max_tokens=32, messages=[{"role": "user", "content": "echo me please"}]
    )
    assert message.content[0].text == "echo me please"
    assert message.stop_reason == "end_turn"
    assert message.usage.output_tokens > 0


def test_request_id_header(claude):
    raw = claude.messages.with_raw_response.create(model="mock-echo", max_tokens=8, messages=_hi())
    assert raw.headers.get("request-id")
    assert raw.headers.get("request-id") == raw.headers.get("x-request-id")


@pytest.mark.parametrize("model, expected", [("gpt-4o-mini", HELLO_TEXT), ("mock-echo", "stream these words")])
def test_streaming_text(claude, model, expected):
    prompt = [{"role": "user", "content": "stream these words"}]
    with claude.messages.stream(model=model, max_tokens=64, messages=prompt) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == expected
    assert final.stop_reason == "end_turn"
    assert final.content[0].text == expected
    assert final.usage.output_tokens > 0
    if model == "gpt-4o-mini":
        assert final.usage.input_tokens == CHAT_USAGE["prompt_tokens"]
        assert final.usage.output_tokens == CHAT_USAGE["completion_tokens"]


def test_tool_use_round_trip(claude, upstream):
    question = {"role": "user", "content": "What is the weather in Paris?"}
    first = claude.messages.create(model="gpt-4o-mini", max_tokens=64, tools=[WEATHER_TOOL], messages=[question])
    assert first.stop_reason == "tool_use"
    tool_uses = [block for block in first.content if block.type == "tool_use"]
    assert len(tool_uses) == 1
    call = tool_uses[0]
    assert call.id == TOOL_CALL_ID
    assert call.name == "get_weather"
    assert call.input == {"city": "Paris"}
    sent = upstream.last_request("/v1/chat/completions").json
    assert sent["tools"][0]["function"]["name"] == "get_weather"
    assert sent["tools"][0]["function"]["parameters"] == WEATHER_TOOL["input_schema"]

    # Send the result back without tools: the fake answers with text.
    second = claude.messages.create(
        model="gpt-4o-mini",
        max_tokens=64,
        messages=[
            question,
            {"role": "assistant", "content": [block.model_dump(exclude_none=True) for block in first.content]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "18C and sunny"}]},
        ],
    )
    assert second.content[0].text == HELLO_TEXT
    sent = upstream.last_request("/v1/chat/completions").json
    assert [m["role"] for m in sent["messages"]] == ["user", "assistant", "tool"]
    assert sent["messages"][1]["tool_calls"][0]["id"] == TOOL_CALL_ID
    assert sent["messages"][2] == {"role": "tool", "content": "18C and sunny", "tool_call_id": TOOL_CALL_ID}


def test_streaming_tool_use(claude):
    with claude.messages.stream(
        model="gpt-4o-mini", max_tokens=64, tools=[WEATHER_TOOL], messages=[{"role": "user", "content": "Weather?"}]
    ) as stream:
        final = stream.get_final_message()
    assert final.stop_reason == "tool_use"
    assert [block.type for block in final.content] == ["tool_use"]
    assert final.content[0].input == {"city": "Paris"}


def test_unknown_model_is_not_found(claude):
    with pytest.raises(anthropic.NotFoundError) as ei:
        claude.messages.create(model="no-such-model", max_tokens=8, messages=_hi())
    assert ei.value.body["error"]["type"] == "not_found_error"
    assert ei.value.request_id


def test_bad_input_is_bad_request(claude):
    with pytest.raises(anthropic.BadRequestError) as ei:
        claude.messages.create(model="gpt-4o-mini", max_tokens=8, messages=[])
    assert ei.value.body["error"]["type"] == "invalid_request_error"


def test_upstream_rate_limit(claude):
    with pytest.raises(anthropic.RateLimitError) as ei:
        claude.messages.create(model="rate-limited", max_tokens=8, messages=_hi())
    assert ei.value.response.headers.get("retry-after") == "7"
    assert ei.value.body["error"]["type"] == "rate_limit_error"


def test_midstream_error_raises_while_iterating(claude):
    received = []
    with pytest.raises(anthropic.APIError) as ei:
        with claude.messages.stream(model="midstream-error", max_tokens=64, messages=_hi()) as stream:
            for text in stream.text_stream:
                received.append(text)
    assert not isinstance(ei.value, anthropic.APIConnectionError), f"transport failure instead of an error event: {ei.value!r}"
    assert isinstance(ei.value, anthropic.APIStatusError)
    assert "".join(received) == "".join(PARTIAL_PIECES)


def test_count_tokens(claude):
    result = claude.messages.count_tokens(
        model="gpt-4o-mini", system="Be brief.", tools=[WEATHER_TOOL], messages=[{"role": "user", "content": "hello there"}]
    )
    assert isinstance(result.input_tokens, int)
    assert result.input_tokens > 0
