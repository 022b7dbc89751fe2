# A small calculator language: a hand-written lexer, a precedence-climbing parser into tuples, a
# constant folder, an evaluator with closures, and a pretty-printer. Long if/elif chains, dispatch
# tables, nested functions, comprehensions and f-strings.

KEYWORDS = {"let", "in", "if", "then", "else", "fn", "and", "or", "not"}

PRECEDENCE = {
    "or": (1, "left"),
    "and": (2, "left"),
    "==": (3, "left"), "!=": (3, "left"), "<": (3, "left"), "<=": (3, "left"), ">": (3, "left"), ">=": (3, "left"),
    "+": (4, "left"), "-": (4, "left"),
    "*": (5, "left"), "/": (5, "left"), "%": (5, "left"),
    "^": (7, "right"),
}

TWO_CHAR = {"==", "!=", "<=", ">=", "->"}
ONE_CHAR = set("+-*/%^<>(),=")


class CalcError(Exception):
    def __init__(self, message, position=None):
        Exception.__init__(self, message if position is None else f"{message} at {position}")
        self.position = position


class Token:
    __slots__ = ("kind", "text", "position")

    def __init__(self, kind, text, position):
        self.kind = kind
        self.text = text
        self.position = position

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.position})"


def lex(source):
    tokens = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch in " \t\n":
            i += 1
        elif ch == "#":
            while i < n and source[i] != "\n":
                i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < n and source[i + 1].isdigit()):
            start = i
            seen_dot = False
            while i < n and (source[i].isdigit() or (source[i] == "." and not seen_dot)):
                seen_dot = seen_dot or source[i] == "."
                i += 1
            text = source[start:i]
            tokens.append(Token("num", float(text) if seen_dot else int(text), start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (source[i].isalnum() or source[i] == "_"):
                i += 1
            word = source[start:i]
            tokens.append(Token("kw" if word in KEYWORDS else "name", word, start))
        elif source[i:i + 2] in TWO_CHAR:
            tokens.append(Token("op", source[i:i + 2], i))
            i += 2
        elif ch in ONE_CHAR:
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    tokens.append(Token("end", "", n))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.index = 0

    @property
    def current(self):
        return self.tokens[self.index]

    def advance(self):
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect(self, kind, text=None):
        token = self.current
        if token.kind != kind or (text is not None and token.text != text):
            wanted = text if text is not None else kind
            raise CalcError(f"expected {wanted!r}, found {token.text!r}", token.position)
        return self.advance()

    def at(self, kind, text=None):
        token = self.current
        return token.kind == kind and (text is None or token.text == text)

    def parse(self):
        tree = self.expression()
        self.expect("end")
        return tree

    def expression(self):
        if self.at("kw", "let"):
            return self.let_expression()
        if self.at("kw", "if"):
            return self.if_expression()
        if self.at("kw", "fn"):
            return self.function()
        return self.binary(0)

    def let_expression(self):
        self.expect("kw", "let")
        bindings = []
        while True:
            name = self.expect("name").text
            self.expect("op", "=")
            bindings.append((name, self.expression()))
            if self.at("op", ","):
                self.advance()
                continue
            break
        self.expect("kw", "in")
        return ("let", tuple(bindings), self.expression())

    def if_expression(self):
        self.expect("kw", "if")
        test = self.expression()
        self.expect("kw", "then")
        body = self.expression()
        self.expect("kw", "else")
        return ("if", test, body, self.expression())

    def function(self):
        self.expect("kw", "fn")
        self.expect("op", "(")
        params = []
        if not self.at("op", ")"):
            params.append(self.expect("name").text)
            while self.at("op", ","):
                self.advance()
                params.append(self.expect("name").text)
        self.expect("op", ")")
        self.expect("op", "->")
        return ("fn", tuple(params), self.expression())

    def binary(self, min_level):
        left = self.unary()
        while True:
            token = self.current
            key = token.text if token.kind in ("op", "kw") else None
            if key not in PRECEDENCE:
                return left
            level, assoc = PRECEDENCE[key]
            if level < min_level:
                return left
            self.advance()
            right = self.binary(level + 1 if assoc == "left" else level)
            left = ("bin", key, left, right)

    def unary(self):
        if self.at("op", "-"):
            self.advance()
            return ("neg", self.unary())
        if self.at("kw", "not"):
            self.advance()
            return ("not", self.unary())
        return self.postfix()

    def postfix(self):
        node = self.atom()
        while self.at("op", "("):
            self.advance()
            args = []
            if not self.at("op", ")"):
                args.append(self.expression())
                while self.at("op", ","):
                    self.advance()
                    args.append(self.expression())
            self.expect("op", ")")
            node = ("call", node, tuple(args))
        return node

    def atom(self):
        token = self.current
        if token.kind == "num":
            self.advance()
            return ("num", token.text)
        if token.kind == "name":
            self.advance()
            return ("var", token.text)
        if self.at("op", "("):
            self.advance()
            inner = self.expression()
            self.expect("op", ")")
            return inner
        raise CalcError(f"unexpected {token.text or 'end of input'!r}", token.position)


def apply_operator(op, a, b):
    if op == "+":
        return a + b
    elif op == "-":
        return a - b
    elif op == "*":
        return a * b
    elif op == "/":
        if b == 0:
            raise CalcError("division by zero")
        return a / b if (isinstance(a, float) or isinstance(b, float) or a % b) else a // b
    elif op == "%":
        return a % b
    elif op == "^":
        return a ** b
    elif op == "==":
        return a == b
    elif op == "!=":
        return a != b
    elif op == "<":
        return a < b
    elif op == "<=":
        return a <= b
    elif op == ">":
        return a > b
    elif op == ">=":
        return a >= b
    elif op == "and":
        return a and b
    elif op == "or":
        return a or b
    raise CalcError(f"unknown operator {op}")


def fold(node):
    kind = node[0]
    if kind == "bin":
        _, op, left, right = node
        left, right = fold(left), fold(right)
        if left[0] == "num" and right[0] == "num" and not (op == "/" and right[1] == 0):
            return ("num", apply_operator(op, left[1], right[1]))
        if op == "*" and ("num", 0) in (left, right):
            return ("num", 0)
        if op == "+" and left == ("num", 0):
            return right
        if op in ("+", "-") and right == ("num", 0):
            return left
        if op == "*" and left == ("num", 1):
            return right
        return ("bin", op, left, right)
    if kind == "neg":
        inner = fold(node[1])
        return ("num", -inner[1]) if inner[0] == "num" else ("neg", inner)
    if kind == "not":
        inner = fold(node[1])
        return ("num", not inner[1]) if inner[0] == "num" else ("not", inner)
    if kind == "if":
        _, test, body, orelse = node
        test = fold(test)
        if test[0] == "num":
            return fold(body) if test[1] else fold(orelse)
        return ("if", test, fold(body), fold(orelse))
    if kind == "let":
        _, bindings, body = node
        return ("let", tuple((name, fold(value)) for name, value in bindings), fold(body))
    if kind == "fn":
        return ("fn", node[1], fold(node[2]))
    if kind == "call":
        return ("call", fold(node[1]), tuple(fold(a) for a in node[2]))
    return node


class Closure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        if len(args) != len(self.params):
            raise CalcError(f"expected {len(self.params)} arguments, got {len(args)}")
        scope = dict(self.env)
        scope.update(zip(self.params, args))
        return evaluate(self.body, scope)

    def __repr__(self):
        return f"<fn({', '.join(self.params)})>"


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise CalcError(f"unbound name {node[1]!r}") from None
    if kind == "bin":
        _, op, left, right = node
        a = evaluate(left, env)
        if op == "and":
            return a and evaluate(right, env)
        if op == "or":
            return a or evaluate(right, env)
        return apply_operator(op, a, evaluate(right, env))
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "not":
        return not evaluate(node[1], env)
    if kind == "if":
        return evaluate(node[2] if evaluate(node[1], env) else node[3], env)
    if kind == "let":
        scope = dict(env)
        for name, value in node[1]:
            scope[name] = evaluate(value, scope)
            if isinstance(scope[name], Closure):
                scope[name].env[name] = scope[name]
        return evaluate(node[2], scope)
    if kind == "fn":
        return Closure(node[1], node[2], dict(env))
    if kind == "call":
        function = evaluate(node[1], env)
        args = [evaluate(a, env) for a in node[2]]
        if not callable(function):
            raise CalcError(f"{function!r} is not a function")
        return function(*args)
    raise CalcError(f"bad node {kind}")


def show(node):
    kind = node[0]
    if kind == "num":
        return repr(node[1])
    if kind == "var":
        return node[1]
    if kind == "bin":
        return f"({show(node[2])} {node[1]} {show(node[3])})"
    if kind == "neg":
        return f"-{show(node[1])}"
    if kind == "not":
        return f"not {show(node[1])}"
    if kind == "if":
        return f"if {show(node[1])} then {show(node[2])} else {show(node[3])}"
    if kind == "let":
        inner = ", ".join(f"{name} = {show(value)}" for name, value in node[1])
        return f"let {inner} in {show(node[2])}"
    if kind == "fn":
        return f"fn({', '.join(node[1])}) -> {show(node[2])}"
    if kind == "call":
        return f"{show(node[1])}({', '.join(show(a) for a in node[2])})"
    return "?"


def count_nodes(node):
    if not isinstance(node, tuple):
        return 0
    return 1 + sum(count_nodes(child) for child in node[1:] if isinstance(child, tuple))


BUILTINS = {
    "abs": abs,
    "max": max,
    "min": min,
    "sqrt": lambda x: x ** 0.5,
    "square": lambda x: x * x,
}

PROGRAMS = [
    "1 + 2 * 3",
    "(1 + 2) * 3 - 4 / 2",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "let x = 5, y = x * 2 in x + y",
    "if 1 < 2 and 3 >= 3 then 10 else 20",
    "let f = fn(a, b) -> a * a + b * b in f(3, 4)",
    "let fact = fn(n) -> if n <= 1 then 1 else n * fact(n - 1) in fact(10)",
    "let fib = fn(n) -> if n < 2 then n else fib(n - 1) + fib(n - 2) in fib(15)",
    "let compose = fn(f, g) -> fn(x) -> f(g(x)) in compose(square, abs)(-7)",
    "max(1, 7, 3) + min(4, 2) * sqrt(16)",
    "let x = 0 * (y + 3) in x + 0",
    "not 1 == 2 or 3 % 2 == 0",
    "1 / 0",
    "let a = 1 in b",
    "3 + * 4",
    "let twice = fn(f) -> fn(x) -> f(f(x)) in twice(twice(fn(k) -> k + 3))(0)",
    "10 % 4 + 10 / 4 + 10 / 5",
]


def main():
    results = {}
    for number, text in enumerate(PROGRAMS, 1):
        try:
            tokens = lex(text)
            tree = Parser(tokens).parse()
            folded = fold(tree)
            value = evaluate(folded, dict(BUILTINS))
        except CalcError as error:
            print(f"{number:>2}. {text:<70} error: {error}")
            results[number] = None
            continue
        results[number] = value
        shrink = count_nodes(tree) - count_nodes(folded)
        note = f" [folded {shrink} nodes]" if shrink else ""
        print(f"{number:>2}. {text:<70} = {value!r}{note}")
        if len(show(folded)) < 60 and folded != tree:
            print(f"    {show(tree)}  =>  {show(folded)}")
    ok = [n for n, v in results.items() if v is not None]
    failed = sorted(set(results) - set(ok))
    print(f"{len(ok)} evaluated, {len(failed)} failed: {failed}")
    numeric = {n: v for n, v in results.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    print("largest:", max(numeric.items(), key=lambda kv: kv[1]), "sum:", sum(numeric.values()))
    print([t.kind for t in lex("let f = fn(x) -> x in f(1)")])


if __name__ == "__main__":
    main()
