"""Story grouping: which articles report one developing story, and what to call it."""
from storyline.resolve.stories.collect import group_stories, relabel_stories
from storyline.resolve.stories.features import StoryInput, actor_weights, nationality_countries
from storyline.resolve.stories.grouping import Grouping, assign_stories, group_articles, story_id
from storyline.resolve.stories.label import label_story

__all__ = ["Grouping", "StoryInput", "actor_weights", "assign_stories", "group_articles", "group_stories",
           "label_story", "nationality_countries", "relabel_stories", "story_id"]
