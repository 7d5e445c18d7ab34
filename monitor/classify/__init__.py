"""What the changes mean: cosmetic or substantive, silent or noted, and what was walked back.

* ``classify_changes(old, new, changes)`` sets ``substantive``, ``silent`` and ``labels``.
* ``find_retractions(old, new, changes, detector=None)`` links later text to the earlier text it
  contradicts, corrects, strikes or removes (pass it the output of ``classify_changes``).
* ``block_statuses(revisions)`` says where every block ever seen stands.
* ``drop_rotations(old, new, changes)`` leaves out teaser-like lines that swap in place between
  fetches (rotating furniture); apply it to the raw diff, before ``classify_changes``.
* ``drop_off_topic(old, new, changes)`` leaves out paragraphs that came, went or were swapped and
  share no content word with the story's stable text (furniture about something else).
* ``drop_comebacks(changes, gone_before)`` leaves out paragraphs that come or go again after an
  earlier revision reported them removed (a flickering line).
* ``drop_site_templates(changes, others)`` leaves out short paragraphs that other articles of the
  same site show too (a site template, counted by the store); also before ``classify_changes``.
* ``ContradictionDetector`` is the seam for another judge; ``ClaimDetector`` the offline default.

Pure: no I/O, no clock, no model downloads.
"""

from monitor.classify.detector import ClaimDetector, ContradictionDetector, Judgement
from monitor.classify.edits import classify_changes
from monitor.classify.retractions import find_retractions
from monitor.classify.rotation import drop_comebacks, drop_rotations
from monitor.classify.status import block_statuses
from monitor.classify.templates import drop_site_templates
from monitor.classify.topic import drop_off_topic

__all__ = [
    "ClaimDetector",
    "ContradictionDetector",
    "Judgement",
    "block_statuses",
    "classify_changes",
    "drop_comebacks",
    "drop_off_topic",
    "drop_rotations",
    "drop_site_templates",
    "find_retractions",
]
