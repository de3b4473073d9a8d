"""A cloud provider's IAM console: users table, a user's ARN, a new access key, billing contact, CloudShell.

Why this screen: support engineers fix a customer's cloud account with them (a locked-out user, a
leaked key to rotate). An IAM console puts people in shapes no form label names: user names
`first.last` in a table beside their access key ids (`AKIA...`), a user's ARN
(`arn:aws:iam::<12-digit account>:user/<first.last>`), the account id in the top bar after the
account owner's name, a "Create access key" result that shows the secret access key once "Show"
is clicked, the billing "Contact information" (full name, street, town, postcode, phone under
captions), and a CloudShell pane where `aws iam list-users` prints JSON (UserName, Arn, CreateDate)
and `aws sts get-caller-identity` prints the account and the caller's ARN.
"""

from __future__ import annotations

import json
import random
import string

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:14px;background:#f2f3f3;color:#16191f;overflow:hidden}
.top{height:40px;background:#232f3e;color:#fff;display:flex;align-items:center;padding:0 14px;gap:16px;
 font-size:14px}
.top .logo{font:bold 20px Arial;letter-spacing:-1px}.top .srch{background:#0f1b2a;border:1px solid #7d8998;
 border-radius:4px;width:360px;padding:4px 10px;color:#aab7b8}
.top .r{margin-left:auto;display:flex;gap:20px;align-items:center}.top .acct{cursor:pointer;font-weight:700}
.menu{position:absolute;right:10px;top:40px;width:300px;background:#fff;border:1px solid #aab7b8;
 box-shadow:0 4px 12px #0004;display:none;z-index:4;padding:10px 0}
.menu div{padding:6px 16px}.menu .cap{color:#545b64;font-size:12px}.menu a{display:block;padding:6px 16px;
 color:#16191f}
nav{position:absolute;top:40px;left:0;bottom:0;width:230px;background:#fff;border-right:1px solid #eaeded;
 padding:14px 0;font-size:14px}nav h3{margin:0 20px 12px;font-size:17px}nav div{padding:5px 20px;color:#545b64}
nav .g{font-weight:700;color:#16191f;margin-top:10px}nav .on{color:#ec7211;font-weight:700}
main{position:absolute;top:40px;left:230px;right:0;bottom:0;overflow:auto;padding:14px 24px}
.crumb{color:#0073bb;font-size:13px;margin-bottom:8px}
.panel{background:#fff;box-shadow:0 1px 1px #0003,0 0 1px #0003;margin-bottom:16px}
.panel h2{font-size:18px;margin:0;padding:12px 18px;border-bottom:1px solid #eaeded;display:flex;gap:10px;
 align-items:center}
.panel h2 .btn{margin-left:auto}
.btn{border:1px solid #545b64;background:#fff;border-radius:2px;padding:4px 14px;font-weight:700;font-size:13px}
.btn.o{background:#ec7211;border-color:#ec7211;color:#fff}
table{border-collapse:collapse;width:100%;font-size:13px}th{text-align:left;padding:7px 10px;color:#545b64;
 border-bottom:1px solid #eaeded;white-space:nowrap}
td{padding:7px 10px;border-bottom:1px solid #eaeded;white-space:nowrap}td a{color:#0073bb}
.view{display:none}.view.on{display:block}
.sum{display:grid;grid-template-columns:1fr 1fr 1fr;gap:14px 30px;padding:14px 18px}
.sum .cap{color:#545b64;font-size:13px;margin-bottom:3px}.sum .v{font-size:14px}
.tabs{display:flex;border-bottom:1px solid #aab7b8;margin:0 0 14px}.tabs div{padding:8px 18px;color:#545b64;
 font-weight:700;cursor:pointer}.tabs .on{color:#ec7211;border-bottom:3px solid #ec7211}
.keyres{border:1px solid #1d8102;background:#f2f8f0;padding:12px 18px;margin:0 0 16px}
.keyres h4{margin:0 0 10px;color:#1d8102}
.kv{display:grid;grid-template-columns:170px 1fr;row-gap:8px;font-size:14px}.kv .cap{color:#545b64}
.mono{font-family:'Liberation Mono','DejaVu Sans Mono',monospace;font-size:13px}
.kv a{color:#0073bb;margin-left:10px;cursor:pointer}
.ci{display:grid;grid-template-columns:200px 1fr;row-gap:10px;padding:14px 18px}.ci .cap{color:#545b64}
#shell{position:absolute;left:230px;right:0;bottom:0;height:250px;background:#0f1b2a;color:#d5dbdb;
 display:none;flex-direction:column;border-top:3px solid #545b64}
#shell .hd{background:#232f3e;color:#fff;padding:5px 12px;font-size:13px;display:flex;gap:14px}
#shell .hd span:last-child{margin-left:auto;color:#aab7b8}
#out{flex:1;overflow:hidden;padding:4px 10px;font:13px/16px 'Liberation Mono','DejaVu Sans Mono',monospace;
 white-space:pre;display:flex;flex-direction:column;justify-content:flex-end}
#out input{background:transparent;border:0;color:#d5dbdb;font:inherit;outline:none;width:500px;padding:0}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
const show = v => { for (const s of document.querySelectorAll('.view')) s.classList.toggle('on', s.id === v); };
for (const a of document.querySelectorAll('a.user')) a.addEventListener('click', () => show('detail'));
$('tab-sec').addEventListener('click', () => { $('tab-perm').classList.remove('on'); $('tab-sec').classList.add('on');
  $('perm').style.display = 'none'; $('sec').style.display = 'block'; });
$('mk').addEventListener('click', () => { $('keyres').style.display = 'block'; });
$('reveal').addEventListener('click', () => {
  $('sk').textContent = $('sk').dataset.v; $('reveal').textContent = 'Hide'; });
$('done').addEventListener('click', () => { $('keyres').style.display = 'none'; });
$('acct').addEventListener('click', () => { $('menu').style.display = 'block'; });
$('acctlink').addEventListener('click', () => { $('menu').style.display = 'none'; show('account'); });
$('cs').addEventListener('click', () => { $('shell').style.display = 'flex'; $('main').style.bottom = '250px';
  setTimeout(() => $('cmd').focus(), 300); });
const OUT = JSON.parse($('outputs').dataset.v);
$('cmd').addEventListener('keydown', e => {
  if (e.key !== 'Enter') return;
  const cmd = $('cmd').value.trim(); const line = document.createElement('div');
  line.textContent = $('ps').textContent + cmd + '\\n' + (OUT[cmd] || ('aws: error: argument command: Invalid choice'));
  $('hist').appendChild(line); $('cmd').value = '';
});
"""

GROUPS = ["Developers", "Admins", "ReadOnly", "Billing", "DataEng", "Support"]
SERVICE_USERS = ["ci-deploy", "terraform-runner", "backup-agent"]


def _key_id(rng: random.Random) -> str:
    return "AKIA" + fakes.token(rng, 16, string.ascii_uppercase + "234567")


def _login(name: str) -> str:
    first, last = name.lower().replace("'", "").split(" ", 1)
    return f"{first}.{last.replace(' ', '').replace('-', '')}"


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    account = "".join(rng.choice(string.digits) for _ in range(12))
    account = stage.pii(str(rng.randint(1, 9)) + account[1:], "ACCOUNT_NUMBER", note="the cloud account id")
    account_dashed = stage.pii(f"{account[:4]}-{account[4:8]}-{account[8:]}", "ACCOUNT_NUMBER", note="top bar")
    owner = stage.pii(fakes.person(fake), "PERSON", note="the account owner")
    users = []
    for i in range(8):
        name = fakes.person(fake)
        login = stage.pii(_login(name), "USERNAME")
        key = stage.pii(_key_id(rng), "SECRET", note="access key id")
        created = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(7, 18):02d}:" + (
            f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+00:00"
        )
        users.append(
            {
                "login": login,
                "key": key,
                "groups": ", ".join(sorted(rng.sample(GROUPS, rng.randint(1, 2)))),
                "act": rng.choice(["12 minutes ago", "2 hours ago", "Yesterday", "6 days ago", "41 days ago"]),
                "mfa": "Virtual" if rng.random() > 0.3 else "-",
                "created": created,
                "id": "AIDA" + fakes.token(rng, 17, string.ascii_uppercase + "234567"),
                "svc": False,
            }
        )
        if i in (2, 5):
            svc = SERVICE_USERS[i // 3]
            users.append(
                {
                    **users[-1],
                    "login": svc,
                    "key": stage.pii(_key_id(rng), "SECRET"),
                    "mfa": "-",
                    "groups": "Deploy",
                    "id": "AIDA" + fakes.token(rng, 17, string.ascii_uppercase),
                    "svc": True,
                }
            )
    pick = next(u for u in users[3:] if not u["svc"])
    new_key = stage.pii(_key_id(rng), "SECRET", note="the new access key id")
    secret = stage.pii(fakes.token(rng, 40, string.ascii_letters + string.digits + "+/"), "SECRET", note="shown")
    phone = stage.pii(fakes.uk_mobile_intl(rng), "PHONE_NUMBER")
    street = stage.pii(fakes.street(fake), "ADDRESS")
    town = stage.pii(rng.choice(fakes.UK_CITIES), "LOCATION")
    postcode = stage.pii(fake.postcode(), "ZIP_CODE")
    arn = f"arn:aws:iam::{account}:user/{pick['login']}"
    rows = "".join(
        f"<tr><td><input type=checkbox></td><td><a class=user>{esc(u['login'])}</a></td><td>/</td>"
        f"<td>{esc(u['groups'])}</td><td>{u['act']}</td><td>{u['mfa']}</td><td>{rng.randint(3, 180)} days</td>"
        f"<td>Active - <span class=mono>{esc(u['key'])}</span></td></tr>"
        for u in users
    )
    listed = {
        "Users": [
            {
                "Path": "/",
                "UserName": u["login"],
                "UserId": u["id"],
                "Arn": f"arn:aws:iam::{account}:user/{u['login']}",
                "CreateDate": u["created"],
            }
            for u in users[:6]
        ]
    }
    caller = {"UserId": pick["id"], "Account": account, "Arn": arn}
    outputs = {
        "aws iam list-users": json.dumps(listed, indent=4),
        "aws sts get-caller-identity": json.dumps(caller, indent=4),
    }
    users_view = f"""<div class="view on" id=users><div class=crumb>IAM &gt; Users</div><div class=panel>
<h2>Users ({len(users)}) <button class=btn>Delete</button><button class="btn o">Create user</button></h2>
<div style="padding:10px 18px;color:#545b64;font-size:13px">An IAM user is an identity with long-term credentials
that is used to interact with AWS in an account.</div>
<table><thead><tr><th></th><th>User name</th><th>Path</th><th>Groups</th><th>Last activity</th><th>MFA</th>
<th>Password age</th><th>Access key ID</th></tr></thead><tbody>{rows}</tbody></table></div></div>"""
    detail = f"""<div class=view id=detail><div class=crumb>IAM &gt; Users &gt; {esc(pick["login"])}</div>
<h1 style="font-size:24px;margin:4px 0 12px">{esc(pick["login"])}</h1><div class=panel><h2>Summary</h2>
<div class=sum><div><div class=cap>ARN</div><div class="v mono">{esc(arn)}</div></div>
<div><div class=cap>Console access</div><div class=v>Enabled with MFA</div></div>
<div><div class=cap>Access key 1</div><div class="v mono">{esc(pick["key"])} - Active</div></div>
<div><div class=cap>Created</div><div class=v>March 11, 2025, 09:12 (UTC+00:00)</div></div>
<div><div class=cap>Last console sign-in</div><div class=v>Today</div></div></div></div>
<div class=tabs><div id=tab-perm class=on>Permissions</div><div>Groups</div><div>Tags</div>
<div id=tab-sec>Security credentials</div><div>Access Advisor</div></div>
<div id=perm class=panel><h2>Permissions policies (3)</h2><table><tr><th>Policy name</th><th>Type</th></tr>
<tr><td>AmazonS3ReadOnlyAccess</td><td>AWS managed</td></tr><tr><td>CloudWatchLogsFullAccess</td><td>AWS managed</td>
</tr></table></div>
<div id=sec style="display:none"><div class=keyres id=keyres style="display:none"><h4>✓ Access key created</h4>
<div style="margin-bottom:10px">This is the only time that the secret access key can be viewed or downloaded.</div>
<div class=kv><div class=cap>Access key</div><div class=mono>{esc(new_key)}</div>
<div class=cap>Secret access key</div><div><span class=mono id=sk data-v="{esc(secret)}">****************</span>
<a id=reveal>Show</a></div></div><div style="margin-top:12px"><button class="btn o" id=done>Done</button>
<button class=btn>Download .csv file</button></div></div>
<div class=panel><h2>Access keys (1)<button class=btn id=mk>Create access key</button></h2><table>
<tr><th>Access key ID</th><th>Status</th><th>Last used</th></tr><tr><td class=mono>{esc(pick["key"])}</td>
<td>Active</td><td>2 hours ago</td></tr></table></div></div></div>"""
    acct_view = f"""<div class=view id=account><div class=crumb>Billing and Cost Management &gt; Account</div>
<div class=panel><h2>Account settings</h2><div class=ci><div class=cap>Account ID</div><div>{esc(account)}</div>
<div class=cap>Account name</div><div>Kestrel Analytics Ltd</div></div></div>
<div class=panel><h2>Contact information <button class=btn>Edit</button></h2><div class=ci>
<div class=cap>Full name</div><div>{esc(owner)}</div><div class=cap>Address</div><div>{esc(street)}</div>
<div class=cap>City</div><div>{esc(town)}</div><div class=cap>Postal code</div><div>{esc(postcode)}</div>
<div class=cap>Country</div><div>United Kingdom</div><div class=cap>Phone number</div><div>{esc(phone)}</div>
<div class=cap>Company name</div><div>Kestrel Analytics Ltd</div></div></div></div>"""
    body = f"""<div class=top><span class=logo>aws</span><span>▦ Services</span>
<span class=srch>Search [Alt+S]</span><div class=r><span id=cs title=CloudShell>⌨</span><span>🔔</span><span>?</span>
<span>Global ▾</span><span class=acct id=acct>{esc(owner)} @ {esc(account_dashed)} ▾</span></div></div>
<div class=menu id=menu><div class=cap>Account ID</div><div class=mono>{esc(account_dashed)}</div>
<a id=acctlink>Account</a><a>Organization</a><a>Service Quotas</a><a>Billing and Cost Management</a>
<a>Security credentials</a><a>Sign out</a></div>
<nav><h3>Identity and Access Management (IAM)</h3><div>Dashboard</div><div class=g>Access management</div>
<div>User groups</div><div class=on>Users</div><div>Roles</div><div>Policies</div><div>Identity providers</div>
<div>Account settings</div><div class=g>Access reports</div><div>Access Analyzer</div><div>Credential report</div>
</nav><main id=main>{users_view}{detail}{acct_view}</main>
<div id=shell><div class=hd><span>CloudShell</span><span>eu-west-2</span><span>Actions ▾</span></div>
<div id=out><div id=hist>Preparing your terminal...\nTry these commands to get started:
aws help  or  aws &lt;command&gt; help
</div><div><span id=ps>[cloudshell-user@ip-10-140-18-7 ~]$ </span><input id=cmd autocomplete=off></div></div></div>
<div id=outputs hidden data-v="{esc(json.dumps(outputs))}"></div>"""
    stage.page("iam/home.html", doc("IAM | Global", CSS, body, SCRIPT))
    stage.keep("Identity and Access Management (IAM)", "User groups", "Roles", "Policies", "Identity providers")
    stage.keep("Access management", "Credential report", "Access Analyzer", "Services")
    chrome = stage.chrome("http://console.nimbuscloud.co.uk/iam/home.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.5)
    stage.click(*chrome.point("a.user", index=users.index(pick)))
    stage.mark("user_detail")
    stage.pause(2.5)
    stage.click(*chrome.point("#tab-sec"))
    stage.pause(1.0)
    stage.click(*chrome.point("#mk"))
    stage.mark("key_created")
    stage.pause(1.5)
    stage.click(*chrome.point("#reveal"))
    stage.mark("secret_shown")
    stage.pause(3.0)
    stage.click(*chrome.point("#done"))
    stage.pause(0.5)
    stage.click(*chrome.point("#acct"))
    stage.pause(1.2)
    stage.click(*chrome.point("#acctlink"))
    stage.mark("contact_info")
    stage.pause(3.5)
    stage.click(*chrome.point("#cs"))
    stage.mark("cloudshell")
    stage.pause(1.5)
    desk.type("aws iam list-users", typo_rate=0.0)
    desk.key("Return")
    stage.mark("list_users")
    stage.pause(3.0)
    desk.type("aws sts get-caller-identity", typo_rate=0.0)
    desk.key("Return")
    stage.mark("caller_identity")
    stage.pause(4.0)


SCENE = SceneSpec(
    name="cloud_console",
    description="An AWS-like IAM console in Chromium: a users table (first.last user names, groups, last "
    "activity, MFA, access key ids AKIA...), a user's summary with the ARN "
    "(arn:aws:iam::<account>:user/<first.last>), the account id after the owner's name in the top bar, "
    "'Create access key' with the secret access key revealed by 'Show', the account's billing contact "
    "information (full name, street, city, postcode, phone under captions), and a CloudShell pane where "
    "'aws iam list-users' and 'aws sts get-caller-identity' print JSON.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=40.0,
    seed=66203,
    crf=24,
)
