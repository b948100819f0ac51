#!/usr/bin/python3
"""Regenerate the binary test fixtures under tests/fixtures/{pdf,docx}.

Run from the repository root with Debian's Python (it has `python3-cairo`):

    apt-get install python3-cairo fonts-dejavu-core qpdf
    /usr/bin/python3 tools/make_fixtures.py

Every sentence in these fixtures is invented for the tests. The PDFs are drawn with cairo
(embedded, subset DejaVu Sans with a ToUnicode map, like most real-world PDFs); the
encrypted one is made with qpdf. The .docx files are written as plain zip + XML.
"""

import io
import os
import subprocess
import zipfile

import cairo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PDF_DIR = os.path.join(ROOT, "tests", "fixtures", "pdf")
DOCX_DIR = os.path.join(ROOT, "tests", "fixtures", "docx")
SHY = "\u00ad"  # a soft hyphen marks where the line breaker may hyphenate

# --------------------------------------------------------------------------------------
# PDF: a two-column, two-page newspaper page with running header and page numbers.

TWO_COL_TITLE = "Ferry crews on the western fjords strike over night-shift rules"
TWO_COL_BYLINE = "By Ingrid Søreide and Åsmund Økland"
TWO_COL_DATE = "6 May 2025"
TWO_COL_PARAS = [
    "BERGEN, Norway — Ferry crews on eleven routes along the western fjords stopped work on Monday morning, leaving commuters and freight lorries stranded on both sides of the Sogne"
    + SHY + "fjord, the seafarers’ union said.",
    "The union wants limits on consecutive night shifts, which it says have grown since the operator cut crews last year. “Our members are falling asleep on the bridge, and that is a danger to everyone on board,” said Kari Nygård-Haugen, the union’s regional secretary.",
    "The operator, Vestlandsferjer, said the new rota had been agreed with the safety author" + SHY + "ities and that its crews worked fewer hours than the national average. Chief executive Øystein Brekke called the strike “disproportionate” and asked the union to return to the negoti" + SHY + "ating table.",
    "Local businesses counted the cost by lunchtime. A fish farm near Lærdal said it had to hold back two lorries of salmon bound for the airport, and a hotel in Balestrand reported a wave of cancel" + SHY + "lations from tour groups arriving from the south.",
    "Commuters crowded onto the few passenger boats still running. Solveig Dahl, a nurse who crosses the fjord every morning to reach the hospital in Førde, said she had left home at five to find a seat. “I understand why they strike, but patients cannot wait,” she said.",
    "The county governor’s office said emergency vehicles would be carried on two vessels kept in service under an agreement with the union, and that school buses would run on alternative routes through the tunnels where possible.",
    "Transport minister Jon-Erik Varhaug said he would meet both sides in Oslo on Wednesday. He did not rule out compulsory arbitration if the stoppage threatened public health or the supply of medicines to the islands.",
    "Ferries carry about nine million passengers a year across the fjords of Vestland county, where many communities have no road link that avoids the water. A previous strike in 2019 lasted six days and ended with a pay settlement.",
    "Union leaders said the action would continue until the operator agreed to an independent review of the shift pattern. “We are not asking for money this time,” Nygård-Haugen said. “We are asking to be allowed to sleep.”",
    "Vestlandsferjer said it would publish its own fatigue study on Thursday and invited the union to comment on the draft before it was released to the public and to the county council.",
]
HEADER_LEFT = "THE NORTHERN LEDGER · Tuesday edition"
HEADER_RIGHT = "World news"

FONT = "DejaVu Sans"


def hyphenable(text):
    """Mark the middle of every long plain word as a hyphenation point, as typesetters do."""
    out = []
    for word in text.split(" "):
        core = word.strip(".,;:“”’\"")
        if SHY not in word and len(core) >= 10 and core.isalpha() and core.islower():
            mid = word.index(core) + len(core) // 2
            word = word[:mid] + SHY + word[mid:]
        out.append(word)
    return " ".join(out)


def break_lines(ctx, text, width):
    """Greedy line breaking; a word with soft hyphens may be split with a visible hyphen."""
    words = text.split(" ")
    lines, line = [], ""
    i = 0
    while i < len(words):
        word = words[i]
        visible = word.replace(SHY, "")
        candidate = (line + " " + visible).strip()
        if ctx.text_extents(candidate).x_advance <= width:
            line = candidate
            i += 1
            continue
        if SHY in word:
            parts = word.split(SHY)
            placed = False
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                cand = (line + " " + head).strip()
                if ctx.text_extents(cand).x_advance <= width:
                    lines.append(cand)
                    words[i] = "".join(parts[k:])
                    line = ""
                    placed = True
                    break
            if placed:
                continue
        if not line:
            lines.append(visible)
            i += 1
        else:
            lines.append(line)
            line = ""
    if line:
        lines.append(line)
    return lines


def set_meta(surface, title=None, author=None, created=None):
    if title:
        surface.set_metadata(cairo.PDFMetadata.TITLE, title)
    if author:
        surface.set_metadata(cairo.PDFMetadata.AUTHOR, author)
    if created:
        surface.set_metadata(cairo.PDFMetadata.CREATE_DATE, created)
    surface.set_metadata(cairo.PDFMetadata.CREATOR, "briefcard test fixtures")


def two_column_pdf(path, force_break_word=None):
    w, h = 595, 842
    surface = cairo.PDFSurface(path, w, h)
    set_meta(surface, created="2025-05-07T09:30:00")
    ctx = cairo.Context(surface)
    ctx.select_font_face(FONT, cairo.FONT_SLANT_NORMAL, cairo.FONT_WEIGHT_NORMAL)
    size, leading = 11, 14.5
    col_w, gutter, left = 235, 25, 50
    top_body_first, top_body = 180, 80
    # Lay every paragraph into lines first, then pour lines into columns.
    ctx.set_font_size(size)
    lines = []
    for p in TWO_COL_PARAS:
        para_lines = break_lines(ctx, hyphenable(p), col_w - 12)
        for j, l in enumerate(para_lines):
            lines.append((l, 12 if j == 0 else 0))
    pages = []
    page, col, y = 0, 0, top_body_first
    placed = []
    for text, indent in lines:
        # Page 1 keeps its lower part for a picture, as front pages do.
        bottom = 640 if page == 0 else 790
        if y > bottom:
            col += 1
            y = top_body_first if page == 0 else top_body
            if col == 2:
                col = 0
                page += 1
                y = top_body
        placed.append((page, col, y, indent, text))
        y += leading
    n_pages = page + 1
    for p in range(n_pages):
        # Running header and page number.
        ctx.select_font_face(FONT, cairo.FONT_SLANT_NORMAL, cairo.FONT_WEIGHT_NORMAL)
        ctx.set_font_size(8)
        ctx.move_to(left, 40)
        ctx.show_text(HEADER_LEFT)
        ext = ctx.text_extents(HEADER_RIGHT)
        ctx.move_to(w - left - ext.x_advance, 40)
        ctx.show_text(HEADER_RIGHT)
        ctx.move_to(w / 2 - 20, 815)
        ctx.show_text(f"Page {p + 1} of {n_pages}")
        if p == 0:
            ctx.select_font_face(FONT, cairo.FONT_SLANT_NORMAL, cairo.FONT_WEIGHT_BOLD)
            ctx.set_font_size(22)
            ty = 95
            for tl in break_lines(ctx, TWO_COL_TITLE, w - 2 * left):
                ctx.move_to(left, ty)
                ctx.show_text(tl)
                ty += 27
            ctx.select_font_face(FONT, cairo.FONT_SLANT_NORMAL, cairo.FONT_WEIGHT_NORMAL)
            ctx.set_font_size(9)
            ctx.move_to(left, ty + 8)
            ctx.show_text(TWO_COL_BYLINE)
            ctx.move_to(left, ty + 20)
            ctx.show_text(TWO_COL_DATE)
        ctx.select_font_face(FONT, cairo.FONT_SLANT_NORMAL, cairo.FONT_WEIGHT_NORMAL)
        ctx.set_font_size(size)
        for (pg, col, y, indent, text) in placed:
            if pg != p:
                continue
            ctx.move_to(left + col * (col_w + gutter) + indent, y)
            ctx.show_text(text)
        ctx.show_page()
    surface.finish()


# A simple one-column report with document metadata and spaced paragraphs.
SIMPLE_TITLE = "Drought cuts olive harvest in Andalusia"
SIMPLE_PARAS = [
    SIMPLE_TITLE,
    "SEVILLE, Spain — Olive growers in Andalusia expect to pick about a third less fruit than last year after a second dry summer, the regional farmers’ association said on Monday.",
    "“The trees are alive, but they are tired,” said José Ángel Muñoz, who farms 40 hectares near Jaén. He said irrigation quotas had been cut twice since spring and that several neighbours had stopped pruning to save money.",
    "Prices for extra virgin oil in Spanish supermarkets have already risen by 12 per cent since September. The agriculture ministry said it would ask the European Commission to release crisis funds for small producers.",
]


def simple_pdf(path):
    surface = cairo.PDFSurface(path, 595, 842)
    set_meta(surface, title=SIMPLE_TITLE, author="Lucía Fernández-Ortega", created="2024-12-02T08:00:00")
    ctx = cairo.Context(surface)
    y = 90
    for i, p in enumerate(SIMPLE_PARAS):
        bold = i == 0
        ctx.select_font_face(FONT, cairo.FONT_SLANT_NORMAL,
                             cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
        ctx.set_font_size(18 if bold else 11)
        for line in break_lines(ctx, p, 480):
            ctx.move_to(60, y)
            ctx.show_text(line)
            y += 24 if bold else 15
        y += 10
    ctx.move_to(290, 800)
    ctx.set_font_size(9)
    ctx.show_text("1")
    ctx.show_page()
    surface.finish()


def scan_pdf(path):
    """A page that is only a picture of text: no text layer."""
    img = cairo.ImageSurface(cairo.FORMAT_RGB24, 600, 300)
    c = cairo.Context(img)
    c.set_source_rgb(1, 1, 1)
    c.paint()
    c.set_source_rgb(0.1, 0.1, 0.1)
    c.select_font_face(FONT)
    c.set_font_size(20)
    c.move_to(20, 60)
    c.show_text("Scanned page: council minutes, 12 May")
    surface = cairo.PDFSurface(path, 595, 842)
    set_meta(surface)
    ctx = cairo.Context(surface)
    ctx.set_source_surface(img, 0, 100)
    ctx.paint()
    ctx.show_page()
    surface.finish()


# --------------------------------------------------------------------------------------
# DOCX

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""


def styles_xml(heading_id, heading_name):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="{heading_id}"><w:name w:val="{heading_name}"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
</w:styles>"""


def core_xml(title, creator, created):
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">']
    if title:
        parts.append(f"<dc:title>{title}</dc:title>")
    if creator:
        parts.append(f"<dc:creator>{creator}</dc:creator>")
    if created:
        parts.append(f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>')
    parts.append("</cp:coreProperties>")
    return "".join(parts)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(runs, style=None, bidi=False):
    ppr = ""
    if style or bidi:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + ("<w:bidi/>" if bidi else "") + "</w:pPr>"
    body = "".join(runs if isinstance(runs, list) else [f'<w:r><w:t xml:space="preserve">{esc(runs)}</w:t></w:r>'])
    return f"<w:p>{ppr}{body}</w:p>"


def run(text):
    return f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def document_xml(paragraphs):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>'
            + "".join(paragraphs) + "<w:sectPr/></w:body></w:document>")


def write_docx(path, document, styles, core):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/document.xml", document), ("word/styles.xml", styles)]:
            info = zipfile.ZipInfo(name, date_time=(2025, 6, 3, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
        if core:
            info = zipfile.ZipInfo("docProps/core.xml", date_time=(2025, 6, 3, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, core)


def article_docx(path):
    paras = [
        para("Mayor of Kraków opens river tunnel", style="Title"),
        para("By Agnieszka Wróbel-Nowak"),
        para([run("KRAKÓW, Poland — The mayor of Kraków, Tomasz Zieliń"), run("ski, opened a road tunnel under the Vistula on Tuesday, "),
              '<w:del w:id="1" w:author="x"><w:r><w:delText>three years late and </w:delText></w:r></w:del>',
              run("eight months behind schedule and 14 per cent over budget.")]),
        para([run("“The tunnel takes 20,000 cars a day off the old bridges,” Zieliński told reporters at the southern portal."),
              "<w:r><w:br/></w:r>", run("He thanked residents of Podgórze for their patience.")]),
        para("Engineers said the 2.1-kilometre bore was the first in Poland dug beneath a major river in a city centre. Łucja Kamińska, who led the project, said water seepage in 2023 had forced a redesign of the lining."),
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cost</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1.9 billion złoty</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
        para("״זה יום גדול לעיר,״ אמר דוד כהן, מהנדס מתל אביב שעבד על הפרויקט.", bidi=True),
        para("Tolls will not be charged for the first year, the city council said."),
    ]
    write_docx(path, document_xml(paras), styles_xml("Title", "Title"),
               core_xml("Mayor of Kraków opens river tunnel", "Agnieszka Wróbel-Nowak", "2025-06-03T10:00:00Z"))


def nometa_docx(path):
    paras = [
        para("Überschwemmung in Passau: Pegel sinkt langsam", style="berschrift1"),
        para("3. Juni 2025 / 3 June 2025"),
        para("PASSAU, Germany — The Danube in Passau began to fall on Tuesday after reaching its highest level in eleven years, the city’s crisis team said."),
        para("Mayor Jürgen Dupper said the old town would stay closed to cars until Friday while firefighters pumped water out of cellars."),
    ]
    write_docx(path, document_xml(paras), styles_xml("berschrift1", "heading 1"), None)


def bomb_docx(path):
    """A zip whose document part inflates to 210 MB of one letter (about 200 KB packed)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        info = zipfile.ZipInfo("word/document.xml", date_time=(2025, 6, 3, 10, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as f:
            head = f"<w:document {W_NS}><w:body><w:p><w:r><w:t>".encode()
            f.write(head)
            chunk = b"A" * (1024 * 1024)
            for _ in range(210):
                f.write(chunk)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")
    open(path, "wb").write(buf.getvalue())


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    os.makedirs(DOCX_DIR, exist_ok=True)
    two = os.path.join(PDF_DIR, "two-column.pdf")
    two_column_pdf(two)
    simple_pdf(os.path.join(PDF_DIR, "simple.pdf"))
    scan_pdf(os.path.join(PDF_DIR, "scan.pdf"))
    data = open(two, "rb").read()
    open(os.path.join(PDF_DIR, "truncated.pdf"), "wb").write(data[: len(data) * 6 // 10])
    subprocess.run(["qpdf", "--encrypt", "s3cret", "owner-pw", "256", "--", two,
                    os.path.join(PDF_DIR, "encrypted.pdf")], check=True)
    subprocess.run(["qpdf", "--encrypt", "", "owner-pw", "128", "--use-aes=y", "--modify=none", "--",
                    os.path.join(PDF_DIR, "simple.pdf"), os.path.join(PDF_DIR, "restricted.pdf")], check=True)
    article_docx(os.path.join(DOCX_DIR, "article.docx"))
    nometa_docx(os.path.join(DOCX_DIR, "no-metadata.docx"))
    bomb_docx(os.path.join(DOCX_DIR, "bomb.docx"))
    open(os.path.join(DOCX_DIR, "not-a-zip.docx"), "wb").write(
        b"This file was renamed to .docx but it is only a short note about a meeting.\n")
    odd_smask_pdf(os.path.join(PDF_DIR, "odd-smask.pdf"))
    art = open(os.path.join(DOCX_DIR, "article.docx"), "rb").read()
    open(os.path.join(DOCX_DIR, "truncated.docx"), "wb").write(art[: len(art) // 2])




def odd_smask_pdf(path):
    """A hand-written PDF whose graphics state names an unknown soft mask: some extractors
    give up on it, the words are still there."""
    content = (b"BT /F1 12 Tf 72 720 Td (Harbour authority approves new breakwater) Tj ET\n"
               b"/GS0 gs\n"
               b"BT /F1 11 Tf 72 690 Td (The port of Sines will build a second breakwater, officials said on Friday.) Tj ET\n"
               b"BT /F1 11 Tf 72 676 Td (Construction is due to start next spring and to last two years.) Tj ET\n")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /ExtGState << /GS0 << /Type /ExtGState /SMask /Luminosity >> >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(path, "wb").write(out)


if __name__ == "__main__":
    main()
