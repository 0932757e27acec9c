"""A fictional news page as a reader pastes it: the page around the article, then the article."""
from __future__ import annotations

HEADLINE = "Valdoria and Estmark Agree to Reopen the Korvan River Crossing"
PARAGRAPHS = [
    "Valdoria and Estmark agreed on Tuesday to reopen the Korvan river crossing, which has been closed to "
    "trucks and travellers since a flood damaged the bridge there two years ago.",
    "The two governments said in a joint statement that engineers would finish repairs to the bridge by the "
    "end of the spring, and that customs officers from both sides would work from a shared post on its "
    "eastern bank.",
    "“This crossing was the busiest road between our countries, and its closure cost farmers on both banks "
    "a great deal of money,” said Ilse Marrow, the Valdorian transport minister, at a news conference in the "
    "river town of Sellin.",
    "Traders in Sellin said they had waited a long time for the news. Many of them had sent their goods on a "
    "detour of more than a hundred kilometres through the mountain pass to the north, which is often closed "
    "by snow in the winter months.",
    "Estmark's foreign ministry said that the agreement also covered a new ferry service, which would carry "
    "passengers across the river while the bridge is being repaired, and that tickets would be free for "
    "residents of the border districts.",
    "Officials from both countries are expected to meet again next month to settle the rules for the shared "
    "customs post and the hours that the crossing will be open.",
]
MENU = ["Skip to content", "Home", "World", "Business", "Sport", "Culture", "Opinion", "Subscribe", "Sign In"]
AFTER = [
    "Share this post on :",
    "icon-facebook icon-twitter icon-whatsapp",
    "Trucks wait at the closed Korvan bridge near Sellin. (Photo: Meridian 24)",
    "Give the gift of hope this season. Independent reporting from the border depends on readers like you, "
    "and we can't do it alone.",
    "Donate now",
    "Recent Stories",
    "Estmark Opens New Rail Line to the Coast",
    "Valdoria Names New Central Bank Governor",
    "Sellin Festival Draws Record Crowds",
    "Korvan Farmers Count the Cost of a Wet Summer",
    "About Us",
    "Contact",
    "Privacy Policy",
    "Terms of Use",
    "© 2025 Meridian 24. All rights reserved.",
]


def pasted_page(header: list[str], body: list[str] | None = None) -> str:
    """The page as text: menus, the given header lines, the article paragraphs and the footer."""
    return "\n".join(MENU + header + ["", *"\n\n".join(body or PARAGRAPHS).split("\n"), ""] + AFTER)
