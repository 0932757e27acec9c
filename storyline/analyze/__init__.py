"""Read-only analyses over the store: what the CLI, the API and the web page show."""
from storyline.analyze.story import Actor, Claim, StoryView, TimelineEntry, build_story_view

__all__ = ["Actor", "Claim", "StoryView", "TimelineEntry", "build_story_view"]
