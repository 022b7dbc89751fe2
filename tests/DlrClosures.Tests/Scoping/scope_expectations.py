"""Prints what CPython 3.11 decides for the programs ScopeAnalyzerTests and ScopeErrorTests build by hand.

Run with `python3 scope_expectations.py`; every expectation in those tests was copied from this output.
For each code object: qualname, co_varnames, co_cellvars, co_freevars, and each symbol's scope from
the symtable module (LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT). For errors: msg, lineno, offset.
"""
import symtable

SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}

PROGRAMS = {
    "late_binding_loop": "def make():\n    fs = []\n    for i in range(3):\n        fs.append(lambda: i)\n    return fs\n",
    "two_siblings": "def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    def get():\n        return n\n    return inc, get\n",
    "nonlocal_two_levels": "def a():\n    x = 1\n    def b():\n        def c():\n            nonlocal x\n            x = 2\n        return c\n    return b\n",
    "nonlocal_skips_class": "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            nonlocal x\n            x = 3\n    return C\n",
    "global_inner_cell_outer": "def outer():\n    x = 1\n    def reader():\n        return x\n    def writer():\n        global x\n        x = 2\n    return reader, writer\n",
    "method_no_class_vars": "class C:\n    y = 1\n    def m(self):\n        return y\n",
    "comp_captures_local": "def f(xs):\n    k = 2\n    return [x * k for x in xs if x > k]\n",
    "comp_in_class": "class C:\n    y = 1\n    z = [y for _ in range(3)]\n",
    "lambda_default": "def f():\n    for i in range(3):\n        g = lambda i=i: i\n    return g\n",
    "param_captured": "def f(a, b):\n    x = 1\n    y = 2\n    def g():\n        return a + x + z\n    z = 3\n",
    "self_reference": "def f():\n    x = [x]\n",
    "assign_after_use": "x = 0\ndef f():\n    print(x)\n    x = 1\n",
    "varnames_order": "def f(a, *args, b, **kw):\n    c = d\n    d = 1\n    for i in e:\n        pass\n    e = 2\n",
    "try_order": "def f():\n    try:\n        a = 1\n    except E as e:\n        b = 1\n    else:\n        c = 1\n    finally:\n        d = 1\n",
    "freevars_sorted": "def f():\n    b = 1\n    a = 2\n    def g():\n        return b + a\n",
    "class_global_passes_free": "def f():\n    x = 1\n    class C:\n        global x\n        def m(self):\n            return x\n",
    "global_hides_from_nested": "def f():\n    global x\n    x = 1\n    def g():\n        return x\n",
    "qualnames": "def outer():\n    def inner():\n        return lambda: [lambda: 0 for _ in ()]\n    class K:\n        def m(self):\n            pass\n    global g\n    def g():\n        pass\nclass C:\n    def method(self):\n        pass\nh = lambda: 0\n",
    "super_and_mangling": "class C:\n    def __m(self, __a):\n        __b = 1\n        return super()\n",
    "binding_forms": "def f():\n    a, *b = c\n    d += 1\n    del e\n    try:\n        pass\n    except E as g:\n        pass\n    h.attr = 1\n    k[0] = 1\n",
    "outside_evaluation": "def f():\n    d = 1\n    B = object\n    @d\n    def g(p=d, *, q=B):\n        pass\n    class C(B):\n        pass\n",
    "nested_comp_iter": "def f(xs):\n    ys = 1\n    return {y: x for x in xs for y in ys}\n",
}

ERRORS = {
    "no_binding": "def f():\n    nonlocal x\n",
    "no_binding_in_class": "class C:\n    nonlocal x\n",
    "module_level": "print(1)\nnonlocal x\n",
    "param_nonlocal": "def g():\n    x = 1\n    def f(x):\n        nonlocal x\n",
    "param_global": "def f(a):\n    global a\n",
    "assign_before_nonlocal": "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "use_before_nonlocal": "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "assign_before_global": "def f():\n    x = 1\n    global x\n",
    "module_assign_before_global": "x = 1\nglobal x\n",
    "use_before_global": "def f():\n    print(x)\n    global x\n",
    "nonlocal_and_global": "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "duplicate_argument": "def f(a, a):\n    pass\n",
    "return_outside": "def f():\n    return 1\nreturn 2\n",
    "return_in_class": "class C:\n    return 1\n",
    "break_in_else": "for x in y:\n    pass\nelse:\n    break\n",
    "continue_in_def_in_loop": "while 1:\n    def f():\n        continue\n",
    "order_symtable_before_compiler": "return 1\ndef f():\n    nonlocal x\n",
    "order_collect_before_resolve": "def f():\n    nonlocal y\ndef g():\n    x = 1\n    global x\n",
    "order_parent_before_child": "def f():\n    def g():\n        nonlocal a\n    nonlocal b\n",
    "module_nonlocal_after_nested_global": "def f():\n    global x\nnonlocal x\n",
    "order_first_statement": "def f():\n    break\n    return\nreturn\n",
}


def walk_table(table, depth=0):
    names = ", ".join(f"{s.get_name()}={SCOPES[s._Symbol__scope]}" for s in table.get_symbols())
    print("  " * depth + f"[{table.get_type()}] {table.get_name()}: {names}")
    for child in table.get_children():
        walk_table(child, depth + 1)


def walk_code(code, depth=0):
    print("  " * depth + f"{code.co_qualname}: varnames={code.co_varnames} cellvars={code.co_cellvars} freevars={code.co_freevars}")
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            walk_code(const, depth + 1)


for key, source in PROGRAMS.items():
    print(f"=== {key}")
    walk_table(symtable.symtable(source, "<string>", "exec"))
    walk_code(compile(source, "<string>", "exec"))

for key, source in ERRORS.items():
    try:
        compile(source, "<string>", "exec")
        print(f"=== {key}: no error")
    except SyntaxError as error:
        print(f"=== {key}: {error.msg!r} line {error.lineno} offset {error.offset} end {error.end_lineno}:{error.end_offset}")
