"""Events from articles: candidates from dated sentences, topic profiles, merging, salience."""

from timeline.events.build import (
    build_events,
    event_key,
    events_from_candidates,
    extract_candidates,
)
from timeline.events.combine import combine_events, same_event
from timeline.events.profiles import (
    DEFAULT_PROFILE,
    ProfileError,
    TopicProfile,
    known_profiles,
    load_profile,
)

__all__ = [
    "DEFAULT_PROFILE",
    "ProfileError",
    "TopicProfile",
    "build_events",
    "combine_events",
    "event_key",
    "events_from_candidates",
    "extract_candidates",
    "known_profiles",
    "load_profile",
    "same_event",
]
