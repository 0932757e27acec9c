"""Wire copies and light rewrites are marked as duplicates; distinct reports of one story are not."""
from __future__ import annotations

import pytest

from storyline.resolve.duplicates import OriginalIndex, fingerprint
from storyline.settings import Options

ORIGINAL = (
    "KORVAN, March 18 (Meridian 24) - Valdoria is ready to send two battalions to the Estmark border mission, "
    "General Ilse Marrow said on Tuesday, provided that parliament approves the deployment before the end of the "
    "month. Marrow told reporters in Korvan that the troops had trained for six months and would serve under a "
    "joint command with Estmark. Officials in Estmark said they had not yet received a formal offer, but welcomed "
    "the announcement as a sign that the border talks were moving forward after weeks of delay. The opposition "
    "in Valdoria has vowed to vote against the plan, arguing that the country cannot afford a long mission abroad."
)
THRESHOLD = Options().duplicate_threshold


def find_original(sig: tuple[int, ...], earlier: list[tuple[str, tuple[int, ...]]], threshold: float) -> str | None:
    """What mark_duplicates asks of the index: the earliest of `earlier` that `sig` copies."""
    index = OriginalIndex(threshold)
    for ident, other in earlier:
        index.add(ident, other)
    return index.find(sig)


@pytest.mark.parametrize(
    "copy",
    [
        ORIGINAL,
        ORIGINAL.replace("KORVAN, March 18 (Meridian 24) - ", "") + " Reporting by Jana Velk; editing by Oren Talvik.",
        "Valdoria Offers Troops for Border Mission\n\n" + ORIGINAL + "\n\nRead more on Meridian 24.",
        ORIGINAL.replace("said on Tuesday", "announced on Tuesday").replace("vowed", "promised"),
    ],
)
def test_find_original_marks_copies_and_light_rewrites(copy: str) -> None:
    assert find_original(fingerprint(copy), [("orig", fingerprint(ORIGINAL))], THRESHOLD) == "orig"


@pytest.mark.parametrize(
    "other",
    [
        "Estmark's foreign ministry on Wednesday said it would study Valdoria's offer of two battalions for the "
        "border mission, but warned that any foreign troops would need the approval of its own parliament. The "
        "ministry said talks with General Ilse Marrow's staff would continue in Korvan next week, and that a joint "
        "command was one option among several. Opposition leaders in Estmark criticised the plan as premature.",
        "Thousands of people marched through Korvan on Saturday against the planned deployment of Valdorian troops "
        "to the Estmark border. Protesters said the country should spend the money on hospitals instead, and "
        "organisers promised further rallies before parliament votes on the mission at the end of the month.",
    ],
)
def test_find_original_leaves_distinct_reports_alone(other: str) -> None:
    assert find_original(fingerprint(other), [("orig", fingerprint(ORIGINAL))], THRESHOLD) is None


def test_copy_of_several_originals_names_the_earliest() -> None:
    earlier = [("first", fingerprint(ORIGINAL)), ("second", fingerprint(ORIGINAL + " Updated at noon."))]
    assert find_original(fingerprint(ORIGINAL), earlier, THRESHOLD) == "first"
