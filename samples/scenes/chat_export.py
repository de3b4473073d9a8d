"""A messenger's plain-text chat export read in a terminal pager.

Why this screen: "the customer sent us their chat with the installer" has a technician open the
exported `.txt` (WhatsApp's "Export chat" without media) in `less` on a support box. Every line
is `dd/mm/yyyy, hh:mm - <sender>: <message>`; the sender is the contact's saved name (a given and
a family name, a given name alone, or a bare phone number for a contact never saved); a long
message runs past the terminal's edge and wraps under the time stamp; a message's later
paragraphs are lines of their own without a stamp. The customer sends the engineer a phone number
and the delivery address (street, town, postcode) inside ordinary sentences, a colleague is named
by given name only, and the export's system lines stand between the messages ("Messages and calls
are end-to-end encrypted...", "<Media omitted>", "This message was deleted", "<Name> added
<Name>"). The pager is scrolled a page, half a page, searched (`/`) and sent to the end. Names
from en_GB, en_IE and rare ones.
"""

from __future__ import annotations

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage

HOST = "support-07"
COLS = 100
ROWS = 36  # less shows ROWS - 1 lines above its prompt
RARE_FIRST = ["Ottoline", "Ruaridh", "Eirlys", "Tobiah", "Sunniva"]
RARE_LAST = ["Trevaskis", "Nancarrow", "Oyelaran", "Quartermaine"]
SYSTEM = (
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
    "can read or listen to them."
)


def _rows(line: str) -> int:
    """How many terminal rows `less` uses for one line (it wraps at the last column)."""
    return max(1, -(-len(line) // COLS))


def play(stage: Stage) -> None:
    rng = stage.rng
    gb, ie = stage.fake("en_GB"), stage.fake("en_IE")
    customer = f"{gb.first_name()} {rng.choice(RARE_LAST)}"
    fitter = fakes.person(ie)
    office = f"{rng.choice(RARE_FIRST)} {gb.last_name()}"
    helper = gb.first_name()  # saved by given name only
    colleague = ie.first_name()  # named inside a message
    stranger = fakes.uk_mobile_intl(rng)  # a number never saved as a contact
    phone = fakes.uk_mobile(rng)
    street = fakes.street(gb)
    town = rng.choice(fakes.UK_CITIES)
    postcode = fakes.uk_postcode(gb)
    email = fakes.email_for(customer, rng.choice(["gmail.com", "outlook.com", "btinternet.com"]), rng)

    for name in (customer, fitter, office):
        stage.pii(name, "PERSON", watch=False)
    stage.pii(helper, "PERSON", watch=False, scored=False, note="a given name alone (a contact saved by first name)")
    stage.pii(colleague, "PERSON", watch=False, scored=False, note="a given name alone (in a message)")
    stage.pii(stranger, "PHONE_NUMBER", watch=False, note="an unsaved contact: the number is the sender")
    stage.pii(phone, "PHONE_NUMBER", watch=False)
    stage.pii(street, "ADDRESS", watch=False)
    stage.pii(town, "LOCATION", watch=False)
    stage.pii(postcode, "ZIP_CODE", watch=False)
    stage.pii(email, "EMAIL_ADDRESS", watch=False)

    d = "05/12/2026"
    t = "06/12/2026"
    lines = [
        f"{d}, 09:41 - {SYSTEM}",
        f'{d}, 09:41 - {office} created group "Kitchen refit - {customer.split()[1]}"',
        f"{d}, 09:41 - {office} added {customer}",
        f"{d}, 09:42 - {office} added {fitter}",
        f"{d}, 09:42 - {office}: Morning both, this is the group for the fitting next week. I'll post the "
        "plan here and the order confirmation once the supplier sends it over.",
        f"{d}, 09:50 - {customer}: Thanks! Is Tuesday still ok? I can take the morning off work but not the whole day",
        f"{d}, 09:52 - {fitter}: Tuesday is fine, we start at 8. Worktops come on Thursday",
        f"{d}, 09:52 - {fitter}: <Media omitted>",
        f"{d}, 10:05 - {customer}: The delivery address is different from the billing one, it's my mum's "
        f"place while we're out: {street}, {town} {postcode}",
        f"{d}, 10:06 - {customer}: Best number for the driver is {phone} (mobile, leave a message if I don't pick up)",
        f"{d}, 10:07 - {office}: Got it, I've changed it on the order.",
        f"{d}, 10:07 - {office}: Can you send me the email you used for the card payment? The receipt bounced",
        f"{d}, 10:11 - {customer}: {email}",
        f"{d}, 10:12 - {customer}: This message was deleted",
        f"{d}, 10:15 - {helper}: Hi, I'm the electrician, {fitter.split()[0]} gave me the number. Will the "
        "old cooker switch stay where it is or move to the new wall?",
        f"{d}, 10:19 - {customer}: Move it please, next to the window",
        f"{d}, 10:20 - {helper}: <Media omitted>",
        f"{d}, 10:20 - {helper}: Like this?",
        f"{d}, 10:24 - {customer}: Yes perfect",
        f"{d}, 11:02 - {stranger}: Hello, this is the worktop depot. Thursday between 7 and 9, someone "
        "needs to be in to sign.",
        f"{d}, 11:03 - {customer}: I'll ask {colleague} from next door to sign if I'm not back",
        f"{d}, 11:30 - {office}: Order confirmation below.",
        "Reference KR-20418, 14 units, 2 worktops, sink and tap.",
        "Balance due on completion.",
        f"{t}, 08:12 - {fitter}: Skip arrives Monday afternoon",
        f"{t}, 08:13 - {fitter}: You deleted this message",
        f"{t}, 08:15 - {customer}: Can the skip go on the drive? The road is permit parking",
        f"{t}, 08:20 - {office}: Yes, on the drive is fine",
        f"{t}, 09:01 - {office} changed the group description",
        f"{t}, 09:02 - {office} removed {helper}",
        f"{t}, 09:40 - {customer}: Thanks everyone, see you Tuesday",
    ]
    text = "\n".join(lines) + "\n"

    shown_top = [0]

    def stamp(top: int) -> None:
        """Stamp the values of the lines less draws from display row `top` on (whole lines only)."""
        row, visible = 0, []
        for line in lines:
            n = _rows(line)
            if row >= top and row + n <= top + ROWS - 1:
                visible.append(line)
            row += n
        joined = "\n".join(visible)
        stage.stamp_printed(lambda e: e.first_shown_s is None and e.value in joined)
        shown_top[0] = top

    total_rows = sum(_rows(line) for line in lines)
    rc = (
        'export LANG=C.UTF-8 LESS= LESSHISTFILE=- HOME="$PWD"\n'
        f"PS1='tech@{HOST}:~/tickets/48213$ '\nPROMPT_COMMAND=\nHISTFILE=/dev/null\nclear\n"
    )
    files = {"WhatsApp Chat with Kitchen refit.txt": text}
    stage.xterm(f"tech@{HOST}: ~/tickets/48213", rc, files, geometry=f"{COLS}x{ROWS}+4+4", size=10)
    desk = stage.desk
    stage.start()
    stage.pause(1.0)
    desk.type("ls\n")
    stage.pause(0.8)
    desk.type("less WhatsApp\t\n")
    stage.pause(1.0)
    # the system lines that stay on screen however far it scrolls (the encryption notice scrolls away)
    stage.keep("<Media omitted>", "This message was deleted", static=True)
    stamp(0)
    stage.mark("opened")
    stage.pause(5.0)
    desk.key("space")  # a page down
    stage.pause(1.0)
    stamp(min(ROWS - 1, total_rows - (ROWS - 1)))
    stage.mark("page")
    stage.pause(4.0)
    desk.key("b")  # back a page
    stage.pause(1.0)
    desk.key("d")  # half a page down
    stage.pause(1.0)
    stamp(min((ROWS - 1) // 2, total_rows - (ROWS - 1)))
    stage.mark("half")
    stage.pause(4.0)
    desk.type("/skip\n")
    stage.pause(4.0)
    stage.mark("search")
    desk.key("G")
    stage.pause(1.0)
    stamp(max(0, total_rows - (ROWS - 1)))
    stage.mark("end")
    stage.pause(4.0)
    desk.key("q")
    stage.pause(0.5)


SCENE = SceneSpec(
    name="chat_export",
    description="An xterm of 100 columns paging a messenger's plain-text chat export in less: `dd/mm/yyyy, hh:mm - "
    "<sender>: <message>` lines, senders saved as given and family name, a given name alone or an unsaved "
    "phone number; long messages wrapped under the stamp; a phone number, an address with town and "
    "postcode and an e-mail sent inside messages; a colleague named by given name; system lines (end-to-end "
    "encryption, <Media omitted>, deleted messages, '<Name> added <Name>'); paged, half-paged, searched and "
    "sent to the end. Names from en_GB, en_IE and rare ones.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=36.0,
    seed=42601,
    crf=26,
)
