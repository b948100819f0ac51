#!/usr/bin/env python3
"""Write the HTML main-text quality set: tests/fixtures/html/quality/*.html + *.txt.

Each invented article (tools/quality_articles.py) is rendered into two of ten page
templates that imitate common kinds of news sites (a blog CMS, a script-heavy modern
site, a table layout, an AMP page, a <br>-separated legacy page, a paywalled site, a
page whose comments outweigh the article, a press-release portal, an article with an
in-article "editor's picks" box, a live-style page with a sidebar). The .txt next to each
page is the reference article body: the paragraphs and subheadings a reader would call
the article, without headline, byline, captions, promos or anything else.

Run: python3 tools/make_quality_pages.py
"""

import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from quality_articles import ARTICLES  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                   "tests", "fixtures", "html", "quality")

E = html.escape


def body_html(paras, p_open="<p>", p_close="</p>", sub="h2", promo=None, every=3):
    out = []
    for i, p in enumerate(paras):
        if p.startswith("## "):
            out.append(f"<{sub}>{E(p[3:])}</{sub}>")
        else:
            words = E(p).split(" ")
            # A link and some emphasis inside the text, as editors add.
            if len(words) > 12:
                words[5] = f'<a href="/topic/{i}">{words[5]}</a>'
                words[9] = f"<em>{words[9]}</em>"
            out.append(p_open + " ".join(words) + p_close)
        if promo and i % every == every - 1 and i + 1 < len(paras):
            out.append(promo(i))
    return "\n".join(out)


def nav(links):
    return "<ul>" + "".join(f'<li><a href="/{l.lower()}">{l}</a></li>' for l in links) + "</ul>"


SECTIONS = ["World", "Politics", "Business", "Climate", "Science", "Culture", "Sport", "Opinion", "Video", "Podcasts"]
RELATED = ["Five things to know about the new budget", "Opinion: the case for night trains",
           "Photos: the week in pictures", "How inflation changed the weekly shop",
           "Quiz: test your knowledge of the news", "Storm warnings issued for the coast"]


def head(a, extra=""):
    slug, title, author, date, _ = a
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{E(title)} | Example News</title>
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="{E(title)}">
<meta name="author" content="{E(author)}">
<meta property="article:published_time" content="{date}T09:00:00Z">
<script>window.analytics={{queue:[]}};function loadAds(){{return '<div class=ad>'}}</script>
<style>.hidden{{display:none}}</style>{extra}</head>"""


def t_blog(a):
    slug, title, author, date, paras = a
    comments = "".join(
        f'<li class="comment"><div class="comment-author vcard"><b class="fn">{n}</b> says:</div>'
        f'<div class="comment-content"><p>{E(c)}</p></div><div class="reply"><a href="#">Reply</a></div></li>'
        for n, c in [("mike_h", "Interesting piece, thanks for writing it up so clearly."),
                     ("Janet P.", "I disagree with the second half. The numbers quoted do not tell the whole story and the officials have said otherwise before."),
                     ("reader2211", "Shared this with my family, we were talking about exactly this last night.")])
    return head(a) + f"""<body class="post-template-default single">
<div id="page" class="site"><a class="skip-link" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">The Daily Lantern</a></p>
<p class="site-description">Independent news since 1998</p></div>
<nav id="site-navigation" class="main-navigation">{nav(SECTIONS)}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1" class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{E(title)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{date}">{date}</time></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/">{E(author)}</a></span></span></div></header>
<div class="entry-content">
{body_html(paras)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>{nav(["Twitter", "Facebook", "Email", "Print"])}</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c">News</a></span> <span class="tags-links">Tagged <a href="/t">Europe</a>, <a href="/t2">Economy</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="/p">Previous: Council delays vote on bus lanes</a></div><div class="nav-next"><a href="/n">Next: Local team reaches cup final</a></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on “{E(title)}”</h2><ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><p>Your email address will not be published.</p><textarea></textarea><input type="submit" value="Post Comment"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent Posts</h2>{nav(RELATED)}</section>
<section class="widget"><h2 class="widget-title">Archives</h2>{nav(["March 2025", "February 2025", "January 2025"])}</section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by a content system. © The Daily Lantern</div></footer></div></body></html>"""


def t_modern(a):
    slug, title, author, date, paras = a
    promo = lambda i: f'<div class="css-1x9k2a" data-component="promo"><a href="/r{i}"><span>Read more:</span> <span>{E(RELATED[i % len(RELATED)])}</span></a></div>'
    blocks = body_html(paras, '<div class="css-83cqas" data-component="text-block"><p class="css-38z03z">', "</p></div>",
                       sub='h2 class="css-1y6ne6"', promo=promo)
    blocks = blocks.replace('</h2 class="css-1y6ne6">', "</h2>")
    return head(a, '<script type="application/ld+json">{"@type":"NewsArticle","headline":"%s","datePublished":"%s"}</script>' % (title.replace('"', ''), date)) + f"""<body>
<div id="__next"><div class="css-cookie" role="dialog" aria-label="cookie consent"><p>We and our 842 partners store and access information on your device, such as cookies, to personalise content and ads.</p><button>I agree</button><button>More options</button></div>
<header class="css-header"><a href="/" aria-label="Home">EXAMPLE</a><nav>{nav(SECTIONS)}</nav><button>Sign in</button><button>Subscribe from £1 a week</button></header>
<main id="main-content"><article class="css-article">
<header><span class="css-kicker">{E(SECTIONS[len(title) % 5])}</span><h1 class="css-headline">{E(title)}</h1>
<div class="css-byline"><span>By {E(author)}</span><time datetime="{date}T09:00:00Z">{date}</time></div></header>
<figure class="css-figure"><img src="/img/{slug}.jpg" alt=""><figcaption>The scene earlier this week. Photograph: Agency staff</figcaption></figure>
{blocks}
<div class="css-topics"><span>Related Topics</span>{nav(["Europe", "Transport", "Economy"])}</div>
</article>
<section class="css-more" aria-label="More on this story"><h2>More on this story</h2>{nav(RELATED)}</section>
<section class="css-mostread"><h2>Most read</h2><ol>{"".join(f"<li><a href='/m{i}'>{E(r)}</a></li>" for i, r in enumerate(RELATED))}</ol></section>
</main><footer class="css-footer">{nav(["Terms of Use", "About", "Privacy Policy", "Cookies", "Accessibility Help", "Contact"])}<p>Copyright 2025 Example. Example is not responsible for the content of external sites.</p></footer></div>
<script>self.__next_f.push([1,"some hydration payload with words the reader never sees"])</script></body></html>"""


def t_table(a):
    slug, title, author, date, paras = a
    return head(a) + f"""<body bgcolor="#ffffff"><table width="100%" cellpadding="0"><tr><td colspan="3" class="banner"><img src="/logo.gif" alt="County Herald"></td></tr>
<tr><td colspan="3" class="menu">{" | ".join(f'<a href="/{s}">{s}</a>' for s in SECTIONS)}</td></tr>
<tr><td width="150" valign="top" class="leftnav"><b>Sections</b><br>{"<br>".join(f'<a href="/{s}">{s}</a>' for s in SECTIONS)}<br><br><b>Services</b><br><a href="/subs">Subscriptions</a><br><a href="/ads">Classified ads</a><br><a href="/obits">Obituaries</a></td>
<td valign="top" class="story"><font size="5"><b>{E(title)}</b></font><br><font size="2">By {E(author)} &middot; {date}</font><br><br>
{body_html(paras, sub="h3")}
<br><font size="1"><a href="/print">Printer-friendly version</a> | <a href="/mail">E-mail this story</a></font></td>
<td width="160" valign="top" class="rightcol"><b>Top stories</b><br>{"<br>".join(f'<a href="/t{i}">{E(r)}</a>' for i, r in enumerate(RELATED))}<br><br><b>Weather</b><br>Sunny, 14°C</td></tr>
<tr><td colspan="3" class="footer"><font size="1">All material copyright County Herald Media. Reproduction without permission prohibited.</font></td></tr></table></body></html>"""


def t_amp(a):
    slug, title, author, date, paras = a
    return head(a) + f"""<body><amp-analytics type="gtag"><script type="application/json">{{"vars":{{"id":"x"}}}}</script></amp-analytics>
<header class="amp-header"><a href="/">Metro Wire</a><amp-sidebar id="menu" layout="nodisplay">{nav(SECTIONS)}</amp-sidebar></header>
<div class="amp-article"><h1>{E(title)}</h1><p class="amp-byline">By {E(author)}</p><p class="amp-date">{date}</p>
<amp-img src="/a.jpg" width="800" height="450" layout="responsive"></amp-img><p class="amp-caption">File picture from an earlier event.</p>
<div class="amp-body">{body_html(paras)}</div>
<amp-ad width="300" height="250" type="network"><div fallback>Advertisement</div></amp-ad>
<div class="amp-related"><h3>You may also like</h3>{nav(RELATED[:4])}</div></div>
<footer><a href="/">View full site</a> · <a href="/privacy">Privacy</a></footer></body></html>"""


def t_br(a):
    slug, title, author, date, paras = a
    text = "<br><br>\n".join(E(p[3:]) if p.startswith("## ") else E(p) for p in paras)
    return head(a) + f"""<body><div id="top"><a href="/">Harbour Gazette Online</a> :: {" :: ".join(SECTIONS[:6])}</div>
<div id="main"><div class="headline">{E(title)}</div><div class="by">{E(author)}, staff reporter</div>
<div class="storytext">{text}</div>
<div class="storytools"><a href="/print">Print</a> <a href="/email">Email</a> <a href="/comments">Comments (12)</a></div></div>
<div id="side"><div class="box"><h4>Latest headlines</h4>{nav(RELATED)}</div><div class="box"><h4>Marine forecast</h4><p>Winds north-west 15 to 20 knots, easing later. Sea moderate.</p></div></div>
<div id="foot">Harbour Gazette · 12 Quay Street · Telephone 555 0199 · Letters to the editor welcome</div></body></html>"""


def t_paywall(a):
    slug, title, author, date, paras = a
    half = len(paras) // 2
    return head(a) + f"""<body><div class="topbar"><a href="/">The Ledger</a><nav>{nav(SECTIONS)}</nav><a class="btn" href="/subscribe">Subscribe</a></div>
<main><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">{E(title)}</h1>
<div class="meta"><span itemprop="author">{E(author)}</span> <time itemprop="datePublished" datetime="{date}">{date}</time></div>
<section class="article-body free">{body_html(paras[:half])}</section>
<div class="paywall-teaser"><p>You have read 3 of your 5 free articles this month.</p><a href="/subscribe">Subscribe for unlimited access</a></div>
<section class="article-body premium">{body_html(paras[half:])}</section>
<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>The day’s most important stories, in your inbox before 7am.</p><input type="email"><button>Sign up</button></div>
</article>
<aside class="recirc"><h2>Recommended</h2>{nav(RELATED)}</aside></main>
<footer>{nav(["About us", "Careers", "Advertise", "Terms", "Privacy"])}</footer></body></html>"""


def t_comments(a):
    slug, title, author, date, paras = a
    comment_texts = [
        "This is exactly what happens when nobody plans ahead. Every year the same story, and every year the same excuses from the people in charge.",
        "My cousin lives there and says the situation is much worse than reported. Nobody in the capital seems to care about what happens outside it.",
        "Good reporting as always. Would like to see a follow-up in a few months to see whether any of the promises are kept.",
        "I have lived here for forty years and I have never seen anything like it. The young people are leaving and the old ones are tired.",
        "Can we please have fewer articles about this and more about the local council's spending? That is the real scandal in this town.",
        "The figures in the fourth paragraph don't match the ones published by the ministry last week. Which ones are right?",
        "Thank you for talking to ordinary people and not only officials. That is what journalism should be.",
        "Same problem in our region, but nobody writes about us because we are too small to matter to the national papers.",
    ]
    comments = "".join(f'<div class="cmt"><div class="cmt-head"><b>user{i * 37 % 100}</b> · {i + 1} hours ago</div><p class="cmt-body">{E(c)}</p><div class="cmt-votes">▲ {i * 3} ▼ {i}</div></div>' for i, c in enumerate(comment_texts))
    return head(a) + f"""<body><header><a href="/">Valley Voice</a>{nav(SECTIONS[:7])}</header>
<div class="wrap"><div class="post"><h1>{E(title)}</h1><div class="post-info">{E(author)} — {date}</div>
<div class="post-body">{body_html(paras)}</div></div>
<div class="discussion"><h2>Discussion ({len(comment_texts)} comments)</h2>{comments}<div class="cmt-form"><textarea placeholder="Join the discussion"></textarea></div></div></div>
<footer>Valley Voice community news</footer></body></html>"""


def t_press(a):
    slug, title, author, date, paras = a
    return head(a) + f"""<body><div id="header"><div class="logo">NewsWire Distribution</div><ul class="menu"><li><a href="/">Home</a></li><li><a href="/releases">All releases</a></li><li><a href="/submit">Submit a release</a></li><li><a href="/login">Log in</a></li></ul></div>
<div id="container"><div id="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; {E(title[:30])}</div>
<div class="release"><h1 class="release-title">{E(title)}</h1><div class="release-meta">{date} · Reporting by {E(author)}</div>
<div class="release-body">{body_html(paras, sub="h3")}</div>
<div class="release-contact"><h4>Media contact</h4><p>Press office, telephone 555 0142, press@example.org</p></div></div>
<div class="more-releases"><h3>More releases from this source</h3>{nav(RELATED)}</div>
<div class="industries"><h3>Industries</h3>{nav(["Transport", "Energy", "Agriculture", "Finance", "Public sector"])}</div></div>
<div id="footer">{nav(["Terms of service", "Privacy", "Contact", "Sitemap"])}<p>© NewsWire Distribution. All releases are the responsibility of their issuers.</p></div></body></html>"""


def t_picks(a):
    slug, title, author, date, paras = a
    picks = f'<aside class="editors-picks"><h4>Editor’s picks</h4>{nav(RELATED[:3])}</aside>'
    promo = lambda i: picks if i == 2 else f'<div class="inline-ad"><span>Advertisement</span><p>Compare energy tariffs now and save up to £300 a year.</p></div>'
    return head(a) + f"""<body><nav class="top">{nav(SECTIONS)}</nav>
<div class="container"><article class="story-page"><h1>{E(title)}</h1><p class="byline">{E(author)}</p><p class="dateline">{date}</p>
<div class="story-content">{body_html(paras, promo=promo, every=2)}</div>
<div class="author-bio"><img src="/a.jpg" alt=""><p>{E(author)} covers international news. Follow on social media for updates.</p></div>
</article></div><footer class="bottom"><p>© 2025 The Example Post</p>{nav(["Contact", "Jobs", "Privacy"])}</footer></body></html>"""


def t_live(a):
    slug, title, author, date, paras = a
    return head(a) + f"""<body><header class="masthead"><div class="brand">Continental Times</div><nav>{nav(SECTIONS)}</nav><div class="ticker">Markets: FTSE +0.3% · DAX −0.1% · Brent $81.20</div></header>
<div class="layout"><main class="col-main"><div class="story-header"><p class="section">{E(SECTIONS[0])}</p><h1>{E(title)}</h1>
<p class="standfirst">The latest on a developing story, with reaction and analysis.</p><p class="credit">{E(author)} · Updated {date}</p></div>
<div class="story-body">{body_html(paras)}</div>
<div class="corrections"><p>Have a tip? Contact our newsroom securely.</p></div></main>
<aside class="col-side"><div class="panel"><h3>Trending</h3><ol>{"".join(f"<li>{E(r)}</li>" for r in RELATED)}</ol></div>
<div class="panel"><h3>Newsletters</h3><p>Choose from more than 20 newsletters on the topics you care about.</p></div>
<div class="panel"><h3>Podcasts</h3><p>Listen to our daily news podcast, out every weekday at 6am.</p></div></aside></div>
<footer>{nav(["About", "Help", "Subscriptions", "Privacy"])}<p>Continental Times Ltd</p></footer></body></html>"""


TEMPLATES = [t_blog, t_modern, t_table, t_amp, t_br, t_paywall, t_comments, t_press, t_picks, t_live]


# ---- Held-back templates: written after the extractor was fixed, never tuned against. ----

def h_richlinks(a):
    slug, title, author, date, paras = a
    promo = lambda i: f'<aside data-component="rich-link" class="element-rich-link"><p><span>Related: </span><a href="/x{i}">{E(RELATED[i % 6])}</a></p></aside>'
    return head(a) + f"""<body><div class="top-bar">{nav(SECTIONS)}</div><div id="maincontent">
<div class="content__headline"><h1>{E(title)}</h1></div><div class="content__standfirst"><p>Officials and residents describe the days ahead</p></div>
<div class="meta__contact-wrap"><a rel="author" href="/p">{E(author)}</a><p class="content__dateline"><time datetime="{date}">{date}</time></p></div>
<div class="article-body-commercial-selector article-body-viewer-selector">{body_html(paras, promo=promo)}</div>
<div class="submeta"><span>Explore more on these topics</span>{nav(["World news", "Europe", "Economics"])}</div>
<div class="content-footer"><h2>Most viewed</h2><ul>{"".join(f"<li><a href='/v{i}'><h3>{E(r)}</h3></a></li>" for i, r in enumerate(RELATED))}</ul></div></div>
<div class="l-footer"><p>© 2025 Example Media Group. All rights reserved.</p></div></body></html>"""


def h_microdata(a):
    slug, title, author, date, paras = a
    points = ["The decision takes effect immediately.", "Officials will review it in three months.", "Critics say it comes too late."]
    return head(a) + f"""<body><div class="hdr"><a href="/">Regional Times</a> {" ".join(f'<a href="/{s}">{s}</a>' for s in SECTIONS)}</div>
<div itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">{E(title)}</h1><span itemprop="author">{E(author)}</span>
<div itemprop="articleBody"><h3>Key points</h3><ul>{"".join(f"<li>{E(x)}</li>" for x in points)}</ul>{body_html(paras)}</div></div>
<div class="foot">{" · ".join(f'<a href="/{s}">{s}</a>' for s in ["About", "Contact", "Advertise", "Privacy"])}</div></body></html>""", \
        "\n\n".join(["Key points"] + points)


def h_divparas(a):
    slug, title, author, date, paras = a
    blocks = "\n".join(f'<div class="c-entry-para">{E(p[3:]) if p.startswith("## ") else E(p)}</div>' for p in paras)
    mid = blocks.count("\n") // 2
    lines = blocks.split("\n")
    lines.insert(mid, '<div class="c-newsletter_signup_box"><h4>Sign up for the newsletter Daily Digest</h4><p>A daily roundup of the news you need, delivered every morning. By submitting your email you agree to our terms.</p></div>')
    return head(a) + f"""<body><div class="l-header"><a href="/">The Verge of Town</a><div class="l-header__menu">{nav(SECTIONS)}</div></div>
<div class="l-wrapper"><div class="c-entry-hero"><h1 class="c-page-title">{E(title)}</h1><span class="c-byline__item">By {E(author)}</span><span class="c-byline__item"><time>{date}</time></span></div>
<div class="c-entry-content">{"".join(lines)}</div></div>
<div class="c-footer"><p>Vox populi media network. Terms. Privacy. Ethics statement.</p></div></body></html>"""


def h_wire(a):
    slug, title, author, date, paras = a
    promo = lambda i: '<div class="Advertisement"><div class="ad-label">ADVERTISEMENT</div></div>'
    contributed = f"Associated reporter Mara Lindqvist contributed to this report."
    return head(a) + f"""<body><bsp-header><div class="Page-header-navigation">{nav(SECTIONS)}</div></bsp-header>
<main class="Page-main"><div class="Page-content"><h1 class="Page-headline">{E(title)}</h1><div class="Page-authors">By <a href="/a">{E(author.upper())}</a></div>
<bsp-timestamp data-timestamp="1">Updated {date}</bsp-timestamp>
<div class="RichTextStoryBody RichTextBody">{body_html(paras, promo=promo, every=2)}<p><em>{contributed}</em></p></div>
<bsp-list-loadmore class="PageListStandardD"><div class="PageList-header"><h2>Top Stories</h2></div>{nav(RELATED)}</bsp-list-loadmore></div></main>
<footer class="Page-footer">{nav(["About", "Contact us", "Terms of use", "Privacy policy", "Do not sell my information"])}</footer></body></html>""", \
        "\n\n".join([p[3:] if p.startswith("## ") else p for p in paras] + [contributed])


def h_prosefooter(a):
    slug, title, author, date, paras = a
    thread = "".join(f'<li class="thread-item"><div class="msg"><strong>{n}</strong><p>{E(c)}</p></div></li>' for n, c in [
        ("oldtimer", "I remember when this happened the last time, and the authorities made the same promises then. Nothing changed for years, so forgive me if I am sceptical."),
        ("kate_r", "Thanks for the balanced report. It is rare to see both sides quoted fairly these days, and it makes a difference."),
    ])
    return head(a) + f"""<body><div class="site-top"><div class="logo">Northern Observer</div><div class="links">{" ".join(f'<a href="/{s}">{s}</a>' for s in SECTIONS)}</div></div>
<div class="page"><div class="story"><h1>{E(title)}</h1><p class="info">{E(author)}, {date}</p>{body_html(paras)}</div>
<div class="reader-thread"><h3>What readers say</h3><ol class="thread">{thread}</ol></div></div>
<div class="site-bottom"><p>The Northern Observer is an independent newspaper founded in 1921 by a cooperative of printers, and it has been owned by its readers ever since, without a single shareholder.</p>
<p>Our journalism is funded by subscriptions and donations, and we never accept money from political parties, governments or companies that we report on.</p></div></body></html>"""


def h_photos(a):
    slug, title, author, date, paras = a
    pull = paras[1].split(". ")[0].strip(".") + "."
    def promo(i):
        if i == 0:
            return f'<blockquote class="pullquote"><p>{E(pull)}</p></blockquote>'
        return f'<div class="image-block"><img src="/p{i}.jpg" alt=""><div class="image-caption">Residents gather near the square on the second day. <span class="photographer">Photo: Staff</span></div></div>'
    return head(a) + f"""<body><div class="navbar">{nav(SECTIONS)}</div><div class="article-wrap"><h1>{E(title)}</h1><div class="author-line">{E(author)}</div>
<div class="article-text">{body_html(paras, promo=promo, every=2)}</div></div><div class="footer-links">{nav(["Home", "Sitemap", "Privacy"])}</div></body></html>"""


def h_companion(a):
    """Body split over several sibling columns with ad wrappers between them."""
    slug, title, author, date, paras = a
    cols = []
    for i in range(0, len(paras), 2):
        ps = "".join(f'<p class="css-at9mc1 evys1bk0">{E(p[3:]) if p.startswith("## ") else E(p)}</p>' if not p.startswith("## ") else f'<h2 class="css-1vkm6nb">{E(p[3:])}</h2>' for p in paras[i:i + 2])
        cols.append(f'<div class="css-s99gbd StoryBodyCompanionColumn"><div class="css-53u6y8">{ps}</div></div>')
        cols.append(f'<div id="story-ad-{i}-wrapper" class="css-1a6m1ba"><div class="ad-label">Advertisement</div><p>Continue reading the main story</p></div>')
    return head(a) + f"""<body><div id="app"><header class="css-1bymuyk"><nav data-testid="nav">{nav(SECTIONS)}</nav></header>
<main id="site-content"><article id="story"><header class="css-d92687"><h1 data-testid="headline">{E(title)}</h1><p id="article-summary" class="css-w6ymp8">A summary line under the headline</p>
<div class="css-1vbpn5v"><p class="css-aknsld e1jsehar1">By <span class="css-1baulvz">{E(author)}</span></p><time datetime="{date}">{date}</time></div></header>
<section name="articleBody" class="meteredContent css-1r7ky0e">{"".join(cols[:-1])}</section>
<div class="bottom-of-article"><div class="css-1l9j6zt"><p>A version of this article appears in print, Section A, Page 8 of the edition with the headline: {E(title)}.</p></div></div></article>
<div id="after-bottom"><h2>Trending in World</h2>{nav(RELATED)}</div></main>
<footer class="css-1e1s8k7">{nav(["Contact us", "Accessibility", "Work with us", "Advertise", "Your privacy choices", "Terms of service"])}</footer></div></body></html>"""


def h_testids(a):
    """Hashed class names everywhere, paragraphs marked only by data-testid."""
    slug, title, author, date, paras = a
    body = "".join(
        (f'<h2 data-testid="Heading" class="text__text__1FZLe">{E(p[3:])}</h2>' if p.startswith("## ")
         else f'<div data-testid="paragraph-{i}" class="text__text__1FZLe body__base__22dCE">{E(p)}</div>')
        for i, p in enumerate(paras))
    return head(a) + f"""<body><div class="site-header__container__3m-Tz"><a href="/">Wire Service</a><ul class="nav-bar__list__2oBN6">{"".join(f"<li><a href='/{s}'>{s}</a></li>" for s in SECTIONS)}</ul></div>
<main><article class="article__container__2u2xQ"><div class="article-header__heading__15OpQ"><h1>{E(title)}</h1></div>
<div class="article-header__author-date__2JV3u"><a href="/a">{E(author)}</a><time>{date}</time></div>
<div class="article-body__content__17Yit">{body}<p class="sign-off-content__text__1h-bJ">Reporting by {E(author)}; Editing by Tom Reyes</p></div>
<div class="article-body__element__2p5pI"><p class="trust-badge__text__1SCUt">Our Standards: The Trust Principles.</p></div></article>
<div class="media-story-card__body__3tRWy"><h3>Read Next</h3>{nav(RELATED[:4])}</div></main>
<div class="site-footer"><p>All quotes delayed a minimum of 15 minutes.</p></div></body></html>""", \
        "\n\n".join([p[3:] if p.startswith("## ") else p for p in paras])


HOLDOUT = [h_richlinks, h_microdata, h_divparas, h_wire, h_prosefooter, h_photos]
SITE_SHAPES = [h_companion, h_testids]


def main():
    os.makedirs(OUT, exist_ok=True)
    n = 0
    for i, art in enumerate(ARTICLES):
        for k in (i, i + 3):
            t = TEMPLATES[k % len(TEMPLATES)]
            name = f"{art[0]}-{t.__name__[2:]}"
            with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
                f.write(t(art))
            gold = "\n\n".join(p[3:] if p.startswith("## ") else p for p in art[4])
            with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(gold + "\n")
            n += 1
    out2 = OUT + "-holdout"
    os.makedirs(out2, exist_ok=True)
    m = 0
    for i, art in enumerate(ARTICLES):
        for k in (i, i + 2):
            t = HOLDOUT[k % len(HOLDOUT)]
            page = t(art)
            gold = "\n\n".join(p[3:] if p.startswith("## ") else p for p in art[4])
            if isinstance(page, tuple):
                page, extra = page
                gold = extra + "\n\n" + gold if t is h_microdata else extra
            name = f"{art[0]}-{t.__name__[2:]}"
            with open(os.path.join(out2, name + ".html"), "w", encoding="utf-8") as f:
                f.write(page)
            with open(os.path.join(out2, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(gold + "\n")
            m += 1
    out3 = OUT + "-shapes"
    os.makedirs(out3, exist_ok=True)
    k = 0
    for i, art in enumerate(ARTICLES):
        t = SITE_SHAPES[i % len(SITE_SHAPES)]
        page = t(art)
        gold = "\n\n".join(p[3:] if p.startswith("## ") else p for p in art[4])
        if isinstance(page, tuple):
            page, gold = page
        name = f"{art[0]}-{t.__name__[2:]}"
        with open(os.path.join(out3, name + ".html"), "w", encoding="utf-8") as f:
            f.write(page)
        with open(os.path.join(out3, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(gold + "\n")
        k += 1
    print(f"wrote {n} pages to {OUT}, {m} held-back pages to {out2}, {k} to {out3}")


if __name__ == "__main__":
    main()
