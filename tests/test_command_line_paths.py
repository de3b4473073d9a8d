"""A file's path on a command line is no file name whose words run back over the command (scene
cert_keys: `openssl pkcs12 -export -in certs/client.crt -inkey certs/client.key -out client.p12`
masked '-in certs' as a PERSON: the file name's cell ran back over the options and paths before
'client.p12', and 'In' is a given name). A name in a path's last part is still found. Values are
invented."""

from tests.helpers import text_layout


def _people(detector, *rows: str) -> set[str]:
    lt, findings = detector.find_spans(text_layout(*rows))
    return {lt.text[f.start : f.end] for f in findings if f.entity_type == "PERSON"}


def test_options_and_paths_before_a_file_are_the_commands(detector):
    row = "$ openssl pkcs12 -export -in certs/client.crt -inkey certs/client.key -out client.p12"
    assert not _people(detector, row)


def test_a_name_in_a_files_name_is_still_found(detector):
    assert "Oscar_Brown" in _people(detector, "scp -i keys/deploy.pem reports/Oscar_Brown_P45.pdf web-01:/srv")
    assert "Hartley, Leonie" in _people(detector, "Hartley, Leonie - bank details.xlsx")
