"""A chat transcript's speakers ("10:02 <First> <Last>: message"): a remote-support tool's chat
pane, a saved transcript, IRC-style logs. Values are invented."""

from tests.helpers import text_layout


def _found(detector, *rows: str) -> set[tuple[str, str]]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {(f.entity_type, lt.text[f.start : f.end]) for f in findings}


def test_the_speakers_of_a_timed_transcript_are_people(detector):
    found = _found(
        detector,
        "Chat",
        "10:02 Siddharth Rao: Hello, thanks for waiting",
        "10:03 Aoife: hi, it keeps asking for my password",
        "10:03 Siddharth: Could you type it in while I watch?",
    )
    assert {("PERSON", "Siddharth Rao"), ("PERSON", "Aoife"), ("PERSON", "Siddharth")} <= found, found


def test_a_speaker_s_first_name_alone_is_the_person_who_spoke_in_full(detector):
    """ "Tess" is an English word too (wordfreq 3.2) and no listed first name: the transcript's
    own full name says whose it is."""
    found = _found(detector, "10:02 Tess Cowley: hi, Outlook keeps asking", "10:03 Tess: ok great")
    assert ("PERSON", "Tess") in found, found


def test_an_untimed_transcript_s_speakers_are_known_names(detector):
    found = _found(
        detector,
        "[10:02] Technician: Hello, how can I help?",
        "Niamh Gallagher: my printer is offline again",
        "Technician: let me have a look",
    )
    assert ("PERSON", "Niamh Gallagher") in found, found
    assert not {v for _, v in found if "Technician" in v}, found


def test_a_form_s_captions_and_a_log_s_sources_are_no_speakers(detector):
    rows = ("Status: Open", "Price: £20.00", "Mark: 45 out of 50", "Note: call back tomorrow", "Subject: Re: invoice")
    assert not _found(detector, *rows)
    found = _found(detector, "09:14:02 Kernel: eth0 link up", "09:14:05 Docker: container started")
    assert not found, found


def test_a_speaker_s_rare_first_name_is_remembered_for_lines_read_later(detector):
    """A new message is read with the lines around it only: the full name that said whose
    first name it is stood higher up, in the frame read before."""
    from pipeline.detection.memory import ValueMemory

    memory = ValueMemory()
    detector.find_spans(text_layout("10:02 Tess Cowley: hi, Outlook keeps asking", "10:03 Tess: ok great"), memory)
    lt, findings = detector.find_spans(text_layout("10:06 Tess: ok, thanks"), memory)
    assert ("PERSON", "Tess") in {(f.entity_type, lt.text[f.start : f.end]) for f in findings}
