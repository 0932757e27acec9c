"""Social platforms are organisations; a follow-us line is page furniture."""
from __future__ import annotations

from storyline.extract.entities.group import Found
from storyline.extract.entities.platforms import with_platforms


def test_entities_platforms_untagged_platform_is_an_organisation():
    text = "Ilse Marrow posted the letter on Twitter Tuesday."
    out = with_platforms(text, [Found(0, 11, "Ilse Marrow", "PERSON")])
    assert ("Twitter", "ORG") in {(f.name, f.label) for f in out}


def test_entities_platforms_follow_line_is_furniture():
    text = "The clinic opened on Monday.\nFollow Vantor News on Facebook, Twitter and Instagram."
    out = with_platforms(text, [Found(36, 47, "Vantor News", "ORG")])
    assert out == []
