"""Screen structure: which text is a column, a heading, a block, read from the OCR layout.

A recognizer looks at a value; a person looks at where it sits. A cell under "NI number" is a
national insurance number, the codes under "Recovery codes" are secrets, whatever their shape.
`StructureFinder` runs the structure passes over a layout's text (tables.py, markup_tables.py, blocks.py,
mail.py, history.py, accounts.py, transcripts.py; records.py, a person's record printed as one delimited line;
contact_lines.py, a person's e-mail, phone and town parted by dots;
cards.py, an identity card's numbered fields; lists.py, a list's column of names without a header, with
the name lexicon) with the vocabulary of
models/structure.yaml, and keeps what must outlive one screen (a table's
columns, after its header scrolled away; a field that showed bullets) in the recording's memory.
Input fields (forms.py) come with the layout, found by the analysis from their borders.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.detection.names import NameLexicon
from pipeline.detection.structure.accounts import AccountListFinder
from pipeline.detection.structure.blocks import SecretBlockFinder
from pipeline.detection.structure.cards import NumberedFieldFinder
from pipeline.detection.structure.contact_lines import ContactLineFinder
from pipeline.detection.structure.date_inputs import DateInputFinder
from pipeline.detection.structure.delimited import DelimitedFinder
from pipeline.detection.structure.expanded import ExpandedRecordFinder
from pipeline.detection.structure.form_bodies import FormBodyFinder
from pipeline.detection.structure.forms import PasswordFieldFinder, PasswordFieldMemory
from pipeline.detection.structure.history import HistoryFinder
from pipeline.detection.structure.lists import ListNameFinder
from pipeline.detection.structure.mail import MailBodyFinder, MailMemory
from pipeline.detection.structure.markup_tables import MarkupTableFinder
from pipeline.detection.structure.people import PeopleListFinder
from pipeline.detection.structure.records import RecordFinder
from pipeline.detection.structure.tables import TableFinder, TableMemory
from pipeline.detection.structure.transcripts import TranscriptSpeakerFinder
from pipeline.detection.structure.vocabulary import STRUCTURE_FILE, Vocabulary, load_vocabulary
from pipeline.detection.text import LayoutText, SpanFinding

__all__ = ["STRUCTURE_FILE", "MailMemory", "PasswordFieldMemory", "Structure", "StructureFinder", "TableMemory"]


class StructureFinder:
    def __init__(self, vocabulary: Vocabulary, entities: Iterable[str], lexicon: NameLexicon | None = None):
        entities = frozenset(entities)
        self._tables = TableFinder(vocabulary, entities, lexicon)
        self._delimited = DelimitedFinder(vocabulary, entities)
        self._markup = MarkupTableFinder(vocabulary, entities)  # an HTML source's tables (markup_tables.py)
        self._expanded = ExpandedRecordFinder(vocabulary, entities)  # psql's `\x` "column | value" (expanded.py)
        self._blocks = SecretBlockFinder(vocabulary) if "SECRET" in entities else None
        self._passwords = PasswordFieldFinder(vocabulary) if "PASSWORD" in entities else None
        # a list's column of names without a header (a mail list's senders): lists.py
        self._lists = ListNameFinder(lexicon) if lexicon is not None and "PERSON" in entities else None
        # a person's record printed as one delimited line without its header (records.py)
        self._records = (
            RecordFinder(lexicon, vocabulary) if lexicon is not None and entities & {"PERSON", "LOCATION"} else None
        )
        # a person's e-mail, phone and town in one line parted by dots or bars (contact_lines.py)
        self._contacts = ContactLineFinder(lexicon) if lexicon is not None and "LOCATION" in entities else None
        # an opened e-mail's body under its header (mail.py): the policy keeps no e-mail body
        self._mail = MailBodyFinder(vocabulary.mail) if vocabulary.mail and "EMAIL_BODY" in entities else None
        # a browser's history list (history.py): the policy keeps no browsing history
        self._history = HistoryFinder() if "BROWSING_HISTORY" in entities else None
        # an identity card's numbered fields ("1." surname, "3." date of birth): cards.py
        self._cards = NumberedFieldFinder(vocabulary.numbered, lexicon) if vocabulary.numbered else None
        # the accounts `net user` and PowerShell's account commands list (accounts.py)
        self._accounts = AccountListFinder(vocabulary.system_accounts) if "USERNAME" in entities else None
        # a side panel's people under "Reviewers", "Assignees", "Participants" (people.py)
        self._people = (
            PeopleListFinder(vocabulary.people_headings, entities)
            if vocabulary.people_headings and entities & {"USERNAME", "PERSON"}
            else None
        )
        # a chat transcript's speakers, "10:02 <Name>: message" (transcripts.py)
        self._transcripts = (
            TranscriptSpeakerFinder(lexicon, vocabulary.chat_roles)
            if lexicon is not None and "PERSON" in entities
            else None
        )
        # a form as a request carries it: URL-encoded pairs, multipart parts (form_bodies.py)
        self._form_bodies = FormBodyFinder(vocabulary, entities)
        # a date of birth typed into "Day | Month | Year" boxes (date_inputs.py)
        self._date_inputs = (
            DateInputFinder(vocabulary.date_inputs)
            if vocabulary.date_inputs is not None and "DATE_OF_BIRTH" in entities
            else None
        )
        self._entities = entities
        self.town_shaped = vocabulary.town_shaped  # the filter's test of a labelled town

    @classmethod
    def load(
        cls, models_dir: Path, known: Iterable[str], entities: Iterable[str], lexicon: NameLexicon | None = None
    ) -> tuple[bytes, StructureFinder]:
        """The raw bytes of models/structure.yaml and the finder it configures. `known` are the
        entity types of detection.yaml (a column of another type is a configuration error);
        `entities` the ones this detector reports; with a `lexicon`, lists' columns of names."""
        raw, vocabulary = load_vocabulary(models_dir, frozenset(known))
        return raw, cls(vocabulary, entities, lexicon)

    def find(
        self,
        lt: LayoutText,
        tables: TableMemory | None,
        passwords: PasswordFieldMemory | None = None,
        mail: MailMemory | None = None,
    ) -> Structure:
        delimited = self._delimited.find(lt, tables.delimited if tables is not None else ())
        for table in delimited.tables:
            if tables is not None:
                tables.remember_delimited(table)
        # Lines read as delimited text are not cut into cells again by position. A header line
        # whose rows none of this text's lines matched is left to the grid pass too: a psql
        # header read as three OCR lines ("id | full_name |", "email", "| phone | ...") parts
        # into fewer fields than its rows, while its cells still line up with theirs. This holds
        # for each table: rows of another delimited table (a CSV's) do not claim a psql header
        # whose rows OCR read without their rules (tmux_panes: the second query's dates).
        claimed = {*delimited.headers_with_rows, *delimited.body_lines}
        tables_found = self._tables.find(lt, tables, claimed)
        markup = self._markup.find(lt, tables.markup if tables is not None else ())
        for markup_table in markup.tables:
            if tables is not None:
                tables.remember_markup(markup_table)
        found = [*delimited.findings, *tables_found.findings, *markup.findings]
        if self._lists is not None:
            found.extend(self._lists.find(lt, delimited.header_lines + delimited.body_lines))
        if self._records is not None:
            found.extend(
                f
                for f in self._records.find(lt, {*delimited.header_lines, *delimited.body_lines})
                if f.entity_type in self._entities
            )
        if self._contacts is not None:
            found.extend(
                f
                for f in self._contacts.find(lt, {*delimited.header_lines, *delimited.body_lines})
                if f.entity_type in self._entities
            )
        if self._blocks is not None:
            found.extend(self._blocks.find(lt))
        found.extend(self._form_bodies.find(lt))
        found.extend(self._expanded.find(lt))
        if self._date_inputs is not None:
            found.extend(self._date_inputs.find(lt))
        if self._mail is not None:
            found.extend(self._mail.find(lt, mail))
        if self._history is not None:
            found.extend(self._history.find(lt))
        if self._accounts is not None:
            found.extend(self._accounts.find(lt))
        if self._people is not None:
            found.extend(self._people.find(lt))
        if self._transcripts is not None:
            found.extend(self._transcripts.find(lt))
        if self._cards is not None:
            found.extend(f for f in self._cards.find(lt) if f.entity_type in self._entities)
        if self._passwords is not None and lt.fields:
            found.extend(self._passwords.find(lt, lt.fields, passwords))
        header_cells = [*tables_found.header_cells, *_line_ranges(lt, delimited.header_lines), *markup.header_cells]
        body_cells = [*tables_found.body_cells, *_line_ranges(lt, delimited.body_lines)]
        return Structure(found, tuple(header_cells), tuple(body_cells), tables_found.organisation_cells)


@dataclass(frozen=True, slots=True)
class Structure:
    """What the structure passes found in one layout text."""

    findings: list[SpanFinding]
    header_cells: tuple[tuple[int, int], ...]  # character ranges of table header words
    body_cells: tuple[tuple[int, int], ...] = ()  # and of the words of its rows
    # and of its rows' words in columns whose header names an organisation ("Company")
    organisation_cells: tuple[tuple[int, int], ...] = ()

    def in_header(self, finding: SpanFinding) -> bool:
        """Whether `finding` covers a word of a table's header row: a column label is never a
        value ("Name | Description": "Description" is not the value of a "Name" label)."""
        return _covers(finding, self.header_cells)

    def in_body(self, finding: SpanFinding) -> bool:
        """Whether `finding` covers a word of a row of a table found here: its column types it
        (or leaves it untyped), not a header word read as a label above it."""
        return _covers(finding, self.body_cells)

    def in_organisation_column(self, finding: SpanFinding) -> bool:
        """Whether `finding` starts in a cell of a column whose header names an organisation."""
        return any(a <= finding.start < b for a, b in self.organisation_cells)


def _line_ranges(lt: LayoutText, lines: list[int]) -> list[tuple[int, int]]:
    return [(lt.lines[i].start, lt.lines[i].end) for i in lines]


def _covers(finding: SpanFinding, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(a < finding.end and finding.start < b for a, b in ranges)
