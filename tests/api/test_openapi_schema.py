"""/openapi.json documents every REST route, the one error shape, and what the routes return."""
from __future__ import annotations

import pytest
from fastapi.routing import APIRoute


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
        assert isinstance(value, int), where
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
