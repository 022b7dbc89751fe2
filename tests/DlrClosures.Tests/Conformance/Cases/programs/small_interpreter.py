# skip: needs user classes derived from built-in types (Exception, list, dict, str): branch i9-subclass, not merged yet
# A small Lisp: a generator tokenizer, a reader, environments as classes with a context manager for
# scopes, user-defined functions as Python closures, tail calls by a trampoline, and an exception
# hierarchy with chaining for error reports.


class LispError(Exception):
    pass


class ParseError(LispError):
    pass


class EvalError(LispError):
    def __init__(self, message, form=None):
        super().__init__(message)
        self.form = form

    def __str__(self):
        base = super().__str__()
        return base if self.form is None else f"{base} in {to_str(self.form)}"


class Symbol(str):
    def __repr__(self):
        return f"Symbol({str(self)})"


def tokenize(text):
    token = ""
    for ch in text:
        if ch in "()'":
            if token:
                yield token
                token = ""
            yield ch
        elif ch.isspace():
            if token:
                yield token
                token = ""
        else:
            token += ch
    if token:
        yield token


def read(tokens):
    tokens = iter(tokens)

    def form(tok):
        if tok == "(":
            items = []
            for t in tokens:
                if t == ")":
                    return items
                items.append(form(t))
            raise ParseError("missing )")
        if tok == ")":
            raise ParseError("unexpected )")
        if tok == "'":
            return [Symbol("quote"), form(next(tokens))]
        try:
            return int(tok)
        except ValueError:
            return Symbol(tok)

    for tok in tokens:
        yield form(tok)


def to_str(x):
    if isinstance(x, list):
        return "(" + " ".join(to_str(i) for i in x) + ")"
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    return str(x)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise EvalError(f"unbound symbol {name}")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.clear()
        return False


class TailCall:
    __slots__ = ("body", "env")

    def __init__(self, body, env):
        self.body, self.env = body, env


def make_lambda(params, body, env):
    def procedure(*args):
        if len(args) != len(params):
            raise EvalError(f"expected {len(params)} arguments, got {len(args)}")
        return TailCall(body, Env(params, args, env))
    procedure.lisp = True
    return procedure


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise EvalError("empty application", x)
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, then, other = args
            x = then if evaluate(test, env) is not False else other
            continue
        if op == "define":
            env[args[0]] = evaluate(args[1], env)
            return None
        if op == "lambda":
            return make_lambda(args[0], args[1], env)
        if op == "let":
            bindings, body = args
            with Env([b[0] for b in bindings], [evaluate(b[1], env) for b in bindings], env) as scope:
                return evaluate(body, scope)
        fn = evaluate(op, env)
        values = [evaluate(a, env) for a in args]
        try:
            result = fn(*values)
        except TypeError as e:
            raise EvalError(f"bad call: {e}", x) from e
        if isinstance(result, TailCall):
            x, env = result.body, result.env
            continue
        return result


def standard_env():
    env = Env()
    ops = {"+": lambda *a: sum(a), "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "<": lambda a, b: a < b, "=": lambda a, b: a == b,
           "list": lambda *a: list(a), "car": lambda a: a[0], "cdr": lambda a: a[1:]}
    env.update(ops)
    return env


def run(source, env):
    results = []
    for form in read(tokenize(source)):
        try:
            value = evaluate(form, env)
        except LispError as e:
            value = f"error: {type(e).__name__}: {e}"
            if e.__cause__ is not None:
                value += f" (caused by {type(e.__cause__).__name__})"
        if value is not None:
            results.append(value if isinstance(value, str) else to_str(value))
    return results


program = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 20)
(define loop (lambda (i acc) (if (= i 0) acc (loop (- i 1) (+ acc i)))))
(loop 5000 0)
(define make-adder (lambda (n) (lambda (x) (+ x n))))
((make-adder 10) 32)
(let ((a 2) (b 3)) (* a b))
'(1 2 (3 4))
(car (cdr (list 1 2 3)))
(undefined 1)
((lambda (x) x))
(car 1 2)
()
"""
env = standard_env()
for line in run(program, env):
    print(line)
try:
    list(read(tokenize("(+ 1 2")))
except ParseError as e:
    print("ParseError:", e, isinstance(e, LispError), repr(Symbol("x")))
