"""What a customer's files say about who made them: `exiftool`, `pdfinfo` and `stat` in a terminal.

Why this screen: "the photos I send from the shop's laptop show my home town" or "why does the
contract say someone else wrote it" has a technician read the files' metadata in a terminal.
`exiftool` prints one `Tag Name<padding>: value` line per tag, the colon in one column: a photo's
Artist, Copyright ("(c) 2026 <Name>"), Owner Name, the IPTC creator's contact block (Creator
Address, City, Postal Code, Work Email, Work Telephone) and the place it shows (City,
Sub-location); a Word document's Creator, Last Modified By, Manager and Company. `pdfinfo` prints
the same shape with another padding (`Author:          <Name>`), and `stat` a file's owner as
`Uid: ( 1001/<login>)`. Camera, software and dates stay readable: they are what the technician
looks for. Canned outputs; names from en_GB and rare ones.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "shop-laptop"
RARE_FIRST = ["Eluned", "Peredur", "Morwenna", "Tegid", "Branwen"]
RARE_LAST = ["Vosper", "Trelawny", "Angwin", "Nankivell", "Pascoe-Hext"]


def _tags(rows: list[tuple[str, str]]) -> str:
    """exiftool's layout: the tag name padded to 32 columns, then ': ' and the value."""
    return "".join(f"{name:<32}: {value}\n" for name, value in rows)


def _photo(file: str, c: dict[str, str]) -> list[tuple[str, str]]:
    return [
        ("ExifTool Version Number", "12.76"),
        ("File Name", file),
        ("File Size", "4.2 MB"),
        ("File Modification Date/Time", "2026:11:28 16:02:41+00:00"),
        ("MIME Type", "image/jpeg"),
        ("Make", "Canon"),
        ("Camera Model Name", "Canon EOS R50"),
        ("Artist", c["name"]),
        ("Copyright", f"(c) 2026 {c['name']}"),
        ("Owner Name", c["owner"]),
        ("Exposure Time", "1/250"),
        ("F Number", "5.6"),
        ("ISO", "200"),
        ("Lens Model", "RF-S18-45mm F4.5-6.3 IS STM"),
        ("Creator Address", c["street"]),
        ("Creator City", c["town"]),
        ("Creator Postal Code", c["postcode"]),
        ("Creator Country", "United Kingdom"),
        ("Creator Work Email", c["email"]),
        ("Creator Work Telephone", c["phone"]),
        ("City", c["shot_town"]),
        ("Sub-location", c["shot_street"]),
        ("Image Size", "6000x4000"),
        ("Megapixels", "24.0"),
    ]


def _document(file: str, d: dict[str, str]) -> list[tuple[str, str]]:
    return [
        ("ExifTool Version Number", "12.76"),
        ("File Name", file),
        ("File Size", "38 kB"),
        ("File Type", "DOCX"),
        ("Zip Compression", "Deflated"),
        ("Title", "Supply agreement - draft 3"),
        ("Creator", d["creator"]),
        ("Last Modified By", d["modifier"]),
        ("Revision Number", "7"),
        ("Create Date", "2026:10:02 09:14:00Z"),
        ("Modify Date", "2026:11:30 17:48:00Z"),
        ("Template", "Normal.dotm"),
        ("Total Edit Time", "3.2 hours"),
        ("Pages", "6"),
        ("Words", "2114"),
        ("Application", "Microsoft Office Word"),
        ("Manager", d["manager"]),
        ("Company", "Harbour Lane Ceramics Ltd"),
        ("App Version", "16.0000"),
    ]


def play(stage: Stage) -> None:
    rng = stage.rng
    gb = stage.fake("en_GB")
    owner = f"{rng.choice(RARE_FIRST)} {rng.choice(RARE_LAST)}"
    photographer = fakes.person(gb)
    login = owner.split()[0].lower()
    photo = {
        "name": photographer,
        "owner": owner,
        "street": fakes.street(gb).replace(",", ""),
        "town": gb.city(),
        "postcode": fakes.uk_postcode(gb),
        "email": fakes.email_for(photographer, rng.choice(["gmail.com", "outlook.com"]), rng),
        "phone": fakes.uk_mobile(rng),
        "shot_town": gb.city(),
        "shot_street": fakes.street(gb).replace(",", ""),
    }
    doc = {"creator": owner, "modifier": fakes.person(gb), "manager": fakes.person(gb)}
    author = fakes.person(gb)
    for name in (photographer, owner, doc["modifier"], doc["manager"], author):
        stage.pii(name, "PERSON", watch=False)
    for key, kind in (
        ("street", "ADDRESS"),
        ("postcode", "ZIP_CODE"),
        ("email", "EMAIL_ADDRESS"),
        ("phone", "PHONE_NUMBER"),
        ("shot_street", "ADDRESS"),
    ):
        stage.pii(photo[key], kind, watch=False)
    for key in ("town", "shot_town"):
        stage.pii(photo[key], "LOCATION", watch=False, scored=False, note="a Faker town, may be a word")
    stage.pii(login, "USERNAME", watch=False, scored=False, note="a first name alone as a login")

    photo_out = _tags(_photo("IMG_2231.JPG", photo))
    doc_out = _tags(_document("agreement_v3.docx", doc))
    pdf_out = (
        "Title:           Quote 2026-118\n"
        "Subject:         Kiln repair\n"
        "Keywords:        \n"
        f"Author:          {author}\n"
        "Creator:         Writer\n"
        "Producer:        LibreOffice 7.6\n"
        "CreationDate:    Mon Nov 30 10:02:11 2026 GMT\n"
        "ModDate:         Mon Nov 30 10:02:11 2026 GMT\n"
        "Custom Metadata: no\n"
        "Metadata Stream: yes\n"
        "Tagged:          yes\n"
        "Pages:           2\n"
        "Encrypted:       no\n"
        "Page size:       595.276 x 841.89 pts (A4)\n"
        "PDF version:     1.6\n"
    )
    stat_out = (
        "  File: agreement_v3.docx\n"
        "  Size: 38912     \tBlocks: 80         IO Block: 4096   regular file\n"
        "Device: 259,2\tInode: 1835122     Links: 1\n"
        f"Access: (0644/-rw-r--r--)  Uid: ( 1001/{login})   Gid: ( 1001/{login})\n"
        "Access: 2026-12-01 08:12:40.118210442 +0000\n"
        "Modify: 2026-11-30 17:48:02.000000000 +0000\n"
        "Change: 2026-12-01 08:12:33.402177911 +0000\n"
        " Birth: 2026-12-01 08:12:33.402177911 +0000\n"
    )
    outputs = {"photo_out": photo_out, "doc_out": doc_out, "pdf_out": pdf_out, "stat_out": stat_out}
    aliases = (
        "exiftool() { case $1 in *.docx) doc_out;; *) photo_out;; esac; }\n"
        "pdfinfo() { pdf_out; }\nstat() { stat_out; }\n"
    )
    stage.canned_shell(
        outputs, f"tech@{HOST}:~/Documents$ ", f"tech@{HOST}: ~/Documents", aliases, geometry="110x40+4+4", size=10
    )
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    stage.run_keeping("exiftool IMG_2231.JPG", photo_out, 5.0, "Camera Model Name", "Canon EOS R50", "Lens Model")
    stage.mark("photo")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping("exiftool agreement_v3.docx", doc_out, 4.5, "Microsoft Office Word", "Total Edit Time")
    stage.mark("document")
    stage.run_keeping("stat agreement_v3.docx", stat_out, 3.0, "regular file")
    stage.mark("stat")
    desk.key("ctrl+l")
    stage.pause(0.4)
    stage.run_keeping("pdfinfo quote_2026-118.pdf", pdf_out, 4.0, "LibreOffice 7.6", "Page size:")
    stage.mark("pdf")
    stage.pause(0.5)


SCENE = SceneSpec(
    name="file_metadata",
    description="An xterm of 110 columns reading files' metadata: `exiftool` of a photo (one `Tag Name<padding>: "
    "value` line per tag, the colon in one column: Artist, Copyright '(c) 2026 <Name>', Owner Name, the IPTC "
    "creator's Address, City, Postal Code, Work Email and Work Telephone, the City and Sub-location shown, among "
    "camera and lens tags), of a Word document (Creator, Last Modified By, Manager, Company), `stat` (the owner as "
    "`Uid: ( 1001/<login>)`) and `pdfinfo` (`Author:          <Name>`). Canned outputs; en_GB and rare names.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=42113,
    crf=26,
)
