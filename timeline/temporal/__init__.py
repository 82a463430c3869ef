"""Temporal expression tagging: find DATE/TIME/DURATION/SET expressions and normalize to TIMEX3.

Public API: ``tag``, ``value_range``, ``precision_of`` (and ``timeline.temporal.cli.tag_main``).
"""

from timeline.temporal.tagger import tag
from timeline.temporal.values import precision_of, value_range

__all__ = ["precision_of", "tag", "value_range"]
