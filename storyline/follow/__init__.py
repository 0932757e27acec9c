"""Following sources over time: feeds, folders and JSON Lines dumps, polled for what is new."""
from storyline.follow.watch import NewArticle, PollReport, StoryChange, poll_sources

__all__ = ["NewArticle", "PollReport", "StoryChange", "poll_sources"]
