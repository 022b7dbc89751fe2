match command:
    case "go":
        pass
    case 1 | 2 | -3 | 1.5 | -2.5 | 1 + 2j | -1 - 2j | 3j:
        pass
    case None | True | False:
        pass
    case [a, b, *rest]:
        pass
    case (a, b, *_):
        pass
    case ():
        pass
    case []:
        pass
    case (a,):
        pass
    case (a):
        pass
    case {"key": value, 1: other, **extra}:
        pass
    case {}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case pkg.mod.Cls():
        pass
    case Color.RED | Color.GREEN:
        pass
    case [Point(x=0) as origin, *others] if origin:
        pass
    case str() as s if (n := len(s)) > 2:
        pass
    case x, y:
        pass
    case *a, b:
        pass
    case _:
        pass
match x,:
    case _:
        pass
match (x, *y):
    case [_, *_]:
        pass
match = 1
match.attr = 2
match(3)
case = match
print(match, case)
