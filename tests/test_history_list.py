"""A browser's history list is BROWSING_HISTORY (the policy keeps no browsing history): each
visit's title and site, in rows of a time, a title and a host name; the page's headings, menus
and other lines with a time stay readable."""

from __future__ import annotations

from tests.test_detect import assert_visible, detect


def history(dets):
    return [d for d in dets if d.entity_type == "BROWSING_HISTORY"]


def test_the_visits_of_a_history_page_are_hidden_and_its_headings_stay(detector):
    """Chrome's history page: a checkbox and a favicon read as letters around each time."""
    rows = [
        (20, 100, "History"),
        (20, 160, "Tabs from other devices"),
        (320, 180, "Today - Saturday, 5 December 2026"),
        (325, 205, "B 19:00 eo Packing list for the lake trip - Google Docs docs.google.com"),
        (325, 227, "es 17:24 a symptoms of hay fever in toddlers - Search www.bing.com"),
        (325, 249, "@ 10:53 C) Cheap flights to Lisbon in March flights.example.com"),
        (320, 290, "Yesterday - Friday, 4 December 2026"),
        (325, 315, "8 08:05 L) Your Orders www.amazon.co.uk"),
    ]
    layout, dets = detect(detector, *rows)
    hidden = history(dets)
    for y in (205, 227, 249, 315):
        row = [d for d in hidden if d.box.y <= y + 4 and d.box.y2 >= y + 12]
        assert row and min(d.box.x for d in row) < 420, y  # from the title's first word on
    for text in ("History", "Tabs from other devices", "Today - Saturday, 5 December 2026", "19:00", "08:05"):
        assert_visible(layout, dets, text)


def test_one_line_with_a_time_and_a_host_is_no_history_list(detector):
    """A log line or a notification: a time, words, a host, once. And rows of a time and words
    without a site (an event log, a chat) are no visits."""
    rows = [
        (10, 20, "10:14 Sync finished with backup.example.com"),
        (10, 80, "09:02 Service started"),
        (10, 102, "09:03 Update check complete"),
    ]
    layout, dets = detect(detector, *rows)
    assert history(dets) == []
    assert_visible(layout, dets, "Sync finished with")
