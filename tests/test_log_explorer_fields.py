"""A log explorer's Discover page (class: Kibana / Grafana-Loki / Datadog log views): a field
sidebar listing each field path ("user.name" after a one-letter type icon) with its most frequent
values under it, indented, each with its share; log lines in logfmt and JSON whose `user` key holds
a login or a quoted name; an event's field/value table keyed by field paths. A label word that
is a path's last member ("service.name", "user.email") is no caption of the line under it.
Values are invented."""

from tests.helpers import values_found


def test_the_top_values_under_a_login_field(detector):
    rows = [
        (13, 0, "k log.level"),
        (13, 20, "k user.name"),
        (24, 40, "tquennell"),
        (204, 40, "31.4%"),
        (24, 56, "moxborrow"),
        (204, 56, "18.2%"),
        (24, 72, "ahartigan"),
        (204, 72, "12.9%"),
        (13, 92, "k url.path"),
        (24, 112, "/api/v2/items"),
    ]
    found = values_found(detector, *rows)
    assert {v for v in ("tquennell", "moxborrow", "ahartigan") if found.get(v) == "USERNAME"} == {
        "tquennell",
        "moxborrow",
        "ahartigan",
    }, found
    assert "/api/v2/items" not in found


def test_a_field_path_is_no_caption_of_the_line_under_it(detector):
    rows = [
        "logs-prod-*  service.name : payments",
        (288, 40, "service.name"),
        (538, 40, "profile-api"),
        (288, 60, "log.level"),
        (538, 60, "info"),
        (13, 80, "k user.email"),
        (13, 100, "k client.ip"),
    ]
    found = values_found(detector, *rows)
    for innocent in ("payments", "profile-api", "log.level", "info", "client.ip", "k client.ip"):
        assert innocent not in found, (innocent, found)


def test_a_log_lines_user_key(detector):
    rows = [
        'warn service=auth-svc msg="login failed" user=tquennell attempts=3 mfa=false',
        'info service=profile-api msg="address updated" user="Tobias Quennell" user_id=51190 fields=3',
    ]
    found = values_found(detector, *rows)
    assert found.get("tquennell") == "USERNAME", found
    assert found.get("Tobias Quennell") == "PERSON", found


def test_a_user_key_in_prose_or_a_form_is_no_login(detector):
    rows = ["The USER = field is required", "Last user = 3 minutes ago", 'the user: "Admin" role']
    found = values_found(detector, *rows)
    assert not {v for v, t in found.items() if t == "USERNAME"}, found
