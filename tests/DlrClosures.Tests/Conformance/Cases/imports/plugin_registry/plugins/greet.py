from registry import register
GREETING = "hello"
@register("greet")
def greet(who):
    return f"{GREETING} {who}"
