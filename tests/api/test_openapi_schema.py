"""/openapi.json documents every REST route, the one error shape, and what the routes return."""
from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import get_args, get_origin, get_type_hints

import pytest
from fastapi.routing import APIRoute

from storyline.record import Record


def _schema(client):
    return client.get("/openapi.json").json()


def _walk(routes):
    for r in routes:
        if isinstance(r, APIRoute):
            yield r
        elif hasattr(r, "original_router"):  # FastAPI keeps an included router whole
            yield from _walk(r.original_router.routes)


def _api_routes(client):
    found = [(r.path, m.lower()) for r in _walk(client.app.routes) if r.path.startswith("/api/") for m in r.methods]
    assert found
    return found


def test_every_route_is_documented_and_nothing_else(client):
    documented = {(path, method) for path, ops in _schema(client)["paths"].items() for method in ops}
    assert documented == set(_api_routes(client))


def test_every_route_answers_with_a_dataclass(client):
    """Responses are the library's dataclasses; pydantic models are left to request bodies and errors."""
    for route in _walk(client.app.routes):
        if route.path.startswith("/api/"):
            model = route.response_model
            assert is_dataclass(get_origin(model) or model), (route.path, model)


def test_every_route_documents_the_error_shape(client):
    schema = _schema(client)
    assert set(schema["components"]["schemas"]["ErrorBody"]["properties"]) == {"error"}
    assert set(schema["components"]["schemas"]["ErrorDetail"]["properties"]) == {"code", "status", "message"}
    for path, ops in schema["paths"].items():
        for method, op in ops.items():
            assert op["responses"]["404"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody"), \
                (method, path)


def _resolve(schema, node):
    while "$ref" in node:
        node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _conforms(schema, node, value, where):
    """Check value against the documented JSON schema: types, required and only documented keys."""
    node = _resolve(schema, node)
    if "anyOf" in node:
        errors = []
        for option in node["anyOf"]:
            try:
                _conforms(schema, option, value, where)
                return
            except AssertionError as err:
                errors.append(str(err))
        raise AssertionError(f"{where}: matches no option: {errors}")
    kind = node.get("type")
    if kind == "object" and "properties" in node:
        assert isinstance(value, dict), where
        assert set(node.get("required", ())) <= set(value), (where, set(node["required"]) - set(value))
        assert set(value) <= set(node["properties"]), (where, set(value) - set(node["properties"]))
        for key, sub in value.items():
            _conforms(schema, node["properties"][key], sub, f"{where}.{key}")
    elif kind == "array":
        assert isinstance(value, list), where
        for i, item in enumerate(value[:20]):
            _conforms(schema, node.get("items", {}), item, f"{where}[{i}]")
    elif kind == "string":
        assert isinstance(value, str), where
    elif kind == "integer":
        assert isinstance(value, int) and not isinstance(value, bool), where
    elif kind == "number":
        assert isinstance(value, (int, float)) and not isinstance(value, bool), where
    elif kind == "boolean":
        assert isinstance(value, bool), where
    elif kind == "null":
        assert value is None, where


@pytest.mark.parametrize("url", ["/api/stories", "/api/stories/{story}", "/api/stories/{story}/briefing",
                                 "/api/entities", "/api/entities/{entity}", "/api/events", "/api/attributions",
                                 "/api/articles", "/api/articles/{article}", "/api/search?q=Marrow"])
def test_responses_match_their_documented_schema(client, story_id, url):
    schema = _schema(client)
    ids = {"story": story_id, "entity": client.get("/api/entities").json()["items"][0]["id"],
           "article": client.get("/api/articles").json()["items"][0]["id"]}
    concrete = url.format(**ids)
    path = url.split("?")[0].replace("{story}", "{story_id}").replace("{entity}", "{entity_id}") \
        .replace("{article}", "{article_id}")
    documented = schema["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    response = client.get(concrete)
    assert response.status_code == 200
    _conforms(schema, documented, response.json(), concrete)


def _assert_typed(schema, node, where, seen):
    """Fail where /openapi.json lets a value be anything: no type, or an object without properties."""
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            return
        seen.add(name)
        node = schema["components"]["schemas"][name]
    if "anyOf" in node:
        for option in node["anyOf"]:
            _assert_typed(schema, option, where, seen)
        return
    kind = node.get("type")
    assert kind, f"{where}: untyped ({node})"
    if kind == "object":
        assert node.get("properties"), f"{where}: an object whose keys are not documented"
        for key, sub in node["properties"].items():
            _assert_typed(schema, sub, f"{where}.{key}", seen)
    elif kind == "array":
        assert node.get("items"), f"{where}: an array of anything"
        _assert_typed(schema, node["items"], f"{where}[]", seen)


def test_every_response_is_typed_all_the_way_down(client):
    schema = _schema(client)
    for path, ops in schema["paths"].items():
        for method, op in ops.items():
            for status, response in op["responses"].items():
                for content in response.get("content", {}).values():
                    _assert_typed(schema, content["schema"], f"{method} {path} {status}", set())


def _layers(cls=Record, where="Record"):
    """(where, field) for each list of records in the record, nested ones included (mentions)."""
    for f in fields(cls):
        hint = get_type_hints(cls)[f.name]
        if get_origin(hint) is tuple and is_dataclass(get_args(hint)[0]):
            yield f"{where}.{f.name}", get_args(hint)[0]
            yield from _layers(get_args(hint)[0], f"{where}.{f.name}[]")


@pytest.mark.parametrize("where,cls", list(_layers()), ids=[w for w, _ in _layers()])
def test_every_layer_of_the_record_is_typed(client, where, cls):
    """The record's layers (entities, mentions, attributions, times, events, durations ...) are
    documented objects with every field of their dataclass, never an untyped dict."""
    schema = _schema(client)
    node = _resolve(schema, schema["paths"]["/api/articles/{article_id}"]["get"]["responses"]["200"]["content"][
        "application/json"]["schema"])
    for step in where.split(".")[1:]:
        node = _resolve(schema, node["properties"][step.rstrip("[]")])
        if step.endswith("[]"):
            node = _resolve(schema, node["items"])
    assert node["type"] == "array", where
    item = _resolve(schema, node["items"])
    assert item["type"] == "object" and set(item["properties"]) == {f.name for f in fields(cls)}, where
