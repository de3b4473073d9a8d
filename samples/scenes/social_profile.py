"""A social network's profile page: intro card, friends grid, a tagged post, comments, contact info.

Why this screen: a customer asks for help with their profile (privacy settings, a hacked account)
and the technician scrolls it. A profile is personal data from top to bottom, mostly as short
phrases with no label a form would have: the name in large type under a cover banner, an "Intro"
card whose lines are sentences ("Lives in <town>", "From <town>", "Married to <name>", "Born on
<date>"), a grid of friends' photos with a name caption under each, a post "with <name> and
<name> at <place>", comments that start with the commenter's name in bold (one gives a phone
number in prose), "People you may know" with "<n> mutual friends"; then About > Contact and
basic info lists the mobile, e-mail, birthday and home address under small captions.
"""

from __future__ import annotations

import random

from samples.scenes import fakes
from samples.scenes.stage import SceneSpec, Stage
from samples.scenes.web import doc, esc

CSS = """
body{font-size:15px;background:#f0f2f5;color:#050505}
.top{position:fixed;top:0;left:0;right:0;height:52px;background:#fff;box-shadow:0 1px 2px #0002;display:flex;
 align-items:center;padding:0 16px;gap:10px;z-index:5}
.top .logo{width:40px;height:40px;border-radius:50%;background:#0866ff;color:#fff;font:bold 28px/40px Arial;
 text-align:center}
.top input{width:230px;padding:9px 14px;border-radius:20px;border:0;background:#f0f2f5;font-size:15px}
.top .mid{margin:0 auto;display:flex;gap:60px;color:#65676b;font-size:14px}
.top .me{display:flex;gap:8px;align-items:center}.top .me i{width:36px;height:36px;border-radius:50%;
 background:#e4e6eb;display:inline-block}
.wrap{width:1110px;margin:52px auto 0}
.head{background:#fff;box-shadow:0 1px 2px #0002;padding:0 24px 0;border-radius:0 0 8px 8px}
.cover{height:170px;border-radius:0 0 8px 8px;background:linear-gradient(120deg,#5b7fa6,#a8c3d8 45%,#d9c6a0 70%,
 #8a6f4d)}
.idrow{display:flex;align-items:flex-end;gap:18px;margin-top:-40px;padding-bottom:12px;border-bottom:1px solid #ddd}
.pic{width:128px;height:128px;border-radius:50%;border:4px solid #fff;background:radial-gradient(circle at 50% 38%,
 #e8c4a0 0 24%,#6b4a33 25% 34%,#3d5a80 35%);flex:none}
.idrow h1{font-size:30px;margin:0}.idrow .hl{color:#65676b;font-size:15px;margin-top:2px}
.idrow .cnt{color:#65676b;font-weight:600;font-size:15px;margin-top:4px}
.idrow .btns{margin-left:auto;display:flex;gap:8px}
.idrow button{border:0;border-radius:6px;padding:8px 14px;background:#e4e6eb;font-weight:600}
.idrow button.p{background:#0866ff;color:#fff}
.tabs{display:flex;gap:4px;height:52px;align-items:stretch}
.tabs div{padding:0 16px;display:flex;align-items:center;color:#65676b;font-weight:600;cursor:pointer}
.tabs .on{color:#0866ff;border-bottom:3px solid #0866ff}
.cols{display:flex;gap:16px;margin-top:16px;align-items:flex-start}
.left{width:340px;flex:none}.feed{width:490px;flex:none}.side{width:248px;flex:none;position:sticky;
 top:68px}
.card{background:#fff;border-radius:8px;box-shadow:0 1px 2px #0002;padding:14px 16px;margin-bottom:16px}
.card h2{font-size:20px;margin:0 0 10px}
.intro .bio{text-align:center;margin-bottom:10px}
.intro div.l{margin:10px 0;display:flex;gap:10px;align-items:flex-start}.intro .ic{color:#8c939d;width:20px;
 text-align:center;flex:none}
.fr .sub{color:#65676b;margin:-6px 0 10px}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:10px}
.grid .ph{height:96px;border-radius:8px}.grid .nm{font-size:13px;font-weight:600;margin-top:4px;line-height:1.2}
.post .who{display:flex;gap:10px;align-items:center}.post .av{width:40px;height:40px;border-radius:50%;flex:none}
.post .t{color:#65676b;font-size:13px}.post .txt{margin:12px 0}
.post .img{height:250px;border-radius:4px;margin:0 -16px;background:linear-gradient(160deg,#f6d79b,#e08a5e 40%,
 #6b3f5e 75%,#2f2d4a)}
.post .stats{display:flex;color:#65676b;font-size:14px;padding:10px 0;border-bottom:1px solid #ddd}
.post .stats span:last-child{margin-left:auto}
.acts{display:flex;justify-content:space-around;color:#65676b;font-weight:600;padding:6px 0;
 border-bottom:1px solid #ddd}
.cm{display:flex;gap:8px;margin-top:10px}.cm .av{width:32px;height:32px}.cm .bub{background:#f0f2f5;
 border-radius:16px;padding:7px 12px;font-size:14px}.cm .bub b{display:block;font-size:13px}
.cm .meta{font-size:12px;color:#65676b;margin:3px 0 0 12px;font-weight:600}
.pymk .p{display:flex;gap:10px;align-items:center;margin:10px 0}.pymk .av{width:44px;height:44px;
 border-radius:50%;flex:none}.pymk b{font-size:14px;display:block}.pymk small{color:#65676b;font-size:13px}
.pymk button{margin-left:auto;border:0;background:#e7f0fe;color:#0866ff;border-radius:6px;padding:6px 8px;
 font-weight:600;font-size:13px}
#about{display:none}
.ab{display:flex;gap:0;background:#fff;border-radius:8px;box-shadow:0 1px 2px #0002;margin-top:16px;
 min-height:380px}
.ab nav{width:290px;border-right:1px solid #ddd;padding:12px}.ab nav h2{font-size:20px;margin:4px 8px 12px}
.ab nav div{padding:9px 10px;border-radius:6px;color:#65676b;font-weight:600;cursor:pointer}
.ab nav .on{background:#e7f0fe;color:#0866ff}
.ab .pane{padding:18px 30px;flex:1}.ab h3{font-size:17px;margin:6px 0 12px}
.ab .it{display:flex;gap:14px;margin-bottom:16px;align-items:flex-start}.ab .it .ic{color:#8c939d;width:22px;
 text-align:center}.ab .it small{display:block;color:#65676b;font-size:13px;margin-top:2px}
"""

SCRIPT = """
const $ = id => document.getElementById(id);
$('tab-about').addEventListener('click', () => {
  $('posts').style.display = 'none'; $('about').style.display = 'block';
  $('tab-posts').classList.remove('on'); $('tab-about').classList.add('on'); window.scrollTo(0, 0);
});
$('nav-contact').addEventListener('click', () => {
  $('pane-over').style.display = 'none'; $('pane-contact').style.display = 'block';
  $('nav-over').classList.remove('on'); $('nav-contact').classList.add('on');
});
"""

PHOTOS = [
    "linear-gradient(135deg,#c9d6df,#52616b)",
    "linear-gradient(135deg,#f8b195,#6c5b7b)",
    "linear-gradient(135deg,#a8e6cf,#3d84a8)",
    "linear-gradient(135deg,#ffd3b6,#ff8b94)",
    "linear-gradient(135deg,#dcedc1,#4a7c59)",
    "linear-gradient(135deg,#e0c3fc,#8ec5fc)",
    "linear-gradient(135deg,#fbc2eb,#a18cd1)",
    "linear-gradient(135deg,#84fab0,#8fd3f4)",
]
EMPLOYERS = ["Northgate Logistics", "Hollis & Marsh Architects", "Severn Valley NHS Trust", "Brightline Energy"]
SCHOOLS = ["University of Leeds", "Cardiff Metropolitan University", "University of Exeter"]


def _av(rng: random.Random) -> str:
    return f'style="background:{rng.choice(PHOTOS)}"'


def play(stage: Stage) -> None:
    fake, rng = stage.fake("en_GB"), stage.rng
    me = stage.pii(fakes.person(fake), "PERSON", note="the profile's owner")
    spouse = stage.pii(fakes.person(fake), "PERSON", note="Married to ...")
    lives = rng.choice(fakes.UK_CITIES)
    home_town = rng.choice([c for c in fakes.UK_CITIES if c != lives])
    stage.pii(lives, "LOCATION", note="Lives in ...")
    stage.pii(home_town, "LOCATION", note="From ...")
    born = fake.date_of_birth(minimum_age=25, maximum_age=55)
    born_s = stage.pii(f"{born.day} {born.strftime('%B %Y')}", "DATE_OF_BIRTH", note="Born on ...")
    friends = [stage.pii(fakes.person(fake), "PERSON", note="a friend's photo caption") for _ in range(6)]
    tagged = [stage.pii(fakes.person(fake), "PERSON", note="tagged in the post") for _ in range(2)]
    commenters = [stage.pii(fakes.person(fake), "PERSON", note="a commenter") for _ in range(3)]
    pymk = [stage.pii(fakes.person(fake), "PERSON", note="people you may know") for _ in range(4)]
    text_me = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER", note="in a comment")
    mobile = stage.pii(fakes.uk_mobile(rng), "PHONE_NUMBER")
    email = stage.pii(
        fakes.email_for(me, rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk"]), rng), "EMAIL_ADDRESS"
    )
    street = stage.pii(fakes.street(fake), "ADDRESS")
    postcode = stage.pii(fake.postcode(), "ZIP_CODE")
    employer, school = rng.choice(EMPLOYERS), rng.choice(SCHOOLS)
    place = "The Old Boathouse"
    grid = "".join(f"<div><div class=ph {_av(rng)}></div><div class=nm>{esc(n)}</div></div>" for n in friends)
    comments_txt = [
        "Looked like such a lovely day!! :)",
        f"Great to see you all. Lost your number, text me on {text_me} x",
        "Next time we're coming too",
    ]
    comments = "".join(
        f'<div class=cm><div class=av {_av(rng)} style="border-radius:50%"></div><div><div class=bub>'
        f"<b>{esc(n)}</b>{esc(c)}</div><div class=meta>Like · Reply · {rng.randint(2, 40)}m</div></div></div>"
        for n, c in zip(commenters, comments_txt, strict=True)
    )
    people = "".join(
        f"<div class=p><div class=av {_av(rng)}></div><div><b>{esc(n)}</b><small>{rng.randint(2, 38)} mutual "
        f"friends</small></div><button>Add friend</button></div>"
        for n in pymk
    )
    posts = f"""<div id=posts><div class=cols><div class=left>
<div class="card intro"><h2>Intro</h2><div class=bio>Coffee, coastlines and far too many plants</div>
<div class=l><span class=ic>⚒</span><span>Works at <b>{esc(employer)}</b></span></div>
<div class=l><span class=ic>✎</span><span>Studied at <b>{esc(school)}</b></span></div>
<div class=l><span class=ic>⌂</span><span>Lives in <b>{esc(lives)}</b></span></div>
<div class=l><span class=ic>⚑</span><span>From <b>{esc(home_town)}</b></span></div>
<div class=l><span class=ic>♥</span><span>Married to <b>{esc(spouse)}</b></span></div>
<div class=l><span class=ic>✱</span><span>Born on {esc(born_s)}</span></div>
<div class=l><span class=ic>◷</span><span>Joined March 2011</span></div></div>
<div class="card fr"><h2>Friends</h2><div class=sub>312 friends</div><div class=grid>{grid}</div></div></div>
<div class=feed><div class="card post"><div class=who><div class=av {_av(rng)}></div><div><b>{esc(me)}</b> is with
<b>{esc(tagged[0])}</b> and <b>{esc(tagged[1])}</b> at <b>{place}</b>.<div class=t>3 November at 17:42 · ◉</div>
</div></div><div class=txt>Perfect end to the half term thank you both for organising!</div><div class=img></div>
<div class=stats><span>♥ 87</span><span>14 comments · 2 shares</span></div>
<div class=acts><span>Like</span><span>Comment</span><span>Share</span></div>{comments}</div>
<div class="card post"><div class=who><div class=av {_av(rng)}></div><div><b>{esc(me)}</b> updated their cover
photo.<div class=t>21 October · ◉</div></div></div><div class=img style="height:180px"></div></div></div>
<div class=side><div class="card pymk"><h2 style="font-size:17px;margin:0">People you may know</h2>{people}</div></div>
</div></div>"""
    about = f"""<div id=about><div class=ab><nav><h2>About</h2><div id=nav-over class=on>Overview</div>
<div>Work and education</div><div>Places lived</div><div id=nav-contact>Contact and basic info</div>
<div>Family and relationships</div><div>Details about you</div><div>Life events</div></nav>
<div class=pane><div id=pane-over><div class=it><span class=ic>⚒</span><div>Works at {esc(employer)}</div></div>
<div class=it><span class=ic>✎</span><div>Studied at {esc(school)}</div></div></div>
<div id=pane-contact style="display:none"><h3>Contact info</h3>
<div class=it><span class=ic>☎</span><div>{esc(mobile)}<small>Mobile</small></div></div>
<div class=it><span class=ic>✉</span><div>{esc(email)}<small>Email</small></div></div>
<div class=it><span class=ic>⌂</span><div>{esc(street)}, {esc(lives)} {esc(postcode)}<small>Address</small></div>
</div><h3>Basic info</h3>
<div class=it><span class=ic>✱</span><div>{esc(born_s)}<small>Birth date</small></div></div>
<div class=it><span class=ic>◎</span><div>English<small>Languages</small></div></div></div></div></div></div>"""
    body = f"""<div class=top><div class=logo>k</div><input placeholder="Search Kinnect">
<div class=mid><span>Home</span><span>Video</span><span>Marketplace</span><span>Groups</span></div>
<div class=me><i></i></div></div>
<div class=wrap><div class=head><div class=cover></div><div class=idrow><div class=pic></div><div>
<h1>{esc(me)}</h1><div class=hl>Operations Manager at {esc(employer)}</div><div class=cnt>312 friends</div></div>
<div class=btns><button class=p>+ Add to story</button><button>✎ Edit profile</button></div></div>
<div class=tabs><div id=tab-posts class=on>Posts</div><div id=tab-about>About</div><div>Friends</div>
<div>Photos</div><div>Videos</div><div>Check-ins</div><div>More ▾</div></div></div>{posts}{about}</div>"""
    stage.page("profile.html", doc(f"{me} | Kinnect", CSS, body, SCRIPT))
    stage.keep("People you may know", "Add friend", "Intro", "Friends", "Posts", "Edit profile", "Marketplace")
    stage.keep("312 friends", "Add to story", "Check-ins")
    chrome = stage.chrome("http://www.kinnect.co.uk/profile.html", mode="maximized")
    desk = stage.desk
    stage.start()
    stage.pause(3.0)
    desk.move(*chrome.point(".feed"))
    desk.scroll(3, pause=0.25)
    stage.mark("scrolled_intro")
    stage.pause(2.5)
    desk.scroll(4, pause=0.25)
    stage.mark("scrolled_comments")
    stage.pause(3.0)
    desk.scroll(3, pause=0.25)
    stage.pause(2.0)
    desk.scroll(-10, pause=0.2)
    stage.pause(1.0)
    stage.click(*chrome.point("#tab-about"))
    stage.mark("about")
    stage.pause(1.5)
    stage.click(*chrome.point("#nav-contact"))
    stage.mark("contact_info")
    stage.pause(5.0)


SCENE = SceneSpec(
    name="social_profile",
    description="A Facebook-like profile in Chromium: cover banner, name and headline, an Intro card of "
    "sentences ('Lives in <town>', 'From <town>', 'Married to <name>', 'Born on <date>'), a friends grid "
    "of photo tiles with a name caption under each ('312 friends'), a post 'with <name> and <name> at "
    "<place>', comments with the commenter's name in bold (one gives a mobile in prose), 'People you may "
    "know' with mutual friends; the page scrolls, then About > Contact and basic info shows the mobile, "
    "e-mail, home address, birthday under small captions.",
    play=play,
    width=1280,
    height=720,
    fps=15,
    duration_s=30.0,
    seed=52817,
    crf=24,
)
