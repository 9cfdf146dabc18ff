"""Demo media made on the spot: simple illustrations (PNG) and a one-page text PDF brochure."""

import io

from PIL import Image, ImageDraw

SCALE = 2  # drawn at twice the size and scaled down, for smooth edges


def draw_illustration(key, palette, size=(1200, 800)):
    """A flat illustration of the scene named by ``key`` (see SCENES), in the palette (dark, warm,
    light). Each scene is drawn for what its alt text in demo/data/content.json says it shows."""
    dark, warm, light = palette
    width, height = size[0] * SCALE, size[1] * SCALE
    image = Image.new("RGB", (width, height), light)
    draw = ImageDraw.Draw(image)
    SCENES[key](draw, width, height, dark, warm, light)
    image = image.resize(size, Image.LANCZOS)
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def _person(draw, x, y, scale, colour, skin):
    """A seated figure seen from the front: head, body and shoulders, its base at (x, y)."""
    r = 34 * scale
    draw.rounded_rectangle((x - 58 * scale, y - 120 * scale, x + 58 * scale, y), radius=48 * scale, fill=colour)
    draw.ellipse((x - r, y - 120 * scale - 2.2 * r, x + r, y - 120 * scale - 0.2 * r), fill=skin)


def _sun(draw, x, y, r, colour):
    draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)


def _tree(draw, x, base, tall, colour):
    for step in range(3):
        top = base - tall + step * tall * 0.25
        half = tall * (0.18 + step * 0.08)
        draw.polygon([(x, top), (x - half, top + tall * 0.38), (x + half, top + tall * 0.38)], fill=colour)
    draw.rectangle((x - tall * 0.03, base - tall * 0.1, x + tall * 0.03, base), fill=_mix(colour, (60, 40, 20), 0.5))


def _circle_of_people(draw, w, h, dark, warm, light):
    """Six people sitting in a ring on a floor, talking: two in front seen from behind, four facing us."""
    draw.rectangle((0, h * 0.55, w, h), fill=_mix(dark, light, 0.8))
    draw.ellipse((w * 0.18, h * 0.52, w * 0.82, h * 0.92), fill=_mix(dark, light, 0.65))
    skin = _mix(warm, light, 0.45)
    for i, x in enumerate((0.3, 0.43, 0.57, 0.7)):
        _person(draw, w * x, h * (0.62 + (0.02 if i in (0, 3) else 0)), 1.7, _mix(dark, light, 0.1 * i), skin)
    for x in (0.38, 0.62):
        _person(draw, w * x, h * 0.95, 2.3, warm if x < 0.5 else dark, _mix(dark, (40, 30, 20), 0.4))


def _hands(draw, w, h, dark, warm, light):
    """Two hands reaching towards each other from each side, under a warm sun."""
    _sun(draw, w * 0.5, h * 0.32, h * 0.16, _mix(warm, light, 0.3))
    for side, colour in ((-1, dark), (1, _mix(warm, dark, 0.35))):
        cx = w * 0.5 + side * w * 0.06
        arm = [
            (w * 0.5 + side * w * 0.55, h * 0.72),
            (cx + side * w * 0.08, h * 0.6),
            (cx + side * w * 0.08, h * 0.72),
            (w * 0.5 + side * w * 0.55, h * 0.86),
        ]
        draw.polygon(arm, fill=colour)
        draw.rounded_rectangle(
            sorted([cx, cx + side * w * 0.12])
            and (min(cx, cx + side * w * 0.12), h * 0.56, max(cx, cx + side * w * 0.12), h * 0.76),
            radius=h * 0.06,
            fill=colour,
        )
        for finger in range(4):
            fy = h * (0.565 + finger * 0.047)
            tip = cx - side * w * 0.045
            draw.rounded_rectangle((min(cx, tip), fy, max(cx, tip), fy + h * 0.04), radius=h * 0.02, fill=colour)


def _forest_path(draw, w, h, dark, warm, light):
    """A path winding between spruce trees towards a light horizon."""
    draw.rectangle((0, h * 0.5, w, h), fill=_mix(dark, light, 0.55))
    draw.polygon(
        [
            (w * 0.42, h),
            (w * 0.7, h),
            (w * 0.56, h * 0.72),
            (w * 0.5, h * 0.5),
            (w * 0.49, h * 0.5),
            (w * 0.5, h * 0.72),
        ],
        fill=_mix(warm, light, 0.3),
    )
    for x, tall in (
        (0.08, 0.7),
        (0.2, 0.55),
        (0.3, 0.42),
        (0.38, 0.3),
        (0.66, 0.3),
        (0.74, 0.42),
        (0.84, 0.58),
        (0.95, 0.72),
    ):
        _tree(draw, w * x, h * (0.5 + tall * 0.55), h * tall, dark)


def _coffee(draw, w, h, dark, warm, light):
    """Two cups of coffee on a table, with steam, and two people talking behind it."""
    skin = _mix(warm, light, 0.3)
    _person(draw, w * 0.3, h * 0.62, 2.4, _mix(dark, light, 0.3), skin)
    _person(draw, w * 0.7, h * 0.62, 2.4, dark, skin)
    draw.rectangle((0, h * 0.6, w, h), fill=warm)
    draw.rectangle((0, h * 0.6, w, h * 0.64), fill=_mix(warm, dark, 0.3))
    for x in (0.4, 0.6):
        cx = w * x
        draw.rounded_rectangle((cx - 70, h * 0.66, cx + 70, h * 0.8), radius=30, fill=light)
        draw.ellipse((cx + 50, h * 0.68, cx + 110, h * 0.76), outline=light, width=16)
        draw.ellipse((cx - 120, h * 0.79, cx + 120, h * 0.83), fill=_mix(light, warm, 0.3))
        for dx in (-30, 20):
            draw.arc((cx + dx - 25, h * 0.5, cx + dx + 25, h * 0.63), 100, 260, fill=_mix(dark, light, 0.6), width=10)


def _window_light(draw, w, h, dark, warm, light):
    """A small house at dusk with warm light in its windows, a moon and stars."""
    draw.rectangle((0, 0, w, h), fill=dark)
    _sun(draw, w * 0.8, h * 0.2, h * 0.07, _mix(warm, light, 0.5))
    for x, y in ((0.1, 0.15), (0.25, 0.08), (0.4, 0.2), (0.6, 0.1), (0.93, 0.35), (0.15, 0.35)):
        _sun(draw, w * x, h * y, 6, light)
    draw.rectangle((0, h * 0.82, w, h), fill=_mix(dark, (0, 0, 0), 0.4))
    draw.polygon([(w * 0.3, h * 0.45), (w * 0.5, h * 0.28), (w * 0.7, h * 0.45)], fill=_mix(dark, light, 0.25))
    draw.rectangle((w * 0.33, h * 0.45, w * 0.67, h * 0.82), fill=_mix(dark, light, 0.15))
    for x in (0.37, 0.55):
        draw.rectangle((w * x, h * 0.52, w * (x + 0.08), h * 0.64), fill=warm)
    draw.rectangle((w * 0.47, h * 0.66, w * 0.53, h * 0.82), fill=_mix(dark, (0, 0, 0), 0.3))


def _mountain_morning(draw, w, h, dark, warm, light):
    """Mountains in morning light with the sun rising and a path up towards the top."""
    _sun(draw, w * 0.7, h * 0.42, h * 0.14, warm)
    draw.polygon(
        [(0, h * 0.85), (w * 0.3, h * 0.3), (w * 0.55, h * 0.7), (w * 0.8, h * 0.4), (w, h * 0.75), (w, h), (0, h)],
        fill=_mix(dark, light, 0.35),
    )
    draw.polygon([(w * 0.3, h * 0.3), (w * 0.25, h * 0.38), (w * 0.35, h * 0.38)], fill=light)
    draw.polygon([(0, h * 0.9), (w * 0.4, h * 0.7), (w, h * 0.92), (w, h), (0, h)], fill=dark)
    draw.line([(w * 0.55, h), (w * 0.45, h * 0.85), (w * 0.36, h * 0.62), (w * 0.3, h * 0.32)], fill=warm, width=14)


def _bench(draw, w, h, dark, warm, light):
    """Two people on a park bench under a big tree, side by side."""
    draw.rectangle((0, h * 0.75, w, h), fill=_mix(dark, light, 0.6))
    draw.rectangle((w * 0.7, h * 0.3, w * 0.74, h * 0.78), fill=_mix(dark, (60, 40, 20), 0.5))
    draw.ellipse((w * 0.52, h * 0.02, w * 0.95, h * 0.45), fill=_mix(dark, light, 0.3))
    skin = _mix(warm, light, 0.35)
    _person(draw, w * 0.34, h * 0.7, 2.0, warm, skin)
    _person(draw, w * 0.48, h * 0.7, 2.0, dark, skin)
    draw.rectangle((w * 0.22, h * 0.66, w * 0.6, h * 0.7), fill=_mix(dark, (80, 50, 30), 0.6))
    for x in (0.25, 0.57):
        draw.rectangle((w * x, h * 0.7, w * (x + 0.015), h * 0.78), fill=_mix(dark, (80, 50, 30), 0.6))


def _sprout(draw, w, h, dark, warm, light):
    """A young plant with two leaves growing from the soil, the sun behind it."""
    _sun(draw, w * 0.5, h * 0.45, h * 0.3, _mix(warm, light, 0.45))
    draw.rectangle((0, h * 0.78, w, h), fill=_mix(dark, (70, 50, 30), 0.6))
    draw.line([(w * 0.5, h * 0.78), (w * 0.5, h * 0.42)], fill=dark, width=22)
    draw.ellipse((w * 0.3, h * 0.38, w * 0.5, h * 0.52), fill=dark)
    draw.ellipse((w * 0.5, h * 0.3, w * 0.72, h * 0.45), fill=_mix(dark, light, 0.25))


def _boat(draw, w, h, dark, warm, light):
    """A small rowing boat on calm water at sunset."""
    _sun(draw, w * 0.5, h * 0.55, h * 0.16, warm)
    draw.rectangle((0, h * 0.55, w, h), fill=_mix(dark, light, 0.45))
    for y in (0.65, 0.72, 0.8):
        draw.line([(w * 0.38, h * y), (w * 0.62, h * y)], fill=_mix(warm, light, 0.4), width=8)
    draw.polygon([(w * 0.22, h * 0.7), (w * 0.42, h * 0.7), (w * 0.39, h * 0.77), (w * 0.25, h * 0.77)], fill=dark)


def _open_door(draw, w, h, dark, warm, light):
    """An open door in a wall, with warm light and a chair inside."""
    draw.rectangle((0, 0, w, h), fill=_mix(dark, light, 0.7))
    draw.rectangle((w * 0.38, h * 0.18, w * 0.62, h * 0.9), fill=warm)
    draw.polygon([(w * 0.38, h * 0.18), (w * 0.3, h * 0.12), (w * 0.3, h * 0.96), (w * 0.38, h * 0.9)], fill=dark)
    chair = _mix(dark, light, 0.3)
    draw.rectangle((w * 0.47, h * 0.56, w * 0.56, h * 0.6), fill=chair)
    draw.rectangle((w * 0.54, h * 0.4, w * 0.56, h * 0.6), fill=chair)
    for x in (0.47, 0.54):
        draw.rectangle((w * x, h * 0.6, w * (x + 0.015), h * 0.72), fill=chair)
    draw.rectangle((0, h * 0.9, w, h), fill=_mix(dark, light, 0.5))


def _phone(draw, w, h, dark, warm, light):
    """A hand holding a mobile phone with a message on its screen, and speech bubbles above it."""
    draw.rounded_rectangle((w * 0.4, h * 0.3, w * 0.6, h * 0.95), radius=40, fill=dark)
    draw.rounded_rectangle((w * 0.42, h * 0.36, w * 0.58, h * 0.86), radius=16, fill=light)
    for i in range(4):
        y = 0.44 + i * 0.07
        draw.line([(w * 0.45, h * y), (w * 0.55, h * y)], fill=_mix(dark, light, 0.55), width=10)
    draw.rounded_rectangle((w * 0.36, h * 0.8, w * 0.64, h * 1.1), radius=90, fill=_mix(warm, dark, 0.25))
    for x, y, colour in ((0.2, 0.1, warm), (0.62, 0.18, _mix(dark, light, 0.4))):
        draw.rounded_rectangle((w * x, h * y, w * (x + 0.18), h * (y + 0.12)), radius=30, fill=colour)


def _notebook(draw, w, h, dark, warm, light):
    """An open notebook with a pen on a table: agreements written down."""
    draw.rectangle((0, 0, w, h), fill=_mix(warm, light, 0.5))
    draw.polygon([(w * 0.2, h * 0.25), (w * 0.5, h * 0.3), (w * 0.5, h * 0.85), (w * 0.2, h * 0.8)], fill=light)
    draw.polygon([(w * 0.5, h * 0.3), (w * 0.8, h * 0.25), (w * 0.8, h * 0.8), (w * 0.5, h * 0.85)], fill=light)
    for i in range(6):
        y = 0.38 + i * 0.07
        draw.line([(w * 0.25, h * y), (w * 0.45, h * (y + 0.01))], fill=_mix(dark, light, 0.5), width=8)
        draw.line([(w * 0.55, h * (y + 0.01)), (w * 0.75, h * y)], fill=_mix(dark, light, 0.5), width=8)
    draw.line([(w * 0.62, h * 0.92), (w * 0.9, h * 0.55)], fill=dark, width=26)


SCENES = {
    "sirkel": _circle_of_people,
    "hender": _hands,
    "sti": _forest_path,
    "kaffe": _coffee,
    "lys": _window_light,
    "fjell": _mountain_morning,
    "benk": _bench,
    "spire": _sprout,
    "bat": _boat,
    "dor": _open_door,
    "telefon": _phone,
    "notatbok": _notebook,
}


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
