"""Demo media made on the spot: simple illustrations (PNG) and a one-page text PDF brochure."""

import io
import math
import random

from PIL import Image, ImageDraw


def draw_illustration(key, palette, size=(1200, 800)):
    """A calm, abstract picture: a soft horizon and a ring of figures. Deterministic per key."""
    dark, warm, light = palette
    rng = random.Random(key)  # noqa: S311 (decoration, not security)
    width, height = size
    image = Image.new("RGB", size, light)
    draw = ImageDraw.Draw(image)

    draw.ellipse((-width * 0.2, height * 0.55, width * 1.2, height * 1.6), fill=_mix(dark, light, 0.75))
    draw.ellipse((width * 0.62, height * 0.08, width * 0.8, height * 0.35), fill=warm)

    figures = rng.randint(4, 7)
    centre_x, centre_y, radius = width / 2, height * 0.62, width * 0.24
    for index in range(figures):
        share = index / figures
        x = centre_x + radius * math.cos(2 * math.pi * share) * 1.1
        y = centre_y + radius * math.sin(2 * math.pi * share) * 0.35
        colour = warm if index % 3 == 0 else _mix(dark, light, rng.uniform(0.0, 0.35))
        draw.ellipse((x - 38, y - 150, x + 38, y - 74), fill=colour)
        draw.rounded_rectangle((x - 60, y - 70, x + 60, y + 80), radius=45, fill=colour)

    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def _mix(a, b, share):
    return tuple(round(x + (y - x) * share) for x, y in zip(a, b, strict=True))


def _pdf_text(text):
    encoded = text.encode("cp1252")
    return encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(heading, lines, language="nb-NO"):
    """A tagged-language, A4, one-page PDF with real (selectable, readable) text."""
    content = [b"BT", b"/F2 20 Tf", b"56 770 Td", b"(" + _pdf_text(heading) + b") Tj", b"/F1 12 Tf", b"0 -34 Td"]
    for line in lines:
        content.append(b"(" + _pdf_text(line) + b") Tj")
        content.append(b"0 -18 Td")
    content.append(b"ET")
    stream = b"\n".join(content)

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (" + language.encode() + b") >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + _pdf_text(heading) + b") /Producer (Selvhjelp i Norge) >>",
    ]
    output = io.BytesIO()
    output.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = output.tell()
    output.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        output.write(f"{offset:010d} 00000 n \n".encode())
    output.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n".encode()
        + f"startxref\n{xref}\n%%EOF\n".encode()
    )
    return output.getvalue()
