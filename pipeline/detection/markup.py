"""Values glued to HTML tags: a page's source as the browser's view-source, the developer tools'
Elements panel or an editor shows it ("<td>Firstname Lastname</td>", "<li>Lives in Town</li>",
`<input name="full_name" value="Firstname Lastname">`).

OCR reads "<td>Firstname" and "Lastname</td>" as words: no name finder sees a name in a word
that holds a tag, NER reads no name in them, and a town glued to "</li>" is no town. `without_tags`
reads a line that holds an HTML element's tag with the tags as words of their own: its words are
cut where a tag starts and ends, and inside a tag where a quoted attribute value starts and ends
(their boxes in proportion to their characters, diff_marks.py does the same for a word diff's
markers). Tags of other names (an XML document's `<firstName>`, which labels.py reads as the
label of its element's text) and lines without a tag are left as they are.
"""

from __future__ import annotations

import re

from pipeline.core.types import Layout, OcrWord, TextLine
from pipeline.detection.word_cuts import cut_word

# the elements of the HTML standard that hold or label text (https://html.spec.whatwg.org/#elements-3),
# in lower case as view-source and the developer tools print them: an XML document's elements are
# its own ("<Address>", "<data>": read by labels.py), so HTML's rarer names that XML uses are left out
_ELEMENTS = (
    "a|abbr|article|aside|b|bdi|bdo|blockquote|body|button|caption|cite|code|col|colgroup|"
    "datalist|dd|del|details|dfn|dialog|div|dl|dt|em|fieldset|figcaption|figure|font|footer|form|h[1-6]|"
    "head|header|html|i|img|input|ins|kbd|label|legend|li|main|mark|meter|nav|ol|optgroup|option|output|"
    "p|pre|q|s|samp|section|select|small|span|strong|sub|summary|sup|table|tbody|td|textarea|tfoot|th|"
    "thead|time|title|tr|u|ul|var"
)
# a start or end tag of one of them, its attributes on the same line ("<td>", '<td class="x">', "</td>")
_TAG = re.compile(rf"</?(?:{_ELEMENTS})(?=[\s/>])[^<>]*>")
# an attribute's quoted value inside a tag: its text (a field's value, a title) is words of its own
_QUOTED = re.compile(r"""=\s*(["'])([^"'<>]*)\1""")


def html_tag_at(text: str, at: int) -> bool:
    """Whether an HTML element's start or end tag starts at offset `at` of `text`."""
    return _TAG.match(text, at) is not None


def without_tags(layout: Layout) -> Layout:
    """`layout` with the HTML tags of its lines cut off the words they touch."""
    lines = [_untagged(line) for line in layout.lines]
    if all(new is old for new, old in zip(lines, layout.lines, strict=True)):
        return layout
    return Layout(tuple(lines), layout.fields)


def _untagged(line: TextLine) -> TextLine:
    text = " ".join(w.text for w in line.words)
    if "<" not in text:
        return line
    cuts: set[int] = set()
    for tag in _TAG.finditer(text):
        cuts.update(tag.span())
        for value in _QUOTED.finditer(tag.group()):
            if value.group(2):
                cuts.update((tag.start() + value.start(2), tag.start() + value.end(2)))
    if not cuts:
        return line
    words: list[OcrWord] = []
    at = 0
    for word in line.words:
        words.extend(cut_word(word, (c - at for c in cuts)))
        at += len(word.text) + 1
    return TextLine(tuple(words)) if len(words) > len(line.words) else line
