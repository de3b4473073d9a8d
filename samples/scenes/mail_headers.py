"""A webmail's "Show original": a message's raw source, headers first, in small monospace.

Why this screen: a customer says the shop's replies land in spam, and the technician opens the
message's original to read its SPF and DKIM results. The page starts with a summary table
(Message ID, Created at, From, To, Subject, SPF/DKIM/DMARC verdicts with the sending IP), then
the raw source in monospace: folded `Received:` lines with hosts and IPs in brackets,
`Received-SPF` naming the sender's address and its IP, a DKIM signature of base64, the
customer's `X-Originating-IP`, `From: <Name> <address>`, `Cc:` with a second person,
`Reply-To:`, MIME boundaries, and the plain-text body quoting the customer's address and
mobile, then a quoted-printable HTML part. The page scrolls through the source.
"""

from __future__ import annotations

import base64

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{background:#fff;color:#202124;font-family:'Liberation Sans',Arial,sans-serif;font-size:14px;margin:0}
#view{position:absolute;inset:0;overflow-y:auto;padding:18px 40px}
h2{font-weight:400;font-size:20px;margin:4px 0 14px}
table.sum{border-collapse:collapse;width:980px;font-size:13.5px}
table.sum td{padding:7px 10px;border-bottom:1px solid #eee;vertical-align:top}
table.sum td:first-child{width:170px;color:#5f6368}
.btns{margin:14px 0;display:flex;gap:12px}
.btns span{border:1px solid #dadce0;border-radius:4px;padding:7px 14px;color:#1a73e8}
pre{font-family:'DejaVu Sans Mono',monospace;font-size:12px;line-height:1.45;background:#f8f9fa;border:1px solid #eee;
padding:12px 14px;width:1140px;white-space:pre-wrap;word-break:break-all}
"""


def _ipv4_public(rng) -> str:
    return f"{rng.choice([81, 86, 90, 92, 109, 146])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"


def play(stage: Stage) -> None:
    gb, ie, rng = stage.fake("en_GB"), stage.fake("en_IE"), stage.rng
    sender = stage.pii("Eilidh Drummond-Ayodele", "PERSON")
    s_mail = stage.pii(fakes.email_for(sender, "gmail.com", rng), "EMAIL_ADDRESS")
    cc = stage.pii(fakes.person(ie), "PERSON")
    cc_mail = stage.pii(fakes.email_for(cc, "outlook.com", rng), "EMAIL_ADDRESS")
    home_ip = stage.pii(_ipv4_public(rng), "IP_ADDRESS")
    spf_ip = stage.pii(f"209.85.220.{rng.randint(20, 90)}", "IP_ADDRESS")
    street = stage.pii(fakes.street(gb), "ADDRESS")
    town = stage.pii(gb.city(), "LOCATION")
    postcode = stage.pii(fakes.uk_postcode(gb), "ZIP_CODE")
    mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    first = sender.split()[0]
    mid = f"CAF{fakes.token(rng, 20)}@mail.gmail.com"
    sig = base64.b64encode(rng.randbytes(180)).decode()
    sig_lines = "\n        ".join(sig[i : i + 70] for i in range(0, len(sig), 70))
    boundary = f"000000000000{fakes.token(rng, 12, '0123456789abcdef')}"
    summary = [
        ("Message ID", f"&lt;{esc(mid)}&gt;"),
        ("Created at:", "Tue, 3 Nov 2026 at 09:14 (Delivered after 2 seconds)"),
        ("From:", f"{esc(sender)} &lt;{esc(s_mail)}&gt;"),
        ("To:", "Harbour Home Support &lt;help@harbourhome.example&gt;"),
        ("Subject:", "Re: Order HH-40217 still not delivered"),
        ("SPF:", f"PASS with IP {esc(spf_ip)} <u>Learn more</u>"),
        ("DKIM:", "'PASS' with domain gmail.com <u>Learn more</u>"),
        ("DMARC:", "'PASS' <u>Learn more</u>"),
    ]
    rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in summary)
    raw = f"""Delivered-To: help@harbourhome.example
Received: by 2002:a05:7208:3c8e:b0:8a1:4f2d:91c3 with SMTP id k14csp2210577rbb;
        Tue, 3 Nov 2026 01:14:22 -0800 (PST)
X-Received: by 2002:a17:906:7f13:b0:a9e:4b1c:22d0 with SMTP id d19mr118203ejr.41.1793789662;
        Tue, 3 Nov 2026 01:14:22 -0800 (PST)
Return-Path: <{s_mail}>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [{spf_ip}])
        by mx.google.com with SMTPS id a640c23a62f3a-a9e5b7c1f02sor4410166b.7.2026.11.03.01.14.22
        for <help@harbourhome.example>
        (Google Transport Security);
        Tue, 3 Nov 2026 01:14:22 -0800 (PST)
Received-SPF: pass (google.com: domain of {s_mail} designates {spf_ip} as permitted sender) client-ip={spf_ip};
Authentication-Results: mx.google.com;
       dkim=pass header.i=@gmail.com header.s=20230601 header.b=Qm3kZ1pX;
       spf=pass (google.com: domain of {s_mail} designates {spf_ip} as permitted sender) smtp.mailfrom={s_mail};
       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=1793789662; x=1794394462;
        h=cc:to:subject:message-id:date:from:in-reply-to:references:mime-version;
        bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;
        b={sig_lines}
X-Originating-IP: [{home_ip}]
MIME-Version: 1.0
References: <HH-40217.1793612200@harbourhome.example>
In-Reply-To: <HH-40217.1793612200@harbourhome.example>
From: {sender} <{s_mail}>
Date: Tue, 3 Nov 2026 09:14:09 +0000
Message-ID: <{mid}>
Subject: Re: Order HH-40217 still not delivered
To: Harbour Home Support <help@harbourhome.example>
Cc: {cc} <{cc_mail}>
Reply-To: {s_mail}
Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hello,

The parcel for order HH-40217 has still not arrived. The courier's page says it
was delivered to {street}, {town} {postcode} on Friday but
nobody here has it. Please call me on {mobile} after 5pm, or my partner
{cc.split()[0]} (copied in).

Kind regards,
{first}

--{boundary}
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hello,<br><br>The parcel for order HH-40217 has still not arr=
ived.</div>
--{boundary}--"""
    body = f"""<div id="view"><h2>Original Message</h2><table class="sum">{rows}</table>
<div class="btns"><span>Download Original</span><span>Copy to clipboard</span></div>
<pre id="raw">{esc(raw)}</pre></div>"""
    stage.page("mail/original.html", doc("Original Message", CSS, body))
    stage.keep("Original Message", "Download Original", "Copy to clipboard", "Delivered after 2 seconds")
    stage.keep("Content-Type: multipart/alternative;", "Authentication-Results: mx.google.com;")
    stage.keep("Subject: Re: Order HH-40217 still not delivered", "MIME-Version: 1.0")
    chrome = stage.chrome("http://mail.example/mail/original.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(6.0)
    stage.mark("summary")
    desk.move(*chrome.point("#view"))
    for step in range(4):
        for _ in range(3):
            desk.xdo("click", 5)
        stage.mark(f"scrolled_{step}")
        stage.pause(5.0)
    for _ in range(12):
        desk.xdo("click", 4)
    stage.pause(3.0)


SCENE = SceneSpec(
    name="mail_headers",
    description="A webmail's 'Show original' page in Chromium: a summary table (Message ID, Created at, From with "
    "the sender's name and address, To, Subject, SPF with the sending IP, DKIM, DMARC), then the message's raw "
    "source in 12 px monospace: folded Received lines with hosts and bracketed IPs, Received-SPF and "
    "Authentication-Results naming the sender's address and IP, a base64 DKIM signature, the customer's "
    "X-Originating-IP, From/Cc/Reply-To with names and addresses, MIME boundaries and a plain-text body giving a "
    "street, town, postcode and mobile; scrolled through the source and back.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=36.0,
    seed=50433,
    crf=24,
)
