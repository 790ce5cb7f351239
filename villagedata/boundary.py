"""The village boundary OpenSID pushes, as a small outline the public can see.

OpenSID sends ``path`` as Leaflet's nested ``[lat, lng]`` arrays (one or
more polygons, each with rings; contract §3). A real desa polygon runs to
several MB, so it is reduced once, when it is received: :func:`outline`
keeps at most ``MAX_POINTS`` points in a 0–``SIZE`` box, enough to
recognise the shape, and is what the data page and the API read. No
JavaScript and no map tiles: an inline SVG ``path`` and a link to
OpenStreetMap centred on the village.
"""

from math import cos, radians
from numbers import Real

# Width of the outline's box; the height follows the village's shape.
SIZE = 200
# Most points kept over all rings: a few KB of SVG whatever was pushed.
MAX_POINTS = 600
MAP_URL = "https://www.openstreetmap.org/?mlat={lat:.5f}&mlon={lng:.5f}#map=13/{lat:.5f}/{lng:.5f}"


def _is_point(value) -> bool:
    return (
        isinstance(value, list)
        and len(value) >= 2
        and all(isinstance(c, Real) and not isinstance(c, bool) for c in value[:2])
    )


def rings(boundary, depth: int = 0) -> list[list[tuple[float, float]]]:
    """Every ring of at least 3 points in ``boundary``, as ``(lat, lng)`` pairs.

    Anything else (empty polygons, strings, stray numbers) is skipped: the
    polygon is the village's own drawing and is shown as far as it is one.
    A pair outside latitude's range is read as ``[lng, lat]``.
    """
    if not isinstance(boundary, list) or depth > 8:
        return []
    if boundary and all(_is_point(p) for p in boundary):
        points = [(float(p[0]), float(p[1])) for p in boundary]
        if any(abs(lat) > 90 for lat, _lng in points):
            points = [(lng, lat) for lat, lng in points]
        points = [(lat, lng) for lat, lng in points if abs(lat) <= 90 and abs(lng) <= 180]
        return [points] if len(points) >= 3 else []
    found = []
    for item in boundary:
        found.extend(rings(item, depth + 1))
    return found


def outline(boundary) -> dict | None:
    """The outline to store: SVG path data, its box, the centre and a map link.

    None when ``boundary`` holds no ring (no map drawn in OpenSID).
    """
    found = rings(boundary)
    if not found:
        return None
    lats = [lat for ring in found for lat, _lng in ring]
    lngs = [lng for ring in found for _lat, lng in ring]
    south, north, west, east = min(lats), max(lats), min(lngs), max(lngs)
    centre = ((south + north) / 2, (west + east) / 2)
    # Longitude degrees shrink away from the equator; near it (Indonesia) the
    # factor is ~1, but it keeps the shape right anywhere.
    x_scale = cos(radians(centre[0]))
    width = max((east - west) * x_scale, 1e-9)
    height = max(north - south, 1e-9)
    scale = SIZE / max(width, height)
    total = sum(len(ring) for ring in found)
    step = max(1, -(-total // MAX_POINTS))  # ceil: every ring keeps its share
    parts = []
    for ring in found:
        kept = ring[::step]
        if len(kept) < 3:
            kept = [ring[0], ring[len(ring) // 3], ring[2 * len(ring) // 3]]
        coords = []
        for lat, lng in kept:
            x = round((lng - west) * x_scale * scale, 1)
            y = round((north - lat) * scale, 1)
            if not coords or coords[-1] != (x, y):
                coords.append((x, y))
        parts.append("M" + " L".join(f"{x:g} {y:g}" for x, y in coords) + " Z")
    box_width, box_height = round(width * scale, 1), round(height * scale, 1)
    return {
        "path": " ".join(parts),
        "width": box_width,
        "height": box_height,
        # A margin of half the stroke's reach, so the line is not cut at the edges.
        "view_box": f"-4 -4 {box_width + 8:g} {box_height + 8:g}",
        "centre": [round(centre[0], 6), round(centre[1], 6)],
        "bbox": [round(v, 6) for v in (south, west, north, east)],
        "points": total,
        "map_url": MAP_URL.format(lat=centre[0], lng=centre[1]),
    }
