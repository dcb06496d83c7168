"""Tool calls, non-streaming and streaming (argument fragments accumulated by index)."""

from __future__ import annotations

import json

from fake_upstream import TOOL_CALL_ID
from gai_helpers import user

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Get the weather for a city",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
]


def test_tool_call_non_streaming(client, upstream):
    r = client.chat.completions.create(model="gpt-4o-mini", messages=user("Weather in Paris?"), tools=TOOLS)
    choice = r.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    assert choice.message.tool_calls is not None and len(choice.message.tool_calls) == 1
    call = choice.message.tool_calls[0]
    assert call.id == TOOL_CALL_ID
    assert call.type == "function"
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "Paris"}
    # tools reached the upstream unchanged
    assert upstream.last_request("/v1/chat/completions").json["tools"] == TOOLS


def test_tool_call_streaming(client, upstream):
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=user("Weather in Paris?"),
        tools=TOOLS,
        stream=True,
        stream_options={"include_usage": True},
    )
    calls: dict[int, dict] = {}
    finish = None
    usage = None
    n_arg_fragments = 0
    for chunk in stream:
        if chunk.usage is not None:
            usage = chunk.usage
        for choice in chunk.choices:
            if choice.finish_reason:
                finish = choice.finish_reason
            for d in choice.delta.tool_calls or []:
                acc = calls.setdefault(d.index, {"id": None, "type": None, "name": "", "arguments": ""})
                if d.id:
                    acc["id"] = d.id
                if d.type:
                    acc["type"] = d.type
                if d.function is not None:
                    if d.function.name:
                        acc["name"] += d.function.name
                    if d.function.arguments:
                        acc["arguments"] += d.function.arguments
                        n_arg_fragments += 1
    assert finish == "tool_calls"
    assert list(calls) == [0]
    assert calls[0]["id"] == TOOL_CALL_ID
    assert calls[0]["type"] == "function"
    assert calls[0]["name"] == "get_weather"
    assert json.loads(calls[0]["arguments"]) == {"city": "Paris"}
    assert n_arg_fragments >= 2, "arguments were not streamed in fragments"
    assert usage is not None and usage.total_tokens == 16
