"""Parsing payloads into typed events, their de-duplication key, and the name mapping."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import pytest

from instantly_async import errors
from instantly_async import webhooks as wh
from instantly_async.webhooks import (
    CustomLabelEvent,
    LinkClicked,
    ReplyReceived,
    UnknownEvent,
    WebhookPayloadError,
    parse_event,
    payload_events_for,
    subscription_event_for,
)

EXPECTED_CLASSES = {
    "email_sent": "EmailSent",
    "email_opened": "EmailOpened",
    "link_clicked": "LinkClicked",
    "reply_received": "ReplyReceived",
    "auto_reply_received": "AutoReplyReceived",
    "email_bounced": "EmailBounced",
    "lead_unsubscribed": "LeadUnsubscribed",
    "account_error": "AccountError",
    "campaign_completed": "CampaignCompleted",
    "lead_interested": "LeadInterested",
    "lead_not_interested": "LeadNotInterested",
    "lead_neutral": "LeadNeutral",
    "lead_meeting_booked": "LeadMeetingBooked",
    "lead_meeting_completed": "LeadMeetingCompleted",
    "lead_closed": "LeadClosed",
    "lead_out_of_office": "LeadOutOfOffice",
    "lead_wrong_person": "LeadWrongPerson",
    "lead_no_show": "LeadNoShow",
    "supersearch_enrichment_completed": "SupersearchEnrichmentCompleted",
}


def payload(event_type: str = "reply_received", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "timestamp": "2026-03-01T10:20:30.123Z",
        "event_type": event_type,
        "workspace": "0190a8c2-1111-7000-8000-000000000001",
        "campaign_id": "0190a8c2-2222-7000-8000-000000000002",
        "campaign_name": "Q3 outreach",
        "lead_email": "Ann@Example.com",
        "email_account": "sender@example.com",
        "step": 2,
        "variant": 1,
        "is_first": True,
        "email_id": "0190a8c2-3333-7000-8000-000000000003",
        "reply_text": "Tuesday works",
        "first_name": "Ann",
        "company_name": "Acme",
        "tier": "gold",
        "seats": 12,
    }
    body.update(extra)
    return body


@pytest.mark.parametrize(("event_type", "class_name"), sorted(EXPECTED_CLASSES.items()))
def test_every_payload_event_type_parses_to_its_class(event_type: str, class_name: str) -> None:
    event = parse_event(json.dumps(payload(event_type)))
    assert type(event) is getattr(wh, class_name)
    assert event.event_type == event_type


def test_known_fields_lead_fields_and_custom_variables_are_kept_apart() -> None:
    event = parse_event(payload())
    assert isinstance(event, ReplyReceived)
    assert event.timestamp == datetime(2026, 3, 1, 10, 20, 30, 123000, tzinfo=timezone.utc)
    assert event.campaign_name == "Q3 outreach"
    assert (event.step, event.variant, event.is_first) == (2, 1, True)
    assert event.reply_text == "Tuesday works"
    assert event.lead_fields == {"first_name": "Ann", "company_name": "Acme"}
    assert event.custom_variables == {"tier": "gold", "seats": 12}
    assert event.raw == payload()


@pytest.mark.parametrize(
    "stamp",
    ["2026-03-01T10:20:30.123Z", "2026-03-01T10:20:30.123+00:00", "2026-03-01T11:20:30.123+01:00"],
)
def test_timestamp_is_aware_utc_whatever_the_offset_notation(stamp: str) -> None:
    event = parse_event(payload(timestamp=stamp))
    assert event.timestamp is not None
    assert event.timestamp.utcoffset() is not None
    assert event.timestamp == datetime(2026, 3, 1, 10, 20, 30, 123000, tzinfo=timezone.utc)


def test_a_naive_timestamp_is_read_as_utc() -> None:
    event = parse_event(payload(timestamp="2026-03-01T10:20:30"))
    assert event.timestamp == datetime(2026, 3, 1, 10, 20, 30, tzinfo=timezone.utc)


def test_unknown_event_type_is_an_unknown_event_not_an_error() -> None:
    event = parse_event(payload("lead_teleported", teleport_site="Mars"))
    assert type(event) is UnknownEvent
    assert event.event_type == "lead_teleported"
    assert event.custom_variables["teleport_site"] == "Mars"


def test_custom_labels_parse_to_custom_label_events() -> None:
    named = parse_event(payload("hot"), custom_labels=["hot"])
    assert type(named) is CustomLabelEvent and named.label == "hot"
    # Without the list, a name that cannot be a snake_case system event is a label too.
    spaced = parse_event(payload("Hot Lead"))
    assert type(spaced) is CustomLabelEvent and spaced.label == "Hot Lead"
    assert type(parse_event(payload("hot"))) is UnknownEvent


def test_bytes_str_and_mapping_bodies_parse_alike() -> None:
    raw = json.dumps(payload())
    assert parse_event(raw) == parse_event(raw.encode()) == parse_event(payload())


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"not json", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "JSON object, got a JSON list"),
        (b'"text"', "JSON object, got a JSON str"),
        (b'{"campaign_id": "x"}', "no event_type"),
        (b'{"event_type": 7}', "no event_type"),
        (b'{"event_type": "email_sent", "timestamp": "yesterday"}', "timestamp"),
    ],
)
def test_malformed_bodies_raise_webhook_payload_error_naming_the_problem(
    body: bytes, says: str
) -> None:
    with pytest.raises(WebhookPayloadError, match=says) as caught:
        parse_event(body)
    assert isinstance(caught.value, errors.InstantlyError)
    assert errors.WebhookPayloadError is WebhookPayloadError


def test_dedupe_key_is_identical_for_redeliveries_and_differs_between_events() -> None:
    first = parse_event(payload())
    again = parse_event(json.dumps(payload()).encode())
    same_moment = parse_event(payload(timestamp="2026-03-01T10:20:30.123+00:00"))
    assert first.dedupe_key == again.dedupe_key == same_moment.dedupe_key
    # The lead's address is compared without case.
    assert parse_event(payload(lead_email="ann@example.com")).dedupe_key == first.dedupe_key
    for change in (
        {"timestamp": "2026-03-01T10:20:31.123Z"},
        {"step": 3},
        {"variant": 2},
        {"email_id": "other"},
        {"lead_email": "bob@example.com"},
        {"campaign_id": "other"},
        {"event_type": "lead_interested"},
    ):
        assert parse_event(payload(**change)).dedupe_key != first.dedupe_key, change


def test_name_mapping_both_ways() -> None:
    assert subscription_event_for("link_clicked") == "email_link_clicked"
    assert subscription_event_for("reply_received") == "reply_received"
    assert subscription_event_for("auto_reply_received") == "all_events"
    assert subscription_event_for("Hot Lead") is None
    assert payload_events_for("email_link_clicked") == {"link_clicked"}
    assert payload_events_for("reply_received") == {"reply_received"}
    covered = payload_events_for("all_events")
    assert set(EXPECTED_CLASSES) == covered == set(wh.PAYLOAD_EVENT_TYPES)
    assert "email_link_clicked" not in covered
    for name in wh.SUBSCRIPTION_EVENT_TYPES:
        for delivered in payload_events_for(name):
            if name != "all_events":
                assert subscription_event_for(delivered) == name


def test_payload_events_for_rejects_a_name_that_is_no_subscription_type() -> None:
    with pytest.raises(ValueError, match="subscription_event_type must be one of"):
        payload_events_for("link_clicked")


def test_link_clicked_class_is_what_email_link_clicked_subscriptions_receive() -> None:
    (delivered,) = payload_events_for("email_link_clicked")
    assert isinstance(parse_event(payload(delivered)), LinkClicked)
