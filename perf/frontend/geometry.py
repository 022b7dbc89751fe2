# Plane and space geometry with plain tuples: vectors, matrices, transforms, polygon clipping and a
# small rasteriser. Deep arithmetic expressions and long tuple unpackings are the point here.

EPSILON = 1e-9


def vadd(a, b):
    ax, ay, az = a
    bx, by, bz = b
    return (ax + bx, ay + by, az + bz)


def vsub(a, b):
    ax, ay, az = a
    bx, by, bz = b
    return (ax - bx, ay - by, az - bz)


def vscale(a, k):
    ax, ay, az = a
    return (ax * k, ay * k, az * k)


def dot(a, b):
    ax, ay, az = a
    bx, by, bz = b
    return ax * bx + ay * by + az * bz


def cross(a, b):
    ax, ay, az = a
    bx, by, bz = b
    return (ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx)


def norm(a):
    return dot(a, a) ** 0.5


def normalize(a):
    n = norm(a)
    if n < EPSILON:
        raise ValueError("cannot normalise the zero vector")
    return vscale(a, 1.0 / n)


def mat_identity():
    return ((1.0, 0.0, 0.0, 0.0),
            (0.0, 1.0, 0.0, 0.0),
            (0.0, 0.0, 1.0, 0.0),
            (0.0, 0.0, 0.0, 1.0))


def mat_mul(m, n):
    (a00, a01, a02, a03), (a10, a11, a12, a13), (a20, a21, a22, a23), (a30, a31, a32, a33) = m
    (b00, b01, b02, b03), (b10, b11, b12, b13), (b20, b21, b22, b23), (b30, b31, b32, b33) = n
    return (
        (a00 * b00 + a01 * b10 + a02 * b20 + a03 * b30, a00 * b01 + a01 * b11 + a02 * b21 + a03 * b31,
         a00 * b02 + a01 * b12 + a02 * b22 + a03 * b32, a00 * b03 + a01 * b13 + a02 * b23 + a03 * b33),
        (a10 * b00 + a11 * b10 + a12 * b20 + a13 * b30, a10 * b01 + a11 * b11 + a12 * b21 + a13 * b31,
         a10 * b02 + a11 * b12 + a12 * b22 + a13 * b32, a10 * b03 + a11 * b13 + a12 * b23 + a13 * b33),
        (a20 * b00 + a21 * b10 + a22 * b20 + a23 * b30, a20 * b01 + a21 * b11 + a22 * b21 + a23 * b31,
         a20 * b02 + a21 * b12 + a22 * b22 + a23 * b32, a20 * b03 + a21 * b13 + a22 * b23 + a23 * b33),
        (a30 * b00 + a31 * b10 + a32 * b20 + a33 * b30, a30 * b01 + a31 * b11 + a32 * b21 + a33 * b31,
         a30 * b02 + a31 * b12 + a32 * b22 + a33 * b32, a30 * b03 + a31 * b13 + a32 * b23 + a33 * b33),
    )


def mat_apply(m, p):
    (a00, a01, a02, a03), (a10, a11, a12, a13), (a20, a21, a22, a23), (a30, a31, a32, a33) = m
    x, y, z = p
    w = a30 * x + a31 * y + a32 * z + a33
    if abs(w) < EPSILON:
        w = EPSILON
    return ((a00 * x + a01 * y + a02 * z + a03) / w,
            (a10 * x + a11 * y + a12 * z + a13) / w,
            (a20 * x + a21 * y + a22 * z + a23) / w)


def translation(dx, dy, dz):
    return ((1.0, 0.0, 0.0, dx), (0.0, 1.0, 0.0, dy), (0.0, 0.0, 1.0, dz), (0.0, 0.0, 0.0, 1.0))


def scaling(sx, sy, sz):
    return ((sx, 0.0, 0.0, 0.0), (0.0, sy, 0.0, 0.0), (0.0, 0.0, sz, 0.0), (0.0, 0.0, 0.0, 1.0))


def sin_cos(angle):
    # A Taylor series keeps this file free of imports; good to 1e-12 on [-pi, pi].
    pi = 3.141592653589793
    while angle > pi:
        angle -= 2 * pi
    while angle < -pi:
        angle += 2 * pi
    x2 = angle * angle
    s = angle * (1 - x2 / 6 * (1 - x2 / 20 * (1 - x2 / 42 * (1 - x2 / 72 * (1 - x2 / 110 * (1 - x2 / 156 * (1 - x2 / 210)))))))
    c = 1 - x2 / 2 * (1 - x2 / 12 * (1 - x2 / 30 * (1 - x2 / 56 * (1 - x2 / 90 * (1 - x2 / 132 * (1 - x2 / 182 * (1 - x2 / 240)))))))
    return s, c


def rotation_z(angle):
    s, c = sin_cos(angle)
    return ((c, -s, 0.0, 0.0), (s, c, 0.0, 0.0), (0.0, 0.0, 1.0, 0.0), (0.0, 0.0, 0.0, 1.0))


def rotation_axis(axis, angle):
    x, y, z = normalize(axis)
    s, c = sin_cos(angle)
    t = 1 - c
    return ((t * x * x + c, t * x * y - s * z, t * x * z + s * y, 0.0),
            (t * x * y + s * z, t * y * y + c, t * y * z - s * x, 0.0),
            (t * x * z - s * y, t * y * z + s * x, t * z * z + c, 0.0),
            (0.0, 0.0, 0.0, 1.0))


def determinant3(m):
    (a, b, c), (d, e, f), (g, h, i) = m
    return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)


def inverse3(m):
    (a, b, c), (d, e, f), (g, h, i) = m
    det = determinant3(m)
    if abs(det) < EPSILON:
        raise ZeroDivisionError("singular matrix")
    k = 1.0 / det
    return (((e * i - f * h) * k, (c * h - b * i) * k, (b * f - c * e) * k),
            ((f * g - d * i) * k, (a * i - c * g) * k, (c * d - a * f) * k),
            ((d * h - e * g) * k, (b * g - a * h) * k, (a * e - b * d) * k))


class Polygon:
    def __init__(self, points):
        if len(points) < 3:
            raise ValueError(f"a polygon needs 3 points, got {len(points)}")
        self.points = [(float(x), float(y)) for x, y in points]

    def edges(self):
        pts = self.points
        return [(pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts))]

    def area(self):
        return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in self.edges())

    def perimeter(self):
        return sum(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 for (x0, y0), (x1, y1) in self.edges())

    def centroid(self):
        a = self.area()
        if abs(a) < EPSILON:
            xs, ys = zip(*self.points)
            return (sum(xs) / len(xs), sum(ys) / len(ys))
        cx = sum((x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in self.edges()) / (6 * a)
        cy = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in self.edges()) / (6 * a)
        return (cx, cy)

    def contains(self, point):
        x, y = point
        inside = False
        for (x0, y0), (x1, y1) in self.edges():
            if (y0 > y) != (y1 > y):
                t = (y - y0) / (y1 - y0)
                if x < x0 + t * (x1 - x0):
                    inside = not inside
        return inside

    def is_convex(self):
        signs = set()
        pts = self.points
        n = len(pts)
        for i in range(n):
            (x0, y0), (x1, y1), (x2, y2) = pts[i], pts[(i + 1) % n], pts[(i + 2) % n]
            z = (x1 - x0) * (y2 - y1) - (y1 - y0) * (x2 - x1)
            if abs(z) > EPSILON:
                signs.add(z > 0)
        return len(signs) <= 1

    def bounding_box(self):
        xs = [x for x, _ in self.points]
        ys = [y for _, y in self.points]
        return (min(xs), min(ys), max(xs), max(ys))

    def clip(self, other):
        # Sutherland-Hodgman: clip this polygon against each edge of a convex one.
        output = list(self.points)
        for (cx0, cy0), (cx1, cy1) in other.edges():
            if not output:
                break
            source, output = output, []

            def inside(p):
                px, py = p
                return (cx1 - cx0) * (py - cy0) - (cy1 - cy0) * (px - cx0) >= 0

            def intersect(p, q):
                (px, py), (qx, qy) = p, q
                a1, b1 = cy1 - cy0, cx0 - cx1
                c1 = a1 * cx0 + b1 * cy0
                a2, b2 = qy - py, px - qx
                c2 = a2 * px + b2 * py
                det = a1 * b2 - a2 * b1
                return ((b2 * c1 - b1 * c2) / det, (a1 * c2 - a2 * c1) / det)

            previous = source[-1]
            for current in source:
                if inside(current):
                    if not inside(previous):
                        output.append(intersect(previous, current))
                    output.append(current)
                elif inside(previous):
                    output.append(intersect(previous, current))
                previous = current
        return Polygon(output) if len(output) >= 3 else None

    def __repr__(self):
        inner = ", ".join(f"({x:.2f}, {y:.2f})" for x, y in self.points)
        return f"Polygon([{inner}])"


def convex_hull(points):
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def turn(o, a, b):
        (ox, oy), (ax, ay), (bx, by) = o, a, b
        return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox)

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def segment_intersection(p, q, r, s):
    (px, py), (qx, qy), (rx, ry), (sx, sy) = p, q, r, s
    dx1, dy1, dx2, dy2 = qx - px, qy - py, sx - rx, sy - ry
    denominator = dx1 * dy2 - dy1 * dx2
    if abs(denominator) < EPSILON:
        return None
    t = ((rx - px) * dy2 - (ry - py) * dx2) / denominator
    u = ((rx - px) * dy1 - (ry - py) * dx1) / denominator
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (px + t * dx1, py + t * dy1)
    return None


class Raster:
    def __init__(self, width, height, fill="."):
        self.width, self.height = width, height
        self.cells = [[fill] * width for _ in range(height)]

    def plot(self, x, y, mark="#"):
        if 0 <= x < self.width and 0 <= y < self.height:
            self.cells[self.height - 1 - y][x] = mark

    def line(self, x0, y0, x1, y1, mark="#"):
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            self.plot(x0, y0, mark)
            if x0 == x1 and y0 == y1:
                break
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy

    def polygon(self, poly, mark="#"):
        for (x0, y0), (x1, y1) in poly.edges():
            self.line(int(round(x0)), int(round(y0)), int(round(x1)), int(round(y1)), mark)

    def fill(self, poly, mark="o"):
        x_min, y_min, x_max, y_max = poly.bounding_box()
        for y in range(int(y_min), int(y_max) + 1):
            for x in range(int(x_min), int(x_max) + 1):
                if poly.contains((x + 0.5, y + 0.5)) and self.cells[self.height - 1 - y][x] == ".":
                    self.plot(x, y, mark)

    def render(self):
        return "\n".join("".join(row) for row in self.cells)


def bezier(points, steps=8):
    out = []
    for k in range(steps + 1):
        t = k / steps
        level = list(points)
        while len(level) > 1:
            level = [((1 - t) * x0 + t * x1, (1 - t) * y0 + t * y1) for (x0, y0), (x1, y1) in zip(level, level[1:])]
        out.append(level[0])
    return out


def main():
    a, b, c = (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)
    print("cross:", cross(a, b), "dot:", dot(a, vadd(b, c)), "norm:", round(norm(vadd(a, vadd(b, c))), 6))
    m = mat_mul(mat_mul(translation(1, 2, 3), rotation_z(3.141592653589793 / 2)), scaling(2, 2, 2))
    x, y, z = mat_apply(m, (1.0, 1.0, 1.0))
    print(f"transformed: ({x:.4f}, {y:.4f}, {z:.4f})")
    r = rotation_axis((1, 1, 1), 2 * 3.141592653589793 / 3)
    print("axis rotation:", tuple(round(v, 6) for v in mat_apply(r, (1.0, 0.0, 0.0))))
    s, co = sin_cos(1.0)
    print(f"sin(1)={s:.12f} cos(1)={co:.12f} check={s * s + co * co:.12f}")
    m3 = ((2.0, 0.0, 1.0), (1.0, 3.0, 2.0), (1.0, 1.0, 2.0))
    inv = inverse3(m3)
    print("det:", determinant3(m3), "inverse row 0:", tuple(round(v, 6) for v in inv[0]))
    try:
        inverse3(((1, 2, 3), (2, 4, 6), (0, 0, 1)))
    except ZeroDivisionError as e:
        print("singular:", e)

    square = Polygon([(2, 2), (18, 2), (18, 12), (2, 12)])
    triangle = Polygon([(0, 0), (20, 7), (6, 14)])
    print("areas:", square.area(), triangle.area(), "perimeter:", round(triangle.perimeter(), 4))
    print("centroid:", tuple(round(v, 4) for v in triangle.centroid()), "convex:", square.is_convex(), triangle.is_convex())
    clipped = triangle.clip(square)
    print("clipped:", clipped, round(clipped.area(), 4))
    hull = convex_hull([(0, 0), (4, 1), (2, 2), (1, 5), (5, 5), (3, 3), (0, 4), (2, 1), (4, 4)])
    print("hull:", hull)
    print("segments:", segment_intersection((0, 0), (4, 4), (0, 4), (4, 0)), segment_intersection((0, 0), (1, 1), (2, 2), (3, 5)))

    raster = Raster(24, 16)
    raster.fill(clipped)
    raster.polygon(square, "+")
    raster.polygon(triangle, "*")
    for px, py in bezier([(1, 1), (6, 15), (18, 15), (22, 1)], steps=20):
        raster.plot(int(round(px)), int(round(py)), "~")
    print(raster.render())


if __name__ == "__main__":
    main()
