# An inventory and order-processing model: classes with properties and dunder methods, a literal
# table of products, long tuple unpackings, comprehensions and f-string reports.

CATEGORIES = {
    "hw": "Hardware",
    "sw": "Software",
    "sv": "Services",
    "ac": "Accessories",
    "bk": "Books",
}

PRODUCTS = [
    # (sku, name, category, unit price in cents, weight in grams, stock)
    ("HW-1001", "Keyboard, mechanical", "hw", 8900, 1150, 42),
    ("HW-1002", "Mouse, wireless", "hw", 3450, 95, 120),
    ("HW-1003", "Monitor 27in", "hw", 32900, 6100, 17),
    ("HW-1004", "USB hub, 7 ports", "hw", 2999, 210, 64),
    ("HW-1005", "Webcam 1080p", "hw", 5900, 160, 33),
    ("HW-1006", "Laptop stand", "hw", 4200, 1900, 25),
    ("HW-1007", "Docking station", "hw", 18900, 780, 9),
    ("HW-1008", "External SSD 1TB", "hw", 11900, 58, 48),
    ("HW-1009", "Headset", "hw", 7400, 310, 37),
    ("HW-1010", "Microphone", "hw", 9900, 520, 12),
    ("SW-2001", "Office suite, yearly", "sw", 9900, 0, 1000),
    ("SW-2002", "Antivirus, 3 seats", "sw", 4900, 0, 1000),
    ("SW-2003", "Photo editor", "sw", 12900, 0, 1000),
    ("SW-2004", "Backup tool", "sw", 3900, 0, 1000),
    ("SW-2005", "IDE licence", "sw", 19900, 0, 1000),
    ("SV-3001", "Installation", "sv", 6000, 0, 50),
    ("SV-3002", "Extended warranty", "sv", 2500, 0, 500),
    ("SV-3003", "Data recovery", "sv", 15000, 0, 5),
    ("SV-3004", "Training, one day", "sv", 45000, 0, 8),
    ("AC-4001", "Cable, HDMI 2m", "ac", 999, 80, 300),
    ("AC-4002", "Cable, USB-C 1m", "ac", 1299, 40, 420),
    ("AC-4003", "Mouse pad", "ac", 799, 120, 210),
    ("AC-4004", "Screen cleaner", "ac", 599, 150, 95),
    ("AC-4005", "Cable ties, 100", "ac", 399, 60, 150),
    ("AC-4006", "Surge protector", "ac", 2499, 640, 44),
    ("BK-5001", "Structure and Interpretation", "bk", 5500, 1200, 6),
    ("BK-5002", "The Art of Programming, vol. 1", "bk", 7900, 1500, 4),
    ("BK-5003", "Compilers: Principles", "bk", 8900, 1700, 7),
    ("BK-5004", "Introduction to Algorithms", "bk", 9900, 2200, 11),
    ("BK-5005", "Python Cookbook", "bk", 4900, 950, 15),
]

TAX_RATES = {"hw": 0.19, "sw": 0.19, "sv": 0.0, "ac": 0.19, "bk": 0.07}

SHIPPING_BANDS = [
    (0, 0),
    (500, 490),
    (2000, 690),
    (5000, 990),
    (10000, 1490),
    (31500, 2990),
]


class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, available):
        Exception.__init__(self, f"{sku}: wanted {wanted}, only {available} left")
        self.sku = sku
        self.wanted = wanted
        self.available = available


class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = int(round(cents))

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, factor):
        return Money(self.cents * factor)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(("Money", self.cents))

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        whole, frac = divmod(abs(self.cents), 100)
        return f"{sign}{whole:,}.{frac:02d} EUR"


class Product:
    def __init__(self, sku, name, category, price, weight, stock):
        self.sku = sku
        self.name = name
        self.category = category
        self.price = Money(price)
        self.weight = weight
        self.stock = stock

    @property
    def is_physical(self):
        return self.weight > 0

    @property
    def tax_rate(self):
        return TAX_RATES.get(self.category, 0.19)

    def reserve(self, quantity):
        if quantity <= 0:
            raise ValueError(f"quantity must be positive, not {quantity}")
        if quantity > self.stock:
            raise OutOfStock(self.sku, quantity, self.stock)
        self.stock -= quantity
        return quantity

    def release(self, quantity):
        self.stock += quantity

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, stock={self.stock})"


class Line:
    def __init__(self, product, quantity, discount=0.0):
        self.product = product
        self.quantity = quantity
        self.discount = discount

    @property
    def net(self):
        return self.product.price * self.quantity * (1.0 - self.discount)

    @property
    def tax(self):
        return self.net * self.product.tax_rate

    @property
    def weight(self):
        return self.product.weight * self.quantity

    def describe(self):
        pct = f" (-{self.discount:.0%})" if self.discount else ""
        return f"{self.quantity:>3} x {self.product.name:<32}{pct:>7} {str(self.net):>14}"


class Order:
    next_number = 1000

    def __init__(self, customer, lines=None):
        Order.next_number += 1
        self.number = Order.next_number
        self.customer = customer
        self.lines = list(lines or [])
        self.state = "open"

    def add(self, product, quantity, discount=0.0):
        product.reserve(quantity)
        for line in self.lines:
            if line.product is product and line.discount == discount:
                line.quantity += quantity
                return line
        line = Line(product, quantity, discount)
        self.lines.append(line)
        return line

    def remove(self, sku):
        kept, dropped = [], []
        for line in self.lines:
            (dropped if line.product.sku == sku else kept).append(line)
        for line in dropped:
            line.product.release(line.quantity)
        self.lines = kept
        return len(dropped)

    @property
    def subtotal(self):
        return sum((line.net for line in self.lines), Money(0))

    @property
    def tax(self):
        return sum((line.tax for line in self.lines), Money(0))

    @property
    def weight(self):
        return sum(line.weight for line in self.lines)

    @property
    def shipping(self):
        weight = self.weight
        if weight == 0:
            return Money(0)
        cost = 0
        for limit, price in SHIPPING_BANDS:
            if weight > limit:
                cost = price
        return Money(cost)

    @property
    def total(self):
        return self.subtotal + self.tax + self.shipping

    def close(self):
        if not self.lines:
            raise InventoryError(f"order {self.number} is empty")
        self.state = "closed"
        return self.total

    def report(self):
        out = [f"Order {self.number} for {self.customer}"]
        out.extend(line.describe() for line in self.lines)
        width = max((len(s) for s in out), default=40)
        out.append("-" * width)
        for label, amount in (("Subtotal", self.subtotal), ("Tax", self.tax), ("Shipping", self.shipping), ("Total", self.total)):
            out.append(f"{label:<45}{str(amount):>14}")
        return "\n".join(out)


class Catalogue:
    def __init__(self, rows):
        self.by_sku = {}
        for sku, name, category, price, weight, stock in rows:
            self.by_sku[sku] = Product(sku, name, category, price, weight, stock)

    def __getitem__(self, sku):
        try:
            return self.by_sku[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku!r}") from None

    def __len__(self):
        return len(self.by_sku)

    def __iter__(self):
        return iter(sorted(self.by_sku.values(), key=lambda p: p.sku))

    def in_category(self, code):
        return [p for p in self if p.category == code]

    def low_stock(self, threshold=10):
        return sorted((p for p in self if p.stock < threshold), key=lambda p: (p.stock, p.sku))

    def value_by_category(self):
        totals = {code: Money(0) for code in CATEGORIES}
        for p in self:
            totals[p.category] = totals[p.category] + p.price * p.stock
        return totals

    def search(self, *words, category=None):
        words = [w.lower() for w in words]
        found = []
        for p in self:
            if category is not None and p.category != category:
                continue
            name = p.name.lower()
            if all(w in name for w in words):
                found.append(p)
        return found


def price_histogram(catalogue, edges=(1000, 5000, 10000, 50000)):
    buckets = {edge: 0 for edge in edges}
    buckets[None] = 0
    for p in catalogue:
        for edge in edges:
            if p.price.cents < edge:
                buckets[edge] += 1
                break
        else:
            buckets[None] += 1
    lines = []
    previous = 0
    for edge in edges:
        bar = "#" * buckets[edge]
        lines.append(f"{previous / 100:>7.2f}-{edge / 100:<7.2f} {bar}")
        previous = edge
    lines.append(f"{previous / 100:>7.2f}+        {'#' * buckets[None]}")
    return "\n".join(lines)


def apply_promotions(order, rules):
    applied = []
    for rule in rules:
        kind, target, value = rule
        if kind == "category":
            for line in order.lines:
                if line.product.category == target and line.discount < value:
                    line.discount = value
                    applied.append((line.product.sku, value))
        elif kind == "bulk":
            threshold, rate = target, value
            for line in order.lines:
                if line.quantity >= threshold and line.discount < rate:
                    line.discount = rate
                    applied.append((line.product.sku, rate))
        elif kind == "sku":
            for line in order.lines:
                if line.product.sku == target:
                    line.discount = max(line.discount, value)
                    applied.append((target, line.discount))
        else:
            raise ValueError(f"unknown promotion kind {kind!r}")
    return applied


def split_shipments(order, max_weight=20000):
    shipments = [[]]
    current = 0
    heavy_first = sorted(order.lines, key=lambda l: -l.weight)
    for line in heavy_first:
        if not line.product.is_physical:
            continue
        per_item = line.product.weight
        remaining = line.quantity
        while remaining:
            room = (max_weight - current) // per_item if per_item else remaining
            if room <= 0:
                shipments.append([])
                current = 0
                continue
            take = min(room, remaining)
            shipments[-1].append((line.product.sku, take))
            current += take * per_item
            remaining -= take
    return [s for s in shipments if s]


def restock_plan(catalogue, target=50, budget=Money(500000)):
    plan = []
    spent = Money(0)
    for p in catalogue.low_stock(threshold=target):
        if not p.is_physical:
            continue
        need = target - p.stock
        cost = p.price * need * 0.6
        if spent + cost > budget:
            affordable = int((budget - spent).cents // (p.price.cents * 0.6))
            if affordable <= 0:
                break
            need, cost = affordable, p.price * affordable * 0.6
        plan.append((p.sku, need, cost))
        spent = spent + cost
    return plan, spent


def main():
    catalogue = Catalogue(PRODUCTS)
    print(f"{len(catalogue)} products in {len(CATEGORIES)} categories")
    for code, label in sorted(CATEGORIES.items()):
        names = ", ".join(p.sku for p in catalogue.in_category(code))
        print(f"  {label:<12} {names}")

    order = Order("ACME Ltd")
    order.add(catalogue["HW-1001"], 3)
    order.add(catalogue["HW-1002"], 5)
    order.add(catalogue["HW-1003"], 2)
    order.add(catalogue["AC-4001"], 12)
    order.add(catalogue["AC-4002"], 30)
    order.add(catalogue["SW-2001"], 10)
    order.add(catalogue["SV-3001"], 1)
    order.add(catalogue["BK-5003"], 2)
    applied = apply_promotions(order, [("category", "ac", 0.1), ("bulk", 10, 0.15), ("sku", "HW-1003", 0.05)])
    print("promotions:", applied)
    print(order.report())

    try:
        order.add(catalogue["HW-1007"], 50)
    except OutOfStock as e:
        print("refused:", e, (e.wanted, e.available))

    try:
        catalogue["XX-0000"]
    except InventoryError as e:
        print("lookup:", e)

    removed = order.remove("BK-5003")
    print("removed lines:", removed, "stock back to", catalogue["BK-5003"].stock)

    for n, shipment in enumerate(split_shipments(order, max_weight=8000), 1):
        weight = sum(catalogue[sku].weight * q for sku, q in shipment)
        print(f"shipment {n}: {shipment} ({weight / 1000:.2f} kg)")

    print(price_histogram(catalogue))
    values = catalogue.value_by_category()
    for code, value in sorted(values.items(), key=lambda kv: kv[1], reverse=True):
        print(f"{CATEGORIES[code]:<12}{str(value):>18}")

    plan, spent = restock_plan(catalogue)
    for sku, qty, cost in plan:
        print(f"restock {sku} +{qty:<4} {str(cost):>14}")
    print("restock budget used:", spent)

    total = order.close()
    print("closed", order.number, order.state, total)
    matches = catalogue.search("cable")
    print("search:", [p.sku for p in matches], [p.sku for p in catalogue.search("c", category="bk")])

    first, second, third, *rest = sorted(catalogue, key=lambda p: p.price, reverse=True)
    print("most expensive:", first.sku, second.sku, third.sku, "and", len(rest), "more")
    (a, b), (c, d), e = ("x", "y"), ("z", "w"), "v"
    print(a + b + c + d + e)
    sku, name, category, price, weight, stock = PRODUCTS[0]
    print(sku, name, category, price, weight, stock)
    total_weight = sum(w * s for _, _, _, _, w, s in PRODUCTS)
    print(f"{total_weight / 1e6:.3f} t in stock")


if __name__ == "__main__":
    main()
