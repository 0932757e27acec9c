"""Story grouping: which articles report one developing story, and what to call it."""
from storyline.resolve.stories.collect import group_stories
from storyline.resolve.stories.features import StoryInput, actor_weights, nationality_countries
from storyline.resolve.stories.grouping import assign_stories, story_id
from storyline.resolve.stories.label import label_story

__all__ = ["StoryInput", "actor_weights", "assign_stories", "group_stories", "label_story",
           "nationality_countries", "story_id"]
