"""Object-heavy workload: a small inventory and order simulation built from classes.

Class hierarchies with overridden methods and super() calls, properties, class attributes,
__eq__/__hash__/__lt__ for use in dicts and sorting, operator overloading on a Money value type
and isinstance checks. Exercises method lookup and calls, attribute reads and writes, and object
allocation. The checksum totals the simulated ledger.
"""

DEFAULT_N = 100_000


class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, factor):
        return Money(self.cents * factor)

    def percent(self, rate):
        return Money(self.cents * rate // 100)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f"Money({self.cents})"


ZERO = Money(0)


class Product:
    tax_rate = 20

    def __init__(self, sku, price, weight):
        self.sku = sku
        self.price = Money(price)
        self.weight = weight

    def unit_price(self):
        return self.price + self.price.percent(self.tax_rate)

    def shipping(self, quantity):
        return Money(50 + self.weight * quantity // 10)

    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)


class Food(Product):
    tax_rate = 5

    def shipping(self, quantity):
        return super().shipping(quantity) + Money(30)


class Book(Product):
    tax_rate = 0

    def shipping(self, quantity):
        return Money(0) if quantity >= 3 else super().shipping(quantity)


class Gadget(Product):
    def __init__(self, sku, price, weight, warranty):
        super().__init__(sku, price, weight)
        self.warranty = warranty

    def unit_price(self):
        return super().unit_price() + Money(self.warranty * 100)


class Line:
    __slots__ = ("product", "quantity")

    def __init__(self, product, quantity):
        self.product = product
        self.quantity = quantity

    @property
    def subtotal(self):
        return self.product.unit_price() * self.quantity


class Customer:
    def __init__(self, ident, tier):
        self.ident = ident
        self.tier = tier
        self.spent = ZERO

    @property
    def discount(self):
        return {0: 0, 1: 5, 2: 10}[self.tier]

    def record(self, amount):
        self.spent = self.spent + amount
        if self.tier < 2 and self.spent.cents > 500_000 * (self.tier + 1):
            self.tier += 1


class Order:
    def __init__(self, customer):
        self.customer = customer
        self.lines = []

    def add(self, product, quantity):
        for line in self.lines:
            if line.product == product:
                line.quantity += quantity
                return
        self.lines.append(Line(product, quantity))

    def total(self):
        goods = ZERO
        shipping = ZERO
        for line in self.lines:
            goods = goods + line.subtotal
            shipping = shipping + line.product.shipping(line.quantity)
        return goods - goods.percent(self.customer.discount) + shipping


class Warehouse:
    def __init__(self, products):
        self.products = products
        self.stock = {p: 1000 for p in products}
        self.restocks = 0

    def take(self, product, quantity):
        if self.stock[product] < quantity:
            self.stock[product] += 500
            self.restocks += 1
        self.stock[product] -= quantity


def catalog():
    products = []
    for i in range(40):
        kind = i % 4
        if kind == 0:
            products.append(Food(f"F{i}", 150 + i * 7, 5 + i % 3))
        elif kind == 1:
            products.append(Book(f"B{i}", 900 + i * 13, 20))
        elif kind == 2:
            products.append(Gadget(f"G{i}", 4000 + i * 101, 80, 1 + i % 3))
        else:
            products.append(Product(f"P{i}", 600 + i * 3, 30))
    return products


def main(n=DEFAULT_N):
    products = catalog()
    warehouse = Warehouse(products)
    customers = [Customer(i, 0) for i in range(50)]
    revenue = ZERO
    largest = []
    state = 7
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        customer = customers[state % len(customers)]
        order = Order(customer)
        for k in range(1 + state % 5):
            product = products[(state >> (k + 3)) % len(products)]
            quantity = 1 + (state >> (2 * k)) % 4
            order.add(product, quantity)
            warehouse.take(product, quantity)
        total = order.total()
        customer.record(total)
        revenue = revenue + total
        if i % 100 == 0:
            largest.append(total)
    largest.sort()
    tiers = sum(c.tier for c in customers)
    kinds = sum(1 for p in products if isinstance(p, (Food, Book)))
    return f"{revenue.cents} {largest[-1].cents} {tiers} {warehouse.restocks} {kinds}"


if __name__ == "__main__":
    print(main())
