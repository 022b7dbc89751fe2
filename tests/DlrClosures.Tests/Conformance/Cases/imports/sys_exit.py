# sys.exit raises SystemExit with its argument; finally clauses run.
import sys
for code in (None, 3, "message"):
    try:
        try:
            sys.exit() if code is None else sys.exit(code)
        finally:
            print("finally for", code)
    except SystemExit as e:
        print("SystemExit", e.args)
