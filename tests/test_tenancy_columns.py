"""A letting agent's or a property manager's list of tenancies: "Property | Lead tenant | Rent |
Status | Next inspection" (Reapit, Alto, Goodlord and their like). "Lead tenant" names a column
of people and the list's other headers make the row a header (structure.yaml), so a tenant's
name is typed by its column even where NER cannot read it: the mouse pointer resting on the
name's last letter, read as a capital glued to the surname ("<Last>A"), in a copy scaled to
0.75. The rents, statuses and inspection dates stay readable; so does a SaaS console's list of
tenants (organisations, not people). Values are invented."""

from tests.helpers import grid_rows, text_layout

ROWS = [
    ("Flat 4, 12 Quayle Street, Wenbury WB3 7QT", "Senara Brankstone", "£1,150 pcm", "Arrears", "14/03/2027"),
    ("Flat 1, 8 Pellow Road, Carnford CF9 4XJ", "Idwal Quillerby", "£890 pcm", "Active", "2/06/2027"),
    ("Flat 6, 40 Osterlake Lane, Hallby HB4 6NE", "Tamsin FerrowdaleA", "£1,320 pcm", "Renewal due", "9/01/2027"),
]
HEADER = ("Property", "Lead tenant", "Rent", "Status", "Next inspection")
XS = (0, 420, 640, 780, 940)


def _found(detector, header=HEADER, rows=ROWS) -> dict[str, str]:
    lt, findings = detector.find_spans(text_layout(*grid_rows(XS, header, rows, 28)))
    return {lt.text[f.start : f.end]: f.entity_type for f in findings}


def test_a_lead_tenant_column_types_its_names_even_with_the_pointer_glued_to_one(detector):
    found = _found(detector)
    for name in ("Tamsin FerrowdaleA", "Idwal Quillerby", "Senara Brankstone"):
        assert found.get(name) == "PERSON", (name, found)


def test_the_rents_statuses_and_inspection_dates_stay_readable(detector):
    found = " | ".join(_found(detector))
    for text in ("pcm", "Arrears", "Active", "Renewal", "14/03/2027", "2/06/2027"):
        assert text not in found, (text, found)


def test_a_console_list_of_tenants_is_no_column_of_people(detector):
    rows = [
        ("tn-0412", "Harbour Freight Systems", "EU West", "Active", "2/06/2027"),
        ("tn-0977", "Lumen Analytics", "US East", "Suspended", "9/01/2027"),
    ]
    found = " | ".join(_found(detector, ("ID", "Tenant", "Region", "Status", "Created"), rows))
    for text in ("Harbour Freight", "Lumen Analytics"):
        assert text not in found, (text, found)


def test_a_tenancy_pages_card_headings_are_no_header_row(detector):
    # the tenancy's page: card headings side by side over caption and value lines; the deposit
    # scheme's reference under its caption stays found
    placed = [(0, 0, "TENANTS"), (330, 0, "GUARANTOR"), (660, 0, "DEPOSIT")]
    placed += [(0, 28, "Senara Brankstone"), (330, 28, "Cador Venning"), (660, 28, "Scheme   Tenancy Deposit Scheme")]
    placed += [(0, 56, "Date of birth   03/09/1987"), (330, 56, "Phone   01632 960771")]
    placed += [(660, 56, "Reference   DPS-7730142")]
    lt, findings = detector.find_spans(text_layout(*placed))
    found = {lt.text[f.start : f.end]: f.entity_type for f in findings}
    assert "DPS-7730142" in " | ".join(found), found
